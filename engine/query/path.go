package query

import (
	"fmt"
	"sort"
	"strings"

	"github.com/ormfiddle/ormfiddle/engine/schema"
)

// LookupSep separates the parts of a lookup ("reporter__name__startswith").
const LookupSep = "__"

func splitLookup(s string) []string { return strings.Split(s, LookupSep) }

// PathInfo is one hop between tables (Django's PathInfo): from FromOpts to
// ToOpts over JoinField (a forward *schema.Field or a reverse *schema.Rel),
// TargetFields being the fields on ToOpts that the join lands on. M2M
// marks a hop that can multiply rows; Direct a forward hop.
type PathInfo struct {
	FromOpts     *schema.Options
	ToOpts       *schema.Options
	TargetFields []*schema.Field
	JoinField    any
	M2M          bool
	Direct       bool
	Filtered     *FilteredRelation
}

// joinCols returns the (parent column, child column) pairs of the hop.
func (p PathInfo) joinCols() [][2]string {
	var out [][2]string
	switch jf := p.JoinField.(type) {
	case *schema.Field:
		for _, pair := range jf.RelatedFields() {
			out = append(out, [2]string{pair[0].Column, pair[1].Column})
		}
	case *schema.Rel:
		for _, pair := range jf.Field.RelatedFields() {
			out = append(out, [2]string{pair[1].Column, pair[0].Column})
		}
	}
	return out
}

// pathInfos is get_path_info for a forward field or a reverse relation.
func pathInfos(field *schema.Field, rel *schema.Rel) []PathInfo {
	if rel != nil {
		return reversePathInfos(rel.Field)
	}
	if field.ManyToMany() {
		return m2mPathInfos(field, true)
	}
	return []PathInfo{forwardPathInfo(field)}
}

// forwardPathInfo is ForeignObject.get_path_info.
func forwardPathInfo(f *schema.Field) PathInfo {
	targets := []*schema.Field{f.TargetField()}
	if f.ForeignObject() {
		// foreign_related_fields: the target side of each pair.
		targets = targets[:0]
		for _, pair := range f.RelatedFields() {
			targets = append(targets, pair[1])
		}
	}
	return PathInfo{
		FromOpts:     f.Model.Meta,
		ToOpts:       f.Rel.Model.Meta,
		TargetFields: targets,
		JoinField:    f,
		Direct:       true,
	}
}

// reversePathInfos is ForeignObject.get_reverse_path_info, or the reversed
// m2m path for a ManyToManyField.
func reversePathInfos(f *schema.Field) []PathInfo {
	if f.ManyToMany() {
		return m2mPathInfos(f, false)
	}
	return []PathInfo{{
		FromOpts:     f.Rel.Model.Meta,
		ToOpts:       f.Model.Meta,
		TargetFields: []*schema.Field{f.Model.Meta.Pk},
		JoinField:    f.Rel,
		M2M:          !f.Unique(),
		Direct:       false,
	}}
}

// m2mPathInfos is ManyToManyField._get_path_info: through the join table.
func m2mPathInfos(f *schema.Field, direct bool) []PathInfo {
	src, dst := f.M2MLinks()
	var infos []PathInfo
	if direct {
		infos = append(infos, reversePathInfos(src)...)
		infos = append(infos, forwardPathInfo(dst))
	} else {
		infos = append(infos, reversePathInfos(dst)...)
		infos = append(infos, forwardPathInfo(src))
	}
	return infos
}

// parentPathInfos is Options.get_path_to_parent as PathInfos.
func parentPathInfos(opts *schema.Options, parent *schema.Model) []PathInfo {
	var out []PathInfo
	for _, link := range opts.PathToParent(parent) {
		out = append(out, forwardPathInfo(link))
	}
	return out
}

// FieldError is Django's django.core.exceptions.FieldError.
type FieldError struct{ Msg string }

func (e *FieldError) Error() string { return "FieldError: " + e.Msg }

// multiJoin is raised by namesToPath when a multi-valued hop is met and
// allowMany is false (Django's MultiJoin): pos is the number of names up to
// and including the hop.
type multiJoin struct {
	pos           int
	namesWithPath []nameWithPath
}

func (*multiJoin) Error() string { return "multijoin" }

type nameWithPath struct {
	name string
	path []PathInfo
}

