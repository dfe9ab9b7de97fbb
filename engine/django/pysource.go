package django

import (
	"embed"
	"fmt"
	"net/netip"
	"net/url"
	"regexp"
	"strings"
	"sync"

	"github.com/cockroachdb/apd/v3"
	"github.com/ormfiddle/ormfiddle/engine/internal/lazyre"
	"github.com/ormfiddle/ormfiddle/engine/python"
	"github.com/ormfiddle/ormfiddle/engine/python/syntax"
	"github.com/ormfiddle/ormfiddle/engine/sqlite"
)

// Parts of Django that are plain Python logic run as Python source (in
// pysrc/): ValidationError, the validators, model validation. Each file
// is compiled once per process, when a session first needs it (a fresh
// engine's first run parses only those), and executed in each session's
// thread.

//go:embed pysrc/*.py
var pysrc embed.FS

var (
	pysrcMu       sync.Mutex
	pysrcCompiled = map[string]func() (*python.Program, error){}
)

// parsedSource returns the compiled pysrc file name.
func parsedSource(name string) (*python.Program, error) {
	pysrcMu.Lock()
	compiled, ok := pysrcCompiled[name]
	if !ok {
		compiled = sync.OnceValues(func() (*python.Program, error) {
			src, err := pysrc.ReadFile("pysrc/" + name)
			if err != nil {
				return nil, err
			}
			f, err := syntax.Parse("<django "+name+">", string(src))
			if err != nil {
				return nil, err
			}
			return python.Compile(f)
		})
		pysrcCompiled[name] = compiled
	}
	pysrcMu.Unlock()
	return compiled()
}

// execSource runs pysrc/<file> in a new module named name whose globals
// start with members.
func (e *Env) execSource(file, name string, members map[string]python.Value) *python.Module {
	f, err := parsedSource(file)
	if err != nil || f == nil {
		panic(fmt.Sprintf("django: embedded %s: %v", file, err))
	}
	mod := python.NewModule(name, members)
	if err := python.ExecProgram(e.Th, f, mod); err != nil {
		panic(fmt.Sprintf("django: embedded %s: %v", file, err))
	}
	return mod
}

// modelValidationMethods are the Model methods pysrc/validation.py
// defines.
var modelValidationMethods = []string{"full_clean", "clean_fields", "clean", "validate_unique", "_get_unique_checks",
	"_perform_unique_checks", "_perform_date_checks", "date_error_message", "unique_error_message", "_get_pk_val"}

// buildValidation makes django.core.exceptions' ValidationError (it runs
// pysrc/exceptions.py), and puts Model's validation methods on
// models.Model as stand-ins (of type function, named Model.full_clean and
// so on) that run loadValidation when first called.
//
// Most sessions validate nothing: leaving validators.py and validation.py
// (two thirds of the Python a session ran at start) until a run needs
// them takes about half of a fresh engine's `django` phase off its first
// run (parsing and compiling them, 3.6 of 8.5 ms natively).
func (e *Env) buildValidation() {
	exc := e.execSource("exceptions.py", "django.core.exceptions", nil)
	ve, _ := exc.Dict.GetStr("ValidationError")
	e.excs.validationError = ve.(*python.Class)
	e.nonFieldErrors, _ = exc.Dict.GetStr("NON_FIELD_ERRORS")
	for _, name := range e.modelValidationMethods() {
		e.modelClass.Dict.SetStr(name, builtin(name, func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
			e.loadValidation()
			fn, _ := e.modelClass.Dict.GetStr(name)
			return python.Call(th, fn, args, kw)
		}).AsPyMethod("Model."+name))
	}
}

// modelValidationMethods are the Model methods pysrc/validation.py
// defines for this version.
func (e *Env) modelValidationMethods() []string {
	methods := modelValidationMethods
	if e.Features.ValidateConstraints {
		methods = append(append([]string(nil), methods...), "validate_constraints")
	}
	return methods
}

