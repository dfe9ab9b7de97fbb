"""Runs the golden scripts of this directory under CPython, with the same
rules as script_test.go, to check that their expectations are CPython's.

    python3 engine/python/testdata/cpython_check.py [files...]

Lines marked `# ormfiddle-only` are skipped (behaviour that deliberately
differs from CPython, e.g. reprs without addresses).
"""
import ast, glob, io, os, re, sys, contextlib, datetime as _dt

EXPECT = re.compile(r'### (?:"(.*)"|`(.*)`)')


def run_chunk(name, src, first_line):
    padded = "\n" * (first_line - 1) + src
    lines = padded.split("\n")
    expect = {}
    for i, l in enumerate(lines):
        m = EXPECT.search(l)
        if m:
            expect[i + 1] = re.compile(m.group(1) if m.group(1) is not None else m.group(2))
    tree = ast.parse(padded, name)
    g = {"__name__": "__main__"}
    out = io.StringIO()
    fails = 0
    for st in tree.body:
        span = range(st.lineno, st.end_lineno + 1)
        if any("# ormfiddle-only" in lines[l - 1] for l in span):
            continue
        rx = None
        rl = 0
        for l in span:
            if l in expect:
                rx, rl = expect[l], l
        mod = ast.Module(body=[st], type_ignores=[])
        try:
            with contextlib.redirect_stdout(out):
                exec(compile(mod, name, "exec"), g)
        except BaseException as e:
            msg = "%s: %s" % (type(e).__name__, e) if str(e) else type(e).__name__
            if rx is None:
                print("%s:%d: unexpected error: %s" % (name, st.lineno, msg))
                fails += 1
            elif not rx.search(msg):
                print("%s:%d: error %r does not match %r" % (name, rl, msg, rx.pattern))
                fails += 1
            continue
        if rx is not None:
            print("%s:%d: expected error %r, got none" % (name, rl, rx.pattern))
            fails += 1
    i = src.find("\n# output:\n")
    if i >= 0:
        want = []
        for l in src[i + len("\n# output:\n"):].split("\n"):
            if not l.startswith("#"):
                break
            l = l[1:]
            if l.startswith(" "):
                l = l[1:]
            want.append(l + "\n")
        if out.getvalue() != "".join(want):
            print("%s: output mismatch:\n--- got ---\n%s--- want ---\n%s" % (name, out.getvalue(), "".join(want)))
            fails += 1
    return fails


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    files = sys.argv[1:] or sorted(glob.glob(os.path.join(here, "*.py")))
    fails = 0
    for f in files:
        if f.endswith("cpython_check.py"):
            continue
        src = open(f).read()
        lines = src.split("\n")
        start = 0
        n = 0
        for i, l in enumerate(lines + ["---"]):
            if l.rstrip(" ") == "---":
                n += 1
                fails += run_chunk("%s:chunk%d" % (os.path.basename(f), n), "\n".join(lines[start:i]), start + 1)
                start = i + 1
    print("cpython_check: %d failure(s)" % fails)
    sys.exit(1 if fails else 0)


main()
