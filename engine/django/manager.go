package django

import (
	"github.com/ormfiddle/ormfiddle/engine/orm"
	"github.com/ormfiddle/ormfiddle/engine/python"
	"github.com/ormfiddle/ormfiddle/engine/schema"
)

// mgrState is the Go state of a manager instance (BaseManager): its
// creation order, and whether Django made it (the automatic `objects`).
// Its name and model are ordinary attributes in the instance dict, as in
// Django.
type mgrState struct {
	counter     int
	autoCreated bool
}

// managerMethods are the QuerySet methods a Manager proxies
// (BaseManager._get_queryset_methods).
var managerMethods = []string{"aggregate", "alias", "annotate", "bulk_create", "bulk_update", "complex_filter", "count", "create",
	"dates", "datetimes", "defer", "difference", "distinct", "earliest", "exclude", "exists", "explain", "extra", "filter", "first", "get",
	"get_or_create", "in_bulk", "intersection", "iterator", "last", "latest", "none", "only", "order_by",
	"prefetch_related", "raw", "reverse", "select_for_update", "select_related", "union", "update",
	"update_or_create", "using", "values", "values_list"}

func builtin(name string, fn func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error)) *python.Builtin {
	return python.NewBuiltin(name, fn)
}

// pyMethods marks the Go methods of a class dict as the Python methods
// they stand for, qualified by owner, the Django class defining them
// ("QuerySet" gives QuerySet.create): so their type is "function" and
// their argument errors read as in Python 3.11 (Builtin.AsPyMethod).
func pyMethods(d *python.Dict, owner string) {
	for _, item := range d.Items() {
		name, ok1 := item[0].(python.String)
		b, ok2 := item[1].(*python.Builtin)
		if ok1 && ok2 {
			b.AsPyMethod(owner + "." + string(name))
		}
	}
}

// buildManagerClass makes models.Manager as Django builds it: BaseManager
// (__init__, get_queryset, all, db, str() "myapp.Book.objects",
// from_queryset), BaseManagerFromQuerySet (BaseManager.from_queryset(
// QuerySet): the proxied QuerySet methods) and Manager, deriving from it
// with nothing of its own; repr() is object's, as in Django.
func (e *Env) buildManagerClass() {
	d := python.NewDict()
	d.SetStr("__module__", python.String("django.db.models.manager"))
	d.SetStr("__init__", builtin("__init__", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		self := args[0].(*python.Instance)
		e.mgrCount++
		self.Native = &mgrState{counter: e.mgrCount}
		self.Dict.SetStr("model", python.None)
		self.Dict.SetStr("name", python.None)
		self.Dict.SetStr("_db", python.None)
		self.Dict.SetStr("_hints", python.NewDict())
		return python.None, nil
	}))
	d.SetStr("get_queryset", builtin("get_queryset", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		if err := python.UnpackArgs("get_queryset", args[1:], kw); err != nil {
			return nil, err
		}
		self := args[0].(*python.Instance)
		m, err := e.managerModel(self)
		if err != nil {
			return nil, err
		}
		db, err := e.db()
		if err != nil {
			return nil, err
		}
		// self._queryset_class(model=self.model, using=self._db, ...)
		cls := e.querySetClass
		if v, err := python.GetAttr(th, self, "_queryset_class"); err == nil {
			if c, ok := v.(*python.Class); ok {
				cls = c
			}
		}
		return e.newQuerySetOfClass(db.All(m), cls), nil
	}))
	d.SetStr("all", builtin("all", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		if err := python.UnpackArgs("all", args[1:], kw); err != nil {
			return nil, err
		}
		return python.CallMethod(th, args[0], "get_queryset", nil, nil)
	}))
	d.SetStr("db_manager", builtin("db_manager", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		var using, hints python.Value = python.None, python.None
		if err := python.UnpackArgs("db_manager", args[1:], kw, "using?", &using, "hints?", &hints); err != nil {
			return nil, err
		}
		self := args[0].(*python.Instance)
		c := python.NewInstance(self.Class, self.Native)
		c.Dict = self.Dict.Copy()
		c.Dict.SetStr("_db", using)
		return c, nil
	}))
	d.SetStr("db", &mgrDBProperty{})
	d.SetStr("__str__", builtin("__str__", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		self := args[0].(*python.Instance)
		label := "None"
		if m, err := e.managerModel(self); err == nil {
			label = m.Meta.Label()
		}
		name, _ := self.Dict.GetStr("name")
		n, _ := python.Str(th, name)
		return python.String(label + "." + n), nil
	}))
	d.SetStr("from_queryset", &python.ClassMethod{Func: builtin("from_queryset", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		var qsClass, className python.Value = nil, python.None
		if err := python.UnpackArgs("from_queryset", args[1:], kw, "queryset_class", &qsClass, "class_name?", &className); err != nil {
			return nil, err
		}
		return e.managerFromQuerySet(th, args[0].(*python.Class), qsClass, className)
	})})
	pyMethods(d, "BaseManager")
	base, _ := python.NewClass("BaseManager", nil, d)

	d = python.NewDict()
	d.SetStr("__module__", python.String("django.db.models.manager"))
	methods := managerMethods
	if e.Features.QuerySetContains {
		methods = append(append([]string(nil), methods...), "contains")
	}
	for _, name := range methods {
		d.SetStr(name, e.managerMethod(name))
	}
	if e.Features.FetchModes {
		d.SetStr("fetch_mode", e.managerMethod("fetch_mode"))
	}
	if e.Features.AsyncMethods {
		for _, name := range asyncQuerySetMethods {
			d.SetStr("a"+name, e.managerMethod("a"+name))
		}
	}
	pyMethods(d, "BaseManager._get_queryset_methods.<locals>.create_method.<locals>")
	fromQS, _ := python.NewClass("BaseManagerFromQuerySet", []*python.Class{base}, d)

	d = python.NewDict()
	d.SetStr("__module__", python.String("django.db.models.manager"))
	cls, _ := python.NewClass("Manager", []*python.Class{fromQS}, d)
	e.managerClass = cls
	e.managerFromQS = fromQS
}

