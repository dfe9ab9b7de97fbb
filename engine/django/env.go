// Package django is the Django API as the Django-subset language sees it:
// the modules django.db, django.db.models, django.core.exceptions and
// django.utils.timezone, built over engine/python values. ModelBase
// (modelbase.go) turns a class statement into a registered model
// (engine/schema) and decorates the class with Django's descriptors
// (descriptors.go); models.Model (model.go) carries save(), delete() and
// the dunder methods; Manager and QuerySet (manager.go, queryset.go) wrap
// engine/orm; Q, F and aggregates (expressions.go) and the expression and
// function classes (functions.go) wrap engine/query. Parts of Django that
// are plain Python logic (ValidationError, django.core.validators, model
// validation) run as Python source embedded from pysrc/ (pysource.go).
//
// One Env exists per session: it owns the interpreter thread's Django
// modules, the app registry, and the database once the models are ready.
// The ORM calls back into Python through Env's orm.Hooks, so a user's
// save() override or custom manager runs where Django would run it.
package django

import (
	"fmt"
	"strings"
	"time"

	"github.com/ormfiddle/ormfiddle/engine/conf"
	"github.com/ormfiddle/ormfiddle/engine/features"
	"github.com/ormfiddle/ormfiddle/engine/orm"
	"github.com/ormfiddle/ormfiddle/engine/python"
	"github.com/ormfiddle/ormfiddle/engine/query"
	"github.com/ormfiddle/ormfiddle/engine/schema"
)

// AppLabel is the label of the session's single app ("myapp", or the
// settings' APP_LABEL).
func (e *Env) AppLabel() string { return e.Settings.App() }

// ModelsModule is the module name models.py runs as ("myapp.models";
// classes get it as __module__).
func (e *Env) ModelsModule() string { return e.Settings.App() + ".models" }

// Env is one session's Django.
type Env struct {
	// Features are the Django version's behaviour (connection.features
	// and what else differs between releases); Settings the project's.
	Features *features.Features
	Settings conf.Settings

	Th   *python.Thread
	Apps *schema.Apps
	DB   *orm.DB
	// Now is the session clock (timezone.now(), auto_now fields).
	Now func() time.Time
	// MaxModels and MaxFields bound the models a models.py may define
	// and their fields (each model's local fields, automatic primary keys
	// and parent links included); 0 means no bound. Past either, the
	// class statement raises ModelLimitExceeded.
	MaxModels, MaxFields int
	fieldCount           int

	modules map[string]*python.Module

	// Classes of the Django API, built for this Env.
	modelClass    *python.Class
	managerClass  *python.Class
	managerFromQS *python.Class // BaseManagerFromQuerySet
	querySetClass *python.Class
	// emptyQuerySetClass is EmptyQuerySet (isinstance(qs.none(), it)).
	emptyQuerySetClass *python.Class
	// validation is the module of pysrc/validation.py (model and field
	// validation), nil until a run needs it (loadValidation).
	validation *python.Module
	// validators is django.core.validators (pysrc/validators.py), loaded
	// with validation.
	validators *python.Module
	// nonFieldErrors is django.core.exceptions.NON_FIELD_ERRORS.
	nonFieldErrors python.Value
	// rawQuerySetClass is RawQuerySet (raw()).
	rawQuerySetClass *python.Class
	fieldClasses     map[schema.Kind]*python.Class
	// generatedFieldClass is models.GeneratedField (Django 5.0).
	generatedFieldClass *python.Class
	relatedMgrClass     *python.Class
	// relatedNullMgrClass adds remove() and clear() for nullable keys.
	relatedNullMgrClass *python.Class
	manyMgrClass        *python.Class
	prefetchClass       *python.Class
	signalClass         *python.Class
	signals             map[string]*signal // django.db.models.signals by name
	// relatedMgrClasses caches the related manager classes made for a
	// custom default manager class (RelatedManager subclasses it).
	relatedMgrClasses map[[2]*python.Class]*python.Class
	qClass, fClass    *python.Class
	exprClasses       map[string]*python.Class
	// funcPyClasses are the Python classes of the function classes;
	// userFuncClasses the function classes made for Func subclasses
	// defined in models.py.
	funcPyClasses    map[*query.FuncClass]*python.Class
	userFuncClasses  map[*python.Class]*query.FuncClass
	choicesClass     *python.Class // models.Choices, TextChoices, IntegerChoices
	textChoices      *python.Class
	intChoices       *python.Class
	excs             exceptions
	onDeleteBuiltins map[*python.Builtin]schema.OnDelete

	// Model classes and their schema models.
	classOf   map[*schema.Model]*python.Class
	modelOf   map[*python.Class]*schema.Model
	managers  map[*python.Class][]*python.Instance // per model class, Django's order
	localMgrs map[*python.Class][]*python.Instance // declared on the class itself
	baseMgr   map[*python.Class]*python.Instance
	related   map[any]*python.Class // RelatedObjectDoesNotExist per descriptor (*schema.Field or *schema.Rel)
	// fetchModes are FETCH_ONE, FETCH_PEERS and FETCH_RAISE (Django 6.1).
	fetchModes map[orm.FetchMode]python.Value
	mgrCount   int
	setValues  map[*python.Builtin]any // SET(value) callables and their values
	// constraintQ holds the check of each CheckConstraint and the
	// condition of each conditional UniqueConstraint.
	constraintQ map[*schema.Constraint]*QValue
	// constraintOpts holds the other options of each constraint as
	// given (expressions, nulls_distinct, violation error options).
	constraintOpts map[*schema.Constraint]*constraintOpts

	// metaRaw holds, per model, the Meta options that _meta returns as
	// given (ordering, get_latest_by: a tuple stays a tuple, a string a
	// string).
	metaRaw map[*schema.Model]map[string]python.Value

	// classLookups are the lookups registered with register_lookup, per
	// field class; lookupClass is models.Lookup; sqlCompilerClass the
	// class of the compiler a custom as_sql() is given.
	classLookups     map[*python.Class]map[string]python.Value
	lookupClass      *python.Class
	sqlCompilerClass *python.Class
	// lazyModules are modules made on their first import (the pysrc
	// ones, which cost a compile and a run per session).
	lazyModules map[string]func() *python.Module
	// modelBaseMeta is django.db.models.base.ModelBase.
	modelBaseMeta *python.Class
	// http404 is django.http.Http404.
	http404 *python.Class
	// appsClass is django.apps.registry.Apps, globalApps its instance
	// django.apps.apps.
	appsClass  *python.Class
	globalApps *python.Instance
	// queriesLog is connection.queries' log; userChecks the checks
	// models.py registered with django.core.checks.register.
	queriesLog []string
	userChecks []python.Value

	// errHints remembers, for exceptions raised while defining a model,
	// which class attribute they are about (for the error position).
	errHints map[*python.Exception]ErrorHint
}

