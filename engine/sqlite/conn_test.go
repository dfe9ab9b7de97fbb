package sqlite

import (
	"errors"
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