// managerMethod is a method of a manager class made by from_queryset():
// getattr(self.get_queryset(), name)(*args, **kwargs).
func (e *Env) managerMethod(name string) *python.Builtin {
	return builtin(name, func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		qs, err := python.CallMethod(th, args[0], "get_queryset", nil, nil)
		if err != nil {
			return nil, err
		}
		return python.CallMethod(th, qs, name, args[1:], kw)
	})
}

// mgrDBProperty is BaseManager.db: self._db, or the router's choice
// ("default").
type mgrDBProperty struct{}

func (p *mgrDBProperty) Type() string { return "property" }

func (p *mgrDBProperty) DescriptorGet(th *python.Thread, inst python.Value, cls *python.Class) (python.Value, error) {
	if inst == nil || inst == python.None {
		return p, nil
	}
	if i, ok := inst.(*python.Instance); ok {
		if v, ok := i.Dict.GetStr("_db"); ok && v != python.None {
			return v, nil
		}
	}
	return python.String("default"), nil
}

// managerModel is the schema model of a manager's `model` attribute.
func (e *Env) managerModel(mgr *python.Instance) (*schema.Model, error) {
	v, ok := mgr.Dict.GetStr("model")
	if c, isCls := v.(*python.Class); ok && isCls {
		if m := e.modelOf[c]; m != nil {
			return m, nil
		}
	}
	return nil, python.NewError(python.AttributeError, "'NoneType' object has no attribute '_meta'")
}

// copyManager is copy.copy(manager) bound to cls.
func (e *Env) copyManager(mgr *python.Instance, cls *python.Class) *python.Instance {
	st, _ := mgr.Native.(*mgrState)
	cp := *st
	c := python.NewInstance(mgr.Class, &cp)
	c.Dict = mgr.Dict.Copy()
	c.Dict.SetStr("model", cls)
	return c
}

