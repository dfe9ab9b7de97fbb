package templates

import (
	"strconv"
	"strings"

	"github.com/ormfiddle/ormfiddle/engine/trace"
)

// Diagram is the schema laid out for drawing: boxes for tables and proxy
// models, and the links between them. The layout is deterministic: tables
// go in columns by how far they are from the tables they reference (a
// table to the right of every table it points at), in DDL order within a
// column, so the same models always give the same picture.
type Diagram struct {
	Width, Height int
	Boxes         []DiagramBox
	Links         []DiagramLink
}

// DiagramBox is a table, or a proxy model (which has no columns).
type DiagramBox struct {
	X, Y, W, H int
	Title      string // the table
	Subtitle   string // the model, "proxy of Person", "through Group.members"
	Kind       string // "table", "through" or "proxy"
	Rows       []DiagramRow
}

// DiagramRow is one column of a table box.
type DiagramRow struct {
	Y    int // the baseline of its text
	Name string
	Type string
	Key  string // "PK", "FK", "1:1", "PTR" or ""
	Null bool
	_    noEqual // see noEqual
}

// DiagramLink is an arrow from a column to the table it references.
type DiagramLink struct {
	Path  string  // SVG path data
	Kind  string  // "fk", "o2o", "parent" or "proxy"
	Title string  // what the arrow means, for a tooltip
	_     noEqual // see noEqual
}

// Layout metrics of the diagram, in SVG user units (CSS pixels at 1:1).
const (
	diagCharW      = 7 // the width of a character of the 12px monospace font
	diagTitleCharW = 8 // ... of the 12.5px bold title
	diagRowH       = 18
	diagHeadH      = 38
	diagPadX       = 10
	diagGapX       = 64
	diagGapY       = 22
	diagMargin     = 12
	diagMinBoxW    = 140
)

