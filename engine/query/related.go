package query

import (
	"fmt"
	"strings"

	"github.com/ormfiddle/ormfiddle/engine/schema"
)

// maxSelectRelatedDepth is Query.max_depth: how far select_related() with
// no arguments follows foreign keys.
const maxSelectRelatedDepth = 5

// RelatedTree is Query.select_related: All is select_related() with no
// arguments (True: every non-null forward relation, to a depth of 5);
// otherwise Children are the named relations ("blog__author" gives blog →
// author), in the order given.
type RelatedTree struct {
	All      bool
	Children map[string]*RelatedTree
	Order    []string
}

// AddSelectRelated is Query.add_select_related: merge the lookups
// ("blog", "blog__author") into the tree of relations to follow.
func (q *Query) AddSelectRelated(fields []string) {
	t := q.SelectRelated
	if t == nil || t.All {
		t = &RelatedTree{}
	} else {
		t = t.clone()
	}
	for _, f := range fields {
		d := t
		for _, part := range strings.Split(f, LookupSep) {
			d = d.child(part)
		}
	}
	q.SelectRelated = t
}

func (t *RelatedTree) child(name string) *RelatedTree {
	if t.Children == nil {
		t.Children = map[string]*RelatedTree{}
	}
	c, ok := t.Children[name]
	if !ok {
		c = &RelatedTree{}
		t.Children[name] = c
		t.Order = append(t.Order, name)
	}
	return c
}

func (t *RelatedTree) clone() *RelatedTree {
	if t == nil {
		return nil
	}
	c := &RelatedTree{All: t.All, Order: append([]string(nil), t.Order...)}
	if t.Children != nil {
		c.Children = map[string]*RelatedTree{}
		for k, v := range t.Children {
			c.Children[k] = v.clone()
		}
	}
	return c
}

func (t *RelatedTree) has(name string) bool {
	if t == nil {
		return false
	}
	_, ok := t.Children[name]
	return ok
}

func (t *RelatedTree) get(name string) *RelatedTree {
	if t == nil || t.Children[name] == nil {
		return &RelatedTree{}
	}
	return t.Children[name]
}

// RelatedSelection describes one model selected through select_related
// (klass_info's related_klass_infos): the relation followed (Field, a
// forward relation, or with Reverse the one-to-one field pointing at the
// parent model), the model, its fields and where they start in the row,
// and the models selected through it.
type RelatedSelection struct {
	Field   *schema.Field
	Reverse bool
	Model   *schema.Model
	// Fields are the model's loaded fields, in its concrete field order,
	// and Positions their columns in the row (a child reached from its
	// parent also takes the parent's columns: from_parent).
	Fields     []*schema.Field
	Positions  []int
	FromParent bool
	Related    []*RelatedSelection
}

// setPositions records fields as selected from position start on.
func (rs *RelatedSelection) setPositions(fields []*schema.Field, start int) {
	rs.Fields = fields
	rs.Positions = make([]int, len(fields))
	for i := range fields {
		rs.Positions[i] = start + i
	}
}

// selectFromParent is get_select's get_select_from_parent: a model
// selected from its parent also reads the parent's columns, ordered as
// its concrete fields (RelatedPopulator's reorder_for_init).
func selectFromParent(fields []*schema.Field, positions []int, related []*RelatedSelection) {
	for _, rs := range related {
		if rs.FromParent {
			pos := map[string]int{}
			byName := map[string]*schema.Field{}
			for i, f := range append(append([]*schema.Field(nil), fields...), rs.Fields...) {
				p := 0
				if i < len(fields) {
					p = positions[i]
				} else {
					p = rs.Positions[i-len(fields)]
				}
				pos[f.Attname] = p
				byName[f.Attname] = f
			}
			var nf []*schema.Field
			var np []int
			for _, f := range rs.Model.Meta.ConcreteFields() {
				if p, ok := pos[f.Attname]; ok {
					nf = append(nf, f)
					np = append(np, p)
				}
			}
			rs.Fields, rs.Positions = nf, np
		}
		selectFromParent(rs.Fields, rs.Positions, rs.Related)
	}
}

// selectRelatedDescend is django.db.models.query_utils.select_related_descend:
// whether select_related follows f. loadFields are the attnames that load
// on f's model (nil: all); a named relation that is deferred is an error.
func selectRelatedDescend(f *schema.Field, restricted bool, requested *RelatedTree, loadFields map[string]bool, reverse bool) (bool, error) {
	if f.Rel == nil {
		return false, nil
	}
	if f.Rel.ParentLink && !reverse {
		return false, nil
	}
	if restricted {
		if reverse && !requested.has(f.RelatedQueryName()) {
			return false, nil
		}
		if !reverse && !requested.has(f.Name) {
			return false, nil
		}
	}
	if !restricted && f.Null {
		return false, nil
	}
	if len(loadFields) > 0 && !loadFields[f.Attname] && restricted && requested.has(f.Name) {
		return false, &FieldError{fmt.Sprintf("Field %s.%s cannot be both deferred and traversed using select_related at the same time.", f.Model.Meta.ObjectName, f.Name)}
	}
	return true, nil
}

