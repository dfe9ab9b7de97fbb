package templates

import (
	"bytes"
	"context"
	"io"
	"sync"

	"github.com/a-h/templ"
)

// A re-run of a snippet renders the same schema and the same SQL
// statements as the run before it: what depends only on a statement's
// text is kept for the next trace.

// memo maps a text to what was made from it, for at most memoSize texts
// (it starts over when full). It is safe for concurrent use (the server
// renders pages in parallel); its values must not be modified.
type memo[V any] struct {
	mu sync.Mutex
	m  map[string]V
}

// memoSize bounds each memo: a few traces' statements.
const memoSize = 512

func (c *memo[V]) get(text string) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.m[text]
	return v, ok
}

func (c *memo[V]) put(text string, v V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil || len(c.m) >= memoSize {
		c.m = map[string]V{}
	}
	c.m[text] = v
}

// ddlHTML are the schema statements rendered lately (DDLBlock).
var ddlHTML memo[[]byte]

// DDLBlock is a schema statement, a CREATE TABLE with one column per line
// as Django's docs print them (ddlBlock), rendered once for every trace
// that shows it: its HTML depends on the statement only.
func DDLBlock(stmt string) templ.Component {
	return templ.ComponentFunc(func(ctx context.Context, w io.Writer) error {
		html, ok := ddlHTML.get(stmt)
		if !ok {
			var b bytes.Buffer
			if err := ddlBlock(stmt).Render(ctx, &b); err != nil {
				return err
			}
			html = b.Bytes()
			ddlHTML.put(stmt, html)
		}
		_, err := w.Write(html)
		return err
	})
}
