package django

import (
	"github.com/ormfiddle/ormfiddle/engine/python"
	"github.com/ormfiddle/ormfiddle/engine/query"
	"github.com/ormfiddle/ormfiddle/engine/schema"
)

// buildClasses creates the Django classes of this Env.
func (e *Env) buildClasses() {
	e.buildFieldClasses()
	e.buildManagerClass()
	e.buildModelClass()
	e.buildQuerySetClass()
	e.buildRelatedManagerClasses()
	e.buildPrefetchClass()
	e.buildSignals()
	mk := func(name, module string) *python.Class {
		d := python.NewDict()
		d.SetStr("__module__", python.String(module))
		c, _ := python.NewClass(name, nil, d)
		return c
	}
	e.qClass = mk("Q", "django.db.models.query_utils")
	e.qClass.New = func(th *python.Thread, cls *python.Class, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		return e.newQ(th, args, kw)
	}
	e.fClass = mk("F", "django.db.models.expressions")
	e.fClass.New = func(th *python.Thread, cls *python.Class, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		var name string
		if err := python.UnpackArgs("F", args, kw, "name", &name); err != nil {
			return nil, err
		}
		return &Expr{e: e, expr: &query.F{Name: name}}, nil
	}
	valueClass := mk("Value", "django.db.models.expressions")
	valueClass.New = func(th *python.Thread, cls *python.Class, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		var v python.Value
		var out python.Value = python.None
		if err := python.UnpackArgs("Value", args, kw, "value", &v, "output_field?", &out); err != nil {
			return nil, err
		}
		val := &query.Value{V: e.toGoStore(v)}
		if f, ok := out.(*Field); ok {
			val.Field = f.f
		}
		return &Expr{e: e, expr: val}, nil
	}
	e.exprClasses = map[string]*python.Class{"F": e.fClass, "Value": valueClass, "CombinedExpression": mk("CombinedExpression", "django.db.models.expressions")}
	for _, a := range aggregates {
		c := mk(a.name, "django.db.models.aggregates")
		fn := e.aggregate(a.name, a.fn)
		c.New = func(th *python.Thread, cls *python.Class, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
			return fn(th, args, kw)
		}
		e.exprClasses[a.name] = c
	}
}

var aggregates = []struct{ name, fn string }{
	{"Count", "COUNT"}, {"Sum", "SUM"}, {"Avg", "AVG"}, {"Max", "MAX"}, {"Min", "MIN"},
}

// notSupported is a callable standing for a Django name the engine does
// not implement: referring to it works, calling it says so.
func notSupported(name string) *python.Builtin {
	return builtin(name, func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		return nil, python.NewError(python.NotImplementedError, "%s is not supported by ormfiddle yet", name)
	})
}

