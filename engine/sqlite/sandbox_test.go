package sqlite

import (
	"errors"
	"strings"
	"testing"
)

// TestSandbox checks that a connection touches nothing but its own
// in-memory database, with the errors Python's sqlite3 raises.
func TestSandbox(t *testing.T) {
	c, err := Open()
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	for sql, want := range map[string]string{
		"ATTACH DATABASE '/tmp/ormfiddle-sandbox.db' AS h": "DatabaseError: not authorized",
		"ATTACH DATABASE ':memory:' AS h":                  "DatabaseError: not authorized",
		"VACUUM INTO '/tmp/ormfiddle-sandbox.db'":          "DatabaseError: authorization denied",
		"PRAGMA temp_store_directory = '/tmp'":             "DatabaseError: not authorized",
		"PRAGMA temp_store = FILE":                         "DatabaseError: not authorized",
		"PRAGMA hard_heap_limit = 0":                       "DatabaseError: not authorized",
		"SELECT load_extension('/tmp/x.so')":               "OperationalError: not authorized",
	} {
		_, err := c.Query(sql)
		if err == nil || err.Error() != want {
			t.Errorf("%s: got %v, want %s", sql, err, want)
		}
	}
	// Reading the settings is allowed.
	if rows, err := c.Query("PRAGMA temp_store"); err != nil || len(rows) != 1 || rows[0][0] != int64(2) {
		t.Errorf("PRAGMA temp_store: %v %v, want 2 (memory)", rows, err)
	}
}

// TestWorkAndRows checks that SQLite's work is charged and interrupts a
// statement when the charge fails, and the row budget.
func TestWorkAndRows(t *testing.T) {
	c, err := Open()
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	stop := errors.New("out of work")
	var spent uint64
	c.SetWork(func(n uint64) error {
		spent += n
		if spent > 1_000_000 {
			return stop
		}
		return nil
	})
	_, err = c.Query("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c")
	if err != stop {
		t.Fatalf("endless CTE: got %v, want the work hook's error", err)
	}
	spent = 0
	if rows, err := c.Query("SELECT 1"); err != nil || len(rows) != 1 {
		t.Fatalf("the next statement: %v %v", rows, err)
	}
	c.SetWork(nil)
	c.SetMaxRows(10)
	_, err = c.Query("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 11) SELECT x FROM c")
	if err == nil || !strings.HasPrefix(err.Error(), "RowLimitExceeded: the query returned more than 10 rows") {
		t.Fatalf("11 rows: got %v", err)
	}
	if _, err := c.Query(""); err == nil || err.Error() != "TypeError: 'NoneType' object is not iterable" {
		t.Fatalf("no statement: got %v", err)
	}
}
