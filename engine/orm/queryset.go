package orm

import (
	"fmt"
	"slices"
	"strings"

	"github.com/ormfiddle/ormfiddle/engine/features"
	"github.com/ormfiddle/ormfiddle/engine/query"
	"github.com/ormfiddle/ormfiddle/engine/schema"
)

// ResultKind tells what a QuerySet yields.
type ResultKind uint8

const (
	ModelResults      ResultKind = iota // model instances
	ValuesResults                       // values(): Row with names
	ValuesListResults                   // values_list(): Row
	FlatResults                         // values_list(flat=True): single values
	NamedResults                        // values_list(named=True): Row with names
)

// Row is one result of values() or values_list(): the column names (the
// dict keys of values()) and the values, converted from the database.
type Row struct {
	Names  []string
	Values []any
}

// QuerySet is Django's QuerySet: a lazy query and, once evaluated, its
// result cache. Chaining methods return a new QuerySet and leave the
// receiver unchanged; errors Django raises at call time are returned at
// call time.
type QuerySet struct {
	db    *DB
	Model *schema.Model
	Query *query.Query

	Kind   ResultKind
	fields []string // values()/values_list() names (QuerySet._fields)
	// valuesCalled tells _fields is set (an empty values() still is).
	valuesCalled bool

	cache   []any // *Instance, Row or a value; nil until evaluated
	fetched bool

	// known is _known_related_objects: results get these related objects
	// cached instead of loading them (set by related managers).
	known map[*schema.Field]*Instance

	// prefetchLookups are the prefetch_related() lookups, run once the
	// results are fetched (prefetchDone).
	prefetchLookups []*Prefetch
	prefetchDone    bool

	// fetchMode is _fetch_mode, given to the instances (Django 6.1);
	// fetchModeErr the error of a _fetch_mode that is not one.
	fetchMode    FetchMode
	fetchModeErr error
}

// DB is the database the queryset reads.
func (qs *QuerySet) DB() *DB { return qs.db }

// SubQuery is the query to use when the queryset is a filter value
// (query.QueryValue).
func (qs *QuerySet) SubQuery() *query.Query { return qs.Query }

// Fields returns the names given to values()/values_list().
func (qs *QuerySet) Fields() []string { return qs.fields }

// chain is QuerySet._chain: a copy without the result cache.
func (qs *QuerySet) chain() *QuerySet {
	c := *qs
	c.Query = qs.Query.Clone()
	c.cache = nil
	c.fetched = false
	c.prefetchDone = false
	c.fields = append([]string(nil), qs.fields...)
	return &c
}

// features is the Django version's behaviour.
func (qs *QuerySet) features() *features.Features { return qs.Model.Meta.Features() }

// assertErr is the error of one of Django 3.2's `assert` statements: an
// AssertionError with msg, or class (TypeError, ValueError) where the
// version raises it instead (AssertsAreExceptions).
func (qs *QuerySet) assertErr(class, msg string) *Error {
	if qs.features().AssertsAreExceptions {
		return errorf(class, "%s", msg)
	}
	return errorf("AssertionError", "%s", msg)
}

// Clone is QuerySet.all(): a copy with an empty cache.
func (qs *QuerySet) Clone() *QuerySet { return qs.chain() }

// SetKnownRelated makes every fetched instance have rel cached under
// field (a related manager's _known_related_objects).
func (qs *QuerySet) SetKnownRelated(field *schema.Field, rel *Instance) {
	qs.known = map[*schema.Field]*Instance{field: rel}
}

// Filter is filter(**kwargs) for the common case; errors are those of
// FilterQ.
func (qs *QuerySet) Filter(kw ...KV) *QuerySet {
	c, err := qs.FilterQ(kwQ(kw), false)
	if err != nil {
		panic(fmt.Sprintf("orm: internal filter failed: %v", err))
	}
	return c
}

func kwQ(kw []KV) *query.Q {
	var fs []query.Filter
	for _, k := range kw {
		fs = append(fs, query.Filter{Lookup: k.Name, Value: k.Value})
	}
	return query.NewQ(nil, fs)
}

// FilterQ is filter(q) or, with negate, exclude(q).
func (qs *QuerySet) FilterQ(q *query.Q, negate bool) (*QuerySet, error) {
	if !qs.Query.CanFilter() {
		return nil, qs.assertErr("TypeError", "Cannot filter a query once a slice has been taken.")
	}
	c := qs.chain()
	if negate {
		q = q.Invert()
	}
	if err := c.Query.AddQ(q); err != nil {
		return nil, convertQueryError(err)
	}
	return c, nil
}

// FilterKW is filter(*args, **kwargs) with positional Q objects.
func (qs *QuerySet) FilterKW(args []*query.Q, kw []KV, negate bool) (*QuerySet, error) {
	var fs []query.Filter
	for _, k := range kw {
		fs = append(fs, query.Filter{Lookup: k.Name, Value: k.Value})
	}
	return qs.FilterQ(query.NewQ(args, fs), negate)
}

// convertQueryError maps query package errors to Django's classes.
func convertQueryError(err error) error {
	switch e := err.(type) {
	case *query.ObjectTypeError:
		msg := e.Error()
		if inst, ok := e.Value.(*Instance); ok {
			msg = fmt.Sprintf(`Cannot query "%s": Must be "%s" instance.`, inst.Str(), e.ObjectName)
		}
		return &Error{Class: "ValueError", Msg: strings.TrimPrefix(msg, "ValueError: ")}
	case *query.FieldError:
		return &Error{Class: "FieldError", Msg: e.Msg}
	case *query.ValueError:
		return &Error{Class: "ValueError", Msg: e.Msg}
	case *query.TypeError:
		return &Error{Class: "TypeError", Msg: e.Msg}
	case *query.IndexError:
		return &Error{Class: "IndexError", Msg: e.Msg}
	case *query.DatabaseError:
		return &Error{Class: "DatabaseError", Msg: e.Msg}
	case *query.AssertionError:
		return &Error{Class: "AssertionError", Msg: e.Msg}
	case *schema.ValidationError:
		return &Error{Class: e.Kind, Msg: e.Msg}
	case *schema.FieldDoesNotExist:
		return &Error{Class: "FieldDoesNotExist", Msg: e.Error()}
	}
	return err
}

// None is none(): a queryset that matches nothing and runs no SQL.
func (qs *QuerySet) None() *QuerySet {
	c := qs.chain()
	c.Query.SetEmpty()
	return c
}

// OrderBy is order_by(*items): field names or query expressions; no items
// clears the ordering, default ordering included.
func (qs *QuerySet) OrderBy(items ...any) (*QuerySet, error) {
	if qs.Query.IsSliced() {
		return nil, qs.assertErr("TypeError", "Cannot reorder a query once a slice has been taken.")
	}
	c := qs.chain()
	c.Query.ClearOrdering(true, false)
	if err := c.Query.AddOrdering(items...); err != nil {
		return nil, convertQueryError(err)
	}
	if len(items) == 0 {
		c.Query.DefaultOrdering = false
	}
	return c, nil
}

