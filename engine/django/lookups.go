package django

import (
	"github.com/ormfiddle/ormfiddle/engine/python"
	"github.com/ormfiddle/ormfiddle/engine/query"
	"github.com/ormfiddle/ormfiddle/engine/schema"
)

// Lookups and transforms (django.db.models.lookups and
// RegisterLookupMixin): Field.register_lookup(cls, lookup_name=None)
// registers a transform (a Transform or Func class: Lower, Length, a
// Transform subclass of models.py) or a lookup (a Lookup subclass of
// models.py, compiled by its as_sql()) on a field class and its
// subclasses, as the class decorator @Field.register_lookup does too; the
// query asks for them (query.LookupRegistry) by name. The built-in lookup
// classes (GreaterThan, IsNull, ...) are expressions: GreaterThan(F("a"),
// F("b")) filters or annotates (Django 4.0).

// builtinLookups are the lookup classes of django.db.models.lookups and
// their lookup_name.
var builtinLookups = []struct{ class, name string }{
	{"Exact", "exact"}, {"IExact", "iexact"}, {"GreaterThan", "gt"}, {"GreaterThanOrEqual", "gte"},
	{"LessThan", "lt"}, {"LessThanOrEqual", "lte"}, {"In", "in"}, {"Contains", "contains"},
	{"IContains", "icontains"}, {"StartsWith", "startswith"}, {"IStartsWith", "istartswith"},
	{"EndsWith", "endswith"}, {"IEndsWith", "iendswith"}, {"Range", "range"}, {"IsNull", "isnull"},
	{"Regex", "regex"}, {"IRegex", "iregex"},
}