// contributeManager is Manager.contribute_to_class: name it, bind it to
// the class, and install the ManagerDescriptor.
func (e *Env) contributeManager(cls *python.Class, name string, mgr *python.Instance) {
	if n, ok := mgr.Dict.GetStr("name"); !ok || n == python.None {
		mgr.Dict.SetStr("name", python.String(name))
	}
	mgr.Dict.SetStr("model", cls)
	e.localMgrs[cls] = append(e.localMgrs[cls], mgr)
	cls.Dict.SetStr(name, &managerDescriptor{e: e, name: name})
}

// prepareManagers is Options.managers plus ModelBase._prepare: collect the
// managers of the class and its model bases (copies bound to this class),
// adding `objects = Manager()` when there are none.
func (e *Env) prepareManagers(cls *python.Class) error {
	collect := func() []mgrEntry {
		var list []mgrEntry
		seen := map[string]bool{}
		depth := 0
		for _, b := range cls.MRO {
			if e.modelOf[b] == nil {
				continue
			}
			for _, mgr := range e.localMgrs[b] {
				n, _ := mgr.Dict.GetStr("name")
				name, _ := n.(python.String)
				if seen[string(name)] {
					continue
				}
				seen[string(name)] = true
				st := mgr.Native.(*mgrState)
				list = append(list, mgrEntry{depth: depth, counter: st.counter, mgr: e.copyManager(mgr, cls)})
			}
			depth++
		}
		return sortedManagers(list)
	}
	list := collect()
	if len(list) == 0 {
		m := e.modelOf[cls]
		for _, f := range m.Meta.Fields() {
			if f.Name == "objects" {
				return python.NewError(python.ValueError, "Model %s must specify a custom Manager, because it has a field named 'objects'.", cls.Name)
			}
		}
		mgr, err := python.Call(e.Th, e.managerClass, nil, nil)
		if err != nil {
			return err
		}
		inst := mgr.(*python.Instance)
		inst.Native.(*mgrState).autoCreated = true
		e.contributeManager(cls, "objects", inst)
		list = collect()
	}
	var mgrs []*python.Instance
	for _, m := range list {
		mgrs = append(mgrs, m.mgr)
	}
	e.managers[cls] = mgrs
	return nil
}

// managerFor returns cls's manager called name (the ManagerDescriptor
// lookup), computing the list for subclasses not prepared yet.
func (e *Env) managerFor(cls *python.Class, name string) *python.Instance {
	if _, ok := e.managers[cls]; !ok {
		e.prepareManagers(cls)
	}
	for _, m := range e.managers[cls] {
		if n, _ := m.Dict.GetStr("name"); n == python.String(name) {
			return m
		}
	}
	return nil
}

// defaultManager is Model._default_manager: the first manager.
func (e *Env) defaultManager(cls *python.Class) (*python.Instance, error) {
	if _, ok := e.managers[cls]; !ok {
		if err := e.prepareManagers(cls); err != nil {
			return nil, err
		}
	}
	if list := e.managers[cls]; len(list) > 0 {
		return list[0], nil
	}
	return nil, python.NewError(python.AttributeError, "type object '%s' has no attribute '_default_manager'", cls.Name)
}

// baseManager is Model._base_manager: a plain Manager bound to cls.
func (e *Env) baseManager(cls *python.Class) (*python.Instance, error) {
	if m := e.baseMgr[cls]; m != nil {
		return m, nil
	}
	v, err := python.Call(e.Th, e.managerClass, nil, nil)
	if err != nil {
		return nil, err
	}
	m := v.(*python.Instance)
	m.Dict.SetStr("name", python.String("_base_manager"))
	m.Dict.SetStr("model", cls)
	e.baseMgr[cls] = m
	return m, nil
}

// managerDescriptor is ManagerDescriptor: Person.objects gives the class's
// manager; on an instance it is an AttributeError.
type managerDescriptor struct {
	e    *Env
	name string
}

func (d *managerDescriptor) Type() string { return "ManagerDescriptor" }

func (d *managerDescriptor) DescriptorGet(th *python.Thread, inst python.Value, cls *python.Class) (python.Value, error) {
	if inst != nil && inst != python.None {
		return nil, python.NewError(python.AttributeError, "Manager isn't accessible via %s instances", cls.Name)
	}
	if m := d.e.modelOf[cls]; m != nil && m.Meta.Abstract {
		return nil, python.NewError(python.AttributeError, "Manager isn't available; %s is abstract", cls.Name)
	}
	if mgr := d.e.managerFor(cls, d.name); mgr != nil {
		return mgr, nil
	}
	return nil, python.NewError(python.AttributeError, "type object '%s' has no attribute '%s'", cls.Name, d.name)
}