// Reverse is reverse(): flip the ordering direction.
func (qs *QuerySet) Reverse() (*QuerySet, error) {
	if qs.Query.IsSliced() {
		return nil, errorf("TypeError", "Cannot reverse a query once a slice has been taken.")
	}
	c := qs.chain()
	c.Query.Standard = !c.Query.Standard
	return c, nil
}

// Distinct is distinct(*fields): field names (DISTINCT ON, a PostgreSQL
// feature) are kept, and refused when a SELECT is compiled
// (DatabaseOperations.distinct_sql), so update() and delete() see them.
func (qs *QuerySet) Distinct(fields ...string) (*QuerySet, error) {
	if qs.Query.IsSliced() {
		return nil, qs.assertErr("TypeError", "Cannot create distinct fields once a slice has been taken.")
	}
	c := qs.chain()
	c.Query.Distinct = true
	c.Query.DistinctFields = append([]string(nil), fields...)
	return c, nil
}

// Only is only(*fields).
func (qs *QuerySet) Only(fields ...string) (*QuerySet, error) {
	if qs.Kind != ModelResults {
		return nil, errorf("TypeError", "Cannot call only() after .values() or .values_list()")
	}
	c := qs.chain()
	c.Query.AddImmediateLoading(fields)
	return c, nil
}

// Defer is defer(*fields).
func (qs *QuerySet) Defer(fields ...string) (*QuerySet, error) {
	if qs.Kind != ModelResults {
		return nil, errorf("TypeError", "Cannot call defer() after .values() or .values_list()")
	}
	c := qs.chain()
	if len(fields) == 0 {
		c.Query.ClearDeferredLoading()
	} else {
		c.Query.AddDeferredLoading(fields)
	}
	return c, nil
}

// Values is values(*fields): dicts keyed by the names (every concrete
// field's attname when none are given).
func (qs *QuerySet) Values(fields ...string) (*QuerySet, error) {
	return qs.values(ValuesResults, fields)
}

// ValuesList is values_list(*fields, flat=..., named=...): tuples, single
// values with flat, Row namedtuples with named.
func (qs *QuerySet) ValuesList(flat, named bool, fields ...string) (*QuerySet, error) {
	if flat && named {
		return nil, errorf("TypeError", "'flat' and 'named' can't be used together.")
	}
	if flat && len(fields) > 1 {
		return nil, errorf("TypeError", "'flat' is not valid when values_list is called with more than one field.")
	}
	kind := ValuesListResults
	if flat {
		kind = FlatResults
	} else if named {
		kind = NamedResults
	}
	return qs.values(kind, fields)
}

// values is QuerySet._values: the names become the select list
// (Query.set_values); fields keeps them for ordering values_list rows.
func (qs *QuerySet) values(kind ResultKind, fields []string) (*QuerySet, error) {
	c := qs.chain()
	c.fields = append([]string(nil), fields...)
	if err := c.Query.SetValues(fields); err != nil {
		return nil, convertQueryError(err)
	}
	c.Kind = kind
	c.valuesCalled = true
	return c, nil
}

// Slice is qs[low:high] (high < 0: open).
func (qs *QuerySet) Slice(low, high int) (*QuerySet, error) {
	if low < 0 || (high < 0 && high != -1) {
		return nil, qs.assertErr("ValueError", "Negative indexing is not supported.")
	}
	c := qs.chain()
	c.Query.SetLimits(low, high)
	return c, nil
}

// Index is qs[i]: from the cache when evaluated, else a one-row query.
func (qs *QuerySet) Index(i int) (any, error) {
	if i < 0 {
		return nil, qs.assertErr("ValueError", "Negative indexing is not supported.")
	}
	if qs.fetched {
		if i >= len(qs.cache) {
			return nil, errorf("IndexError", "list index out of range")
		}
		return qs.cache[i], nil
	}
	c := qs.chain()
	c.Query.SetLimits(i, i+1)
	res, err := c.Results()
	if err != nil {
		return nil, err
	}
	if len(res) == 0 {
		return nil, errorf("IndexError", "list index out of range")
	}
	return res[0], nil
}

// Evaluated reports whether the result cache is filled.
func (qs *QuerySet) Evaluated() bool { return qs.fetched }

// Results evaluates the queryset once (later calls use the cache) and
// returns its results: *Instance, Row, or plain values for flat lists.
func (qs *QuerySet) Results() ([]any, error) {
	if qs.fetched {
		return qs.cache, nil
	}
	res, err := qs.fetch()
	if err != nil {
		return nil, err
	}
	qs.cache, qs.fetched = res, true
	if err := qs.prefetchIfNeeded(); err != nil {
		return nil, err
	}
	return res, nil
}

// Instances is Results for a model queryset.
func (qs *QuerySet) Instances() ([]*Instance, error) {
	res, err := qs.Results()
	if err != nil {
		return nil, err
	}
	out := make([]*Instance, 0, len(res))
	for _, r := range res {
		if inst, ok := r.(*Instance); ok {
			out = append(out, inst)
		}
	}
	return out, nil
}

