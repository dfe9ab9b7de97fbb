package query

import (
	"reflect"
	"testing"
)

// TestPrefixes checks bump_prefix's prefix_gen: the next letter, then the
// letters from it on, then pairs.
func TestPrefixes(t *testing.T) {
	got := prefixes("T", 10)
	want := []string{"U", "U", "V", "W", "X", "Y", "Z", "AA", "AB", "AC"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("prefixes(T) = %v, want %v", got, want)
	}
}

// TestNestedSubqueryPrefix checks subq_aliases: a query holding a U
// subquery is itself bumped past U (to V) when used inside another query.
func TestNestedSubqueryPrefix(t *testing.T) {
	ta := newTestApps(t)
	inner := New(ta.article)
	inner.AddQ(kw("headline", "x"))
	middle := New(ta.article)
	if err := middle.AddQ(kw("id__in", inner)); err != nil {
		t.Fatal(err)
	}
	outer := New(ta.reporter)
	if err := outer.AddQ(kw("article__in", middle)); err != nil {
		t.Fatal(err)
	}
	expect(t, selectText(t, outer), `SELECT "myapp_reporter"."id", "myapp_reporter"."first_name" FROM "myapp_reporter" INNER JOIN "myapp_article" ON ("myapp_reporter"."id" = "myapp_article"."reporter_id") WHERE "myapp_article"."id" IN (SELECT V0."id" FROM "myapp_article" V0 WHERE V0."id" IN (SELECT U0."id" FROM "myapp_article" U0 WHERE U0."headline" = 'x'))`)
}

// TestSplitHaving checks WhereNode.split_having: an aggregate condition
// goes to HAVING, unless it is OR-ed, when the whole branch does.
func TestSplitHaving(t *testing.T) {
	ta := newTestApps(t)
	q := New(ta.reporter)
	if err := q.AddAnnotation("n", &Aggregate{Function: "COUNT", Name: "Count", Source: &F{Name: "article"}}, false); err != nil {
		t.Fatal(err)
	}
	q.GroupByMode = GroupBySelect
	q.AddQ(kw("n__gt", int64(1), "first_name", "A"))
	expect(t, selectText(t, q), `SELECT "myapp_reporter"."id", "myapp_reporter"."first_name", COUNT("myapp_article"."id") AS "n" FROM "myapp_reporter" LEFT OUTER JOIN "myapp_article" ON ("myapp_reporter"."id" = "myapp_article"."reporter_id") WHERE "myapp_reporter"."first_name" = 'A' GROUP BY "myapp_reporter"."id", "myapp_reporter"."first_name" HAVING COUNT("myapp_article"."id") > 1`)

	q = New(ta.reporter)
	q.AddAnnotation("n", &Aggregate{Function: "COUNT", Name: "Count", Source: &F{Name: "article"}}, false)
	q.GroupByMode = GroupBySelect
	q.AddQ(kw("n__gt", int64(1)).Combine(kw("first_name", "A"), OR))
	expect(t, selectText(t, q), `SELECT "myapp_reporter"."id", "myapp_reporter"."first_name", COUNT("myapp_article"."id") AS "n" FROM "myapp_reporter" LEFT OUTER JOIN "myapp_article" ON ("myapp_reporter"."id" = "myapp_article"."reporter_id") GROUP BY "myapp_reporter"."id", "myapp_reporter"."first_name" HAVING (COUNT("myapp_article"."id") > 1 OR "myapp_reporter"."first_name" = 'A')`)
}

// TestCombineJoinPromotion checks Query.combine: OR reuses the left
// query's joins, AND adds new ones, LEFT OUTER when nullable.
func TestCombineJoinPromotion(t *testing.T) {
	ta := newTestApps(t)
	l := New(ta.pizza)
	l.AddQ(kw("toppings__name", "ham"))
	r := New(ta.pizza)
	r.AddQ(kw("toppings__name", "egg"))
	or := l.Clone()
	if err := or.Combine(r, OR); err != nil {
		t.Fatal(err)
	}
	expect(t, selectText(t, or), `SELECT "myapp_pizza"."id", "myapp_pizza"."name" FROM "myapp_pizza" INNER JOIN "myapp_pizza_toppings" ON ("myapp_pizza"."id" = "myapp_pizza_toppings"."pizza_id") INNER JOIN "myapp_topping" ON ("myapp_pizza_toppings"."topping_id" = "myapp_topping"."id") WHERE ("myapp_topping"."name" = 'ham' OR "myapp_topping"."name" = 'egg')`)
	and := l.Clone()
	if err := and.Combine(r, AND); err != nil {
		t.Fatal(err)
	}
	expect(t, selectText(t, and), `SELECT "myapp_pizza"."id", "myapp_pizza"."name" FROM "myapp_pizza" INNER JOIN "myapp_pizza_toppings" ON ("myapp_pizza"."id" = "myapp_pizza_toppings"."pizza_id") INNER JOIN "myapp_topping" ON ("myapp_pizza_toppings"."topping_id" = "myapp_topping"."id") LEFT OUTER JOIN "myapp_pizza_toppings" T4 ON ("myapp_pizza"."id" = T4."pizza_id") LEFT OUTER JOIN "myapp_topping" T5 ON (T4."topping_id" = T5."id") WHERE ("myapp_topping"."name" = 'ham' AND T5."name" = 'egg')`)
}