type pathResult struct {
	path       []PathInfo
	finalField any // *schema.Field or *schema.Rel
	targets    []*schema.Field
	rest       []string
	namesPath  []nameWithPath
}

// namesToPath is Query.names_to_path.
func (q *Query) namesToPath(names []string, opts *schema.Options, allowMany, failOnMissing bool) (*pathResult, error) {
	res := &pathResult{}
	pos := 0
	var name string
	for pos = 0; pos < len(names); pos++ {
		name = names[pos]
		cur := nameWithPath{name: name}
		if name == "pk" {
			name = opts.Pk.Name
		}
		field, rel, err := opts.GetField(name)
		var filtered *FilteredRelation
		if fr, ok := q.FilteredRelations[name]; ok && err != nil && pos == 0 {
			filtered = fr
			field, rel, err = opts.GetField(fr.RelationName)
		}
		if err != nil {
			if q.Annotations != nil {
				if contains(q.annotationSelect(), name) {
					// An annotation: the rest are lookups.
					res.rest = names[pos:]
					return res, nil
				}
			}
			pos--
			if pos == -1 || failOnMissing {
				available := opts.FieldNames()
				for a := range q.Annotations {
					available = append(available, a)
				}
				sort.Strings(available)
				return nil, &FieldError{fmt.Sprintf("Cannot resolve keyword '%s' into field. Choices are: %s", name, strings.Join(available, ", "))}
			}
			break
		}
		var model *schema.Model
		if rel != nil {
			model = rel.Model.Meta.ConcreteModel
		} else {
			model = field.Model.Meta.ConcreteModel
		}
		if model != opts.Model {
			if p := parentPathInfos(opts, model); len(p) > 0 {
				res.path = append(res.path, p...)
				cur.path = append(cur.path, p...)
			}
		}
		if rel != nil || field.IsRelation() {
			fo := field
			if rel != nil {
				fo = rel.Field
			}
			if err := fo.RelatedFieldsError(); err != nil {
				return nil, err
			}
			infos := pathInfos(field, rel)
			if filtered != nil {
				infos = append([]PathInfo(nil), infos...)
				infos[len(infos)-1].Filtered = filtered
			}
			if !allowMany {
				for i, p := range infos {
					if p.M2M {
						cur.path = append(cur.path, infos[:i+1]...)
						res.namesPath = append(res.namesPath, cur)
						return nil, &multiJoin{pos: pos + 1, namesWithPath: res.namesPath}
					}
				}
			}
			last := infos[len(infos)-1]
			res.path = append(res.path, infos...)
			res.finalField = last.JoinField
			opts = last.ToOpts
			res.targets = last.TargetFields
			cur.path = append(cur.path, infos...)
			res.namesPath = append(res.namesPath, cur)
		} else {
			res.finalField = field
			res.targets = []*schema.Field{field}
			if failOnMissing && pos+1 != len(names) {
				return nil, &FieldError{fmt.Sprintf("Cannot resolve keyword '%s' into field. Join on '%s' not permitted.", names[pos+1], name)}
			}
			break
		}
	}
	if pos >= len(names) {
		pos = len(names) - 1
	}
	res.rest = names[pos+1:]
	return res, nil
}

// joinInfo is Django's JoinInfo.
type joinInfo struct {
	finalField any
	targets    []*schema.Field
	opts       *schema.Options
	joins      []string
	path       []PathInfo
	transforms []string
	// lastErr is the error of the longest prefix that did not resolve
	// (last_field_exception), raised when a transform turns out invalid.
	lastErr error
	// reg are the registered lookups, for the transforms.
	reg LookupRegistry
}

