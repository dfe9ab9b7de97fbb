package sqlite

import (
	"bytes"
	"errors"
	"fmt"
	"testing"
)

func TestFloatRepr(t *testing.T) {
	for f, want := range map[float64]string{
		0: "0.0", 1: "1.0", 2.5: "2.5", 0.1: "0.1", 1e16: "1e+16", 1e15: "1000000000000000.0",
		0.0001: "0.0001", 0.00001: "1e-05", 1.5e-7: "1.5e-07", -3.25: "-3.25", 123456789012345678: "1.2345678901234568e+17",
	} {
		if got := FloatRepr(f); got != want {
			t.Errorf("FloatRepr(%v) = %q, want %q", f, got, want)
		}
	}
}

func TestInline(t *testing.T) {
	got := Inline(`INSERT INTO "t" ("a", "b", "c", "d") VALUES (%s, %s, %s, %s)`, []any{"Bob's", true, nil, int64(3)})
	want := `INSERT INTO "t" ("a", "b", "c", "d") VALUES ('Bob''s', 1, NULL, 3)`
	if got != want {
		t.Errorf("got %s\nwant %s", got, want)
	}
}

func TestExecQueryRecord(t *testing.T) {
	c, err := Open()
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	var log []string
	c.SetRecorder(func(s Statement) { log = append(log, s.Text) })
	if err := c.ExecScript(`CREATE TABLE "t" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(5) NOT NULL UNIQUE)`); err != nil {
		t.Fatal(err)
	}
	r, err := c.Exec(`INSERT INTO "t" ("name") VALUES (%s)`, "50%")
	if err != nil || r.LastInsertID != 1 {
		t.Fatal(r, err)
	}
	_, err = c.Exec(`INSERT INTO "t" ("name") VALUES (%s)`, "50%")
	var e *Error
	if !errors.As(err, &e) || e.Kind != "IntegrityError" || e.Msg != "UNIQUE constraint failed: t.name" {
		t.Fatalf("duplicate insert: %#v", err)
	}
	rows, err := c.Query(`SELECT "t"."id", "t"."name" FROM "t" WHERE "t"."name" LIKE %s ESCAPE '\'`, "50%")
	if err != nil || len(rows) != 1 || rows[0][0] != int64(1) || rows[0][1] != "50%" {
		t.Fatal(rows, err)
	}
	want := []string{`INSERT INTO "t" ("name") VALUES ('50%')`, `INSERT INTO "t" ("name") VALUES ('50%')`, `SELECT "t"."id", "t"."name" FROM "t" WHERE "t"."name" LIKE '50%' ESCAPE '\'`}
	if len(log) != len(want) {
		t.Fatalf("log %q", log)
	}
	for i := range want {
		if log[i] != want[i] {
			t.Errorf("log[%d] = %s, want %s", i, log[i], want[i])
		}
	}
	if b, err := c.Serialize(); err != nil || len(b) < 512 {
		t.Fatal(len(b), err)
	}
}

// A closed connection is reused by the next Open: it must come back empty,
// with AUTOINCREMENT counters and RAND() starting over.
func TestReusedConnectionIsFresh(t *testing.T) {
	run := func() (int64, float64, *Conn) {
		c, err := Open()
		if err != nil {
			t.Fatal(err)
		}
		if err := c.ExecScript(`CREATE TABLE "t" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "a" text NOT NULL)`); err != nil {
			t.Fatal(err)
		}
		r, err := c.Exec(`INSERT INTO "t" ("a") VALUES (%s)`, "x")
		if err != nil {
			t.Fatal(err)
		}
		rows, err := c.Query(`SELECT RAND()`)
		if err != nil {
			t.Fatal(err)
		}
		return r.LastInsertID, rows[0][0].(float64), c
	}
	id1, r1, c1 := run()
	c1.Close()
	id2, r2, c2 := run()
	defer c2.Close()
	if c2 != c1 {
		t.Log("the connection was not reused (pool empty?)")
	}
	if id1 != 1 || id2 != 1 || r1 != r2 {
		t.Errorf("second session: id %d, RAND %v; first: id %d, RAND %v", id2, r2, id1, r1)
	}
}

