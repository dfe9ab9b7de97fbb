package playground

import (
	"strings"

	"github.com/ormfiddle/ormfiddle/engine/schema"
	"github.com/ormfiddle/ormfiddle/engine/sqlite"
)

// Snapshot reads every table (without recording the queries) and marks
// each row as inserted, updated or unchanged since the previous snapshot,
// listing the rows that disappeared as deleted. Rows are keyed by their
// primary key.
func (s *Session) Snapshot() []TableRows {
	conn := s.env.DB.Conn
	// The snapshot is the engine's work, not the snippet's: it is not
	// recorded nor charged to the work budget.
	conn.SetRecorder(nil)
	conn.SetWork(nil)
	defer func() {
		conn.SetRecorder(s.record)
		conn.SetWork(s.th.Charge)
	}()
	if s.prev == nil {
		s.prev = map[string]TableRows{}
	}
	var out []TableRows
	for _, t := range s.tables {
		cols := make([]string, len(t.Columns))
		pkIdx := 0
		for i, c := range t.Columns {
			cols[i] = schema.QuoteName(c)
			if c == t.PK {
				pkIdx = i
			}
		}
		rows, err := conn.Query("SELECT " + strings.Join(cols, ", ") + " FROM " + schema.QuoteName(t.Name) + " ORDER BY rowid")
		tr := TableRows{Name: t.Name}
		if err != nil {
			out = append(out, tr)
			continue
		}
		prev := s.prev[t.Name]
		before := map[string][]string{}
		for _, r := range prev.Rows {
			before[r[pkIdx]] = r
		}
		seen := map[string]bool{}
		for _, r := range rows {
			lit := make([]string, len(r))
			for i, v := range r {
				lit[i] = sqlite.Literal(v)
			}
			key := lit[pkIdx]
			seen[key] = true
			change := RowSame
			if old, ok := before[key]; !ok {
				change = RowInserted
			} else if strings.Join(old, "\x00") != strings.Join(lit, "\x00") {
				change = RowUpdated
			}
			tr.Rows = append(tr.Rows, lit)
			tr.Changes = append(tr.Changes, change)
		}
		for _, r := range prev.Rows {
			if !seen[r[pkIdx]] {
				tr.Deleted = append(tr.Deleted, r)
			}
		}
		s.prev[t.Name] = tr
		out = append(out, tr)
	}
	return out
}

// writes reports whether any of the statements may change a table's rows.
func writes(sql []string) bool {
	for _, q := range sql {
		word, _, _ := strings.Cut(strings.TrimSpace(q), " ")
		switch strings.ToUpper(word) {
		case "SELECT", "BEGIN", "COMMIT", "SAVEPOINT", "RELEASE":
		default:
			return true
		}
	}
	return false
}

// unchanged is a snapshot of the same rows as prev, none of them changed.
// The rows are shared with prev, which nobody modifies.
func unchanged(prev []TableRows) []TableRows {
	out := make([]TableRows, len(prev))
	for i, t := range prev {
		out[i] = TableRows{Name: t.Name, Rows: t.Rows, Changes: make([]RowChange, len(t.Rows))}
	}
	return out
}

// snapshotSize is the bytes of a snapshot's values, for the trace budget.
func snapshotSize(tables []TableRows) int {
	n := 0
	for _, t := range tables {
		for _, rows := range [][][]string{t.Rows, t.Deleted} {
			for _, r := range rows {
				for _, v := range r {
					n += len(v) + 1
				}
			}
		}
	}
	return n
}