// setupJoins is Query.setup_joins: resolve names into joins from alias.
// Names that are not fields are returned as transforms (lookups are split
// off by the caller). reuse is the set of aliases multi-valued joins may
// reuse (nil: reuse any).
func (q *Query) setupJoins(names []string, opts *schema.Options, alias string, canReuse map[string]bool, allowMany bool) (*joinInfo, error) {
	joins := []string{alias}
	var res *pathResult
	var transforms []string
	var lastErr error
	for pivot := len(names); pivot > 0; pivot-- {
		r, err := q.namesToPath(names[:pivot], opts, allowMany, true)
		if err != nil {
			if _, ok := err.(*multiJoin); ok {
				return nil, err
			}
			if pivot == 1 {
				return nil, err
			}
			lastErr = err
			continue
		}
		res = r
		transforms = names[pivot:]
		break
	}
	for _, p := range res.path {
		nullable := true
		if p.Direct {
			nullable = p.JoinField.(*schema.Field).Null
		}
		j := &Join{
			TableName:   p.ToOpts.DBTable,
			ParentAlias: alias,
			JoinType:    Inner,
			JoinField:   p.JoinField,
			Nullable:    nullable,
			JoinCols:    p.joinCols(),
			Filtered:    p.Filtered,
		}
		if p.Filtered != nil {
			j.TableAlias = p.Filtered.Alias
		}
		// Only multi-valued joins are restricted to canReuse; nil
		// canReuse reuses any equal join.
		var reuse map[string]bool
		if p.M2M {
			reuse = canReuse
		}
		alias = q.join(j, reuse)
		joins = append(joins, alias)
		if p.Filtered != nil && q.aliasMap[alias].FilteredPath == nil {
			q.aliasMap[alias].FilteredPath = append([]string(nil), joins...)
		}
		if err := q.joinErr; err != nil {
			q.joinErr = nil
			return nil, err
		}
	}
	o := opts
	if len(res.path) > 0 {
		o = res.path[len(res.path)-1].ToOpts
	}
	return &joinInfo{finalField: res.finalField, targets: res.targets, opts: o, joins: joins, path: res.path, transforms: transforms, lastErr: lastErr, reg: q.registry()}, nil
}

// trimJoins is Query.trim_joins: drop trailing direct joins whose target
// column is already on the previous table (filter(reporter__id=1) uses
// article.reporter_id). It returns the targets, the final alias and the
// remaining joins.
func (q *Query) trimJoins(targets []*schema.Field, joins []string, path []PathInfo) ([]*schema.Field, string, []string) {
	joins = append([]string(nil), joins...)
	for i := len(path) - 1; i >= 0; i-- {
		info := path[i]
		if len(joins) == 1 || !info.Direct {
			break
		}
		// targets_dict: each target column must be a joined-on column of
		// the target side; the local field of its pair replaces it.
		pairs := info.JoinField.(*schema.Field).RelatedFields()
		nt := make([]*schema.Field, 0, len(targets))
		for _, t := range targets {
			for _, pair := range pairs {
				if pair[1].Column == t.Column {
					nt = append(nt, pair[0])
					break
				}
			}
		}
		if len(nt) != len(targets) {
			break
		}
		targets = nt
		q.unrefAlias(joins[len(joins)-1])
		joins = joins[:len(joins)-1]
	}
	return targets, joins[len(joins)-1], joins
}

// joinParentModel is Query.join_parent_model: the alias of the table of
// model (a concrete ancestor of opts' model), joining through the parent
// links as needed. seen caches the aliases per model (nil: the base).
func (q *Query) joinParentModel(opts *schema.Options, model *schema.Model, alias string, seen map[*schema.Model]string) string {
	if a, ok := seen[model]; ok {
		return a
	}
	chain := baseChain(opts, model)
	if len(chain) == 0 {
		return alias
	}
	cur := opts
	for _, m := range chain {
		if a, ok := seen[m]; ok {
			cur = m.Meta
			alias = a
			continue
		}
		link := parentLink(cur, m)
		if link == nil {
			cur = m.Meta
			continue
		}
		info, _ := q.setupJoins([]string{link.Name}, cur, alias, nil, true)
		cur = m.Meta
		alias = info.joins[len(info.joins)-1]
		seen[m] = alias
	}
	return alias
}

func parentLink(opts *schema.Options, m *schema.Model) *schema.Field {
	for _, p := range opts.Parents {
		if p.Model == m {
			return p.Link
		}
	}
	return nil
}

// baseChain is Options.get_base_chain: the models from opts' direct parent
// up to model.
func baseChain(opts *schema.Options, model *schema.Model) []*schema.Model {
	for _, p := range opts.Parents {
		if p.Model == model {
			return []*schema.Model{model}
		}
	}
	for _, p := range opts.Parents {
		if sub := baseChain(p.Model.Meta, model); sub != nil {
			return append([]*schema.Model{p.Model}, sub...)
		}
	}
	return nil
}
