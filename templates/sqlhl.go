package templates

import "strings"

// sqlToken is a piece of a SQL statement with its highlighting class:
// "kw" (keyword), "id" (quoted identifier), "str" (string literal), "num",
// "op" (punctuation) or "" (white space and the rest). Break marks a
// keyword that starts a clause of a long statement: the page shows it on a
// new line (with CSS, so the text, and what is copied, stay as executed).
type sqlToken struct {
	Text  string
	Class string
	Break bool
	_     noEqual // see noEqual
}

// sqlKeywords are the words highlighted as keywords.
var sqlKeywords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`SELECT FROM WHERE AND OR NOT IN IS NULL AS ON
		INNER LEFT RIGHT OUTER CROSS JOIN ORDER BY GROUP HAVING LIMIT OFFSET ASC DESC
		INSERT INTO VALUES UPDATE SET DELETE CREATE TABLE INDEX UNIQUE PRIMARY KEY
		REFERENCES DEFERRABLE INITIALLY DEFERRED AUTOINCREMENT CHECK CONSTRAINT
		FOREIGN DISTINCT COUNT SUM AVG MIN MAX CASE WHEN THEN ELSE END EXISTS
		LIKE ESCAPE BETWEEN UNION ALL INTERSECT EXCEPT BEGIN COMMIT ROLLBACK
		SAVEPOINT RELEASE TO CAST COLLATE RETURNING DEFAULT ALTER ADD COLUMN
		IMMEDIATE GLOB OVER PARTITION WITH RECURSIVE IGNORE REPLACE CONFLICT DO NOTHING`) {
		sqlKeywords[w] = true
	}
}

// clauseStarts are the keywords (or first words of keyword pairs) that
// open a clause on a new line, at the top level of a long statement.
var clauseStarts = map[string]bool{
	"FROM": true, "WHERE": true, "INNER": true, "LEFT": true, "CROSS": true,
	"GROUP": true, "HAVING": true, "ORDER": true, "LIMIT": true,
	"VALUES": true, "SET": true, "UNION": true, "INTERSECT": true, "EXCEPT": true,
}

// breakMinLength is the length from which a statement's clauses go on
// lines of their own.
const breakMinLength = 72

// highlightSQL splits a statement into tokens for highlighting. The
// tokens of a statement are kept for the next trace that shows it (a
// re-run shows the same statements): callers must not modify the slice.
func highlightSQL(stmt string) []sqlToken {
	if toks, ok := sqlTokens.get(stmt); ok {
		return toks
	}
	toks := tokenizeSQL(stmt)
	sqlTokens.put(stmt, toks)
	return toks
}

// sqlTokens are the tokens of the statements highlighted lately.
var sqlTokens memo[[]sqlToken]

// tokenizeSQL splits a statement into tokens for highlighting.
func tokenizeSQL(stmt string) []sqlToken {
	var out []sqlToken
	long := len(stmt) >= breakMinLength && !strings.HasPrefix(stmt, "CREATE")
	depth := 0
	first := true
	for i := 0; i < len(stmt); {
		c := stmt[i]
		j := i + 1
		class := ""
		switch {
		case c == '\'' || c == '"':
			for j < len(stmt) {
				if stmt[j] == c {
					if j+1 < len(stmt) && stmt[j+1] == c {
						j += 2
						continue
					}
					j++
					break
				}
				j++
			}
			class = "str"
			if c == '"' {
				class = "id"
			}
		case c >= '0' && c <= '9':
			for j < len(stmt) && (stmt[j] >= '0' && stmt[j] <= '9' || stmt[j] == '.') {
				j++
			}
			class = "num"
		case isWordByte(c):
			for j < len(stmt) && (isWordByte(stmt[j]) || stmt[j] >= '0' && stmt[j] <= '9') {
				j++
			}
			word := stmt[i:j]
			if sqlKeywords[strings.ToUpper(word)] {
				class = "kw"
			}
		case c == ' ' || c == '\n' || c == '\t':
			for j < len(stmt) && (stmt[j] == ' ' || stmt[j] == '\n' || stmt[j] == '\t') {
				j++
			}
		default:
			class = "op"
			switch c {
			case '(':
				depth++
			case ')':
				depth--
			}
		}
		tok := sqlToken{Text: stmt[i:j], Class: class}
		if class == "kw" && long && depth == 0 && !first && clauseStarts[strings.ToUpper(tok.Text)] {
			tok.Break = true
		}
		if class != "" {
			first = false
		}
		// Merge runs of unclassified text to keep the HTML small.
		if n := len(out); n > 0 && class == "" && out[n-1].Class == "" {
			out[n-1].Text += tok.Text
		} else {
			out = append(out, tok)
		}
		i = j
	}
	return out
}

func isWordByte(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// sqlLine is a line of a highlighted statement: its leading blanks and
// its tokens.
type sqlLine struct {
	Indent string
	Tokens []sqlToken
}

// sqlLines splits highlighted tokens into lines at the newlines of the
// tokens without a class (white space), each line's leading blanks apart.
func sqlLines(tokens []sqlToken) []sqlLine {
	lines := []sqlLine{{}}
	for _, t := range tokens {
		parts := []string{t.Text}
		if t.Class == "" {
			parts = strings.Split(t.Text, "\n")
		}
		for i, p := range parts {
			if i > 0 {
				lines = append(lines, sqlLine{})
			}
			l := &lines[len(lines)-1]
			if len(l.Tokens) == 0 && t.Class == "" {
				text := strings.TrimLeft(p, " \t")
				l.Indent += p[:len(p)-len(text)]
				p = text
			}
			if p != "" {
				l.Tokens = append(l.Tokens, sqlToken{Text: p, Class: t.Class})
			}
		}
	}
	return lines
}