// ErrorHint names the model class and attribute (field) an error is about,
// so the playground can point at the line defining it.
type ErrorHint struct {
	Class string
	Attr  string
}

// New returns the Django environment for a session running on th, as
// Django version f with settings s; the thread's Load hook is set to
// provide the django modules.
func New(th *python.Thread, f *features.Features, s conf.Settings) *Env {
	apps := schema.NewApps(s.App())
	apps.Features, apps.Settings = f, s
	e := &Env{
		Features:  f,
		Settings:  s,
		Th:        th,
		Apps:      apps,
		classOf:   map[*schema.Model]*python.Class{},
		modelOf:   map[*python.Class]*schema.Model{},
		managers:  map[*python.Class][]*python.Instance{},
		localMgrs: map[*python.Class][]*python.Instance{},
		baseMgr:   map[*python.Class]*python.Instance{},
		related:   map[any]*python.Class{},

		relatedMgrClasses: map[[2]*python.Class]*python.Class{},
		setValues:         map[*python.Builtin]any{},
		constraintQ:       map[*schema.Constraint]*QValue{},
		constraintOpts:    map[*schema.Constraint]*constraintOpts{},
		errHints:          map[*python.Exception]ErrorHint{},
		metaRaw:           map[*schema.Model]map[string]python.Value{},
		lazyModules:       map[string]func() *python.Module{},
	}
	e.buildExceptions()
	e.buildClasses()
	e.buildValidation()
	e.buildModules()
	if f.ChoicesAnyForm {
		e.buildChoicesModule()
	}
	prev := th.Load
	th.Load = func(th *python.Thread, name string) (*python.Module, error) {
		if m, ok := e.modules[name]; ok {
			return m, nil
		}
		if _, ok := e.lazyModules[name]; ok {
			return e.loadLazy(name), nil
		}
		if prev != nil {
			if m, err := prev(th, name); m != nil || err != nil {
				return m, err
			}
		}
		if strings.HasPrefix(name, "django.contrib.") {
			// The playground's only app is myapp: Django itself refuses
			// contrib models outside INSTALLED_APPS.
			return nil, python.NewError(python.ModuleNotFoundError, "No module named '%s' (ormfiddle has one app, myapp, and no django.contrib apps: declare the models you need, e.g. a User with a username, in models.py)", name)
		}
		if name == "django" || strings.HasPrefix(name, "django.") {
			return nil, python.NewError(python.ModuleNotFoundError, "No module named '%s' (ormfiddle provides %s)", name, strings.Join(e.providedModules(), ", "))
		}
		return nil, nil
	}
	return e
}

