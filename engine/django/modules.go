package django

import (
	"strings"

	"github.com/ormfiddle/ormfiddle/engine/python"
	"github.com/ormfiddle/ormfiddle/engine/schema"
)

// buildClasses creates the Django classes of this Env.
func (e *Env) buildClasses() {
	e.buildFieldClasses()
	e.buildChoicesClasses()
	e.buildManagerClass()
	e.buildModelClass()
	e.buildQuerySetClass()
	e.buildRawQuerySetClass()
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
	e.buildExpressionClasses()
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
	if e.Features.DatabaseOnDelete {
		onDelete["DB_CASCADE"], onDelete["DB_SET_NULL"], onDelete["DB_SET_DEFAULT"] = schema.DBCascade, schema.DBSetNull, schema.DBSetDefault
	}
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

	// NOT_PROVIDED is a class used as a sentinel, as in Django.
	notProvided := mustClass("NOT_PROVIDED", "django.db.models.fields")
	fields := map[string]python.Value{"NOT_PROVIDED": notProvided}
	fieldBase := e.fieldClasses[schema.CharField].Bases[0]
	fields["Field"] = fieldBase
	for k, c := range e.fieldClasses {
		if k == schema.CompositePrimaryKey && !e.Features.CompositePrimaryKey {
			continue
		}
		fields[string(k)] = c
	}
	if e.Features.GeneratedField {
		fields["GeneratedField"] = e.generatedFieldClass
	}

	models := map[string]python.Value{
		"Model":              e.modelClass,
		"Manager":            e.managerClass,
		"QuerySet":           e.querySetClass,
		"Q":                  e.qClass,
		"F":                  e.fClass,
		"Index":              builtin("Index", e.newIndex),
		"UniqueConstraint":   builtin("UniqueConstraint", e.newUniqueConstraint),
		"CheckConstraint":    builtin("CheckConstraint", e.newCheckConstraint),
		"ObjectDoesNotExist": x.objectDoesNotExist,
		"NOT_PROVIDED":       notProvided,
		"Choices":            e.choicesClass,
		"TextChoices":        e.textChoices,
		"IntegerChoices":     e.intChoices,
	}
	for _, name := range []string{"Aggregate", "Avg", "Count", "Max", "Min", "StdDev", "Sum", "Variance",
		"Case", "Exists", "Expression", "ExpressionList", "ExpressionWrapper", "F", "Func", "OrderBy", "OuterRef",
		"RowRange", "Subquery", "Value", "ValueRange", "When", "Window", "WindowFrame"} {
		models[name] = e.exprClasses[name]
	}
	for k, v := range fields {
		models[k] = v
	}
	for k, v := range deletion {
		models[k] = v
	}
	models["FilteredRelation"] = e.filteredRelationClass()
	// Names of __all__ the engine only knows by name: classes that say so
	// when instantiated.
	for _, c := range []struct{ name, module string }{
		{"ForeignObjectRel", "django.db.models.fields.reverse_related"},
		{"ManyToManyRel", "django.db.models.fields.reverse_related"}, {"ManyToOneRel", "django.db.models.fields.reverse_related"},
		{"OneToOneRel", "django.db.models.fields.reverse_related"},
		{"CommaSeparatedIntegerField", "django.db.models.fields"}, {"IPAddressField", "django.db.models.fields"},
		{"Empty", "django.db.models.fields"},
	} {
		cls := mustClass(c.name, c.module)
		name := c.name
		cls.New = func(th *python.Thread, cls *python.Class, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
			return nil, python.NewError(python.NotImplementedError, "%s is not supported by ormfiddle yet", name)
		}
		models[c.name] = cls
	}
	models["Deferrable"] = deferrableClass(e.Features.DeferrableRepr)
	lookups := e.buildLookupClasses(fieldBase)
	models["Lookup"], models["Transform"] = lookups["Lookup"], lookups["Transform"]
	e.modules["django.db.models.lookups"] = python.NewModule("django.db.models.lookups", lookups)
	e.Apps.Lookups = e
	models["BLANK_CHOICE_DASH"] = python.NewList([]python.Value{python.Tuple{python.String(""), python.String("---------")}})
	models["DEFERRED"] = deferredSentinel{}
	if e.Features.FetchModes {
		fm := e.buildFetchModes()
		for _, name := range []string{"FETCH_ONE", "FETCH_PEERS", "FETCH_RAISE"} {
			models[name] = fm[name]
		}
	}
	models["Prefetch"] = e.prefetchClass
	models["prefetch_related_objects"] = e.prefetchRelatedObjects()
	var all []python.Value
	names := modelsAll
	if e.Features.DatabaseOnDelete || e.Features.FetchModes {
		// Django 6.1's __all__ adds the database-level on_delete
		// variants and the fetch modes.
		names = append(append([]string(nil), modelsAll...), "DB_CASCADE", "DB_SET_DEFAULT", "DB_SET_NULL", "FETCH_ONE", "FETCH_PEERS", "FETCH_RAISE")
	}
	for _, name := range names {
		if _, ok := models[name]; ok {
			all = append(all, python.String(name))
		}
	}
	modelsMod := python.NewModule("django.db.models", models)
	modelsMod.Dict.SetStr("__all__", python.NewList(all))
	e.modules["django.db.models"] = modelsMod
	e.modules["django.db.models.fields"] = python.NewModule("django.db.models.fields", fields)
	e.modules["django.db.models.deletion"] = python.NewModule("django.db.models.deletion", deletion)
	e.modules["django.db.models.manager"] = python.NewModule("django.db.models.manager", map[string]python.Value{
		"Manager": e.managerClass, "BaseManager": e.managerFromQS.Bases[0], "EmptyManager": e.emptyManager()})
	sigs := map[string]python.Value{}
	for name, s := range e.signals {
		sigs[name] = s.value
	}
	sigs["ModelSignal"] = e.signalClass
	e.modules["django.db.models.signals"] = python.NewModule("django.db.models.signals", sigs)
	modelsMod.Dict.SetStr("signals", e.modules["django.db.models.signals"])
	dispatch := map[string]python.Value{"Signal": e.signalClass, "receiver": e.receiverDecorator()}
	e.modules["django.dispatch"] = python.NewModule("django.dispatch", dispatch)
	e.modules["django.dispatch.dispatcher"] = python.NewModule("django.dispatch.dispatcher", dispatch)
	e.modules["django.db.models.query"] = python.NewModule("django.db.models.query", map[string]python.Value{
		"QuerySet": e.querySetClass, "EmptyQuerySet": e.emptyQuerySetClass, "RawQuerySet": e.rawQuerySetClass, "Prefetch": e.prefetchClass, "prefetch_related_objects": models["prefetch_related_objects"]})
	e.modules["django.db.models.aggregates"] = python.NewModule("django.db.models.aggregates", map[string]python.Value{
		"Count": models["Count"], "Sum": models["Sum"], "Avg": models["Avg"], "Max": models["Max"], "Min": models["Min"],
		"Aggregate": models["Aggregate"], "StdDev": models["StdDev"], "Variance": models["Variance"]})
	exprs := map[string]python.Value{}
	for name, c := range e.exprClasses {
		if c.Module == "django.db.models.expressions" {
			exprs[name] = c
		}
	}
	e.modules["django.db.models.expressions"] = python.NewModule("django.db.models.expressions", exprs)
	models["functions"] = e.functionsModule()

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
	e.lazyModule("django.db.transaction", e.buildTransaction)
	e.modules["django.db.utils"] = python.NewModule("django.db.utils", db)
	core := map[string]python.Value{
		"NON_FIELD_ERRORS":        python.String("__all__"),
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
	if e.Features.ModelNotUpdated {
		core["ObjectNotUpdated"] = x.objectNotUpdated
	}
	if e.Features.FetchModes {
		core["FieldFetchBlocked"] = x.fieldFetchBlocked
	}
	e.modules["django.core.exceptions"] = python.NewModule("django.core.exceptions", core)
	e.modules["django.core"] = python.NewModule("django.core", map[string]python.Value{"exceptions": e.modules["django.core.exceptions"]})
	e.lazyModule("django.core.validators", func() *python.Module {
		e.loadValidation()
		return e.validators
	})
	if !e.Features.PytzDropped {
		e.modules["pytz"] = python.PytzModule()
		if exc, ok := e.modules["pytz"].Dict.GetStr("exceptions"); ok {
			e.modules["pytz.exceptions"] = exc.(*python.Module)
		}
	}
	// django.utils.translation: with no translations active, the lazy
	// variants give the text itself (a lazy proxy in Django, whose repr
	// shows its address).
	translation := map[string]python.Value{}
	for _, name := range []string{"gettext", "gettext_lazy", "ugettext", "ugettext_lazy", "gettext_noop", "ugettext_noop"} {
		name := name
		translation[name] = builtin(name, func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
			var msg python.Value
			if err := python.UnpackArgs(name, args, kw, "message", &msg); err != nil {
				return nil, err
			}
			return msg, nil
		})
	}
	for _, name := range []string{"pgettext", "pgettext_lazy"} {
		name := name
		translation[name] = builtin(name, func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
			var ctx, msg python.Value
			if err := python.UnpackArgs(name, args, kw, "context", &ctx, "message", &msg); err != nil {
				return nil, err
			}
			return msg, nil
		})
	}
	for _, name := range []string{"ngettext", "ngettext_lazy"} {
		name := name
		translation[name] = builtin(name, func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
			var singular, plural, number python.Value
			if err := python.UnpackArgs(name, args, kw, "singular", &singular, "plural", &plural, "number", &number); err != nil {
				return nil, err
			}
			if n, ok := number.(python.Int); ok {
				if v, _ := n.Int64(); v == 1 {
					return singular, nil
				}
			}
			return plural, nil
		})
	}
	e.modules["django.utils.translation"] = python.NewModule("django.utils.translation", translation)
	e.modules["django.utils"] = python.NewModule("django.utils", map[string]python.Value{"translation": e.modules["django.utils.translation"]})
	e.lazyModule("django.utils.timezone", e.buildTimezone)
	e.modules["django"] = python.NewModule("django", map[string]python.Value{
		"db":       e.modules["django.db"],
		"core":     e.modules["django.core"],
		"utils":    e.modules["django.utils"],
		"dispatch": e.modules["django.dispatch"],
		"VERSION":  python.Tuple{python.MakeInt(3), python.MakeInt(2), python.MakeInt(25), python.String("final"), python.MakeInt(0)},
	})
	e.buildMoreModules()
	// __file__: a module with submodules is a package's __init__.py.
	if e.Features.DjangoDir != "" {
		pkgs := map[string]bool{}
		for name := range e.modules {
			for i := strings.LastIndexByte(name, '.'); i > 0; i = strings.LastIndexByte(name[:i], '.') {
				pkgs[name[:i]] = true
			}
		}
		for name, m := range e.modules {
			if !strings.HasPrefix(name, "django") {
				continue
			}
			file := e.Features.DjangoDir + strings.ReplaceAll(strings.TrimPrefix(name, "django"), ".", "/")
			if pkgs[name] {
				file += "/__init__.py"
			} else {
				file += ".py"
			}
			m.Dict.SetStr("__file__", python.String(file))
		}
	}
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
	mod := e.modules["django.db.models"]
	all, _ := mod.Dict.GetStr("__all__")
	python.Iterate(e.Th, all, func(k python.Value) error {
		if v, ok := mod.Dict.GetStr(string(k.(python.String))); ok {
			out[string(k.(python.String))] = v
		}
		return nil
	})
	return out
}

