package query

import (
	"fmt"
	"strings"
)

// FilteredRelation is django.db.models.FilteredRelation: a relation joined
// under its own alias with a condition in the join's ON clause,
// annotate(pizzas_vegetarian=FilteredRelation("pizzas",
// condition=Q(pizzas__vegetarian=True))). Only a relation of the query's
// model (no "a__b" relation name) is supported.
type FilteredRelation struct {
	RelationName string
	Alias        string
	// Condition has its lookups renamed from the relation name to the
	// alias (rename_prefix_from_q), so that they go through this join.
	Condition *Q
}

// AddFilteredRelation is Query.add_filtered_relation: the condition's
// lookups must stay within the relation (solve_lookup_type's field parts).
func (q *Query) AddFilteredRelation(fr *FilteredRelation) error {
	if strings.Contains(fr.RelationName, LookupSep) {
		return &NotSupportedError{"FilteredRelation on a nested relation (" + fr.RelationName + ") is not supported by ormfiddle yet"}
	}
	relParts := splitLookup(fr.RelationName)
	var check func(c *Q) error
	check = func(c *Q) error {
		for _, ch := range c.Children {
			switch x := ch.(type) {
			case *Q:
				if err := check(x); err != nil {
					return err
				}
			case Filter:
				parts := splitLookup(x.Lookup)
				res, err := q.namesToPath(parts, q.Meta(), true, false)
				if err != nil {
					continue
				}
				fieldParts := parts[:len(parts)-len(res.rest)]
				shift := 1
				if len(res.rest) == 0 {
					shift = 2
				}
				deeper := &ValueError{fmt.Sprintf("FilteredRelation's condition doesn't support nested relations deeper than the relation_name (got %s for %s).", pyRepr(x.Lookup), pyRepr(fr.RelationName))}
				for idx, part := range fieldParts[:max(0, len(fieldParts)-shift)] {
					if idx < len(relParts) {
						if relParts[idx] != part {
							return &ValueError{fmt.Sprintf("FilteredRelation's condition doesn't support relations outside the %s (got %s).", pyRepr(fr.RelationName), pyRepr(x.Lookup))}
						}
					} else if !q.features().FilteredRelationResolvedOnJoin {
						return deeper
					}
				}
				if q.features().FilteredRelationResolvedOnJoin && len(fieldParts) > len(relParts)+1 {
					return deeper
				}
			}
		}
		return nil
	}
	if err := check(fr.Condition); err != nil {
		return err
	}
	fr.Condition = renamePrefix(fr.RelationName, fr.Alias, fr.Condition)
	if q.FilteredRelations == nil {
		q.FilteredRelations = map[string]*FilteredRelation{}
	}
	q.FilteredRelations[fr.Alias] = fr
	return nil
}

// renamePrefix is rename_prefix_from_q.
func renamePrefix(prefix, replacement string, c *Q) *Q {
	out := &Q{Connector: c.Connector, Negated: c.Negated}
	for _, ch := range c.Children {
		switch x := ch.(type) {
		case *Q:
			out.Children = append(out.Children, renamePrefix(prefix, replacement, x))
		case Filter:
			if x.Lookup == prefix || strings.HasPrefix(x.Lookup, prefix+LookupSep) {
				x.Lookup = replacement + x.Lookup[len(prefix):]
			}
			out.Children = append(out.Children, x)
		default:
			out.Children = append(out.Children, ch)
		}
	}
	return out
}

// pyRepr is repr() of a str.
func pyRepr(s string) string {
	if strings.Contains(s, "'") && !strings.Contains(s, `"`) {
		return `"` + s + `"`
	}
	return "'" + strings.ReplaceAll(s, "'", `\'`) + "'"
}

// resolveFiltered is FilteredRelation.resolve_expression: the condition
// as a where node of q, its lookups going through the join (reuse nil:
// any join), built without promoting or demoting joins
// (update_join_types=False). Django resolves it when the join is made
// (features.FilteredRelationResolvedOnJoin), 3.2 when the join is
// compiled, with its path's aliases to reuse.
func (q *Query) resolveFiltered(j *Join, reuse map[string]bool) error {
	q.noJoinPromotion++
	defer func() { q.noJoinPromotion-- }()
	clause, _, err := q.addQ(j.Filtered.Condition, reuse, false, false, true, false)
	if err != nil {
		return err
	}
	j.Condition = clause
	return nil
}