// loadLazy makes the module of e.lazyModules named name, which becomes an
// attribute of its parent module, as a module imported in Python does.
func (e *Env) loadLazy(name string) *python.Module {
	if m, ok := e.modules[name]; ok {
		return m
	}
	m := e.lazyModules[name]()
	e.modules[name] = m
	if i := strings.LastIndexByte(name, '.'); i > 0 {
		if parent := e.modules[name[:i]]; parent != nil {
			parent.Dict.SetStr(name[i+1:], m)
		}
	}
	return m
}

// lazyModule registers the module name (dotted), made by mk when a
// session first imports it or, since Django's own modules import it at
// start (django.db.models imports django.db.transaction), first reads it
// as an attribute of its parent module (which must exist): `import
// django.db` then `django.db.transaction` works as in Django. Most
// sessions use few of these: a fresh engine's first run then parses none
// of their Python.
func (e *Env) lazyModule(name string, mk func() *python.Module) {
	e.lazyModules[name] = mk
	i := strings.LastIndexByte(name, '.')
	parent, attr := e.modules[name[:i]], name[i+1:]
	prev := parent.Getattr
	parent.Getattr = func(th *python.Thread, a string) (python.Value, error) {
		if a == attr {
			return e.loadLazy(name), nil
		}
		if prev != nil {
			return prev(th, a)
		}
		return nil, nil
	}
}

// providedModules lists the django modules a script can import, for the
// message of an import that fails.
func (e *Env) providedModules() []string {
	var out []string
	for _, name := range []string{"django.db", "django.db.models", "django.core.exceptions", "django.utils.timezone", "django.utils.translation", "django.dispatch"} {
		if e.modules[name] != nil || e.lazyModules[name] != nil {
			out = append(out, name)
		}
	}
	return out
}

// Hint returns what an exception raised while defining a model is about.
func (e *Env) Hint(exc *python.Exception) (ErrorHint, bool) {
	h, ok := e.errHints[exc]
	return h, ok
}

// Module returns a django module by dotted name ("django.db.models").
func (e *Env) Module(name string) *python.Module { return e.modules[name] }

// now is the session clock.
func (e *Env) now() time.Time {
	if e.Now != nil {
		return e.Now()
	}
	return time.Now().UTC()
}

// LoadError is a problem with the models that Django reports when the app
// loads (a relation to an unknown model, a bad option), with the class and
// field it is about when known.
type LoadError struct {
	Hint ErrorHint
	Msg  string
}

func (e *LoadError) Error() string { return e.Msg }

// Ready finishes loading the models (Django's system checks), creates the
// database with their tables and installs the hooks. It returns a
// *LoadError when the models are inconsistent.
func (e *Env) Ready() error {
	if err := e.Apps.Ready(); err != nil {
		le := &LoadError{Msg: err.Error()}
		if se, ok := err.(*schema.Error); ok {
			if se.Model != nil {
				le.Hint.Class = se.Model.Name
				if se.Field != nil && se.Field.Model == se.Model {
					le.Hint.Attr = se.Field.Name
				}
				if se.Model.Meta.AutoCreated && se.Field != nil {
					le.Hint = ErrorHint{}
				}
			}
		}
		return le
	}
	e.contributeRelated()
	if err := e.compileConstraints(); err != nil {
		return err
	}
	db, err := orm.Open(e.Apps)
	if me, ok := err.(*orm.MigrateError); ok {
		return &LoadError{Msg: me.Error(), Hint: e.ddlHint(me.SQL)}
	}
	if err != nil {
		return err
	}
	db.Now = e.now
	db.Hooks = hooks{e}
	db.Signals = e
	e.DB = db
	return nil
}