// modelsAll is django.db.models.__all__ in Django 3.2: what
// `from django.db.models import *` brings in.
var modelsAll = []string{"Aggregate", "AutoField", "Avg", "BLANK_CHOICE_DASH", "BigAutoField", "BigIntegerField",
	"BinaryField", "BooleanField", "CASCADE", "Case", "CharField", "CheckConstraint", "Choices",
	"CommaSeparatedIntegerField", "Count", "DEFERRED", "DO_NOTHING", "DateField", "DateTimeField", "DecimalField",
	"Deferrable", "DurationField", "EmailField", "Empty", "Exists", "Expression", "ExpressionList",
	"ExpressionWrapper", "F", "Field", "FileField", "FilePathField", "FilteredRelation", "FloatField", "ForeignKey",
	"ForeignObject", "ForeignObjectRel", "Func", "GenericIPAddressField", "IPAddressField", "ImageField", "Index",
	"IntegerChoices", "IntegerField", "JSONField", "Lookup", "Manager", "ManyToManyField", "ManyToManyRel",
	"ManyToOneRel", "Max", "Min", "Model", "NOT_PROVIDED", "NullBooleanField", "ObjectDoesNotExist", "OneToOneField",
	"OneToOneRel", "OrderBy", "OrderWrt", "OuterRef", "PROTECT", "PositiveBigIntegerField", "PositiveIntegerField",
	"PositiveSmallIntegerField", "Prefetch", "ProtectedError", "Q", "QuerySet", "RESTRICT", "RestrictedError",
	"RowRange", "SET", "SET_DEFAULT", "SET_NULL", "SlugField", "SmallAutoField", "SmallIntegerField", "StdDev",
	"Subquery", "Sum", "TextChoices", "TextField", "TimeField", "Transform", "URLField", "UUIDField",
	"UniqueConstraint", "Value", "ValueRange", "Variance", "When", "Window", "WindowFrame",
	"prefetch_related_objects", "signals"}

// deferredSentinel is django.db.models.DEFERRED.
type deferredSentinel struct{}

func (deferredSentinel) Type() string                           { return "Deferred" }
func (deferredSentinel) Repr(th *python.Thread) (string, error) { return "<Deferred field>", nil }