// buildLookupClasses makes Lookup, Transform and the built-in lookups,
// and the register_lookup family on the base Field class; it returns the
// module's members.
func (e *Env) buildLookupClasses(fieldBase *python.Class) map[string]python.Value {
	const mod = "django.db.models.lookups"
	e.classLookups = map[*python.Class]map[string]python.Value{}
	funcClass := e.exprClasses["Func"]

	// Transform: a Func of one expression, usable as a registered
	// transform.
	tfc := query.FuncClasses["Transform"]
	transform := e.exprClass("Transform", mod, funcClass, nil)
	transform.Dict.SetStr("bilateral", python.Bool(false))
	transform.Dict.SetStr("arity", python.MakeInt(1))
	transform.New = func(th *python.Thread, cls *python.Class, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		if cls != transform {
			return e.newFunc(th, e.funcClassFor(th, cls), args, kw)
		}
		return e.newFunc(th, tfc, args, kw)
	}
	e.funcPyClasses[tfc] = transform

	d := python.NewDict()
	d.SetStr("__module__", python.String(mod))
	d.SetStr("lookup_name", python.None)
	d.SetStr("prepare_rhs", python.Bool(true))
	d.SetStr("can_use_none_as_rhs", python.Bool(false))
	// process_lhs and process_rhs compile the lookup's sides for a custom
	// as_sql(); they read the lookup being compiled (Native).
	d.SetStr("process_lhs", builtin("process_lhs", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		lc, err := lookupCallOf(args)
		if err != nil {
			return nil, err
		}
		s, p, err := lc.c.Compile(lc.l.LHS)
		if err != nil {
			return nil, e.pyErr(err)
		}
		return python.Tuple{python.String(s), e.paramsList(p)}, nil
	}))
	d.SetStr("process_rhs", builtin("process_rhs", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		lc, err := lookupCallOf(args)
		if err != nil {
			return nil, err
		}
		s, p, err := lc.l.ProcessRHS(lc.c)
		if err != nil {
			return nil, e.pyErr(err)
		}
		return python.Tuple{python.String(s), e.paramsList(p)}, nil
	}))
	pyMethods(d, "Lookup")
	lookup, _ := python.NewClass("Lookup", []*python.Class{e.exprClasses["Expression"]}, d)
	lookup.New = func(th *python.Thread, cls *python.Class, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		var lhs, rhs python.Value
		if err := python.UnpackArgs(cls.Name, args, kw, "lhs", &lhs, "rhs", &rhs); err != nil {
			return nil, err
		}
		name, _ := cls.Lookup("lookup_name")
		n, ok := name.(python.String)
		if !ok {
			return nil, python.NewError(python.NotImplementedError, "%s() as an expression needs a lookup_name", cls.Name)
		}
		l, ok := lhs.(*Expr)
		if !ok {
			return nil, python.NewError(python.AttributeError, "'%s' object has no attribute 'resolve_expression'", lhs.Type())
		}
		var r any = e.toGo(rhs)
		x, rhsExpr := rhs.(*Expr)
		if rhsExpr {
			r = x.expr
		}
		if !e.Features.LookupExpressions {
			// 3.2's Lookup.__init__ prepares the value with the lhs's
			// output_field, which an F() has not.
			prepare, _ := cls.Lookup("prepare_rhs")
			if _, isF := l.expr.(*query.F); isF && !rhsExpr && prepare == python.Bool(true) {
				return nil, python.NewError(python.AttributeError, "'F' object has no attribute 'output_field'")
			}
			return &lookupValue{python.NewInstance(cls, nil)}, nil
		}
		return &Expr{e: e, expr: &query.LookupExpr{Name: string(n), LHS: l.expr, RHS: r}}, nil
	}
	e.lookupClass = lookup
	members := map[string]python.Value{"Lookup": lookup, "Transform": transform}
	for _, b := range builtinLookups {
		bd := python.NewDict()
		bd.SetStr("__module__", python.String(mod))
		bd.SetStr("lookup_name", python.String(b.name))
		switch b.name {
		case "iexact", "contains", "icontains", "startswith", "istartswith", "endswith", "iendswith", "isnull", "regex", "iregex":
			bd.SetStr("prepare_rhs", python.Bool(false))
		}
		c, _ := python.NewClass(b.class, []*python.Class{lookup}, bd)
		members[b.class] = c
	}

	// RegisterLookupMixin on Field.
	fieldBase.Dict.SetStr("register_lookup", &python.ClassMethod{Func: builtin("register_lookup", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		var lk, name python.Value = nil, python.None
		if err := python.UnpackArgs("register_lookup", args[1:], kw, "lookup", &lk, "lookup_name?", &name); err != nil {
			return nil, err
		}
		cls := args[0].(*python.Class)
		lc, ok := lk.(*python.Class)
		if !ok {
			return nil, python.NewError(python.AttributeError, "'%s' object has no attribute 'lookup_name'", lk.Type())
		}
		if name == python.None {
			name, _ = lc.Lookup("lookup_name")
		}
		n, ok := name.(python.String)
		if !ok {
			return nil, python.NewError(python.TypeError, "%s has no lookup_name", lc.Name)
		}
		if e.classLookups[cls] == nil {
			e.classLookups[cls] = map[string]python.Value{}
		}
		e.classLookups[cls][string(n)] = lc
		return lc, nil
	})})
	fieldBase.Dict.SetStr("_unregister_lookup", &python.ClassMethod{Func: builtin("_unregister_lookup", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		var lk, name python.Value = nil, python.None
		if err := python.UnpackArgs("_unregister_lookup", args[1:], kw, "lookup", &lk, "lookup_name?", &name); err != nil {
			return nil, err
		}
		if lc, ok := lk.(*python.Class); ok && name == python.None {
			name, _ = lc.Lookup("lookup_name")
		}
		if n, ok := name.(python.String); ok {
			delete(e.classLookups[args[0].(*python.Class)], string(n))
		}
		return python.None, nil
	})})
	return members
}

// lookupCall is what a custom lookup's as_sql() compiles: the lookup and
// the compiler.
type lookupCall struct {
	c *query.Compiler
	l *query.Lookup
}

func lookupCallOf(args python.Tuple) (*lookupCall, error) {
	if len(args) > 0 {
		if inst, ok := args[0].(*python.Instance); ok {
			if lc, ok := inst.Native.(*lookupCall); ok {
				return lc, nil
			}
		}
	}
	return nil, python.NewError(python.TypeError, "process_lhs() and process_rhs() work on a lookup being compiled")
}

// paramsList converts compiled parameters to a Python list.
func (e *Env) paramsList(p []any) *python.List {
	out := make([]python.Value, len(p))
	for i, v := range p {
		out[i] = e.toPy(v)
	}
	return python.NewList(out)
}

// fieldClassOf is the Python class of a schema field.
func (e *Env) fieldClassOf(f *schema.Field) *python.Class {
	if f == nil {
		return e.fieldClasses[schema.CharField].Bases[0]
	}
	if h, ok := f.Host.(*fieldHost); ok && h.pyClass != nil {
		return h.pyClass
	}
	if c := e.fieldClasses[f.Kind]; c != nil {
		return c
	}
	return e.fieldClasses[schema.CharField].Bases[0]
}