// buildRelatedManagerClasses makes the classes of reverse foreign key
// managers (RelatedManager) and many-to-many managers
// (ManyRelatedManager); both derive from Manager so the QuerySet methods
// are proxied through their get_queryset.
func (e *Env) buildRelatedManagerClasses() {
	rd := python.NewDict()
	rd.SetStr("__module__", python.String("django.db.models.fields.related_descriptors"))
	rel := func(self python.Value) *orm.RelatedManager {
		return self.(*python.Instance).Native.(*orm.RelatedManager)
	}
	rd.SetStr("get_queryset", builtin("get_queryset", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		qs, err := rel(args[0]).QuerySet()
		if err != nil {
			return nil, e.pyErr(err)
		}
		return e.newQuerySet(qs), nil
	}))
	rd.SetStr("add", builtin("add", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		bulk := true
		var objs python.Tuple
		if err := python.UnpackArgs("add", args[1:], kw, "*", &objs, "bulk?", &bulk); err != nil {
			return nil, err
		}
		insts, err := e.instancesOf(objs, rel(args[0]).Model())
		if err != nil {
			return nil, err
		}
		return python.None, e.pyErr(rel(args[0]).Add(insts, bulk))
	}))
	rd.SetStr("create", builtin("create", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		if len(args) > 1 {
			return nil, python.NewError(python.TypeError, "create() takes 1 positional argument but %d were given", len(args))
		}
		r := rel(args[0])
		if err := r.CheckFKVal(); err != nil {
			return nil, e.pyErr(err)
		}
		kw = append(kw, python.Kwarg{Name: r.Field.Name, Value: e.wrap(r.Instance)})
		return e.managerProxy(th, r.Model(), "create", nil, kw)
	}))
	for _, name := range []string{"get_or_create", "update_or_create"} {
		name := name
		rd.SetStr(name, builtin(name, func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
			r := rel(args[0])
			if err := r.CheckFKVal(); err != nil {
				return nil, e.pyErr(err)
			}
			kw = append(kw, python.Kwarg{Name: r.Field.Name, Value: e.wrap(r.Instance)})
			qs, err := python.CallMethod(th, args[0], "get_queryset", nil, nil)
			if err != nil {
				return nil, err
			}
			return python.CallMethod(th, qs, name, args[1:], kw)
		}))
	}
	rd.SetStr("set", builtin("set", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		r := rel(args[0])
		var objsV python.Value
		bulk, clear := true, false
		if err := python.UnpackArgs("set", args[1:], kw, "objs", &objsV, "*", nil, "bulk?", &bulk, "clear?", &clear); err != nil {
			return nil, err
		}
		var objs python.Tuple
		if err := python.Iterate(th, objsV, func(v python.Value) error { objs = append(objs, v); return nil }); err != nil {
			return nil, err
		}
		insts, err := e.instancesOf(objs, r.Model())
		if err != nil {
			return nil, err
		}
		return python.None, e.pyErr(r.Set(insts, bulk, clear))
	}))
	rd.SetStr("__call__", e.relatedManagerCall(e.relatedMgrClass))
	e.addAsyncMethods(rd, "create_reverse_many_to_one_manager.<locals>.RelatedManager", []string{"add", "create", "get_or_create", "update_or_create", "set"})
	pyMethods(rd, "create_reverse_many_to_one_manager.<locals>.RelatedManager")
	e.relatedMgrClass, _ = python.NewClass("RelatedManager", []*python.Class{e.managerClass}, rd)
	relatedManagerNames(e.relatedMgrClass, "create_reverse_many_to_one_manager")

	// remove() and clear() exist only when the foreign key is nullable.
	nd := python.NewDict()
	nd.SetStr("__module__", python.String("django.db.models.fields.related_descriptors"))
	nd.SetStr("remove", builtin("remove", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		r := rel(args[0])
		bulk := true
		var objs python.Tuple
		if err := python.UnpackArgs("remove", args[1:], kw, "*", &objs, "bulk?", &bulk); err != nil {
			return nil, err
		}
		insts, err := e.instancesOf(objs, r.Model())
		if err != nil {
			return nil, err
		}
		return python.None, e.pyErr(r.Remove(insts, bulk))
	}))
	nd.SetStr("clear", builtin("clear", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		r := rel(args[0])
		bulk := true
		if err := python.UnpackArgs("clear", args[1:], kw, "*", nil, "bulk?", &bulk); err != nil {
			return nil, err
		}
		return python.None, e.pyErr(r.Clear(bulk))
	}))
	e.addAsyncMethods(nd, "create_reverse_many_to_one_manager.<locals>.RelatedManager", []string{"remove", "clear"})
	pyMethods(nd, "create_reverse_many_to_one_manager.<locals>.RelatedManager")
	e.relatedNullMgrClass, _ = python.NewClass("RelatedManager", []*python.Class{e.relatedMgrClass}, nd)
	relatedManagerNames(e.relatedNullMgrClass, "create_reverse_many_to_one_manager")

	md := python.NewDict()
	md.SetStr("__module__", python.String("django.db.models.fields.related_descriptors"))
	many := func(self python.Value) *orm.ManyRelatedManager {
		return self.(*python.Instance).Native.(*orm.ManyRelatedManager)
	}
	md.SetStr("get_queryset", builtin("get_queryset", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		qs, err := many(args[0]).QuerySet()
		if err != nil {
			return nil, e.pyErr(err)
		}
		return e.newQuerySet(qs), nil
	}))
	if e.Features.M2MCountThroughTable {
		// count() and exists() of a plain Manager query the through
		// table alone (constrained_target).
		for _, name := range []string{"count", "exists"} {
			name := name
			md.SetStr(name, builtin(name, func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
				if err := python.UnpackArgs(name, args[1:], kw); err != nil {
					return nil, err
				}
				m := many(args[0])
				if mgr, err := e.defaultManager(e.classFor(m.Model())); err == nil && mgr.Class == e.managerClass && !m.Prefetched() {
					ct, err := m.ConstrainedTarget()
					if err != nil {
						return nil, e.pyErr(err)
					}
					if ct != nil {
						if name == "count" {
							n, err := ct.Count()
							if err != nil {
								return nil, e.pyErr(err)
							}
							return python.MakeInt(n), nil
						}
						ok, err := ct.Exists()
						if err != nil {
							return nil, e.pyErr(err)
						}
						return python.Bool(ok), nil
					}
				}
				qs, err := python.CallMethod(th, args[0], "get_queryset", nil, nil)
				if err != nil {
					return nil, err
				}
				return python.CallMethod(th, qs, name, nil, nil)
			}))
		}
	}
	md.SetStr("add", builtin("add", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		var objs python.Tuple
		var td python.Value = python.None
		if err := python.UnpackArgs("add", args[1:], kw, "*", &objs, "through_defaults?", &td); err != nil {
			return nil, err
		}
		m := many(args[0])
		items, err := e.m2mItems(objs, m.Model())
		if err != nil {
			return nil, err
		}
		defaults, err := e.throughDefaults(td)
		if err != nil {
			return nil, err
		}
		return python.None, e.pyErr(m.Add(items, defaults))
	}))
	md.SetStr("remove", builtin("remove", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		var objs python.Tuple
		if err := python.UnpackArgs("remove", args[1:], kw, "*", &objs); err != nil {
			return nil, err
		}
		m := many(args[0])
		items, err := e.m2mItems(objs, m.Model())
		if err != nil {
			return nil, err
		}
		return python.None, e.pyErr(m.Remove(items))
	}))
	md.SetStr("clear", builtin("clear", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		if err := python.UnpackArgs("clear", args[1:], kw); err != nil {
			return nil, err
		}
		return python.None, e.pyErr(many(args[0]).Clear())
	}))
	md.SetStr("set", builtin("set", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		var objsV python.Value
		clear := false
		var td python.Value = python.None
		if err := python.UnpackArgs("set", args[1:], kw, "objs", &objsV, "*", nil, "clear?", &clear, "through_defaults?", &td); err != nil {
			return nil, err
		}
		var objs python.Tuple
		if err := python.Iterate(th, objsV, func(v python.Value) error { objs = append(objs, v); return nil }); err != nil {
			return nil, err
		}
		m := many(args[0])
		items, err := e.m2mItems(objs, m.Model())
		if err != nil {
			return nil, err
		}
		defaults, err := e.throughDefaults(td)
		if err != nil {
			return nil, err
		}
		return python.None, e.pyErr(m.Set(items, clear, defaults))
	}))
	// get_or_create and update_or_create run on the related queryset; an
	// object they create is added to the relation (through_defaults).
	for _, name := range []string{"get_or_create", "update_or_create"} {
		name := name
		md.SetStr(name, builtin(name, func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
			m := many(args[0])
			var rest []python.Kwarg
			var td python.Value = python.None
			for _, k := range kw {
				if k.Name == "through_defaults" {
					td = k.Value
					continue
				}
				rest = append(rest, k)
			}
			qs, err := python.CallMethod(th, args[0], "get_queryset", nil, nil)
			if err != nil {
				return nil, err
			}
			res, err := python.CallMethod(th, qs, name, args[1:], rest)
			if err != nil {
				return nil, err
			}
			if t, ok := res.(python.Tuple); ok && len(t) == 2 && t[1] == python.Bool(true) {
				defaults, err := e.throughDefaults(td)
				if err != nil {
					return nil, err
				}
				if err := m.Add([]any{e.toGo(t[0])}, defaults); err != nil {
					return nil, e.pyErr(err)
				}
			}
			return res, nil
		}))
	}
	md.SetStr("create", builtin("create", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		m := many(args[0])
		var rest []python.Kwarg
		var td python.Value = python.None
		for _, k := range kw {
			if k.Name == "through_defaults" {
				td = k.Value
				continue
			}
			rest = append(rest, k)
		}
		obj, err := e.managerProxy(th, m.Model(), "create", nil, rest)
		if err != nil {
			return nil, err
		}
		defaults, err := e.throughDefaults(td)
		if err != nil {
			return nil, err
		}
		if err := m.Add([]any{e.toGo(obj)}, defaults); err != nil {
			return nil, e.pyErr(err)
		}
		return obj, nil
	}))
	md.SetStr("__call__", e.relatedManagerCall(e.manyMgrClass))
	e.addAsyncMethods(md, "create_forward_many_to_many_manager.<locals>.ManyRelatedManager", asyncRelatedManagerMethods)
	pyMethods(md, "create_forward_many_to_many_manager.<locals>.ManyRelatedManager")
	e.manyMgrClass, _ = python.NewClass("ManyRelatedManager", []*python.Class{e.managerClass}, md)
	relatedManagerNames(e.manyMgrClass, "create_forward_many_to_many_manager")
}

