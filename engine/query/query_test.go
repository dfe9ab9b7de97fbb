package query

import (
	"testing"

	"github.com/ormfiddle/ormfiddle/engine/schema"
	"github.com/ormfiddle/ormfiddle/engine/sqlite"
)

type testApps struct {
	apps                                 *schema.Apps
	reporter, article, place, restaurant *schema.Model
	pizza, topping                       *schema.Model
}

func field(t *testing.T, a *schema.Apps, k schema.Kind, opt schema.FieldOptions) *schema.Field {
	f, err := a.NewField(k, opt)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func newTestApps(t *testing.T) *testApps {
	a := schema.NewApps("myapp")
	reg := func(def schema.ModelDef) *schema.Model {
		m, err := a.Register(def)
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	ta := &testApps{apps: a}
	ta.reporter = reg(schema.ModelDef{Name: "Reporter", Fields: []schema.NamedField{
		{Name: "first_name", Field: field(t, a, schema.CharField, schema.FieldOptions{MaxLength: 30})},
	}})
	headline := field(t, a, schema.CharField, schema.FieldOptions{MaxLength: 100})
	pub := field(t, a, schema.DateField, schema.FieldOptions{})
	fk, _ := a.NewRelation(schema.ForeignKey, "Reporter", schema.FieldOptions{}, schema.Rel{OnDelete: schema.Cascade})
	ta.article = reg(schema.ModelDef{Name: "Article", Fields: []schema.NamedField{
		{Name: "headline", Field: headline}, {Name: "pub_date", Field: pub}, {Name: "reporter", Field: fk},
	}, Meta: schema.MetaDef{Ordering: &[]any{"headline"}}})
	ta.place = reg(schema.ModelDef{Name: "Place", Fields: []schema.NamedField{
		{Name: "name", Field: field(t, a, schema.CharField, schema.FieldOptions{MaxLength: 50})},
	}})
	ta.restaurant = reg(schema.ModelDef{Name: "Restaurant", Bases: []*schema.Model{ta.place}, Fields: []schema.NamedField{
		{Name: "serves_pizza", Field: field(t, a, schema.BooleanField, schema.FieldOptions{})},
	}})
	ta.topping = reg(schema.ModelDef{Name: "Topping", Fields: []schema.NamedField{
		{Name: "name", Field: field(t, a, schema.CharField, schema.FieldOptions{MaxLength: 50})},
	}})
	m2m, _ := a.NewRelation(schema.ManyToManyField, "Topping", schema.FieldOptions{}, schema.Rel{})
	ta.pizza = reg(schema.ModelDef{Name: "Pizza", Fields: []schema.NamedField{
		{Name: "name", Field: field(t, a, schema.CharField, schema.FieldOptions{MaxLength: 50})},
		{Name: "toppings", Field: m2m},
	}})
	if err := a.Ready(); err != nil {
		t.Fatal(err)
	}
	return ta
}

func kw(pairs ...any) *Q {
	var fs []Filter
	for i := 0; i < len(pairs); i += 2 {
		fs = append(fs, Filter{Lookup: pairs[i].(string), Value: pairs[i+1]})
	}
	return NewQ(nil, fs)
}

func selectText(t *testing.T, q *Query) string {
	t.Helper()
	_, sql, params, err := SelectSQL(q)
	if err != nil {
		t.Fatal(err)
	}
	return sqlite.Inline(sql, params)
}

func expect(t *testing.T, got, want string) {
	t.Helper()
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func TestSelect(t *testing.T) {
	ta := newTestApps(t)
	q := New(ta.reporter)
	if err := q.AddQ(kw("first_name__startswith", "W")); err != nil {
		t.Fatal(err)
	}
	q.SetLimits(0, 21)
	expect(t, selectText(t, q), `SELECT "myapp_reporter"."id", "myapp_reporter"."first_name" FROM "myapp_reporter" WHERE "myapp_reporter"."first_name" LIKE 'W%' ESCAPE '\' LIMIT 21`)

	q = New(ta.restaurant)
	q.AddQ(kw("name", "Bob's Cafe"))
	expect(t, selectText(t, q), `SELECT "myapp_place"."id", "myapp_place"."name", "myapp_restaurant"."place_ptr_id", "myapp_restaurant"."serves_pizza" FROM "myapp_restaurant" INNER JOIN "myapp_place" ON ("myapp_restaurant"."place_ptr_id" = "myapp_place"."id") WHERE "myapp_place"."name" = 'Bob''s Cafe'`)

	q = New(ta.restaurant)
	q.AddQ(kw("pk", int64(1)))
	expect(t, selectText(t, q), `SELECT "myapp_place"."id", "myapp_place"."name", "myapp_restaurant"."place_ptr_id", "myapp_restaurant"."serves_pizza" FROM "myapp_restaurant" INNER JOIN "myapp_place" ON ("myapp_restaurant"."place_ptr_id" = "myapp_place"."id") WHERE "myapp_restaurant"."place_ptr_id" = 1`)

	q = New(ta.article)
	q.AddQ(kw("reporter__first_name", "John", "headline__startswith", "This"))
	expect(t, selectText(t, q), `SELECT "myapp_article"."id", "myapp_article"."headline", "myapp_article"."pub_date", "myapp_article"."reporter_id" FROM "myapp_article" INNER JOIN "myapp_reporter" ON ("myapp_article"."reporter_id" = "myapp_reporter"."id") WHERE ("myapp_article"."headline" LIKE 'This%' ESCAPE '\' AND "myapp_reporter"."first_name" = 'John') ORDER BY "myapp_article"."headline" ASC`)

	q = New(ta.reporter)
	q.AddQ(kw("article__headline__startswith", "This"))
	q.Distinct = true
	text, params, err := CountSQL(q)
	if err != nil {
		t.Fatal(err)
	}
	expect(t, sqlite.Inline(text, params), `SELECT COUNT(*) FROM (SELECT DISTINCT "myapp_reporter"."id" AS Col1, "myapp_reporter"."first_name" AS Col2 FROM "myapp_reporter" INNER JOIN "myapp_article" ON ("myapp_reporter"."id" = "myapp_article"."reporter_id") WHERE "myapp_article"."headline" LIKE 'This%' ESCAPE '\') subquery`)

	q = New(ta.reporter)
	q.AddQ(kw("article__headline", "x").Invert())
	// Django 3.2's split_exclude: NOT EXISTS over the trimmed inner query.
	expect(t, selectText(t, q), `SELECT "myapp_reporter"."id", "myapp_reporter"."first_name" FROM "myapp_reporter" WHERE NOT (EXISTS(SELECT (1) AS "a" FROM "myapp_article" U1 WHERE (U1."headline" = 'x' AND U1."reporter_id" = "myapp_reporter"."id") LIMIT 1))`)

	q = New(ta.reporter)
	text, params, _ = ExistsSQL(q)
	expect(t, sqlite.Inline(text, params), `SELECT (1) AS "a" FROM "myapp_reporter" LIMIT 1`)
	text, params, _ = CountSQL(q)
	expect(t, sqlite.Inline(text, params), `SELECT COUNT(*) AS "__count" FROM "myapp_reporter"`)

	q = New(ta.pizza)
	q.AddQ(kw("toppings__name", "ham"))
	q.SetLimits(0, 21)
	expect(t, selectText(t, q), `SELECT "myapp_pizza"."id", "myapp_pizza"."name" FROM "myapp_pizza" INNER JOIN "myapp_pizza_toppings" ON ("myapp_pizza"."id" = "myapp_pizza_toppings"."pizza_id") INNER JOIN "myapp_topping" ON ("myapp_pizza_toppings"."topping_id" = "myapp_topping"."id") WHERE "myapp_topping"."name" = 'ham' LIMIT 21`)

	q = New(ta.article)
	q.AddQ(kw("reporter__in", []any{int64(1), int64(2)}))
	q.ClearOrdering(true, true)
	q.AddOrdering("-reporter__first_name")
	expect(t, selectText(t, q), `SELECT "myapp_article"."id", "myapp_article"."headline", "myapp_article"."pub_date", "myapp_article"."reporter_id" FROM "myapp_article" INNER JOIN "myapp_reporter" ON ("myapp_article"."reporter_id" = "myapp_reporter"."id") WHERE "myapp_article"."reporter_id" IN (1, 2) ORDER BY "myapp_reporter"."first_name" DESC`)

	q = New(ta.article)
	q.AddQ(kw("pub_date__year", int64(2005)))
	expect(t, selectText(t, q), `SELECT "myapp_article"."id", "myapp_article"."headline", "myapp_article"."pub_date", "myapp_article"."reporter_id" FROM "myapp_article" WHERE "myapp_article"."pub_date" BETWEEN '2005-01-01' AND '2005-12-31' ORDER BY "myapp_article"."headline" ASC`)

	q = New(ta.reporter)
	q.AddQ(kw("id__in", []any{}))
	if _, _, _, err := SelectSQL(q); err != ErrEmptyResult {
		t.Errorf("empty in: %v", err)
	}
}