// loadValidation runs the Python parts of validation, once per Env:
// django.core.validators (pysrc/validators.py) and the model and field
// validation of pysrc/validation.py, whose Model methods replace
// buildValidation's stand-ins on models.Model.
func (e *Env) loadValidation() {
	if e.validation != nil {
		return
	}
	members := map[string]python.Value{
		"ValidationError": e.excs.validationError,
		"_regex_search":   builtin("_regex_search", regexSearch),
		"_valid_email":    builtin("_valid_email", validEmail),
		"_valid_url":      builtin("_valid_url", validURL),
		"_valid_ipv4": builtin("_valid_ipv4", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
			s, _ := args[0].(python.String)
			ip, err := netip.ParseAddr(string(s))
			return python.Bool(err == nil && ip.Is4()), nil
		}),
		"_valid_ipv6": builtin("_valid_ipv6", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
			s, _ := args[0].(python.String)
			ip, err := netip.ParseAddr(string(s))
			return python.Bool(err == nil && ip.Is6()), nil
		}),
		"_decimal_digits": builtin("_decimal_digits", decimalDigits),
	}
	vals := e.execSource("validators.py", "django.core.validators", members)
	e.validators = vals
	base := map[string]python.Value{
		"NON_FIELD_ERRORS":       e.nonFieldErrors,
		"_SQLITE_INTEGER_RANGES": python.Bool(e.Features.SQLiteIntegerFieldRanges),
		"_FK_INVALID_CHOICE":     python.Bool(e.Features.ForeignKeyInvalidIsChoice),
		"_VALIDATE_CONSTRAINTS":  python.Bool(e.Features.ValidateConstraints),
		"_validate_constraint":   builtin("_validate_constraint", e.validateConstraint),
	}
	for _, kv := range vals.Dict.Items() {
		base[string(kv[0].(python.String))] = kv[1]
	}
	e.validation = e.execSource("validation.py", "django.db.models.base", base)
	for _, name := range e.modelValidationMethods() {
		fn, _ := e.validation.Dict.GetStr(name)
		// Defined in the class Model in Django: named so in messages.
		if err := python.SetAttr(e.Th, fn, "__qualname__", python.String("Model."+name)); err != nil {
			panic(err)
		}
		e.modelClass.Dict.SetStr(name, fn)
	}
}

// buildChoicesModule runs pysrc/choices.py, django.utils.choices
// (Django 5.0): normalize_choices, flatten_choices and the choice
// iterators, given the type tests it needs.
func (e *Env) buildChoicesModule() {
	test := func(name string, f func(v python.Value) bool) *python.Builtin {
		return builtin(name, func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
			return python.Bool(len(args) == 1 && f(args[0])), nil
		})
	}
	members := map[string]python.Value{
		"_is_choices_type": test("_is_choices_type", func(v python.Value) bool {
			c, ok := v.(*python.Class)
			return ok && c.IsSubclass(e.choicesClass)
		}),
		"_is_mapping": test("_is_mapping", func(v python.Value) bool {
			_, ok := v.(*python.Dict)
			return ok
		}),
		"_is_iterable": test("_is_iterable", func(v python.Value) bool {
			if c, ok := v.(*python.Class); ok && !c.IsSubclass(e.choicesClass) {
				return false
			}
			return e.isIterable(v)
		}),
	}
	e.modules["django.utils.choices"] = e.execSource("choices.py", "django.utils.choices", members)
}

// normalizeChoices is django.utils.choices.normalize_choices.
func (e *Env) normalizeChoices(v python.Value) (python.Value, error) {
	fn, _ := e.modules["django.utils.choices"].Dict.GetStr("normalize_choices")
	return python.Call(e.Th, fn, python.Tuple{v}, nil)
}

// validationFunc returns a function of pysrc/validation.py (loading it).
func (e *Env) validationFunc(name string) python.Value {
	e.loadValidation()
	fn, _ := e.validation.Dict.GetStr(name)
	return fn
}

func init() {
	// SQLite's REGEXP (the regex and iregex lookups) runs Python's re
	// syntax, as Django's _sqlite_regexp does.
	sqlite.CompileRegexp = func(p string) (*regexp.Regexp, error) { return python.CompileRegexp(p, nil) }
}

// regexSearch is re.search(regex, value, flags) for RegexValidator, as
// the re module runs it (python.CompileRegexp; a compiled pattern's own
// search()).
func regexSearch(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
	var pattern, flags, value python.Value
	if err := python.UnpackArgs("_regex_search", args, kw, "pattern", &pattern, "flags", &flags, "value", &value); err != nil {
		return nil, err
	}
	if python.IsPattern(pattern) {
		m, err := python.CallMethod(th, pattern, "search", python.Tuple{value}, nil)
		return python.Bool(m != nil && m != python.None), err
	}
	p, ok := pattern.(python.String)
	if !ok {
		return nil, python.NewError(python.TypeError, "first argument must be string or compiled pattern")
	}
	re, err := python.CompileRegexp(string(p), flags)
	if err != nil {
		return nil, python.NewError(python.NotImplementedError, "the regular expression %q is not supported by ormfiddle yet: %v", string(p), err)
	}
	s, _ := value.(python.String)
	return python.Bool(re.MatchString(string(s))), nil
}