// relatedManagerNames gives a related manager class the module and
// qualified name of Django's (a class local to a factory function of
// related_descriptors), which its repr shows.
func relatedManagerNames(c *python.Class, factory string) {
	c.Module = "django.db.models.fields.related_descriptors"
	c.Qualname = factory + ".<locals>." + c.Name
}

// relatedManagerClass is the class of a related manager over model:
// create_reverse_many_to_one_manager (base RelatedManager) and
// create_forward_many_to_many_manager (base ManyRelatedManager) subclass
// the class of the model's default manager, so a custom manager's methods
// are there too, working on the related queryset.
func (e *Env) relatedManagerClass(base *python.Class, m *schema.Model) *python.Class {
	mgr, err := e.defaultManager(e.classFor(m))
	if err != nil {
		return base
	}
	return e.relatedManagerClassOf(base, mgr.Class)
}

// relatedManagerClassOf is the related manager class base made over the
// manager class mgrClass.
func (e *Env) relatedManagerClassOf(base, mgrClass *python.Class) *python.Class {
	if mgrClass == e.managerClass {
		return base
	}
	mgr := struct{ Class *python.Class }{mgrClass}
	key := [2]*python.Class{base, mgr.Class}
	if c := e.relatedMgrClasses[key]; c != nil {
		return c
	}
	d := python.NewDict()
	d.SetStr("__module__", python.String("django.db.models.fields.related_descriptors"))
	c, err := python.NewClass(base.Name, []*python.Class{base, mgr.Class}, d)
	if err != nil {
		return base
	}
	e.relatedMgrClasses[key] = c
	return c
}

