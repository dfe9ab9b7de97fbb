package django

import (
	"github.com/ormfiddle/ormfiddle/engine/python"
	"github.com/ormfiddle/ormfiddle/engine/query"
	"github.com/ormfiddle/ormfiddle/engine/schema"
)

// Options is a model's _meta.
type Options struct {
	e *Env
	m *schema.Model
}

// Type is "Options".
func (o *Options) Type() string { return "Options" }

// Repr is "<Options for Person>".
func (o *Options) Repr(th *python.Thread) (string, error) {
	return "<Options for " + o.m.Name + ">", nil
}

// Str is "myapp.person" (label_lower).
func (o *Options) Str(th *python.Thread) (string, error) { return o.m.Meta.LabelLower(), nil }

func (o *Options) fields(list []*schema.Field) python.Value {
	out := make(python.Tuple, len(list))
	for i, f := range list {
		out[i] = o.e.fieldValue(f)
	}
	return out
}

func (o *Options) model(m *schema.Model) python.Value {
	if m == nil {
		return python.None
	}
	return o.e.classFor(m)
}

func strList(list []string) python.Value {
	out := make([]python.Value, len(list))
	for i, s := range list {
		out[i] = python.String(s)
	}
	return python.NewList(out)
}

// Attr gives the Options attributes users read.
func (o *Options) Attr(th *python.Thread, name string) (python.Value, error) {
	meta := o.m.Meta
	e := o.e
	switch name {
	case "model":
		return o.model(o.m), nil
	case "app_label":
		return python.String(meta.AppLabel), nil
	case "model_name":
		return python.String(meta.ModelName), nil
	case "object_name":
		return python.String(meta.ObjectName), nil
	case "label":
		return python.String(meta.Label()), nil
	case "label_lower":
		return python.String(meta.LabelLower()), nil
	case "db_table":
		return python.String(meta.DBTable), nil
	case "verbose_name":
		return python.String(meta.VerboseName), nil
	case "verbose_name_plural":
		return python.String(meta.VerboseNamePlural), nil
	case "abstract":
		return python.Bool(meta.Abstract), nil
	case "proxy":
		return python.Bool(meta.Proxy), nil
	case "managed":
		return python.Bool(meta.Managed), nil
	case "auto_created":
		return python.Bool(meta.AutoCreated), nil
	case "order_with_respect_to":
		if meta.OrderWithRespectTo == nil {
			return python.None, nil
		}
		return e.fieldValue(meta.OrderWithRespectTo), nil
	case "ordering":
		if meta.OrderWithRespectTo != nil {
			return python.Tuple{python.String("_order")}, nil
		}
		if v, ok := e.metaRaw[o.m]["ordering"]; ok {
			return v, nil
		}
		out := make([]python.Value, len(meta.Ordering))
		for i, item := range meta.Ordering {
			out[i] = e.orderingItem(item)
		}
		return python.NewList(out), nil
	case "get_latest_by":
		if v, ok := e.metaRaw[o.m]["get_latest_by"]; ok {
			return v, nil
		}
		if meta.GetLatestBy == nil {
			return python.None, nil
		}
		return strList(meta.GetLatestBy), nil
	case "unique_together", "index_together":
		if name == "index_together" && e.Features.IndexTogetherRemoved {
			return nil, nil
		}
		src := meta.UniqueTogether
		if name == "index_together" {
			src = meta.IndexTogether
		}
		out := python.Tuple{}
		for _, names := range src {
			t := make(python.Tuple, len(names))
			for i, n := range names {
				t[i] = python.String(n)
			}
			out = append(out, t)
		}
		return out, nil
	case "default_related_name":
		return strOrNone(meta.DefaultRelatedName), nil
	case "pk":
		return e.fieldValue(meta.Pk), nil
	case "auto_field":
		if meta.Pk != nil && meta.Pk.IsAuto() {
			return e.fieldValue(meta.Pk), nil
		}
		return python.None, nil
	case "concrete_model":
		return o.model(meta.ConcreteModel), nil
	case "proxy_for_model":
		return o.model(meta.ProxyForModel), nil
	case "fields", "local_fields":
		// A CompositePrimaryKey is a field with no column: in fields,
		// not in concrete_fields.
		list, extra := meta.Fields(), meta.NoColumnFields()
		if name == "local_fields" {
			list, extra = meta.LocalFields, meta.LocalNoColumn
		}
		if c := meta.CompositePk; c != nil {
			extra = append(extra, c)
		}
		for _, f := range extra {
			list = schema.InsertByCounter(list, f)
		}
		return o.fields(list), nil
	case "concrete_fields":
		return o.fields(meta.Fields()), nil
	case "local_concrete_fields":
		return o.fields(meta.LocalFields), nil
	case "pk_fields":
		if !e.Features.CompositePrimaryKey {
			return nil, nil
		}
		return python.NewList(o.fields(meta.PkFields()).(python.Tuple)), nil
	case "many_to_many":
		return o.fields(meta.ManyToMany()), nil
	case "local_many_to_many":
		return o.fields(meta.LocalManyToMany), nil
	case "related_objects":
		var out python.Tuple
		for _, r := range meta.RelatedObjects() {
			out = append(out, &Rel{e: e, r: r})
		}
		if out == nil {
			out = python.Tuple{}
		}
		return out, nil
	case "parents":
		d := python.NewDict()
		for _, p := range meta.Parents {
			var link python.Value = python.None
			if p.Link != nil {
				link = e.fieldValue(p.Link)
			}
			d.SetKey(th, o.model(p.Model), link)
		}
		return d, nil
	case "get_parent_list":
		return builtin("get_parent_list", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
			var out []python.Value
			for _, m := range meta.ParentList() {
				out = append(out, o.model(m))
			}
			return python.NewList(out), nil
		}), nil
	case "get_field":
		return builtin("get_field", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
			var fname string
			if err := python.UnpackArgs("get_field", args, kw, "field_name", &fname); err != nil {
				return nil, err
			}
			f, r, err := meta.GetField(fname)
			if err != nil {
				return nil, e.pyErr(err)
			}
			if r != nil {
				return &Rel{e: e, r: r}, nil
			}
			return e.fieldValue(f), nil
		}), nil
	case "get_fields":
		return builtin("get_fields", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
			includeParents, includeHidden := true, false
			if err := python.UnpackArgs("get_fields", args, kw, "include_parents?", &includeParents, "include_hidden?", &includeHidden); err != nil {
				return nil, err
			}
			var out python.Tuple
			rels := meta.RelatedObjects()
			if includeHidden {
				rels = meta.RelatedObjectsAll()
			}
			for _, r := range rels {
				out = append(out, &Rel{e: e, r: r})
			}
			for _, f := range append(meta.FieldsAndForeignObjects(), meta.ManyToMany()...) {
				if !includeParents && f.Model != o.m {
					continue
				}
				out = append(out, e.fieldValue(f))
			}
			if out == nil {
				out = python.Tuple{}
			}
			return out, nil
		}), nil
	case "managers":
		cls := e.classFor(o.m)
		if _, ok := e.managers[cls]; !ok {
			e.prepareManagers(cls)
		}
		var out python.Tuple
		for _, m := range e.managers[cls] {
			out = append(out, m)
		}
		return out, nil
	case "default_manager":
		return e.defaultManager(e.classFor(o.m))
	case "base_manager":
		return e.baseManager(e.classFor(o.m))
	case "constraints":
		var out []python.Value
		for _, c := range meta.Constraints {
			out = append(out, &ConstraintValue{e: e, c: c})
		}
		return python.NewList(out), nil
	case "total_unique_constraints":
		// UniqueConstraints without a condition.
		out := []python.Value{}
		for _, c := range meta.Constraints {
			if c.Total() {
				out = append(out, &ConstraintValue{e: e, c: c})
			}
		}
		return python.NewList(out), nil
	case "indexes":
		var out []python.Value
		for _, ix := range meta.Indexes {
			if ix.Name == "" && len(ix.Fields) > 0 {
				// set_name_with_model named it when the class was made.
				named := *ix
				named.Name = schema.IndexNameForModel(meta.Model, ix.Fields)
				ix = &named
			}
			out = append(out, &IndexValue{ix: ix, lists: e.Features.IndexReprLists})
		}
		return python.NewList(out), nil
	}
	return nil, nil
}

// AttrNames lists the attributes.
func (o *Options) AttrNames() []string {
	return []string{"abstract", "app_label", "auto_field", "concrete_fields", "concrete_model", "db_table",
		"default_manager", "fields", "get_field", "get_fields", "get_parent_list", "label", "label_lower",
		"local_fields", "local_many_to_many", "managed", "managers", "many_to_many", "model", "model_name",
		"object_name", "ordering", "parents", "pk", "proxy", "proxy_for_model", "related_objects",
		"unique_together", "verbose_name", "verbose_name_plural"}
}

// orderingItem is one Meta.ordering entry as Python: a name or an
// expression.
func (e *Env) orderingItem(item any) python.Value {
	if ex, ok := item.(query.Expression); ok {
		return &Expr{e: e, expr: ex}
	}
	s, _ := item.(string)
	return python.String(s)
}