var (
	emailUser   = lazyre.New(`(?i)(^[-!#$%&'*+/=?^_` + "`" + `{}|~0-9A-Z]+(\.[-!#$%&'*+/=?^_` + "`" + `{}|~0-9A-Z]+)*\z|^"([\001-\010\013\014\016-\037!#-\[\]-\177]|\\[\001-\011\013\014\016-\177])*"\z)`)
	emailDomain = lazyre.New(`(?i)^((?:[A-Z0-9](?:[A-Z0-9-]{0,61}[A-Z0-9])?\.)+)(?:[A-Z0-9-]{2,63})\z`)
	emailLit    = lazyre.New(`(?i)^\[([A-F0-9:.]+)\]\z`)
)

// validEmail is EmailValidator.__call__ after its first test: the user
// part, then the domain (allowlisted, a hostname, or an IP literal).
func validEmail(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
	s, _ := args[0].(python.String)
	value := string(s)
	i := strings.LastIndex(value, "@")
	user, domain := value[:i], value[i+1:]
	if !emailUser().MatchString(user) {
		return python.False, nil
	}
	var allow []string
	if len(args) > 1 {
		python.Iterate(th, args[1], func(v python.Value) error {
			if x, ok := v.(python.String); ok {
				allow = append(allow, string(x))
			}
			return nil
		})
	}
	for _, a := range allow {
		if a == domain {
			return python.True, nil
		}
	}
	valid := func(d string) bool {
		if emailDomain().MatchString(d) && !strings.HasSuffix(d, "-") {
			return true
		}
		if m := emailLit().FindStringSubmatch(d); m != nil {
			_, err := netip.ParseAddr(m[1])
			return err == nil
		}
		return false
	}
	if valid(domain) {
		return python.True, nil
	}
	// Django retries with the domain IDNA-encoded; for the ASCII domains
	// the playground sees that is the lower-cased domain.
	return python.Bool(!strings.Contains(domain, "..") && valid(strings.ToLower(domain))), nil
}

// urlHost is compiled on its first use: folding the case of its
// \x{00a1}-\x{ffff} ranges takes about 45 ms (more in wasm), which every
// start of the engine (the page's, the Worker's) would pay otherwise.
var urlHost = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)^([a-z0-9\x{00a1}-\x{ffff}](?:[a-z0-9\x{00a1}-\x{ffff}-]{0,61}[a-z0-9\x{00a1}-\x{ffff}])?)(\.[a-z0-9\x{00a1}-\x{ffff}](?:[a-z0-9\x{00a1}-\x{ffff}-]{0,61}[a-z0-9\x{00a1}-\x{ffff}])?)*\.?$`)
})

// validURL approximates URLValidator's regex: a scheme, a host that is
// localhost, an IP or a dotted hostname with a TLD, an optional port.
func validURL(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
	s, _ := args[0].(python.String)
	u, err := url.Parse(string(s))
	if err != nil || u.Host == "" || strings.ContainsAny(string(s), " \t\n") {
		return python.False, nil
	}
	host := u.Hostname()
	if p := u.Port(); p != "" && len(p) > 5 {
		return python.False, nil
	}
	if _, err := netip.ParseAddr(host); host == "localhost" || err == nil {
		return python.True, nil
	}
	if !strings.Contains(host, ".") || !urlHost().MatchString(host) {
		return python.False, nil
	}
	tld := host[strings.LastIndex(strings.TrimSuffix(host, "."), ".")+1:]
	tld = strings.TrimSuffix(tld, ".")
	return python.Bool(len(tld) >= 2 && !strings.ContainsAny(tld, "0123456789-") || strings.HasPrefix(tld, "xn--")), nil
}

// decimalDigits is the part of DecimalValidator that reads
// value.as_tuple(): the number of digits and the exponent (None for
// infinities and NaN).
func decimalDigits(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
	d, ok := args[0].(python.Decimal)
	if !ok {
		return python.Tuple{python.MakeInt(0), python.None}, nil
	}
	x := d.Apd()
	if x.Form != apd.Finite {
		return python.Tuple{python.MakeInt(0), python.None}, nil
	}
	coeff := x.Coeff.String()
	if coeff == "0" && x.Exponent < 0 {
		coeff = "0"
	}
	return python.Tuple{python.MakeInt(int64(len(coeff))), python.MakeInt(int64(x.Exponent))}, nil
}