// relatedManagerCall is RelatedManager.__call__(*, manager) and
// ManyRelatedManager's: the same related manager made over the class of
// the model's manager of that name, b.entry_set(manager="entries").
func (e *Env) relatedManagerCall(base *python.Class) *python.Builtin {
	return builtin("__call__", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		self, ok := args[0].(*python.Instance)
		if !ok {
			return nil, python.NewError(python.TypeError, "descriptor '__call__' requires a '%s' object", base.Name)
		}
		var name string
		if err := python.UnpackArgs("__call__", args[1:], kw, "*", nil, "manager", &name); err != nil {
			return nil, err
		}
		model, _ := self.Dict.GetStr("model")
		m, err := python.GetAttr(th, model, name)
		if err != nil {
			return nil, err
		}
		mi, ok := m.(*python.Instance)
		if !ok {
			return nil, python.NewError(python.NotImplementedError, "%s(manager=%q) is not supported by ormfiddle yet: %s is no manager", base.Name, name, m.Type())
		}
		b := base
		for _, c := range self.Class.MRO {
			if c == e.relatedMgrClass || c == e.relatedNullMgrClass || c == e.manyMgrClass {
				b = c
				break
			}
		}
		base := func() (*orm.QuerySet, error) { return managerQuerySet(th, mi) }
		native := self.Native
		switch r := native.(type) {
		case *orm.RelatedManager:
			c := *r
			c.Base = base
			native = &c
		case *orm.ManyRelatedManager:
			c := *r
			c.Base = base
			native = &c
		}
		out := python.NewInstance(e.relatedManagerClassOf(b, mi.Class), native)
		for _, kv := range self.Dict.Items() {
			out.Dict.SetKey(th, kv[0], kv[1])
		}
		return out, nil
	})
}