// NewDiagram lays out a schema.
func NewDiagram(s *trace.SchemaInfo) Diagram {
	if s == nil {
		return Diagram{}
	}
	index := map[string]int{}
	for i, t := range s.Tables {
		index[t.Name] = i
	}
	// level: 0 for a table that references no other; otherwise one more
	// than the deepest table it references (cycles and self-references
	// ignored).
	level := make([]int, len(s.Tables))
	state := make([]uint8, len(s.Tables)) // 0 new, 1 visiting, 2 done
	var visit func(i int) int
	visit = func(i int) int {
		switch state[i] {
		case 1:
			return -1
		case 2:
			return level[i]
		}
		state[i] = 1
		l := 0
		for _, c := range s.Tables[i].Columns {
			if j, ok := index[c.References]; ok && j != i && c.Link != trace.LinkNone {
				if d := visit(j); d >= 0 && d+1 > l {
					l = d + 1
				}
			}
		}
		state[i] = 2
		level[i] = l
		return l
	}
	for i := range s.Tables {
		visit(i)
	}

	type node struct {
		box   DiagramBox
		level int
		table int // index in s.Tables, or -1 for a proxy
	}
	var nodes []node
	for i, t := range s.Tables {
		b := DiagramBox{Title: t.Name, Subtitle: t.Model, Kind: "table"}
		if t.Through != "" {
			b.Kind = "through"
			b.Subtitle = "through " + t.Through
			if !t.AutoCreated {
				b.Subtitle = t.Model + ", through " + t.Through
			}
		}
		for _, c := range t.Columns {
			r := DiagramRow{Name: c.Name, Type: c.Type, Null: c.Null}
			switch {
			case c.Link == trace.LinkParent:
				r.Key = "PTR"
			case c.PK:
				r.Key = "PK"
			case c.Link == trace.LinkOneToOne:
				r.Key = "1:1"
			case c.Link == trace.LinkForeignKey:
				r.Key = "FK"
			}
			b.Rows = append(b.Rows, r)
		}
		nodes = append(nodes, node{box: b, level: level[i], table: i})
	}
	for _, p := range s.Proxies {
		l := 0
		if j, ok := index[p.Table]; ok {
			l = level[j] + 1
		}
		nodes = append(nodes, node{box: DiagramBox{Title: p.Model, Subtitle: "proxy of " + p.ProxyFor, Kind: "proxy"}, level: l, table: -1})
	}

	// Box sizes.
	for i := range nodes {
		b := &nodes[i].box
		// The title is bold and a little larger than the columns.
		w := max(len(b.Title)*diagTitleCharW, len(b.Subtitle)*diagCharW)
		for _, r := range b.Rows {
			w = max(w, (len(r.Name)+len(r.Type)+len(r.Key)+4)*diagCharW)
		}
		b.W = max(w+2*diagPadX, diagMinBoxW)
		b.H = diagHeadH + len(b.Rows)*diagRowH + 6
		if len(b.Rows) == 0 {
			b.H = diagHeadH
		}
	}
	// Columns of boxes, left to right by level.
	maxLevel := 0
	for _, n := range nodes {
		maxLevel = max(maxLevel, n.level)
	}
	x := diagMargin
	height := 0
	for l := 0; l <= maxLevel; l++ {
		y := diagMargin
		colW := 0
		for i := range nodes {
			if nodes[i].level != l {
				continue
			}
			b := &nodes[i].box
			b.X, b.Y = x, y
			y += b.H + diagGapY
			colW = max(colW, b.W)
		}
		if colW == 0 {
			continue
		}
		// Boxes of a column share its width, so that arrows line up.
		for i := range nodes {
			if nodes[i].level == l {
				nodes[i].box.W = colW
			}
		}
		height = max(height, y-diagGapY+diagMargin)
		x += colW + diagGapX
	}
	d := Diagram{Width: x - diagGapX + diagMargin, Height: height}
	for i := range nodes {
		b := &nodes[i].box
		for j := range b.Rows {
			b.Rows[j].Y = b.Y + diagHeadH + j*diagRowH + 13
		}
		d.Boxes = append(d.Boxes, *b)
	}

	// Links: from the referencing column's row to the referenced column.
	boxOf := map[string]*DiagramBox{}
	for i := range d.Boxes {
		if nodes[i].table >= 0 {
			boxOf[d.Boxes[i].Title] = &d.Boxes[i]
		}
	}
	for i, n := range nodes {
		from := &d.Boxes[i]
		if n.table < 0 {
			// A proxy points at its table, from its middle.
			p := s.Proxies[i-len(s.Tables)]
			if to, ok := boxOf[p.Table]; ok {
				y0 := from.Y + from.H/2
				y1 := to.Y + diagHeadH/2
				d.Links = append(d.Links, DiagramLink{Path: linkPath(from, y0, to, y1), Kind: "proxy", Title: p.Model + " is a proxy of " + p.ProxyFor + ": same table, " + p.Table})
			}
			continue
		}
		t := s.Tables[n.table]
		for j, c := range t.Columns {
			to, ok := boxOf[c.References]
			if !ok || c.Link == trace.LinkNone {
				continue
			}
			y0 := from.Rows[j].Y - 4
			y1 := to.Y + diagHeadH/2
			for k, rc := range s.Tables[index[c.References]].Columns {
				if rc.Name == c.RefColumn {
					y1 = to.Rows[k].Y - 4
				}
			}
			l := DiagramLink{Path: linkPath(from, y0, to, y1)}
			switch c.Link {
			case trace.LinkParent:
				l.Kind = "parent"
				l.Title = t.Model + " inherits from " + to.Subtitle + " (multi-table inheritance): " + c.Name + " is both its primary key and the link to the parent row"
			case trace.LinkOneToOne:
				l.Kind = "o2o"
				l.Title = t.Name + "." + c.Name + " → " + c.References + "." + c.RefColumn + " (one-to-one)"
			default:
				l.Kind = "fk"
				l.Title = t.Name + "." + c.Name + " → " + c.References + "." + c.RefColumn + " (foreign key)"
			}
			d.Links = append(d.Links, l)
		}
	}
	return d
}

// linkPath is a curve from the left edge of from at height y0 to the right
// edge of to at y1; a box that points at itself, or at a box in its own
// column, gets a loop on its right.
func linkPath(from *DiagramBox, y0 int, to *DiagramBox, y1 int) string {
	p := func(v ...int) string {
		s := make([]string, len(v))
		for i, n := range v {
			s[i] = strconv.Itoa(n)
		}
		return strings.Join(s, " ")
	}
	if to.X+to.W <= from.X {
		x0, x1 := from.X, to.X+to.W
		mid := (x0 - x1) / 2
		return "M" + p(x0, y0) + " C" + p(x0-mid, y0, x1+mid, y1, x1+6, y1)
	}
	if to.X >= from.X+from.W {
		// Pointing right (a cycle): leave from the right edge.
		x0, x1 := from.X+from.W, to.X
		mid := (x1 - x0) / 2
		return "M" + p(x0, y0) + " C" + p(x0+mid, y0, x1-mid, y1, x1-6, y1)
	}
	x0 := from.X + from.W
	x1 := to.X + to.W
	out := max(x0, x1) + 36
	return "M" + p(x0, y0) + " C" + p(out, y0, out, y1, x1+6, y1)
}

// viewBox is the diagram's SVG viewBox.
func (d Diagram) viewBox() string {
	return "0 0 " + strconv.Itoa(d.Width) + " " + strconv.Itoa(d.Height)
}