// registered is the lookup registered as name for f's class (through its
// MRO), or nil.
func (e *Env) registered(f *schema.Field, name string) *python.Class {
	if len(e.classLookups) == 0 {
		return nil
	}
	for _, c := range e.fieldClassOf(f).MRO {
		if v, ok := e.classLookups[c][name]; ok {
			lc, _ := v.(*python.Class)
			return lc
		}
	}
	return nil
}

// Names implements query.LookupRegistry.
func (e *Env) Names(f *schema.Field) []string {
	seen := map[string]bool{}
	var out []string
	for _, c := range e.fieldClassOf(f).MRO {
		for name := range e.classLookups[c] {
			if !seen[name] {
				seen[name] = true
				out = append(out, name)
			}
		}
	}
	return out
}

// Transform implements query.LookupRegistry.
func (e *Env) Transform(f *schema.Field, name string, lhs query.Expression) (query.Expression, bool, error) {
	lc := e.registered(f, name)
	if lc == nil || lc.IsSubclass(e.lookupClass) || !lc.IsSubclass(e.exprClasses["Func"]) {
		return nil, false, nil
	}
	fc := e.funcClassFor(e.Th, lc)
	return &query.Func{Class: fc, Sources: []query.Expression{lhs}}, true, nil
}

// Lookup implements query.LookupRegistry: a Lookup subclass compiled by
// its as_sql(compiler, connection), with self.lhs and self.rhs, and
// process_lhs()/process_rhs() for the compiled sides.
func (e *Env) Lookup(f *schema.Field, name string) (query.CustomLookup, bool) {
	lc := e.registered(f, name)
	if lc == nil || !lc.IsSubclass(e.lookupClass) {
		return nil, false
	}
	return func(c *query.Compiler, l *query.Lookup) (string, []any, error) {
		th := e.Th
		inst := python.NewInstance(lc, &lookupCall{c: c, l: l})
		inst.Dict.SetStr("lhs", &Expr{e: e, expr: l.LHS})
		if x, ok := l.RHS.(query.Expression); ok {
			inst.Dict.SetStr("rhs", &Expr{e: e, expr: x})
		} else {
			inst.Dict.SetStr("rhs", e.toPy(l.RHS))
		}
		compiler := python.NewInstance(e.compilerClass(), c)
		conn, _ := e.modules["django.db"].Dict.GetStr("connection")
		r, err := python.CallMethod(th, inst, "as_sql", python.Tuple{compiler, conn}, nil)
		if err != nil {
			return "", nil, err
		}
		var parts []python.Value
		if err := python.Iterate(th, r, func(v python.Value) error { parts = append(parts, v); return nil }); err != nil || len(parts) != 2 {
			return "", nil, python.NewError(python.TypeError, "as_sql() must return (sql, params)")
		}
		sql, ok := parts[0].(python.String)
		if !ok {
			return "", nil, python.NewError(python.TypeError, "as_sql() must return (sql, params)")
		}
		var params []any
		if err := python.Iterate(th, parts[1], func(v python.Value) error { params = append(params, e.toGo(v)); return nil }); err != nil {
			return "", nil, err
		}
		return string(sql), params, nil
	}, true
}

// compilerClass is the class of the compiler a custom as_sql() gets:
// compile(node) gives a node's (sql, params).
func (e *Env) compilerClass() *python.Class {
	if e.sqlCompilerClass != nil {
		return e.sqlCompilerClass
	}
	d := python.NewDict()
	d.SetStr("__module__", python.String("django.db.models.sql.compiler"))
	d.SetStr("compile", builtin("compile", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		var node python.Value
		if err := python.UnpackArgs("compile", args[1:], kw, "node", &node); err != nil {
			return nil, err
		}
		c, _ := args[0].(*python.Instance).Native.(*query.Compiler)
		x, ok := node.(*Expr)
		if !ok || c == nil {
			return nil, python.NewError(python.AttributeError, "'%s' object has no attribute 'as_sql'", node.Type())
		}
		s, p, err := c.Compile(x.expr)
		if err != nil {
			return nil, e.pyErr(err)
		}
		return python.Tuple{python.String(s), e.paramsList(p)}, nil
	}))
	pyMethods(d, "SQLCompiler")
	e.sqlCompilerClass, _ = python.NewClass("SQLCompiler", nil, d)
	return e.sqlCompilerClass
}

// lookupValue is a lookup made by its class under Django 3.2, which
// filter() cannot take.
type lookupValue struct{ *python.Instance }

// Repr is object.__repr__: <django.db.models.lookups.GreaterThan object>
// (the engine's reprs leave the address out).
func (v *lookupValue) Repr(th *python.Thread) (string, error) { return python.Repr(th, v.Instance) }
