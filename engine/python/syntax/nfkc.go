package syntax

import (
	"strings"
	"sync"
	"unicode/utf8"
)

//go:generate sh -c "python3 gen_nfkc.py > nfkc_table.go"

var (
	nfkcOnce sync.Once
	nfkcMap  map[rune]string
)

// nfkc returns a non-ASCII identifier in the form Python reads it
// (PEP 3131: NFKC), character by character from nfkcTable: ﬁeld is field,
// ｘ is x. Combining sequences are kept as typed (Python would compose
// them); identifiers are rarely written that way.
func nfkc(name string) string {
	nfkcOnce.Do(func() {
		nfkcMap = map[rune]string{}
		t := nfkcTable
		for len(t) >= 4 {
			cp := rune(t[0])<<16 | rune(t[1])<<8 | rune(t[2])
			n := int(t[3])
			nfkcMap[cp] = t[4 : 4+n]
			t = t[4+n:]
		}
	})
	var b strings.Builder
	changed := false
	for _, r := range name {
		if r >= utf8.RuneSelf {
			if k, ok := nfkcMap[r]; ok {
				b.WriteString(k)
				changed = true
				continue
			}
		}
		b.WriteRune(r)
	}
	if !changed {
		return name
	}
	return b.String()
}
