package django

import (
	"strings"
	"unicode"

	"github.com/ormfiddle/ormfiddle/engine/python"
	"github.com/ormfiddle/ormfiddle/engine/query"
)

// The modules that Django's documentation and the models.py files of its
// test suite import beyond django.db.models: the submodules of
// django.db.models reached as attributes (models.base.ModelBase,
// models.expressions.RawSQL, models.lookups), django.db.connection,
// django.shortcuts, django.http's Http404, django.utils.text,
// django.core.checks, django.urls and django.apps. What they hold is what
// those files use; what else they hold in Django says it is not supported.

// buildMoreModules adds them to e.modules; buildModules calls it last.
func (e *Env) buildMoreModules() {
	models := e.modules["django.db.models"]

	// django.db.models.base: Model and the ModelBase metaclass, which a
	// metaclass=ModelBase subclass (changing nothing) can stand for.
	e.modelBaseMeta = python.NewMetaclass("ModelBase", "django.db.models.base", modelBase{e})
	base := python.NewModule("django.db.models.base", map[string]python.Value{"Model": e.modelClass, "ModelBase": e.modelBaseMeta})
	e.modules["django.db.models.base"] = base
	models.Dict.SetStr("base", base)
	for _, sub := range []string{"expressions", "manager", "query", "aggregates", "deletion", "signals", "lookups"} {
		if m := e.modules["django.db.models."+sub]; m != nil {
			models.Dict.SetStr(sub, m)
		}
	}
	fields := e.modules["django.db.models.fields"]
	models.Dict.SetStr("fields", fields)
	related := map[string]python.Value{}
	for _, name := range []string{"ForeignKey", "OneToOneField", "ManyToManyField", "ForeignObject"} {
		if v, ok := models.Dict.GetStr(name); ok {
			related[name] = v
		}
	}
	e.modules["django.db.models.fields.related"] = python.NewModule("django.db.models.fields.related", related)
	fields.Dict.SetStr("related", e.modules["django.db.models.fields.related"])
	if v, ok := models.Dict.GetStr("JSONField"); ok {
		json := map[string]python.Value{"JSONField": v}
		if e.Features.KeyTextTransformKT {
			json["KT"] = e.ktFunction()
		}
		e.modules["django.db.models.fields.json"] = python.NewModule("django.db.models.fields.json", json)
		fields.Dict.SetStr("json", e.modules["django.db.models.fields.json"])
	}

	// django.db: the connection, and what models.py files import from it.
	db := e.modules["django.db"]
	conn := e.buildConnection()
	db.Dict.SetStr("connection", conn)
	db.Dict.SetStr("connections", python.NewDict())
	if d, ok := db.Dict.GetStr("connections"); ok {
		d.(*python.Dict).SetStr("default", conn)
	}
	db.Dict.SetStr("DEFAULT_DB_ALIAS", python.String("default"))
	db.Dict.SetStr("DJANGO_VERSION_PICKLE_KEY", python.String("_django_version"))
	db.Dict.SetStr("router", python.None)
	db.Dict.SetStr("reset_queries", builtin("reset_queries", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		if err := python.UnpackArgs("reset_queries", args, kw, "**", nil); err != nil {
			return nil, err
		}
		e.queriesLog = nil
		return python.None, nil
	}))

	// django.http: Http404 (what get_object_or_404 raises).
	e.http404 = excClass("Http404", "django.http.response", python.ExceptionClass)
	e.modules["django.http"] = python.NewModule("django.http", map[string]python.Value{"Http404": e.http404})
	e.lazyModules["django.shortcuts"] = func() *python.Module {
		return e.execSource("shortcuts.py", "django.shortcuts", map[string]python.Value{"Http404": e.http404})
	}

	// django.core.files.storage: Storage, FileSystemStorage (names and
	// URLs; no file is read or written).
	e.modules["django.core.files"] = python.NewModule("django.core.files", nil)
	e.modules["django.core"].Dict.SetStr("files", e.modules["django.core.files"])
	e.lazyModule("django.core.files.storage", func() *python.Module {
		return e.execSource("storage.py", "django.core.files.storage", map[string]python.Value{
			"SuspiciousOperation": e.excs.suspiciousOperation,
			"_PKG":                python.String("django.core.files.storage"),
			"_SPLIT":              python.Bool(e.Features.StoragePackage),
			"_filepath_to_uri": builtin("filepath_to_uri", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
				var p python.Value
				if err := python.UnpackArgs("filepath_to_uri", args, kw, "path", &p); err != nil || p == python.None {
					return p, err
				}
				s, err := python.Str(th, p)
				return python.String(fileURI(s)), err
			}),
		})
	})

	// django.utils.functional: cached_property, classproperty.
	e.lazyModule("django.utils.functional", func() *python.Module {
		return e.execSource("functional.py", "django.utils.functional", nil)
	})

	// django.utils.text
	text := python.NewModule("django.utils.text", map[string]python.Value{
		"slugify": builtin("slugify", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
			var v python.Value
			allowUnicode := false
			if err := python.UnpackArgs("slugify", args, kw, "value", &v, "allow_unicode?", &allowUnicode); err != nil {
				return nil, err
			}
			s, err := python.Str(th, v)
			if err != nil {
				return nil, err
			}
			return python.String(slugify(s, allowUnicode)), nil
		}),
		"capfirst": builtin("capfirst", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
			var v python.Value
			if err := python.UnpackArgs("capfirst", args, kw, "x", &v); err != nil {
				return nil, err
			}
			if t, _ := python.Truth(th, v); !t {
				return v, nil
			}
			s, err := python.Str(th, v)
			if err != nil {
				return nil, err
			}
			r := []rune(s)
			return python.String(strings.ToUpper(string(r[0])) + string(r[1:])), nil
		}),
	})
	e.modules["django.utils.text"] = text
	e.modules["django.utils"].Dict.SetStr("text", text)

	// django.core.checks: register() as a decorator (with or without
	// tags), and the message classes. Registered checks are kept, not run:
	// the checks that run at load are Django's own.
	checks := e.buildChecksModule()
	e.modules["django.core.checks"] = checks
	e.modules["django.core"].Dict.SetStr("checks", checks)

	// django.urls: there is no URLconf (the tracer's settings have no
	// ROOT_URLCONF), so reverse() fails as it does there.
	noReverse := excClass("NoReverseMatch", "django.urls.exceptions", python.ExceptionClass)
	reverse := func(name string) *python.Builtin {
		return builtin(name, func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
			return nil, python.NewError(python.AttributeError, "'Settings' object has no attribute 'ROOT_URLCONF'")
		})
	}
	e.modules["django.urls"] = python.NewModule("django.urls", map[string]python.Value{
		"reverse": reverse("reverse"), "reverse_lazy": reverse("reverse_lazy"), "NoReverseMatch": noReverse,
	})

	// django.apps: the registry class; a model whose Meta.apps is another
	// Apps() is not one of myapp's models (migrate creates no table).
	d := python.NewDict()
	d.SetStr("__module__", python.String("django.apps.registry"))
	d.SetStr("__init__", builtin("__init__", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		var installed python.Value = python.Tuple{}
		if err := python.UnpackArgs("Apps", args[1:], kw, "installed_apps?", &installed); err != nil {
			return nil, err
		}
		return python.None, nil
	}))
	e.appsClass, _ = python.NewClass("Apps", nil, d)
	e.globalApps = python.NewInstance(e.appsClass, nil)
	registry := python.NewModule("django.apps.registry", map[string]python.Value{"Apps": e.appsClass, "apps": e.globalApps})
	e.modules["django.apps.registry"] = registry
	e.modules["django.apps"] = python.NewModule("django.apps", map[string]python.Value{"apps": e.globalApps, "registry": registry})
	e.modules["django"].Dict.SetStr("apps", e.modules["django.apps"])
}