// TidyPool empties closed connections ahead of the next Open, which then
// has nothing left to do; foreign keys stay enforced on a reused one.
func TestTidyPool(t *testing.T) {
	c, err := Open()
	if err != nil {
		t.Fatal(err)
	}
	if err := c.ExecScript(`CREATE TABLE "p" ("id" integer NOT NULL PRIMARY KEY); CREATE TABLE "c" ("p_id" integer NOT NULL REFERENCES "p" ("id"))`); err != nil {
		t.Fatal(err)
	}
	c.Close()
	if !c.dirty {
		t.Fatal("a closed connection is not marked to be emptied")
	}
	TidyPool()
	if c.dirty {
		t.Fatal("TidyPool left the closed connection as it was")
	}
	c2, err := Open()
	if err != nil {
		t.Fatal(err)
	}
	defer c2.Close()
	if rows, err := c2.Query(`SELECT name FROM sqlite_master`); err != nil || len(rows) != 0 {
		t.Fatalf("the reused database holds %v (%v)", rows, err)
	}
	if err := c2.ExecScript(`CREATE TABLE "p" ("id" integer NOT NULL PRIMARY KEY); CREATE TABLE "c" ("p_id" integer NOT NULL REFERENCES "p" ("id"))`); err != nil {
		t.Fatal(err)
	}
	_, err = c2.Exec(`INSERT INTO "c" ("p_id") VALUES (%s)`, 1)
	if e, ok := err.(*Error); !ok || e.Msg != "FOREIGN KEY constraint failed" {
		t.Errorf("inserting a dangling reference: %v, want FOREIGN KEY constraint failed", err)
	}
	// The reset's VACUUM may attach its database; a snippet still may not.
	if err := c2.ExecScript(`ATTACH DATABASE ':memory:' AS "other"`); err == nil {
		t.Error("a reused connection lets ATTACH through")
	}
}

// schemaDDL is a schema as Django makes it: AUTOINCREMENT, a deferred
// foreign key, an index.
const schemaDDL = `CREATE TABLE "p" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(5) NOT NULL UNIQUE);
CREATE TABLE "c" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "p_id" bigint NOT NULL REFERENCES "p" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE INDEX "c_p_id" ON "c" ("p_id")`

// openSchema is what orm.Open does: OpenSchema, then the statements
// unless the connection has their tables.
func openSchema(t *testing.T) (*Conn, bool) {
	t.Helper()
	c, ready, err := OpenSchema(schemaDDL)
	if err != nil {
		t.Fatal(err)
	}
	if !ready {
		if err := c.ExecScript(schemaDDL); err != nil {
			t.Fatal(err)
		}
		if err := c.SetSchema(schemaDDL); err != nil {
			t.Fatal(err)
		}
	}
	return c, ready
}

// fill writes rows as a session would: 2000 take more than a page.
func fill(t *testing.T, c *Conn, n int) {
	t.Helper()
	for i := range n {
		if _, err := c.Exec(`INSERT INTO "p" ("name") VALUES (%s)`, fmt.Sprint(i)); err != nil {
			t.Fatal(err)
		}
		if _, err := c.Exec(`INSERT INTO "c" ("p_id") VALUES (%s)`, int64(i+1)); err != nil {
			t.Fatal(err)
		}
	}
}

// A closed connection with a schema's tables is taken again for the same
// schema, emptied: the database is then the one the statements made,
// page for page, and foreign keys are enforced again.
func TestOpenSchemaReusesTables(t *testing.T) {
	for _, n := range []int{3, 2000} {
		t.Run(fmt.Sprint(n), func(t *testing.T) { testOpenSchemaReusesTables(t, n) })
	}
}