// buildModules creates the module tree the import hook serves.
func (e *Env) buildModules() {
	e.modules = map[string]*python.Module{}
	x := &e.excs

	onDelete := map[string]schema.OnDelete{"CASCADE": schema.Cascade, "PROTECT": schema.Protect, "RESTRICT": schema.Restrict,
		"SET_NULL": schema.SetNull, "SET_DEFAULT": schema.SetDefault, "DO_NOTHING": schema.DoNothing}
	e.onDeleteBuiltins = map[*python.Builtin]schema.OnDelete{}
	deletion := map[string]python.Value{
		"ProtectedError":  x.protectedError,
		"RestrictedError": x.restrictedError,
	}
	for name, od := range onDelete {
		name := name
		b := builtin(name, func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
			return nil, python.NewError(python.TypeError, "%s() is called by Django's Collector, not directly", name)
		})
		e.onDeleteBuiltins[b] = od
		deletion[name] = b
	}
	deletion["SET"] = builtin("SET", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		var v python.Value
		if err := python.UnpackArgs("SET", args, kw, "value", &v); err != nil {
			return nil, err
		}
		b := builtin("set_on_delete", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
			return python.None, nil
		})
		if python.IsCallable(v) {
			fn := v
			e.setValues[b] = schema.DefaultFunc(func() (any, error) {
				r, err := python.Call(e.Th, fn, nil, nil)
				if err != nil {
					return nil, err
				}
				return e.toGoStore(r), nil
			})
		} else {
			e.setValues[b] = e.toGoStore(v)
		}
		return b, nil
	})

	notProvided := python.NewInstance(mustClass("NOT_PROVIDED", "django.db.models.fields"), nil)
	fields := map[string]python.Value{"NOT_PROVIDED": notProvided}
	fieldBase := e.fieldClasses[schema.CharField].Bases[0]
	fields["Field"] = fieldBase
	for k, c := range e.fieldClasses {
		fields[string(k)] = c
	}

	models := map[string]python.Value{
		"Model":              e.modelClass,
		"Manager":            e.managerClass,
		"QuerySet":           e.querySetClass,
		"Q":                  e.qClass,
		"F":                  e.fClass,
		"Index":              builtin("Index", e.newIndex),
		"UniqueConstraint":   builtin("UniqueConstraint", e.newUniqueConstraint),
		"ObjectDoesNotExist": x.objectDoesNotExist,
		"NOT_PROVIDED":       notProvided,
	}
	for name, c := range e.exprClasses {
		if name != "CombinedExpression" {
			models[name] = c
		}
	}
	for k, v := range fields {
		models[k] = v
	}
	for k, v := range deletion {
		models[k] = v
	}
	for _, name := range []string{"Aggregate", "Case", "When", "Exists", "Subquery", "OuterRef", "Func",
		"ExpressionWrapper", "Window", "FilteredRelation", "CheckConstraint", "TextChoices",
		"IntegerChoices", "Choices", "StdDev", "Variance", "OrderBy"} {
		models[name] = notSupported(name)
	}
	models["Prefetch"] = e.prefetchClass
	models["prefetch_related_objects"] = e.prefetchRelatedObjects()
	modelsMod := python.NewModule("django.db.models", models)
	e.modules["django.db.models"] = modelsMod
	e.modules["django.db.models.fields"] = python.NewModule("django.db.models.fields", fields)
	e.modules["django.db.models.deletion"] = python.NewModule("django.db.models.deletion", deletion)
	e.modules["django.db.models.manager"] = python.NewModule("django.db.models.manager", map[string]python.Value{"Manager": e.managerClass})
	sigs := map[string]python.Value{}
	for name, s := range e.signals {
		sigs[name] = s.value
	}
	sigs["ModelSignal"] = e.signalClass
	e.modules["django.db.models.signals"] = python.NewModule("django.db.models.signals", sigs)
	models["signals"] = e.modules["django.db.models.signals"]
	dispatch := map[string]python.Value{"Signal": e.signalClass, "receiver": e.receiverDecorator()}
	e.modules["django.dispatch"] = python.NewModule("django.dispatch", dispatch)
	e.modules["django.dispatch.dispatcher"] = python.NewModule("django.dispatch.dispatcher", dispatch)
	e.modules["django.db.models.query"] = python.NewModule("django.db.models.query", map[string]python.Value{
		"QuerySet": e.querySetClass, "Prefetch": e.prefetchClass, "prefetch_related_objects": models["prefetch_related_objects"]})
	e.modules["django.db.models.aggregates"] = python.NewModule("django.db.models.aggregates", map[string]python.Value{
		"Count": models["Count"], "Sum": models["Sum"], "Avg": models["Avg"], "Max": models["Max"], "Min": models["Min"]})
	e.modules["django.db.models.expressions"] = python.NewModule("django.db.models.expressions", map[string]python.Value{"F": e.fClass, "Value": models["Value"]})

	db := map[string]python.Value{
		"models":            modelsMod,
		"Error":             x.dbError,
		"InterfaceError":    x.interfaceError,
		"DatabaseError":     x.databaseError,
		"DataError":         x.dataError,
		"OperationalError":  x.operationalError,
		"IntegrityError":    x.integrityError,
		"InternalError":     x.internalError,
		"ProgrammingError":  x.programmingError,
		"NotSupportedError": x.notSupported,
	}
	e.modules["django.db"] = python.NewModule("django.db", db)
	e.modules["django.db.utils"] = python.NewModule("django.db.utils", db)
	core := map[string]python.Value{
		"ObjectDoesNotExist":      x.objectDoesNotExist,
		"MultipleObjectsReturned": x.multipleObjectsReturned,
		"FieldError":              x.fieldError,
		"FieldDoesNotExist":       x.fieldDoesNotExist,
		"ValidationError":         x.validationError,
		"ImproperlyConfigured":    x.improperlyConfigured,
		"EmptyResultSet":          x.emptyResultSet(),
		"SuspiciousOperation":     x.suspiciousOperation,
		"AppRegistryNotReady":     x.appRegistryNotReady,
	}
	e.modules["django.core.exceptions"] = python.NewModule("django.core.exceptions", core)
	e.modules["django.core"] = python.NewModule("django.core", map[string]python.Value{"exceptions": e.modules["django.core.exceptions"]})
	timezone := map[string]python.Value{
		"now": builtin("now", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
			if err := python.UnpackArgs("now", args, kw); err != nil {
				return nil, err
			}
			return e.toPy(e.now()), nil
		}),
	}
	e.modules["django.utils.timezone"] = python.NewModule("django.utils.timezone", timezone)
	e.modules["django.utils"] = python.NewModule("django.utils", map[string]python.Value{"timezone": e.modules["django.utils.timezone"]})
	e.modules["django"] = python.NewModule("django", map[string]python.Value{
		"db":       e.modules["django.db"],
		"core":     e.modules["django.core"],
		"utils":    e.modules["django.utils"],
		"dispatch": e.modules["django.dispatch"],
		"VERSION":  python.Tuple{python.MakeInt(3), python.MakeInt(2), python.MakeInt(25), python.String("final"), python.MakeInt(0)},
	})
}

// emptyResultSet is django.core.exceptions.EmptyResultSet.
func (x *exceptions) emptyResultSet() *python.Class {
	if x.emptyResult == nil {
		x.emptyResult = excClass("EmptyResultSet", "django.core.exceptions", python.ExceptionClass)
	}
	return x.emptyResult
}

func mustClass(name, module string) *python.Class {
	d := python.NewDict()
	d.SetStr("__module__", python.String(module))
	c, err := python.NewClass(name, nil, d)
	if err != nil {
		panic(err)
	}
	return c
}

// ShellNames returns what the shell starts with, as Django's conformance
// tracer sets it up: everything models.py defines (from myapp.models
// import *), then django.db.models' public names (which win), then
// datetime and date.
func (e *Env) ShellNames(models *python.Module) map[string]python.Value {
	out := map[string]python.Value{}
	for _, kv := range models.Dict.Items() {
		k, _ := kv[0].(python.String)
		if len(k) > 0 && k[0] != '_' {
			out[string(k)] = kv[1]
		}
	}
	for _, kv := range e.modules["django.db.models"].Dict.Items() {
		k, _ := kv[0].(python.String)
		if len(k) > 0 && k[0] != '_' {
			out[string(k)] = kv[1]
		}
	}
	return out
}