// buildConnection makes django.db.connection: the SQLite DatabaseWrapper
// of the "default" database (vendor, alias, features, settings_dict) and
// its query log, connection.queries, which Django fills only when
// settings.DEBUG is on or force_debug_cursor is set (DEBUG is off, as in
// the reference tracer).
func (e *Env) buildConnection() python.Value {
	d := python.NewDict()
	d.SetStr("__module__", python.String("django.db.backends.sqlite3.base"))
	d.SetStr("vendor", python.String("sqlite"))
	d.SetStr("display_name", python.String("SQLite"))
	d.SetStr("__repr__", builtin("__repr__", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		return python.String("<DatabaseWrapper vendor='sqlite' alias='default'>"), nil
	}))
	d.SetStr("queries", &connQueries{e: e})
	d.SetStr("queries_logged", &connQueries{e, true})
	d.SetStr("cursor", builtin("cursor", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		return nil, python.NewError(python.NotImplementedError, "connection.cursor() is not supported by ormfiddle yet: use Model.objects.raw() for raw SQL")
	}))
	cls, _ := python.NewClass("DatabaseWrapper", nil, d)
	conn := python.NewInstance(cls, nil)
	conn.Dict.SetStr("alias", python.String("default"))
	conn.Dict.SetStr("force_debug_cursor", python.Bool(false))
	settings := python.NewDict()
	settings.SetStr("ENGINE", python.String("django.db.backends.sqlite3"))
	settings.SetStr("NAME", python.String(":memory:"))
	conn.Dict.SetStr("settings_dict", settings)
	fd := python.NewDict()
	fd.SetStr("__module__", python.String("django.db.backends.sqlite3.features"))
	fcls, _ := python.NewClass("DatabaseFeatures", nil, fd)
	feats := python.NewInstance(fcls, nil)
	coll := python.NewDict()
	for _, kv := range [][2]string{{"ci", "nocase"}, {"cs", "binary"}, {"non_default", "nocase"}, {"virtual", "nocase"}} {
		coll.SetStr(kv[0], python.String(kv[1]))
	}
	feats.Dict.SetStr("test_collations", coll)
	for name, v := range map[string]bool{
		"supports_json_field": true, "can_return_columns_from_insert": e.Features.InsertReturning,
		"supports_transactions": true, "has_select_for_update": false, "supports_explaining_query_execution": true,
		"supports_foreign_keys": true, "supports_partial_indexes": true, "supports_expression_indexes": true,
		"interprets_empty_strings_as_nulls": false, "supports_timezones": false, "has_native_uuid_field": false,
	} {
		feats.Dict.SetStr(name, python.Bool(v))
	}
	conn.Dict.SetStr("features", feats)
	return conn
}