func testOpenSchemaReusesTables(t *testing.T, rows int) {
	drainPool()
	c, ready := openSchema(t)
	if ready {
		t.Fatal("a new connection has tables")
	}
	fresh, err := c.Serialize()
	if err != nil {
		t.Fatal(err)
	}
	fill(t, c, rows)
	// A transaction left open, with a deferred violation in it.
	if err := c.ExecScript(`BEGIN; INSERT INTO "c" ("p_id") VALUES (999)`); err != nil {
		t.Fatal(err)
	}
	c.Close()
	for _, tidy := range []bool{true, false} {
		if tidy {
			TidyPool()
		}
		c2, ready := openSchema(t)
		if !ready || c2 != c {
			t.Fatalf("tidy %v: the connection with the tables was not reused (ready %v)", tidy, ready)
		}
		// What SQL sees of the file: its size, no free pages.
		if rows, err := c2.Query(`SELECT * FROM pragma_page_count(), pragma_freelist_count()`); err != nil || fmt.Sprint(rows) != fmt.Sprintf("[[%d 0]]", len(fresh)/4096) {
			t.Errorf("tidy %v: page_count, freelist_count: %v (%v), want %d, 0", tidy, rows, err, len(fresh)/4096)
		}
		got, err := c2.Serialize()
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(fresh) {
			t.Errorf("tidy %v: the emptied database has %d bytes, the new one %d", tidy, len(got), len(fresh))
		} else if !bytes.Equal(got[100:], fresh[100:]) {
			// The header's counters (file change, schema cookie) differ.
			var at []int
			for i := 100; i < len(got); i++ {
				if got[i] != fresh[i] {
					at = append(at, i)
				}
			}
			t.Errorf("tidy %v: the emptied database's pages differ from the new one's at %v", tidy, at[:min(len(at), 20)])
		}
		for _, q := range []string{`SELECT * FROM "p"`, `SELECT * FROM "c"`, `SELECT * FROM sqlite_sequence`} {
			if rows, err := c2.Query(q); err != nil || len(rows) != 0 {
				t.Errorf("tidy %v: %s: %v (%v)", tidy, q, rows, err)
			}
		}
		r, err := c2.Exec(`INSERT INTO "p" ("name") VALUES (%s)`, "x")
		if err != nil || r.LastInsertID != 1 {
			t.Errorf("tidy %v: first id %d (%v), want 1", tidy, r.LastInsertID, err)
		}
		if _, err := c2.Exec(`INSERT INTO "c" ("p_id") VALUES (%s)`, 999); err == nil {
			// Deferred: the violation shows at COMMIT, in autocommit at once.
			t.Errorf("tidy %v: a dangling reference went in", tidy)
		}
		if len(c2.cache) == 0 {
			t.Errorf("tidy %v: the prepared statements were not kept", tidy)
		}
		for i := range rows {
			c2.Exec(`INSERT INTO "p" ("name") VALUES (%s)`, fmt.Sprint("y", i))
		}
		if rows, err := c2.Query(`SELECT "name" FROM "p" WHERE "id" = %s`, 1); err != nil || fmt.Sprint(rows) != "[[x]]" {
			t.Errorf("tidy %v: %v (%v)", tidy, rows, err)
		}
		c2.Close()
	}
}

// A connection whose schema a snippet changed, or whose settings it
// changed with a PRAGMA, is not reused with its tables.
func TestOpenSchemaChanged(t *testing.T) {
	for _, script := range []string{
		`CREATE TABLE "zz" ("id" integer)`,
		`CREATE TEMP TABLE "zz" ("id" integer)`,
		`CREATE INDEX "p_name" ON "p" ("name")`,
		`DROP INDEX "c_p_id"`,
		`ANALYZE`,
		`PRAGMA reverse_unordered_selects = ON`,
		`PRAGMA user_version = 7`,
	} {
		drainPool()
		c, _ := openSchema(t)
		fill(t, c, 3)
		if err := c.ExecScript(script); err != nil {
			t.Fatalf("%s: %v", script, err)
		}
		c.Close()
		TidyPool()
		c2, ready := openSchema(t)
		if ready {
			t.Errorf("%s: the connection was reused with its tables", script)
		}
		rows, err := c2.Query(`SELECT type, name FROM sqlite_schema WHERE name NOT IN ('p', 'c', 'c_p_id', 'sqlite_sequence') AND name NOT LIKE 'sqlite_autoindex%%' UNION ALL SELECT type, name FROM temp.sqlite_schema`)
		if err != nil || len(rows) != 0 {
			t.Errorf("%s: the database holds %v (%v)", script, rows, err)
		}
		for _, q := range []string{`PRAGMA reverse_unordered_selects`, `PRAGMA user_version`} {
			if rows, err := c2.Query(q); err != nil || fmt.Sprint(rows) != "[[0]]" {
				t.Errorf("%s: %s: %v (%v)", script, q, rows, err)
			}
		}
		c2.Close()
	}
}

// drainPool closes the pooled connections.
func drainPool() {
	pool.Lock()
	defer pool.Unlock()
	for _, c := range pool.conns {
		c.db.Close()
	}
	pool.conns = nil
}
