package query

import "github.com/ormfiddle/ormfiddle/engine/schema"

// RelatedTree is Query.select_related: All is select_related() with no
// arguments (every non-null foreign key, to a depth of 5); Children are
// the named relations ("blog__author" makes blog → author), in order.
type RelatedTree struct {
	All      bool
	Children map[string]*RelatedTree
	Order    []string
}

// RelatedSelection describes one model selected through select_related
// (klass_info's related_klass_infos): the relation followed (Field, or
// Reverse for a reverse one-to-one), its model, the positions of its
// fields in the row, and the models selected through it.
type RelatedSelection struct {
	Field   *schema.Field
	Reverse bool
	Model   *schema.Model
	Fields  []*schema.Field
	Start   int
	Related []*RelatedSelection
}

// getRelatedSelections is get_related_selections (filled in by
// select_related support).
func (c *Compiler) getRelatedSelections(sel *[]SelectColumn, opts *schema.Options, rootAlias string, depth int, requested *RelatedTree, restricted map[string]bool) ([]*RelatedSelection, error) {
	return nil, nil
}