// connQueries is DatabaseWrapper.queries (a copy of the log) and
// queries_logged (whether it is kept).
type connQueries struct {
	e      *Env
	logged bool
}

func (p *connQueries) Type() string { return "property" }

func (p *connQueries) DescriptorGet(th *python.Thread, inst python.Value, cls *python.Class) (python.Value, error) {
	if inst == nil || inst == python.None {
		return p, nil
	}
	logged := false
	if i, ok := inst.(*python.Instance); ok {
		if v, ok := i.Dict.GetStr("force_debug_cursor"); ok {
			logged, _ = python.Truth(th, v)
		}
	}
	if p.logged {
		return python.Bool(logged), nil
	}
	out := make([]python.Value, len(p.e.queriesLog))
	for i, q := range p.e.queriesLog {
		d := python.NewDict()
		d.SetStr("sql", python.String(q))
		d.SetStr("time", python.String("0.000"))
		out[i] = d
	}
	return python.NewList(out), nil
}

// LogQuery is the connection's query log: the playground reports every
// statement SQLite runs, kept when connection.force_debug_cursor is set.
func (e *Env) LogQuery(sql string) {
	conn, ok := e.modules["django.db"].Dict.GetStr("connection")
	if !ok {
		return
	}
	if i, ok := conn.(*python.Instance); ok {
		if v, ok := i.Dict.GetStr("force_debug_cursor"); ok && v == python.Bool(true) {
			e.queriesLog = append(e.queriesLog, sql)
		}
	}
}

// buildChecksModule makes django.core.checks.
func (e *Env) buildChecksModule() *python.Module {
	const mod = "django.core.checks.messages"
	levels := []struct {
		name  string
		level int64
	}{{"Debug", 10}, {"Info", 20}, {"Warning", 30}, {"Error", 40}, {"Critical", 50}}
	d := python.NewDict()
	d.SetStr("__module__", python.String(mod))
	d.SetStr("__init__", builtin("__init__", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		var level, msg, hint, obj, id python.Value = nil, nil, python.None, python.None, python.None
		if err := python.UnpackArgs("CheckMessage", args[1:], kw, "level", &level, "msg", &msg, "hint?", &hint, "obj?", &obj, "id?", &id); err != nil {
			return nil, err
		}
		self := args[0].(*python.Instance)
		for _, kv := range []struct {
			k string
			v python.Value
		}{{"level", level}, {"msg", msg}, {"hint", hint}, {"obj", obj}, {"id", id}} {
			self.Dict.SetStr(kv.k, kv.v)
		}
		return python.None, nil
	}))
	checkMessage, _ := python.NewClass("CheckMessage", nil, d)
	members := map[string]python.Value{"CheckMessage": checkMessage}
	for _, l := range levels {
		l := l
		ld := python.NewDict()
		ld.SetStr("__module__", python.String(mod))
		ld.SetStr("__init__", builtin("__init__", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
			return python.Call(th, python.Value(mustGet(checkMessage, "__init__")), append(python.Tuple{args[0], python.MakeInt(l.level)}, args[1:]...), kw)
		}))
		c, _ := python.NewClass(l.name, []*python.Class{checkMessage}, ld)
		members[l.name] = c
		members[strings.ToUpper(l.name)] = python.MakeInt(l.level)
	}
	tags := python.NewDict()
	tags.SetStr("__module__", python.String("django.core.checks.registry"))
	for _, t := range []string{"admin", "async_support", "caches", "compatibility", "database", "files", "models", "security", "signals", "sites", "staticfiles", "templates", "translation", "urls"} {
		tags.SetStr(t, python.String(t))
	}
	members["Tags"], _ = python.NewClass("Tags", nil, tags)
	register := builtin("register", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		// register(check) registers it; register(*tags, deploy=False)
		// returns the decorator.
		if len(args) == 1 && python.IsCallable(args[0]) && len(kw) == 0 {
			if _, isStr := args[0].(python.String); !isStr {
				e.userChecks = append(e.userChecks, args[0])
				return args[0], nil
			}
		}
		return builtin("inner", func(th *python.Thread, a python.Tuple, k []python.Kwarg) (python.Value, error) {
			if len(a) != 1 {
				return nil, python.NewError(python.TypeError, "inner() takes 1 positional argument but %d were given", len(a))
			}
			e.userChecks = append(e.userChecks, a[0])
			return a[0], nil
		}), nil
	})
	members["register"] = register
	return python.NewModule("django.core.checks", members)
}