// managerProxy calls method on the default manager of model (as
// super(RelatedManager, self).create does).
func (e *Env) managerProxy(th *python.Thread, m *schema.Model, method string, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
	mgr, err := e.defaultManager(e.classFor(m))
	if err != nil {
		return nil, err
	}
	return python.CallMethod(th, mgr, method, args, kw)
}

// instancesOf converts add()/remove() arguments to instances of model,
// with Django's TypeError for anything else.
func (e *Env) instancesOf(objs python.Tuple, m *schema.Model) ([]*orm.Instance, error) {
	var out []*orm.Instance
	for _, o := range objs {
		inst, ok := e.ormInstance(o)
		if !ok {
			r, _ := python.Repr(e.Th, o)
			return nil, python.NewError(python.TypeError, "'%s' instance expected, got %s", m.Name, r)
		}
		out = append(out, inst)
	}
	return out, nil
}

// m2mItems converts many-to-many add/remove arguments: instances or pks.
func (e *Env) m2mItems(objs python.Tuple, m *schema.Model) ([]any, error) {
	var out []any
	for _, o := range objs {
		out = append(out, e.toGo(o))
	}
	return out, nil
}

// throughDefaults converts a through_defaults dict.
func (e *Env) throughDefaults(v python.Value) ([]orm.KV, error) {
	d, ok := v.(*python.Dict)
	if !ok {
		return nil, nil
	}
	var out []orm.KV
	for _, kv := range d.Items() {
		k, err := python.Str(e.Th, kv[0])
		if err != nil {
			return nil, err
		}
		val := kv[1]
		if python.IsCallable(val) {
			r, err := python.Call(e.Th, val, nil, nil)
			if err != nil {
				return nil, err
			}
			val = r
		}
		out = append(out, orm.KV{Name: k, Value: e.toGoStore(val)})
	}
	return out, nil
}