// getRelatedSelections is SQLCompiler.get_related_selections: join the
// models select_related() follows and append their columns to sel.
func (c *Compiler) getRelatedSelections(sel *[]SelectColumn, opts *schema.Options, rootAlias string, depth int, requested *RelatedTree, restricted bool) ([]*RelatedSelection, error) {
	q := c.Query
	if !restricted && depth > maxSelectRelatedDepth {
		return nil, nil
	}
	if opts == nil {
		opts = q.Meta()
		rootAlias = q.InitialAlias()
	}
	if requested == nil {
		restricted = !q.SelectRelated.All
		if restricted {
			requested = q.SelectRelated
		}
	}
	choices := func() string {
		var names []string
		for _, f := range opts.FieldsAndForeignObjects() {
			if f.IsRelation() {
				names = append(names, f.Name)
			}
		}
		for _, r := range opts.RelatedObjects() {
			if r.Field.Unique() {
				names = append(names, r.Field.RelatedQueryName())
			}
		}
		if len(names) == 0 {
			return "(none)"
		}
		return strings.Join(names, ", ")
	}
	var out []*RelatedSelection
	found := map[string]bool{}
	onlyLoad, err := q.loadedColumns()
	if err != nil {
		return nil, err
	}
	for _, f := range opts.FieldsAndForeignObjects() {
		found[f.Name] = true
		var next *RelatedTree
		if restricted {
			next = requested.get(f.Name)
			if !f.IsRelation() && requested.has(f.Name) {
				return nil, &FieldError{fmt.Sprintf("Non-relational field given in select_related: '%s'. Choices are: %s", f.Name, choices())}
			}
		}
		descend, err := selectRelatedDescend(f, restricted, requested, onlyLoad[f.Model.Meta.ConcreteModel], false)
		if err != nil {
			return nil, err
		}
		if !descend {
			continue
		}
		info, err := q.setupJoins([]string{f.Name}, opts, rootAlias, nil, true)
		if err != nil {
			return nil, err
		}
		alias := info.joins[len(info.joins)-1]
		model := f.Rel.Model
		rs := &RelatedSelection{Field: f, Model: model}
		cols, fields := c.getDefaultColumns(alias, model.Meta, nil)
		rs.setPositions(fields, len(*sel))
		for _, col := range cols {
			*sel = append(*sel, SelectColumn{Expr: col})
		}
		if rs.Related, err = c.getRelatedSelections(sel, model.Meta, alias, depth+1, next, restricted); err != nil {
			return nil, err
		}
		out = append(out, rs)
	}
	if !restricted {
		return out, nil
	}
	for _, r := range opts.RelatedObjects() {
		f := r.Field
		if !f.Unique() || f.ManyToMany() {
			continue
		}
		descend, err := selectRelatedDescend(f, restricted, requested, onlyLoad[f.Model], true)
		if err != nil {
			return nil, err
		}
		if !descend {
			continue
		}
		name := f.RelatedQueryName()
		found[name] = true
		info, err := q.setupJoins([]string{name}, opts, rootAlias, nil, true)
		if err != nil {
			return nil, err
		}
		alias := info.joins[len(info.joins)-1]
		model := f.Model
		fromParent := model != opts.Model && model.Meta.IsSubclassOf(opts.Model)
		rs := &RelatedSelection{Field: f, Reverse: true, Model: model, FromParent: fromParent}
		cols, fields := c.getDefaultColumns(alias, model.Meta, opts.Model)
		rs.setPositions(fields, len(*sel))
		for _, col := range cols {
			*sel = append(*sel, SelectColumn{Expr: col})
		}
		if rs.Related, err = c.getRelatedSelections(sel, model.Meta, alias, depth+1, requested.get(name), restricted); err != nil {
			return nil, err
		}
		out = append(out, rs)
	}
	var missing []string
	for _, name := range requested.Order {
		if !found[name] {
			missing = append(missing, "'"+name+"'")
		}
	}
	if len(missing) > 0 {
		return nil, &FieldError{fmt.Sprintf("Invalid field name(s) given in select_related: %s. Choices are: %s", strings.Join(missing, ", "), choices())}
	}
	return out, nil
}