// ddlHint finds the model whose table a failed schema statement creates
// or indexes, and the field whose column name SQLite could not read (one
// holding a double quote, which Django's quote_name does not escape).
func (e *Env) ddlHint(sql string) ErrorHint {
	for _, m := range e.Apps.Models(false) {
		q := schema.QuoteName(m.Meta.DBTable)
		if !strings.HasPrefix(sql, "CREATE TABLE "+q+" ") && !strings.Contains(sql, " ON "+q+" ") {
			continue
		}
		h := ErrorHint{Class: m.Name}
		for _, f := range m.Meta.LocalFields {
			if strings.Contains(f.Column, `"`) {
				h.Attr = f.Name
				break
			}
		}
		return h
	}
	return ErrorHint{}
}

// Close releases the database.
func (e *Env) Close() {
	if e.DB != nil {
		e.DB.Close()
	}
}

// errDBNotReady is raised when models.py itself runs queries at import.
func (e *Env) db() (*orm.DB, error) {
	if e.DB == nil {
		return nil, python.NewError(e.excs.appRegistryNotReady, "Models aren't loaded yet.")
	}
	return e.DB, nil
}

// hooks implements orm.Hooks by calling into Python.
type hooks struct{ e *Env }

func (h hooks) NewInstance(m *schema.Model, kwargs []orm.KV) (*orm.Instance, error) {
	cls := h.e.classOf[m]
	var kw []python.Kwarg
	for _, k := range kwargs {
		kw = append(kw, python.Kwarg{Name: k.Name, Value: h.e.toPy(k.Value)})
	}
	v, err := python.Call(h.e.Th, cls, nil, kw)
	if err != nil {
		return nil, err
	}
	inst, ok := h.e.ormInstance(v)
	if !ok {
		return nil, fmt.Errorf("%s() did not return a model instance", m.Name)
	}
	return inst, nil
}

func (h hooks) Save(obj *orm.Instance, opts orm.SaveOptions) error {
	var kw []python.Kwarg
	if opts.ForceInsert {
		kw = append(kw, python.Kwarg{Name: "force_insert", Value: python.Bool(true)})
	}
	if opts.ForceUpdate {
		kw = append(kw, python.Kwarg{Name: "force_update", Value: python.Bool(true)})
	}
	if opts.UpdateFields != nil {
		var names []python.Value
		for _, n := range opts.UpdateFields {
			names = append(names, python.String(n))
		}
		kw = append(kw, python.Kwarg{Name: "update_fields", Value: python.NewList(names)})
	}
	if opts.ForceInsert {
		kw = append(kw, python.Kwarg{Name: "using", Value: python.String("default")})
	}
	_, err := python.CallMethod(h.e.Th, h.e.wrap(obj), "save", nil, kw)
	return err
}

func (h hooks) Repr(obj *orm.Instance) string {
	s, err := python.Repr(h.e.Th, h.e.wrap(obj))
	if err != nil {
		return "<" + obj.Model.Name + " object>"
	}
	return s
}

// Str is str(obj), running a __str__ override (orm.StrHook).
func (h hooks) Str(obj *orm.Instance) string {
	s, err := python.Str(h.e.Th, h.e.wrap(obj))
	if err != nil {
		return obj.DefaultStr()
	}
	return s
}

func (h hooks) BaseQuerySet(m *schema.Model) (*orm.QuerySet, error) {
	mgr, err := h.e.defaultManager(h.e.classOf[m])
	if err != nil {
		return nil, err
	}
	return managerQuerySet(h.e.Th, mgr)
}

// managerQuerySet is mgr.get_queryset(), which must return a QuerySet.
func managerQuerySet(th *python.Thread, mgr python.Value) (*orm.QuerySet, error) {
	v, err := python.CallMethod(th, mgr, "get_queryset", nil, nil)
	if err != nil {
		return nil, err
	}
	qs, _, ok := querySetOf(v)
	if !ok {
		return nil, python.NewError(python.TypeError, "get_queryset() returned %s, not a QuerySet", v.Type())
	}
	return qs, nil
}

// IsError reports whether err, raised through user code, is an instance
// of the named Django exception class (orm.ErrorClassifier).
func (h hooks) IsError(err error, class string) bool {
	exc, ok := err.(*python.Exception)
	if !ok {
		return false
	}
	var cls *python.Class
	switch class {
	case "DoesNotExist":
		cls = h.e.excs.objectDoesNotExist
	case "NotUpdated":
		cls = h.e.excs.objectNotUpdated
	default:
		cls = h.e.excByName(class)
	}
	return cls != nil && exc.Matches(cls)
}
