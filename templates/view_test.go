package templates

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/a-h/templ"
	"github.com/ormfiddle/ormfiddle/engine/playground"
	"github.com/ormfiddle/ormfiddle/engine/trace"
)

func TestHighlightSQL(t *testing.T) {
	stmt := `SELECT "a"."id" FROM "a" INNER JOIN "b" ON ("a"."b_id" = "b"."id") WHERE "b"."name" = 'it''s' LIMIT 21`
	var b strings.Builder
	var breaks []string
	for _, tok := range highlightSQL(stmt) {
		b.WriteString(tok.Text)
		if tok.Break {
			breaks = append(breaks, tok.Text)
		}
	}
	if b.String() != stmt {
		t.Errorf("tokens give %q", b.String())
	}
	if got := strings.Join(breaks, " "); got != "FROM INNER WHERE LIMIT" {
		t.Errorf("clause breaks before %q", got)
	}
	short := highlightSQL(`SELECT 1`)
	if len(short) != 3 || short[0].Class != "kw" || short[2].Class != "num" {
		t.Errorf("SELECT 1: %+v", short)
	}
}

func TestFormatDDL(t *testing.T) {
	got := formatDDL(`CREATE TABLE "p" ("id" serial NOT NULL PRIMARY KEY, "n" numeric(5, 2) NOT NULL, "c" varchar(1) NOT NULL CHECK ("c" IN ('a', 'b')))`)
	want := "CREATE TABLE \"p\" (\n    \"id\" serial NOT NULL PRIMARY KEY,\n    \"n\" numeric(5, 2) NOT NULL,\n    \"c\" varchar(1) NOT NULL CHECK (\"c\" IN ('a', 'b'))\n);"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestStepNotes(t *testing.T) {
	sel := func(id int) string {
		return `SELECT "r"."id" FROM "r" WHERE "r"."id" = ` + string(rune('0'+id)) + ` LIMIT 21`
	}
	for _, tc := range []struct {
		code string
		sql  []string
		want string
	}{
		{"Article.objects.all()", []string{`SELECT "a"."id" FROM "a" LIMIT 21`, sel(1), sel(2), sel(1)}, "N+1: the same query 3 times"},
		{"a.reporter", []string{sel(1)}, "lazy load"},
		{"r.save()", []string{`INSERT INTO "p" ("n") VALUES ('x')`, `INSERT INTO "r" ("p_ptr_id") VALUES (1)`}, "writes 2 tables"},
		{"p.delete()", []string{`SELECT "r"."id" FROM "r"`, `DELETE FROM "r" WHERE "id" IN (1)`, `DELETE FROM "p" WHERE "id" IN (1)`}, "3 queries: a cascade"},
		{"r.save()", []string{`UPDATE "r" SET "a" = 1 WHERE "r"."place_id" = 1`, `INSERT INTO "r" ("place_id", "a") VALUES (1, 1)`}, "UPDATE, then INSERT"},
		{"Person.objects.count()", []string{`SELECT COUNT(*) FROM "p"`}, ""},
		{"p.name", nil, ""},
	} {
		if got := stepNote(playground.Step{Code: tc.code, SQL: tc.sql}).Short; got != tc.want {
			t.Errorf("%s: note %q, want %q", tc.code, got, tc.want)
		}
	}
}

func TestStepViewsMarkChanges(t *testing.T) {
	tr := &playground.Trace{
		Tables: []playground.Table{{Name: "t", Columns: []string{"id", "n"}, PK: "id"}},
		Steps: []playground.Step{
			{Snapshot: []playground.TableRows{{Name: "t", Rows: [][]string{{"1", "'a'"}, {"2", "'b'"}}, Changes: []playground.RowChange{playground.RowInserted, playground.RowInserted}}}},
			{Snapshot: []playground.TableRows{{Name: "t", Rows: [][]string{{"1", "'c'"}}, Changes: []playground.RowChange{playground.RowUpdated}, Deleted: [][]string{{"2", "'b'"}}}}},
		},
	}
	v := StepViews(tr)
	t2 := v[1].Tables[0]
	if t2.Updated != 1 || t2.Deleted != 1 || len(t2.Rows) != 2 {
		t.Fatalf("step 2: %+v", t2)
	}
	if r := t2.Rows[0]; r.Change != "updated" || r.Cells[0].Changed || !r.Cells[1].Changed || r.Cells[1].Text != "c" {
		t.Errorf("updated row: %+v", r)
	}
	if r := t2.Rows[1]; r.Change != "deleted" {
		t.Errorf("deleted row: %+v", r)
	}
	if got := changeSummary(t2); got != "1 updated, 1 deleted" {
		t.Errorf("summary %q", got)
	}
}

func TestDiagramLayout(t *testing.T) {
	s := &playground.SchemaInfo{
		Tables: []playground.TableInfo{
			{Name: "place", Model: "Place", Columns: []playground.ColumnInfo{{Name: "id", PK: true, Type: "integer"}}},
			{Name: "restaurant", Model: "Restaurant", Columns: []playground.ColumnInfo{{Name: "place_ptr_id", PK: true, Type: "integer", Link: playground.LinkParent, References: "place", RefColumn: "id"}}},
			{Name: "waiter", Model: "Waiter", Columns: []playground.ColumnInfo{{Name: "id", PK: true}, {Name: "restaurant_id", Link: playground.LinkForeignKey, References: "restaurant", RefColumn: "place_ptr_id"}}},
		},
		Proxies: []playground.ProxyInfo{{Model: "Bistro", ProxyFor: "Restaurant", Table: "restaurant"}},
	}
	d := NewDiagram(s)
	if len(d.Boxes) != 4 || len(d.Links) != 3 {
		t.Fatalf("%d boxes, %d links", len(d.Boxes), len(d.Links))
	}
	x := func(i int) int { return d.Boxes[i].X }
	if !(x(0) < x(1) && x(1) < x(2) && x(3) == x(2)) {
		t.Errorf("columns: place %d, restaurant %d, waiter %d, proxy %d", x(0), x(1), x(2), x(3))
	}
	kinds := []string{d.Links[0].Kind, d.Links[1].Kind, d.Links[2].Kind}
	if strings.Join(kinds, " ") != "parent fk proxy" {
		t.Errorf("links %q", kinds)
	}
	if again := NewDiagram(s); again.Links[1].Path != d.Links[1].Path {
		t.Error("the layout is not deterministic")
	}
}

// TestMemoized checks that what is kept for the next trace is what would
// be made again: DDLBlock's HTML, highlightSQL's tokens, StepViews.
func TestMemoized(t *testing.T) {
	stmt := `CREATE TABLE "myapp_place" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(50) NOT NULL)`
	render := func(c templ.Component) string {
		var b strings.Builder
		if err := c.Render(context.Background(), &b); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	want := render(ddlBlock(stmt))
	for range 2 {
		if got := render(DDLBlock(stmt)); got != want {
			t.Errorf("DDLBlock:\n%s\nwant\n%s", got, want)
		}
	}
	q := `SELECT "myapp_place"."id" FROM "myapp_place" WHERE "myapp_place"."name" = 'Bob''s' LIMIT 21`
	for range 2 {
		if got, want := fmt.Sprint(highlightSQL(q)), fmt.Sprint(tokenizeSQL(q)); got != want {
			t.Errorf("highlightSQL: %s, want %s", got, want)
		}
	}
	tr := &trace.Trace{Steps: []trace.Step{{Code: "x", SQL: []string{q}}}}
	v1, v2 := StepViews(tr), StepViews(tr)
	if &v1[0] != &v2[0] || fmt.Sprint(v1) != fmt.Sprint(stepViews(tr)) {
		t.Errorf("StepViews: %v, %v", v1, v2)
	}
	other := &trace.Trace{Steps: []trace.Step{{Code: "y"}}}
	if v := StepViews(other); len(v) != 1 || v[0].Step.Code != "y" {
		t.Errorf("StepViews of another trace: %v", v)
	}
}
