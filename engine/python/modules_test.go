package python_test

import (
	"strings"
	"testing"

	"github.com/ormfiddle/ormfiddle/engine/features"
	"github.com/ormfiddle/ormfiddle/engine/python"
	"github.com/ormfiddle/ormfiddle/engine/python/syntax"
)

// TestStdlibPythonVersions checks the json, re and collections behaviour
// that differs between Python 3.11 (Django 3.2) and 3.13 (5.2, 6.1),
// against the output of python3.11 and python3.13.
func TestStdlibPythonVersions(t *testing.T) {
	src := `import json, re, collections
for s in ['[1,]', '{"a": 1,}']:
    try:
        json.loads(s)
    except json.JSONDecodeError as e:
        print(e)
try:
    json.dumps(float('inf'), allow_nan=False)
except ValueError as e:
    print(e)
print(collections.OrderedDict(a=1), collections.OrderedDict())
print(re.error.__name__)
try:
    collections.namedtuple('P', 'x')(1)._replace(y=2)
except Exception as e:
    print(type(e).__name__, e)
`
	want := map[string]string{
		"3.2": `Expecting value: line 1 column 4 (char 3)
Expecting property name enclosed in double quotes: line 1 column 9 (char 8)
Out of range float values are not JSON compliant
OrderedDict([('a', 1)]) OrderedDict()
error
ValueError Got unexpected field names: ['y']
`,
		"5.2": `Illegal trailing comma before end of array: line 1 column 3 (char 2)
Illegal trailing comma before end of object: line 1 column 8 (char 7)
Out of range float values are not JSON compliant: inf
OrderedDict({'a': 1}) OrderedDict()
PatternError
TypeError Got unexpected field names: ['y']
`,
	}
	for version, f := range map[string]*features.Features{"3.2": features.Django32, "5.2": features.Django52} {
		file, err := syntax.Parse("t.py", src)
		if err != nil {
			t.Fatal(err)
		}
		var out strings.Builder
		th := python.NewThread()
		th.Python = f.Python
		th.Print = func(_ *python.Thread, s string) { out.WriteString(s) }
		if err := python.ExecFile(th, file, python.NewModule("__main__", nil)); err != nil {
			t.Fatalf("%s: %v", version, err)
		}
		if out.String() != want[version] {
			t.Errorf("Django %s:\n%s\nwant\n%s", version, out.String(), want[version])
		}
	}
}

// TestStdlibImportBudget: the modules written partly in Python run their
// source when imported; a step budget used up there is the budget's
// error, not an internal one, and the next import starts afresh.
func TestStdlibImportBudget(t *testing.T) {
	for _, name := range []string{"functools", "json", "re", "collections"} {
		file, err := syntax.Parse("t.py", "import "+name+"\n")
		if err != nil {
			t.Fatal(err)
		}
		th := python.NewThread()
		th.SetMaxSteps(5)
		err = python.ExecFile(th, file, python.NewModule("__main__", nil))
		if err == nil || strings.Contains(err.Error(), "internal error") {
			t.Errorf("import %s with 5 steps: %v", name, err)
		}
		th.SetMaxSteps(1_000_000)
		if err := python.ExecFile(th, file, python.NewModule("__main__", nil)); err != nil {
			t.Errorf("import %s again: %v", name, err)
		}
	}
}

// TestStdlibRandomCalls calls the functions and methods of functools,
// collections, json and re with the odd operands of calls_fuzz_test.go,
// one, two and three at a time: none may end in an internal error.
func TestStdlibRandomCalls(t *testing.T) {
	fns := []string{
		"json.dumps", "json.loads", "json.dumps(@, indent=2, sort_keys=True, default=repr) and None or json.dumps",
		"re.compile", "re.search", "re.match", "re.fullmatch", "re.findall", "re.sub", "re.subn", "re.split", "re.escape",
		"re.compile('(a)|b*').sub", "re.compile(r'\\w+').findall", "re.compile('x*').split", "re.search('(?P<n>a)(b)?', 'xab').group",
		"re.search('(a)(b)?', 'ab').span", "re.search('(a)(b)?', 'ab').groups",
		"collections.namedtuple", "collections.namedtuple('P', 'a b', defaults=[0])", "collections.OrderedDict",
		"collections.defaultdict", "collections.Counter", "collections.deque", "collections.Counter('abca').most_common",
		"collections.deque([1, 2, 3], 2).rotate", "collections.OrderedDict(a=1).move_to_end",
		"functools.reduce", "functools.partial", "functools.lru_cache", "functools.total_ordering", "functools.wraps(len)",
		"functools.cmp_to_key",
	}
	var stmts []string
	state := uint64(1)
	next := func(n int) int {
		state ^= state << 13
		state ^= state >> 7
		state ^= state << 17
		return int(state % uint64(n))
	}
	for _, fn := range fns {
		for k := 0; k < 40; k++ {
			args := make([]string, k%4)
			for i := range args {
				args[i] = callValues[next(len(callValues))]
			}
			call := fn + "(" + strings.Join(args, ", ") + ")"
			if strings.Contains(fn, "@") {
				call = strings.Replace(fn, "@", callValues[next(len(callValues))], 1) + "(" + strings.Join(args, ", ") + ")"
			}
			stmts = append(stmts, "import json, re, functools, collections\nx = "+call)
		}
	}
	for i := 0; i < len(stmts); i += 20 {
		runCalls(t, stmts[i:min(i+20, len(stmts))])
	}
}