func mustGet(c *python.Class, name string) python.Value {
	v, _ := c.Dict.GetStr(name)
	return v
}

// slugify is django.utils.text.slugify: NFKD and ASCII (unless
// allow_unicode), lower case, only word characters, spaces and hyphens,
// runs of spaces and hyphens made one hyphen, and no leading or trailing
// hyphen or underscore.
func slugify(s string, allowUnicode bool) string {
	var b strings.Builder
	for _, r := range s {
		if !allowUnicode && r > 127 {
			if base, ok := latinBase[r]; ok {
				b.WriteString(base)
			}
			continue
		}
		b.WriteRune(r)
	}
	s = strings.ToLower(b.String())
	b.Reset()
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || unicode.IsSpace(r) || r == '-' {
			b.WriteRune(r)
		}
	}
	var out strings.Builder
	inRun := false
	for _, r := range b.String() {
		if unicode.IsSpace(r) || r == '-' {
			if !inRun {
				out.WriteByte('-')
			}
			inRun = true
			continue
		}
		inRun = false
		out.WriteRune(r)
	}
	return strings.Trim(out.String(), "-_")
}

// latinBase is what NFKD followed by an ASCII encoding keeps of the
// accented Latin letters (the accent is dropped).
var latinBase = func() map[rune]string {
	m := map[rune]string{}
	add := func(base string, rs string) {
		for _, r := range rs {
			m[r] = base
		}
	}
	add("A", "ÀÁÂÃÄÅĀĂĄ")
	add("a", "àáâãäåāăą")
	add("C", "ÇĆĈĊČ")
	add("c", "çćĉċč")
	add("E", "ÈÉÊËĒĔĖĘĚ")
	add("e", "èéêëēĕėęě")
	add("I", "ÌÍÎÏĨĪĬĮİ")
	add("i", "ìíîïĩīĭį")
	add("N", "ÑŃŅŇ")
	add("n", "ñńņň")
	add("O", "ÒÓÔÕÖŌŎŐ")
	add("o", "òóôõöōŏő")
	add("U", "ÙÚÛÜŨŪŬŮŰŲ")
	add("u", "ùúûüũūŭůűų")
	add("Y", "ÝŸ")
	add("y", "ýÿ")
	add("S", "ŚŜŞŠ")
	add("s", "śŝşš")
	add("Z", "ŹŻŽ")
	add("z", "źżž")
	add("G", "ĜĞĠĢ")
	add("g", "ĝğġģ")
	return m
}()

// ktFunction is django.db.models.fields.json.KT (Django 4.2),
// KeyTextTransform.from_lookup: KT("data__owner__name") is the text under
// the keys, a KeyTextTransform of each key in turn over F("data").
func (e *Env) ktFunction() *python.Builtin {
	return builtin("from_lookup", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		var lookup string
		if err := python.UnpackArgs("from_lookup", args, kw, "lookup", &lookup); err != nil {
			return nil, err
		}
		parts := strings.Split(lookup, "__")
		if len(parts) < 2 {
			return nil, python.NewError(python.ValueError, "Lookup must contain key or index transforms.")
		}
		var x query.Expression = &query.F{Name: parts[0]}
		for _, k := range parts[1:] {
			x = &query.KeyTransform{Key: k, Source: x, Text: true}
		}
		return &Expr{e: e, expr: x}, nil
	})
}