// fetch runs the SELECT and builds the results, as the iterable classes
// do (ModelIterable, ValuesIterable, ValuesListIterable...).
func (qs *QuerySet) fetch() ([]any, error) {
	// The iterables read the names before compiling (which may add
	// ordering columns to a combined query).
	q := qs.Query
	names := append(append(q.ExtraSelectNames(), q.ValuesSelect...), q.AnnotationSelect()...)
	if q.Selected != nil {
		// Query.selected: the columns in the order values() named them.
		names = q.SelectedNames()
	}
	c, sql, params, err := query.SelectSQL(qs.Query)
	if err == query.ErrEmptyResult {
		return []any{}, nil
	}
	if err != nil {
		return nil, convertQueryError(err)
	}
	rows, err := qs.db.queryRows(sql, params)
	if err != nil {
		return nil, err
	}
	conv := c.Converters()
	for _, row := range rows {
		for i, raw := range row {
			if i < len(conv) && conv[i] != nil {
				v, err := conv[i](raw)
				if err != nil {
					return nil, convertQueryError(err)
				}
				row[i] = v
			}
		}
	}
	out := make([]any, 0, len(rows))
	switch qs.Kind {
	case ModelResults:
		if qs.fetchModeErr != nil {
			return nil, qs.fetchModeErr
		}
		var ps *peers
		if qs.fetchMode == FetchPeers {
			ps = &peers{}
		}
		for _, row := range rows {
			start := c.FieldsStart
			// ModelIterable: from_db (with its init signals), the
			// select_related objects, the annotations, the known related
			// objects.
			inst := qs.db.FromDB(qs.Model, c.Fields, row[start:start+len(c.Fields)])
			inst.State.FetchMode = qs.fetchMode
			if ps != nil {
				ps.list = append(ps.list, inst)
				inst.State.peers = ps
			}
			if err := qs.db.sendFromDBInit(inst, c.Fields); err != nil {
				return nil, err
			}
			if err := qs.db.populateRelated(inst, c.Related, row); err != nil {
				return nil, err
			}
			for a, pos := range c.AnnotationCols {
				inst.SetAnnotation(a, row[pos])
			}
			for f, rel := range qs.known {
				if valuesEqual(inst.values[f.Attname], rel.values[f.TargetField().Attname]) {
					inst.SetCachedRelated(f.Name, rel)
				}
			}
			out = append(out, inst)
		}
	case ValuesResults:
		for _, row := range rows {
			out = append(out, Row{Names: names, Values: row})
		}
	case FlatResults:
		for _, row := range rows {
			out = append(out, row[0])
		}
	default:
		// values_list: rows follow _fields, then the other annotations.
		fields := names
		if len(qs.fields) > 0 {
			fields = append([]string(nil), qs.fields...)
			for _, a := range q.AnnotationSelect() {
				if !containsString(qs.fields, a) {
					fields = append(fields, a)
				}
			}
		}
		index := map[string]int{}
		for i, n := range names {
			index[n] = i
		}
		for _, row := range rows {
			vals := row
			if len(qs.fields) > 0 && !sameStrings(fields, names) {
				vals = make([]any, len(fields))
				for i, f := range fields {
					vals[i] = row[index[f]]
				}
			}
			out = append(out, Row{Names: fields, Values: vals})
		}
	}
	return out, nil
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func sameStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Len is len(qs): evaluates.
func (qs *QuerySet) Len() (int, error) {
	res, err := qs.Results()
	return len(res), err
}

// Count is count(): the cache's length when evaluated, else
// SELECT COUNT(*).
func (qs *QuerySet) Count() (int64, error) {
	if qs.fetched {
		return int64(len(qs.cache)), nil
	}
	sql, params, err := query.CountSQL(qs.Query)
	if err == query.ErrEmptyResult {
		return 0, nil
	}
	if err != nil {
		return 0, convertQueryError(err)
	}
	rows, err := qs.db.queryRows(sql, params)
	if err != nil {
		return 0, err
	}
	if len(rows) == 0 || rows[0][0] == nil {
		return 0, nil
	}
	return rows[0][0].(int64), nil
}

// Exists is exists(): the cache when evaluated, else SELECT (1) ... LIMIT 1.
func (qs *QuerySet) Exists() (bool, error) {
	if qs.fetched {
		return len(qs.cache) > 0, nil
	}
	sql, params, err := query.ExistsSQL(qs.Query)
	if err == query.ErrEmptyResult {
		return false, nil
	}
	if err != nil {
		return false, convertQueryError(err)
	}
	rows, err := qs.db.queryRows(sql, params)
	if err != nil {
		return false, err
	}
	return len(rows) > 0, nil
}

// maxGetResults is MAX_GET_RESULTS.
const maxGetResults = 21

// Get is get(**kwargs): exactly one object, else DoesNotExist or
// MultipleObjectsReturned with Django's messages.
func (qs *QuerySet) Get(kw ...KV) (*Instance, error) {
	return qs.GetQ(nil, kw)
}

// GetQ is get(*args, **kwargs) on a model queryset.
func (qs *QuerySet) GetQ(args []*query.Q, kw []KV) (*Instance, error) {
	r, err := qs.GetResult(args, kw)
	if err != nil {
		return nil, err
	}
	inst, ok := r.(*Instance)
	if !ok {
		return nil, errorf("TypeError", "get() on a values() queryset returns rows, not instances")
	}
	return inst, nil
}

// GetResult is get() for any result kind (values().get() returns a dict).
// It filters, drops the ordering, fetches at most MAX_GET_RESULTS rows and
// insists on exactly one.
func (qs *QuerySet) GetResult(args []*query.Q, kw []KV) (any, error) {
	clone := qs
	if len(args) > 0 || len(kw) > 0 {
		c, err := qs.FilterKW(args, kw, false)
		if err != nil {
			return nil, err
		}
		clone = c
	} else {
		clone = qs.chain()
	}
	if clone.Query.CanFilter() {
		// clone.order_by(): clear_ordering(force=True) keeping the
		// default, which add_ordering() then drops (only here, not in
		// the parts of a combined query).
		clone.Query.ClearOrdering(true, false)
		clone.Query.DefaultOrdering = false
	}
	clone.Query.SetLimits(0, maxGetResults)
	res, err := clone.Results()
	if err != nil {
		return nil, err
	}
	switch {
	case len(res) == 1:
		return res[0], nil
	case len(res) == 0:
		return nil, &Error{Class: "DoesNotExist", Model: qs.Model, Msg: fmt.Sprintf("%s matching query does not exist.", qs.Model.Name)}
	}
	n := fmt.Sprint(len(res))
	if len(res) >= maxGetResults {
		n = fmt.Sprintf("more than %d", maxGetResults-1)
	}
	return nil, &Error{Class: "MultipleObjectsReturned", Model: qs.Model, Msg: fmt.Sprintf("get() returned more than one %s -- it returned %s!", qs.Model.Name, n)}
}

// First is first(): the first object by the ordering (by pk when
// unordered), or nil.
func (qs *QuerySet) First() (any, error) {
	src := qs
	if !qs.Query.Ordered() {
		c, err := qs.OrderBy("pk")
		if err != nil {
			return nil, err
		}
		src = c
	}
	s, err := src.Slice(0, 1)
	if err != nil {
		return nil, err
	}
	res, err := s.Results()
	if err != nil || len(res) == 0 {
		return nil, err
	}
	return res[0], nil
}

// Last is last(): the last object (reverse ordering, or -pk), or nil.
func (qs *QuerySet) Last() (any, error) {
	var src *QuerySet
	var err error
	if qs.Query.Ordered() {
		src, err = qs.Reverse()
	} else {
		src, err = qs.OrderBy("-pk")
	}
	if err != nil {
		return nil, err
	}
	s, err := src.Slice(0, 1)
	if err != nil {
		return nil, err
	}
	res, err := s.Results()
	if err != nil || len(res) == 0 {
		return nil, err
	}
	return res[0], nil
}

// Create is create(**kwargs): Model(**kwargs) then save(force_insert=True),
// both through the hooks.
func (qs *QuerySet) Create(kw ...KV) (*Instance, error) {
	obj, err := qs.db.Hooks.NewInstance(qs.Model, kw)
	if err != nil {
		return nil, err
	}
	if err := qs.db.Hooks.Save(obj, SaveOptions{ForceInsert: true}); err != nil {
		return nil, err
	}
	return obj, nil
}

// extractModelParams is QuerySet._extract_model_params: the kwargs without
// lookups, updated with defaults; names must be fields (or properties,
// which the binding reports through isProperty).
func (qs *QuerySet) extractModelParams(defaults []KV, kw []KV, isProperty func(string) bool) ([]KV, error) {
	var params []KV
	set := func(k KV) {
		for i := range params {
			if params[i].Name == k.Name {
				params[i] = k
				return
			}
		}
		params = append(params, k)
	}
	for _, k := range kw {
		if !strings.Contains(k.Name, query.LookupSep) {
			set(k)
		}
	}
	for _, k := range defaults {
		set(k)
	}
	var invalid []string
	opts := qs.Model.Meta
	for _, p := range params {
		f := opts.Field(p.Name)
		if f == nil && p.Name != "pk" && (isProperty == nil || !isProperty(p.Name)) {
			invalid = append(invalid, p.Name)
		}
	}
	if len(invalid) > 0 {
		return nil, errorf("FieldError", "Invalid field name(s) for model %s: '%s'.", opts.ObjectName, strings.Join(invalid, "', '"))
	}
	return params, nil
}

// GetOrCreate is get_or_create(defaults=..., **kwargs).
func (qs *QuerySet) GetOrCreate(defaults []KV, kw []KV, isProperty func(string) bool) (*Instance, bool, error) {
	obj, err := qs.Get(kw...)
	if err == nil {
		return obj, false, nil
	}
	if e, ok := err.(*Error); !ok || e.Class != "DoesNotExist" {
		return nil, false, err
	}
	params, err := qs.extractModelParams(defaults, kw, isProperty)
	if err != nil {
		return nil, false, err
	}
	var created *Instance
	err = qs.db.runAtomic(true, func() error {
		var err error
		created, err = qs.Create(params...)
		return err
	})
	if err != nil {
		if qs.db.isError(err, "IntegrityError") {
			obj, gerr := qs.Get(kw...)
			if gerr == nil {
				return obj, false, nil
			}
			if !qs.db.isError(gerr, "DoesNotExist") {
				return nil, false, gerr
			}
		}
		return nil, false, err
	}
	return created, true, nil
}

// UpdateOrCreate is update_or_create(defaults=..., create_defaults=...,
// **kwargs): set the defaults on the found object and save it, or create
// it (with createDefaults where given, Django 5.0). setAttr sets an
// attribute as Python's setattr would (through the binding), nil meaning
// plain field values.
func (qs *QuerySet) UpdateOrCreate(defaults, createDefaults []KV, hasCreateDefaults bool, kw []KV, isProperty func(string) bool, setAttr func(*Instance, string, any) error) (*Instance, bool, error) {
	if !hasCreateDefaults {
		createDefaults = defaults
	}
	var obj *Instance
	var created bool
	err := qs.db.runAtomic(true, func() error {
		var err error
		obj, created, err = qs.GetOrCreate(createDefaults, kw, isProperty)
		if err != nil || created {
			return err
		}
		for _, d := range defaults {
			if setAttr != nil {
				if err := setAttr(obj, d.Name, d.Value); err != nil {
					return err
				}
			} else if err := obj.SetAttrValue(d.Name, d.Value); err != nil {
				return err
			}
		}
		if !qs.db.Apps.Features.UpdateOrCreateUpdateFields {
			return qs.db.Hooks.Save(obj, SaveOptions{})
		}
		// Only the defaults are saved, with the fields whose pre_save()
		// may change them (dates, files), when they are all concrete.
		opts := qs.Model.Meta
		concrete := map[string]bool{}
		for _, f := range opts.ConcreteFields() {
			if !f.PrimaryKey {
				concrete[f.Name], concrete[f.Attname] = true, true
			}
		}
		updateFields := []string{}
		all := true
		for _, d := range defaults {
			if !slices.Contains(updateFields, d.Name) {
				updateFields = append(updateFields, d.Name)
			}
			if !concrete[d.Name] {
				all = false
			}
		}
		if !all {
			return qs.db.Hooks.Save(obj, SaveOptions{})
		}
		for _, f := range opts.LocalFields {
			if f.PrimaryKey || !overridesPreSave(f) {
				continue
			}
			for _, n := range []string{f.Name, f.Attname} {
				if !slices.Contains(updateFields, n) {
					updateFields = append(updateFields, n)
				}
			}
		}
		return qs.db.Hooks.Save(obj, SaveOptions{UpdateFields: updateFields})
	})
	if err != nil {
		return nil, false, err
	}
	return obj, created, nil
}

// overridesPreSave reports whether the field's class overrides
// Field.pre_save (DateField, DateTimeField, TimeField, FileField).
func overridesPreSave(f *schema.Field) bool {
	switch f.Kind {
	case schema.DateField, schema.DateTimeField, schema.TimeField, schema.FileField, schema.ImageField:
		return true
	}
	return false
}

// SetAttrValue sets a field by name or attname as setattr would: a
// relation by name takes an instance (or None).
func (o *Instance) SetAttrValue(name string, v any) error {
	f := o.Model.Meta.Field(name)
	if f == nil {
		return errorf("AttributeError", "'%s' object has no field '%s'", o.Model.Name, name)
	}
	if f.Rel != nil && f.Name == name && !f.ManyToMany() {
		return o.SetRelated(f, v)
	}
	o.SetValue(f.Attname, v)
	return nil
}

// BulkCreateOptions are bulk_create()'s keyword arguments.
type BulkCreateOptions struct {
	// BatchSize is batch_size; 0 means None.
	BatchSize       int
	IgnoreConflicts bool
	UpdateConflicts bool
	// UpdateFields and UniqueFields are field names (unique_fields may
	// name "pk").
	UpdateFields []string
	UniqueFields []string
}

// BulkCreate is bulk_create(objs, batch_size, ignore_conflicts, ...): one
// multi-row INSERT per batch; where the version returns rows from a bulk
// insert (features.InsertReturning) the new primary keys are set on the
// objects.
func (qs *QuerySet) BulkCreate(objs []*Instance, o BulkCreateOptions) ([]*Instance, error) {
	opts := qs.Model.Meta
	for _, p := range opts.ConcreteModel.Meta.Parents {
		if p.Link != nil {
			return nil, errorf("ValueError", "Can't bulk create a multi-table inherited model")
		}
	}
	if len(objs) == 0 {
		return objs, nil
	}
	fieldsNamed := func(names []string, which string) ([]*schema.Field, error) {
		var out []*schema.Field
		for _, n := range names {
			if n == "pk" {
				n = opts.Pk.Name
			}
			f, rel, err := opts.GetField(n)
			if err != nil {
				return nil, errorf("FieldDoesNotExist", "%s", err.Error())
			}
			if rel != nil {
				return nil, errorf("ValueError", "bulk_create() can only be used with concrete fields in %s.", which)
			}
			out = append(out, f)
		}
		return out, nil
	}
	var uniqueFields, updateFields []*schema.Field
	var err error
	if len(o.UniqueFields) > 0 {
		if uniqueFields, err = fieldsNamed(o.UniqueFields, "unique_fields"); err != nil {
			return nil, err
		}
	}
	if len(o.UpdateFields) > 0 {
		if updateFields, err = fieldsNamed(o.UpdateFields, "update_fields"); err != nil {
			return nil, err
		}
	}
	onConflict, err := checkBulkCreateOptions(o, updateFields, uniqueFields)
	if err != nil {
		return nil, err
	}
	for _, obj := range objs {
		if obj.Pk() == nil {
			v, err := pkValueOnSave(opts.Pk)
			if err != nil {
				return nil, err
			}
			if v != nil {
				obj.SetPk(v)
			}
		}
		if err := obj.prepareRelatedFieldsForSave("bulk_create"); err != nil {
			return nil, err
		}
	}
	if qs.db.Apps.Features.BulkCreateOrderWithRespectTo {
		if err := qs.handleOrderWithRespectTo(objs); err != nil {
			return nil, err
		}
	}
	var withPk, withoutPk []*Instance
	for _, obj := range objs {
		if obj.Pk() == nil {
			withoutPk = append(withoutPk, obj)
		} else {
			withPk = append(withPk, obj)
		}
	}
	returning := dbReturningFields(qs.Model)
	bulkReturn := qs.db.Apps.Features.InsertReturning && onConflict != query.ConflictIgnore
	err = qs.db.atomic(func() error {
		for _, group := range [][]*Instance{withPk, withoutPk} {
			if len(group) == 0 {
				continue
			}
			var fields []*schema.Field
			for _, f := range opts.ConcreteFields() {
				if (group[0].Pk() == nil && f.IsAuto()) || f.Generated != nil {
					continue
				}
				fields = append(fields, f)
			}
			size := o.BatchSize
			maxSize := len(group)
			switch {
			case len(fields) == 1:
				maxSize = 500
			case len(fields) > 1:
				maxSize = max(999/len(fields), 1)
			}
			if size == 0 || size > maxSize {
				size = maxSize
			}
			var returned [][]any
			for start := 0; start < len(group); start += size {
				batch := group[start:min(start+size, len(group))]
				var rows [][]any
				for _, obj := range batch {
					row := make([]any, len(fields))
					for i, f := range fields {
						v, err := obj.preSave(f, true)
						if err != nil {
							return err
						}
						if e, ok := v.(query.Expression); ok {
							r, err := query.ResolveForInsert(qs.Model, f, e)
							if err != nil {
								return convertQueryError(err)
							}
							row[i] = r
							continue
						}
						if row[i], err = f.DBPrepSave(v); err != nil {
							return err
						}
					}
					rows = append(rows, row)
				}
				insFields := fields
				if qs.db.Apps.Features.InsertOmitsDBDefault {
					// The field's part of Django 6.0's INSERT: a
					// db_default every row leaves to the database is
					// left out.
					insFields, rows = query.OmitDatabaseDefaults(fields, rows)
				}
				ins := &query.Insert{Model: qs.Model, Fields: insFields, Rows: rows, OnConflict: onConflict, UpdateFields: updateFields, UniqueFields: uniqueFields}
				var ret []*schema.Field
				if bulkReturn {
					ret = returning
				}
				r, err := qs.db.insert(ins, ret)
				if err != nil {
					return err
				}
				if bulkReturn {
					returned = append(returned, r...)
				}
			}
			withoutPk := group[0].Pk() == nil
			for i, obj := range group {
				if i < len(returned) {
					for j, f := range returning {
						if j < len(returned[i]) && (withoutPk || f != opts.Pk) {
							v, err := f.FromDB(returned[i][j])
							if err != nil {
								return err
							}
							obj.values[f.Attname] = v
						}
					}
				} else if withoutPk {
					// Objects without a pk are marked saved only as
					// their returned rows are read: with none (Django
					// 3.2, ignore_conflicts) they stay adding.
					continue
				}
				obj.State.Adding = false
				obj.State.DB = "default"
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return objs, nil
}

// handleOrderWithRespectTo is QuerySet._handle_order_with_respect_to
// (Django 6.1): objects without an _order get the next ones of their
// group, read in one query for all the groups.
func (qs *QuerySet) handleOrderWithRespectTo(objs []*Instance) error {
	wrt := qs.Model.Meta.OrderWithRespectTo
	if wrt == nil || len(objs) == 0 {
		return nil
	}
	keys := make([]pyTuple, len(objs))
	groups := newPySet()
	for i, obj := range objs {
		keys[i] = pyTuple{obj.values[wrt.Attname]}
		groups.add(keys[i])
	}
	var filter *query.Q
	for _, g := range groups.items() {
		q := kwQ([]KV{{wrt.Name, g.(pyTuple)[0]}})
		if filter == nil {
			filter = q
		} else {
			filter = filter.Combine(q, query.OR)
		}
	}
	next, err := qs.db.All(qs.Model).FilterQ(filter, false)
	if err == nil {
		next, err = next.ValuesList(false, false, wrt.Name)
	}
	if err == nil {
		max := &query.Aggregate{Function: "MAX", Name: "Max", Source: &query.F{Name: "_order"}}
		next, err = next.Annotate([]string{"_order__max"}, []query.Expression{&query.Combined{LHS: max, RHS: &query.Value{V: int64(1)}, Op: "+"}})
	}
	if err != nil {
		return err
	}
	rows, err := next.Results()
	if err != nil {
		return err
	}
	nextOrder := map[string]int64{}
	key := func(t pyTuple) string { return fmt.Sprint(t...) }
	for _, r := range rows {
		row := r.(Row)
		if n, ok := row.Values[1].(int64); ok {
			nextOrder[key(pyTuple{row.Values[0]})] = n
		}
	}
	for i, obj := range objs {
		if obj.values["_order"] != nil {
			continue
		}
		k := key(keys[i])
		obj.values["_order"] = nextOrder[k]
		nextOrder[k]++
	}
	return nil
}

// checkBulkCreateOptions is QuerySet._check_bulk_create_options (Django
// 4.1): the ON CONFLICT clause the options ask for.
func checkBulkCreateOptions(o BulkCreateOptions, updateFields, uniqueFields []*schema.Field) (query.OnConflict, error) {
	if o.IgnoreConflicts && o.UpdateConflicts {
		return 0, errorf("ValueError", "ignore_conflicts and update_conflicts are mutually exclusive.")
	}
	if o.IgnoreConflicts {
		return query.ConflictIgnore, nil
	}
	if !o.UpdateConflicts {
		return query.ConflictNone, nil
	}
	if len(updateFields) == 0 {
		return 0, errorf("ValueError", "Fields that will be updated when a row insertion fails on conflicts must be provided.")
	}
	if len(uniqueFields) == 0 {
		return 0, errorf("ValueError", "Unique fields that can trigger the upsert must be provided.")
	}
	for _, f := range updateFields {
		if !f.Concrete() || f.ManyToMany() {
			return 0, errorf("ValueError", "bulk_create() can only be used with concrete fields in update_fields.")
		}
	}
	for _, f := range updateFields {
		if f.PrimaryKey {
			return 0, errorf("ValueError", "bulk_create() cannot be used with primary keys in update_fields.")
		}
	}
	for _, f := range uniqueFields {
		if !f.Concrete() || f.ManyToMany() {
			return 0, errorf("ValueError", "bulk_create() can only be used with concrete fields in unique_fields.")
		}
	}
	return query.ConflictUpdate, nil
}

// Update is update(**kwargs): one UPDATE (plus one per parent table for
// inherited fields, after selecting the affected pks); it returns the
// number of rows matched.
func (qs *QuerySet) Update(kw ...KV) (int64, error) {
	if qs.Query.IsSliced() {
		return 0, qs.assertErr("TypeError", "Cannot update a query once a slice has been taken.")
	}
	if len(qs.Query.DistinctFields) > 0 && qs.features().UpdateRefusesDistinctFields {
		return 0, errorf("TypeError", "Cannot call update() after .distinct(*fields).")
	}
	opts := qs.Model.Meta
	var values []query.UpdateValue
	related := map[*schema.Model][]query.UpdateValue{}
	var relatedOrder []*schema.Model
	for _, k := range kw {
		f, rel, err := opts.GetField(k.Name)
		if err != nil {
			return 0, errorf("FieldDoesNotExist", "%s", err.Error())
		}
		// add_update_values: a reverse one-to-many relation passes
		// Django's "direct" test and fails later, when the UPDATE is
		// compiled.
		feats := qs.features()
		if feats.UpdateOnlyConcreteFields && (rel != nil || f.ManyToMany() || f.ForeignObject()) {
			return 0, errorf("FieldError", "Cannot update model field %s (only concrete fields are permitted).", fieldRepr(f, rel))
		}
		if rel == nil && f.ForeignObject() {
			// add_update_values takes a ForeignObject for a foreign key
			// and asks its remote field for the related field.
			return 0, errorf("AttributeError", "'ForeignObjectRel' object has no attribute 'get_related_field'")
		}
		if rel != nil && !rel.Field.ManyToMany() {
			kind := "ManyToOneRel"
			if !rel.Multiple {
				kind = "OneToOneRel"
			}
			// add_update_fields reads field.generated (5.0) before
			// get_db_prep_save.
			attr := "get_db_prep_save"
			if feats.UpdateReadsGenerated {
				attr = "generated"
			}
			return 0, errorf("AttributeError", "'%s' object has no attribute '%s'", kind, attr)
		}
		if rel != nil || f.ManyToMany() {
			return 0, errorf("FieldError", "Cannot update model field %s (only non-relations and foreign keys permitted).", fieldRepr(f, rel))
		}
		v := k.Value
		if inst, ok := v.(*Instance); ok && f.Rel != nil {
			v = inst.AttValue(f.TargetField().Attname)
		}
		uv := query.UpdateValue{Field: f, Value: v}
		if m := f.Model.Meta.ConcreteModel; m != opts.ConcreteModel {
			if _, ok := related[m]; !ok {
				relatedOrder = append(relatedOrder, m)
			}
			related[m] = append(related[m], uv)
			continue
		}
		values = append(values, uv)
	}
	qs.cache, qs.fetched = nil, false
	var n int64
	err := qs.db.atomic(func() error {
		var err error
		n, err = qs.updateWithRelated(values, related, relatedOrder)
		return err
	})
	return n, err
}

func fieldRepr(f *schema.Field, rel *schema.Rel) string {
	if f != nil {
		// Field.__repr__: the class path and the name.
		module := "django.db.models.fields"
		if f.IsRelation() {
			module += ".related"
		}
		return "<" + module + "." + string(f.Kind) + ": " + f.Name + ">"
	}
	kind := "ManyToOneRel"
	if !rel.Multiple {
		kind = "OneToOneRel"
	}
	if rel.Field.ManyToMany() {
		kind = "ManyToManyRel"
	}
	return "<" + kind + ": " + rel.Field.Model.Meta.LabelLower() + ">"
}

// updateReturning is QuerySet._update(values, returning_fields) for
// save(): one UPDATE on this model's table; one row per row updated, the
// returning fields' values (UPDATE ... RETURNING) or empty.
func (qs *QuerySet) updateReturning(values []query.UpdateValue, returning []*schema.Field) ([][]any, error) {
	if len(returning) == 0 {
		n, err := qs.updateWithRelated(values, nil, nil)
		if err != nil {
			return nil, err
		}
		return make([][]any, n), nil
	}
	q := qs.Query.Clone()
	q.ClearOrdering(true, true)
	sql, params, err := query.UpdateSQL(q, values, returning...)
	if err == query.ErrEmptyResult {
		return nil, nil
	} else if err != nil {
		return nil, convertQueryError(err)
	}
	return qs.db.queryRows(sql, params)
}

// updateWithRelated is SQLUpdateCompiler.execute_sql with pre_sql_setup:
// a query spanning tables updates through a pk subquery; parent-table
// updates first select the pks.
func (qs *QuerySet) updateWithRelated(values []query.UpdateValue, related map[*schema.Model][]query.UpdateValue, order []*schema.Model) (int64, error) {
	q := qs.Query.Clone()
	q.ClearOrdering(true, true)
	var ids []any
	if len(related) > 0 {
		pkq := q.Clone()
		pkq.Select = nil
		pkq.DefaultCols = false
		if err := pkq.AddFields([]string{qs.Model.Meta.Pk.Name}, true); err != nil {
			return 0, convertQueryError(err)
		}
		sql, params, err := selectSQL(pkq)
		if err == nil {
			rows, err := qs.db.queryRows(sql, params)
			if err != nil {
				return 0, err
			}
			for _, r := range rows {
				ids = append(ids, r[0])
			}
		} else if err != query.ErrEmptyResult {
			return 0, convertQueryError(err)
		}
		q = query.New(qs.Model)
		if err := q.AddQ(query.NewQ(nil, []query.Filter{{Lookup: "pk__in", Value: ids}})); err != nil {
			return 0, convertQueryError(err)
		}
	} else if q.ActiveTables() > 1 {
		outer, err := query.PkSubquery(q)
		if err != nil {
			return 0, convertQueryError(err)
		}
		q = outer
	}
	var rows int64
	empty := true
	if len(values) > 0 {
		sql, params, err := query.UpdateSQL(q, values)
		if err == query.ErrEmptyResult {
			sql = ""
		} else if err != nil {
			return 0, convertQueryError(err)
		}
		if sql != "" {
			res, err := qs.db.exec(sql, params)
			if err != nil {
				return 0, err
			}
			rows, empty = res.RowsAffected, false
		}
	}
	for _, m := range order {
		rq := query.New(m)
		if err := rq.AddQ(query.NewQ(nil, []query.Filter{{Lookup: "pk__in", Value: ids}})); err != nil {
			return 0, convertQueryError(err)
		}
		sql, params, err := query.UpdateSQL(rq, related[m])
		if err == query.ErrEmptyResult {
			continue
		}
		if err != nil {
			return 0, convertQueryError(err)
		}
		res, err := qs.db.exec(sql, params)
		if err != nil {
			return 0, err
		}
		if empty && res.RowsAffected > 0 {
			rows, empty = res.RowsAffected, false
		}
	}
	return rows, nil
}

func selectSQL(q *query.Query) (string, []any, error) {
	_, sql, params, err := query.SelectSQL(q)
	return sql, params, err
}

// Delete is QuerySet.delete(): collect and delete with Django's Collector;
// it returns the total and the count per model label.
func (qs *QuerySet) Delete() (int64, []LabelCount, error) {
	feats := qs.db.Apps.Features
	if qs.Query.IsSliced() {
		if feats.AssertsAreExceptions {
			return 0, nil, errorf("TypeError", "Cannot use 'limit' or 'offset' with delete().")
		}
		return 0, nil, errorf("AssertionError", "Cannot use 'limit' or 'offset' with delete.")
	}
	if feats.DeleteAfterDistinct {
		if len(qs.Query.DistinctFields) > 0 {
			return 0, nil, errorf("TypeError", "Cannot call delete() after .distinct(*fields).")
		}
	} else if qs.Query.Distinct {
		return 0, nil, errorf("TypeError", "Cannot call delete() after .distinct().")
	}
	if qs.Kind != ModelResults {
		return 0, nil, errorf("TypeError", "Cannot call delete() after .values() or .values_list()")
	}
	del := qs.chain()
	del.Query.SelectRelated = nil
	del.Query.ClearOrdering(true, true)
	c := newCollector(qs.db)
	if err := c.collectQuerySet(del); err != nil {
		return 0, nil, err
	}
	qs.cache, qs.fetched = nil, false
	return c.delete()
}

// rawDelete is QuerySet._raw_delete: one DELETE with the queryset's where.
func (qs *QuerySet) rawDelete() (int64, error) {
	sql, params, err := query.DeleteSQL(qs.Query)
	if err == query.ErrEmptyResult {
		return 0, nil
	}
	if err != nil {
		return 0, convertQueryError(err)
	}
	res, err := qs.db.exec(sql, params)
	if err != nil {
		return 0, err
	}
	return res.RowsAffected, nil
}

// Aggregate is aggregate(**aggregates): one row of aggregate values, in
// the order of aliases (Query.get_aggregation).
func (qs *QuerySet) Aggregate(aliases []string, aggs []query.Expression) ([]any, error) {
	if len(aliases) == 0 {
		// get_aggregation: nothing selected, nothing to run.
		return nil, nil
	}
	agg, err := query.AggregateSQL(qs.Query, aliases, aggs)
	if err != nil && err != query.ErrEmptyResult {
		return nil, convertQueryError(err)
	}
	var row []any
	if err == nil {
		rows, err := qs.db.queryRows(agg.SQL, agg.Params)
		if err != nil {
			return nil, err
		}
		if len(rows) > 0 {
			row = rows[0]
		}
	}
	byAlias := map[string]any{}
	for i, a := range agg.Aliases {
		var v any
		if i < len(row) {
			v = row[i]
		}
		if conv := query.ConverterTZ(agg.Exprs[i], qs.Model.Apps()); conv != nil {
			if v, err = conv(v); err != nil {
				return nil, convertQueryError(err)
			}
		}
		byAlias[a] = v
	}
	out := make([]any, len(aliases))
	for i, a := range aliases {
		out[i] = byAlias[a]
	}
	return out, nil
}

// Annotate is QuerySet._annotate: add the annotations (named ones may not
// clash with a field), then group by the model's columns (or, after
// values(), by the selected ones) when one of them is an aggregate.
func (qs *QuerySet) Annotate(aliases []string, exprs []query.Expression) (*QuerySet, error) {
	return qs.annotate(aliases, exprs, true)
}

// Alias is alias(name=expression, ...): annotations that are not selected.
func (qs *QuerySet) Alias(aliases []string, exprs []query.Expression) (*QuerySet, error) {
	return qs.annotate(aliases, exprs, false)
}

func (qs *QuerySet) annotate(aliases []string, exprs []query.Expression, selected bool) (*QuerySet, error) {
	c := qs.chain()
	var names map[string]bool
	if qs.valuesCalled {
		names = map[string]bool{}
		for _, f := range qs.fields {
			names[f] = true
		}
	} else {
		names = modelFieldNames(qs.Model)
	}
	for i, a := range aliases {
		if names[a] {
			return nil, errorf("ValueError", "The annotation '%s' conflicts with a field on the model.", a)
		}
		add := c.Query.AddAnnotation
		if !selected {
			add = func(a string, e query.Expression, _ bool) error { return c.Query.AddAlias(a, e) }
		}
		if err := add(a, exprs[i], false); err != nil {
			return nil, convertQueryError(err)
		}
	}
	for _, a := range c.Query.AnnotationOrder {
		if containsString(aliases, a) && query.ContainsAggregate(c.Query.Annotations[a]) {
			if !qs.valuesCalled {
				c.Query.GroupByMode = query.GroupBySelect
			} else {
				c.Query.SetGroupBy(true)
			}
			break
		}
	}
	return c, nil
}

// modelFieldNames is the names (and attnames) of every field of the model,
// reverse relations included (_meta.get_fields()).
func modelFieldNames(m *schema.Model) map[string]bool {
	out := map[string]bool{}
	for _, f := range m.Meta.Fields() {
		out[f.Name] = true
		out[f.Attname] = true
	}
	for _, f := range m.Meta.ManyToMany() {
		out[f.Name] = true
	}
	for _, r := range m.Meta.RelatedObjects() {
		out[r.Name()] = true
	}
	return out
}

// SQL returns the SELECT the queryset would run, parameters inlined
// (str(qs.query)).
func (qs *QuerySet) SQL() (string, []any, error) {
	sql, params, err := selectSQL(qs.Query)
	return sql, params, convertQueryError(err)
}

// populateRelated builds the models selected with select_related from
// the row and caches them on inst, both ways for one-to-one relations
// (RelatedPopulator.populate): a NULL primary key caches "no object".
func (db *DB) populateRelated(inst *Instance, related []*query.RelatedSelection, row []any) error {
	for _, rs := range related {
		vals := make([]any, len(rs.Fields))
		for i, p := range rs.Positions {
			vals[i] = row[p]
		}
		var obj *Instance
		pk := rs.Model.Meta.Pk
		for i, f := range rs.Fields {
			if f == pk && vals[i] != nil {
				obj = db.FromDB(rs.Model, rs.Fields, vals)
				// RelatedPopulator gives the queryset's fetch mode, not
				// its peers.
				obj.State.FetchMode = inst.State.FetchMode
				if err := db.sendFromDBInit(obj, rs.Fields); err != nil {
					return err
				}
				if err := db.populateRelated(obj, rs.Related, row); err != nil {
					return err
				}
			}
		}
		f := rs.Field
		if !rs.Reverse {
			inst.SetCachedRelated(f.Name, obj)
			if obj != nil && f.Unique() {
				obj.SetCachedRelated(f.Rel.AccessorName(), inst)
			}
			continue
		}
		inst.SetCachedRelated(f.Rel.AccessorName(), obj)
		if obj != nil {
			obj.SetCachedRelated(f.Name, inst)
		}
	}
	return nil
}

// SelectRelated is select_related(*fields): no fields follows every
// non-null foreign key; a single None clears it.
func (qs *QuerySet) SelectRelated(clear bool, fields ...string) (*QuerySet, error) {
	if qs.valuesCalled {
		return nil, errorf("TypeError", "Cannot call select_related() after .values() or .values_list()")
	}
	c := qs.chain()
	switch {
	case clear:
		c.Query.SelectRelated = nil
	case len(fields) > 0:
		c.Query.AddSelectRelated(fields)
	default:
		c.Query.SelectRelated = &query.RelatedTree{All: true}
	}
	return c, nil
}

// mergeSanityCheck is QuerySet._merge_sanity_check: values() querysets
// must select the same names to be combined.
func (qs *QuerySet) mergeSanityCheck(other *QuerySet) error {
	if !qs.valuesCalled {
		return nil
	}
	same := func(a, b []string) bool {
		m := map[string]bool{}
		for _, x := range a {
			m[x] = true
		}
		n := map[string]bool{}
		for _, x := range b {
			n[x] = true
		}
		if len(m) != len(n) {
			return false
		}
		for x := range m {
			if !n[x] {
				return false
			}
		}
		return true
	}
	if !same(qs.Query.ValuesSelect, other.Query.ValuesSelect) || !same(qs.Query.AnnotationSelect(), other.Query.AnnotationSelect()) {
		return errorf("TypeError", "Merging 'QuerySet' classes must involve the same values in each case.")
	}
	return nil
}

// Or is `qs | other` (QuerySet.__or__): a sliced side is first turned
// into `pk__in=<its pks>`; none() on either side gives the other.
func (qs *QuerySet) Or(other *QuerySet) (*QuerySet, error) { return qs.orXor(other, query.OR) }

// Xor is `qs ^ other` (QuerySet.__xor__, Django 4.2): as `|`, with XOR.
func (qs *QuerySet) Xor(other *QuerySet) (*QuerySet, error) { return qs.orXor(other, query.XOR) }

func (qs *QuerySet) orXor(other *QuerySet, conn query.Connector) (*QuerySet, error) {
	if err := qs.mergeSanityCheck(other); err != nil {
		return nil, err
	}
	if qs.Query.IsEmpty() {
		return other, nil
	}
	if other.Query.IsEmpty() {
		return qs, nil
	}
	src := qs
	if !qs.Query.CanFilter() {
		pks, err := qs.values(ValuesResults, []string{"pk"})
		if err != nil {
			return nil, err
		}
		if src, err = qs.db.All(qs.Model).FilterQ(kwQ([]KV{{Name: "pk__in", Value: pks}}), false); err != nil {
			return nil, err
		}
	}
	combined := src.chain()
	combined.mergeKnown(other)
	if !other.Query.CanFilter() {
		pks, err := other.values(ValuesResults, []string{"pk"})
		if err != nil {
			return nil, err
		}
		if other, err = other.db.All(other.Model).FilterQ(kwQ([]KV{{Name: "pk__in", Value: pks}}), false); err != nil {
			return nil, err
		}
	}
	if err := combined.Query.Combine(other.Query, conn); err != nil {
		return nil, convertQueryError(err)
	}
	return combined, nil
}

// And is `qs & other` (QuerySet.__and__).
func (qs *QuerySet) And(other *QuerySet) (*QuerySet, error) {
	if err := qs.mergeSanityCheck(other); err != nil {
		return nil, err
	}
	if other.Query.IsEmpty() {
		return other, nil
	}
	if qs.Query.IsEmpty() {
		return qs, nil
	}
	combined := qs.chain()
	combined.mergeKnown(other)
	if err := combined.Query.Combine(other.Query, query.AND); err != nil {
		return nil, convertQueryError(err)
	}
	return combined, nil
}

// mergeKnown is _merge_known_related_objects.
func (qs *QuerySet) mergeKnown(other *QuerySet) {
	if len(other.known) == 0 {
		return
	}
	m := map[*schema.Field]*Instance{}
	for f, o := range qs.known {
		m[f] = o
	}
	for f, o := range other.known {
		m[f] = o
	}
	qs.known = m
}

// Combinator is QuerySet._combinator_query: union(), intersection() or
// difference() of qs and others, as a queryset yielding what qs yields.
func (qs *QuerySet) Combinator(combinator string, all bool, others ...*QuerySet) *QuerySet {
	c := qs.chain()
	qs2 := make([]*query.Query, len(others))
	for i, o := range others {
		qs2[i] = o.Query
	}
	c.Query = query.CombinatorQuery(qs.Query, combinator, all, qs2...)
	return c
}

// QCheck is Q.check(against) (Django 4.1) run on the database: whether
// cond holds for the values (a NULL result counts as holding, as does a
// database error, which Django logs). coalesce is query.CheckSQL's.
func (db *DB) QCheck(m *schema.Model, against []query.CheckValue, cond *query.Q, coalesce bool) (bool, error) {
	sql, params, err := query.CheckSQL(m, against, cond, coalesce)
	if err == query.ErrEmptyResult {
		return false, nil
	}
	if err != nil {
		return false, convertQueryError(err)
	}
	rows, err := db.queryRows(sql, params)
	if err != nil {
		if e, ok := err.(*Error); ok && (e.Class == "DatabaseError" || e.Class == "OperationalError" || e.Class == "IntegrityError" || e.Class == "DataError") {
			return true, nil
		}
		return false, err
	}
	return len(rows) > 0, nil
}

// Explain is QuerySet.explain() on SQLite: the query run under EXPLAIN
// QUERY PLAN, its rows (id, parent, notused, detail) as Django joins them,
// one line each.
func (qs *QuerySet) Explain() (string, error) {
	_, sql, params, err := query.SelectSQL(qs.Query)
	if err != nil {
		return "", convertQueryError(err)
	}
	rows, err := qs.db.queryRows("EXPLAIN QUERY PLAN "+sql, params)
	if err != nil {
		return "", err
	}
	lines := make([]string, len(rows))
	for i, row := range rows {
		cols := make([]string, len(row))
		if len(row) == 4 {
			// The third column is "notused": SQLite 3.46, which the
			// reference traces ran on, leaves it 0; the embedded SQLite
			// (3.53) puts an estimate there.
			row[2] = int64(0)
		}
		for j, c := range row {
			switch v := c.(type) {
			case []byte:
				cols[j] = string(v)
			default:
				cols[j] = fmt.Sprint(v)
			}
		}
		lines[i] = strings.Join(cols, " ")
	}
	return strings.Join(lines, "\n"), nil
}
