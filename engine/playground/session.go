package playground

import (
	"fmt"
	"runtime/debug"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/ormfiddle/ormfiddle/engine/conf"
	"github.com/ormfiddle/ormfiddle/engine/django"
	"github.com/ormfiddle/ormfiddle/engine/features"
	"github.com/ormfiddle/ormfiddle/engine/python"
	"github.com/ormfiddle/ormfiddle/engine/python/syntax"
	"github.com/ormfiddle/ormfiddle/engine/schema"
	"github.com/ormfiddle/ormfiddle/engine/sqlite"
	"github.com/ormfiddle/ormfiddle/engine/trace"
)

// Options tunes a Run.
type Options struct {
	// Snapshots asks for every table's rows after each step (Step.Snapshot).
	Snapshots bool
	// Database asks for the SQLite database file as the last step left it
	// (Trace.Database).
	Database bool
	// Limits are the run's budgets; nil is DefaultLimits(). A zero
	// field means no bound.
	Limits *Limits
	// Progress, when set, is called once the models have loaded (done 0)
	// and after each statement of shell.py, with the number of statements
	// run and the total: the page shows it during a long run.
	Progress func(done, total int)
	// Phase, when set, is called as each phase of loading begins: "parse"
	// (both files), "django" (the Django environment), "models" (running
	// models.py), "checks" (the app registry's checks, then the database
	// and its tables), "ddl" (the schema statements for the trace),
	// "shell" (the prelude and the statements), then "close" (Run releases
	// the database).
	// The page marks them for the browser's profiler.
	Phase func(name string)
}

// phase calls opt.Phase, if set.
func (opt Options) phase(name string) {
	if opt.Phase != nil {
		opt.Phase(name)
	}
}

// limits returns the budgets the options ask for.
func (opt Options) limits() Limits {
	if opt.Limits != nil {
		return *opt.Limits
	}
	return DefaultLimits()
}

// Epoch is the session clock's start (trace.Epoch).
var Epoch = trace.Epoch

// Session is a loaded models.py with its database, ready to run shell
// statements one at a time.
type Session struct {
	// Features are the Django version's behaviour, Settings its settings.
	Features *features.Features
	Settings conf.Settings

	env     *django.Env
	th      *python.Thread
	globals *python.Module
	ddl     []string
	tables  []Table
	out     strings.Builder
	sql     []string
	prev    map[string]TableRows

	// The budgets (limits.go): what the run printed and recorded so
	// far, and the error that ended the run with the line of the
	// statement that raised it.
	limits     Limits
	runOut     int
	outCut     bool
	traceBytes int
	stopped    *python.Exception
	stopLine   int
}

// bugError is an internal failure caught at the engine's boundary.
func bugError(r any) error {
	return fmt.Errorf("internal error (this is a bug in ormfiddle, please report it with your input): %v", r)
}

// NewSession loads src.Models under the Django version and settings src
// names: it parses and runs models.py, checks the models as Django does
// when the app loads, and creates the tables. It returns a *LoadError when
// the models cannot load, an error naming the versions for an unknown
// src.Django, and a *LoadError at settings.json for settings it cannot
// run with.
func NewSession(src Source, opt Options) (s *Session, err error) {
	defer func() {
		if r := recover(); r != nil {
			if debugPanics {
				debug.PrintStack()
			}
			s, err = nil, bugError(r)
		}
	}()
	src = normalizeSource(src)
	feats, err := features.Lookup(src.Django)
	if err != nil {
		return nil, err
	}
	settings := sourceSettings(src)
	if err := settings.Validate(); err != nil {
		return nil, &LoadError{File: "settings.json", Line: 1, Col: 1, Msg: err.Error()}
	}
	opt.phase("parse")
	models, err := loadModels(src.Models)
	if err != nil {
		return nil, err
	}
	file := models.file
	lim := opt.limits()
	opt.phase("django")
	var modelsMod *python.Module
	s, modelsMod = takePrepared(feats, settings, lim)
	if s == nil {
		s, modelsMod = newEnv(feats, settings, lim)
	}
	th, env := s.th, s.env
	defer func() {
		if err != nil {
			th.Close() // generators models.py left suspended
		}
	}()
	opt.phase("models")
	if models.prog == nil {
		err = python.ExecFile(th, file, modelsMod) // the compile error
	} else {
		err = python.ExecProgram(th, models.prog, modelsMod)
	}
	if err != nil {
		return nil, s.loadError(file, err)
	}
	opt.phase("checks")
	if err := env.Ready(); err != nil {
		return nil, s.loadError(file, err)
	}
	opt.phase("ddl")
	s.ddl = env.Apps.DDL(schema.SQLite)
	for _, m := range env.Apps.Tables() {
		t := Table{Name: m.Meta.DBTable, PK: m.Meta.Pk.Column}
		for _, f := range m.Meta.LocalFields {
			t.Columns = append(t.Columns, f.Column)
		}
		s.tables = append(s.tables, t)
	}
	// The shell starts as Django's conformance tracer starts it.
	opt.phase("shell")
	s.globals = python.NewModule("__main__", nil)
	pre, err := shellPrelude(settings.App())
	if err != nil {
		return nil, bugError(err)
	}
	if err := python.ExecProgram(th, pre, s.globals); err != nil {
		return nil, bugError(err)
	}
	conn := env.DB.Conn
	conn.SetWork(th.Charge)
	conn.SetMaxRows(lim.Rows)
	conn.SetHeapLimit(lim.DatabaseMemory)
	conn.SetRecorder(s.record)
	return s, nil
}

// newEnv makes a session's interpreter thread, with its budgets, clock
// and output, and its Django environment: everything NewSession makes
// before it runs models.py, which depends on the version, the settings
// and the budgets only. It returns the session and the module models.py
// runs as.
func newEnv(feats *features.Features, settings conf.Settings, lim Limits) (*Session, *python.Module) {
	s := &Session{Features: feats, Settings: settings, limits: lim}
	th := python.NewThread()
	th.Python = feats.Python
	th.SetMaxSteps(lim.StepWork)
	th.SetMaxRunSteps(lim.RunWork)
	th.SetTimeBudget(lim.Time)
	th.SetMaxMemory(lim.Memory)
	if lim.Depth > 0 {
		th.SetMaxDepth(lim.Depth)
	}
	tick := 0
	th.Now = func() time.Time {
		t := Epoch.Add(time.Duration(tick) * time.Second)
		tick++
		return t
	}
	th.Print = func(_ *python.Thread, text string) {
		if err := s.write(text); err != nil {
			th.Interrupt(err.(*python.Exception))
		}
	}
	th.Displayhook = func(th *python.Thread, v python.Value) error {
		r, err := python.Repr(th, v)
		if err != nil {
			return err
		}
		return s.write(r + "\n")
	}
	// models.py is the models module of the app (myapp.models, or
	// polls.models with APP_LABEL "polls").
	app := settings.App()
	// Its __file__ is under the fixed cwd os.getcwd() gives ("/app").
	modelsMod := python.NewModule(app+".models", map[string]python.Value{"__file__": python.String("/app/" + app + "/models.py")})
	th.Load = func(_ *python.Thread, name string) (*python.Module, error) {
		switch name {
		case app:
			return python.NewModule(app, map[string]python.Value{"models": modelsMod}), nil
		case app + ".models":
			return modelsMod, nil
		}
		return nil, nil
	}
	env := django.New(th, feats, settings)
	env.Now = th.Now
	env.MaxModels, env.MaxFields = lim.Models, lim.Fields
	s.env, s.th = env, th
	return s, modelsMod
}

// The page's engine makes the next session's thread and Django
// environment while it is idle (Prepare): a new one, made as NewSession
// would make it, and used by one session only, so that sessions stay
// apart; only the time it is made at differs.
var prepared struct {
	sync.Mutex
	key       preparedKey
	s         *Session
	modelsMod *python.Module
}

// preparedKey is what a prepared environment depends on.
type preparedKey struct {
	feats    *features.Features
	settings conf.Settings
	lim      Limits
}

// Prepare makes, now, the thread and Django environment of the next
// session of src's version and settings under opt's budgets, so that
// NewSession finds them made (one is kept, replacing any other). The page
// calls it once a run's result is out and the page is idle.
func Prepare(src Source, opt Options) {
	defer func() {
		if r := recover(); r != nil && debugPanics {
			debug.PrintStack()
		}
	}()
	src = normalizeSource(src)
	feats, err := features.Lookup(src.Django)
	if err != nil {
		return
	}
	settings := sourceSettings(src)
	if settings.Validate() != nil {
		return
	}
	key := preparedKey{feats, settings, opt.limits()}
	prepared.Lock()
	ready := prepared.s != nil && prepared.key == key
	prepared.Unlock()
	if ready {
		return
	}
	s, modelsMod := newEnv(key.feats, key.settings, key.lim)
	prepared.Lock()
	defer prepared.Unlock()
	if old := prepared.s; old != nil {
		old.th.Close()
	}
	prepared.key, prepared.s, prepared.modelsMod = key, s, modelsMod
}

// takePrepared returns the prepared session for the version, settings
// and budgets, if there is one, with its time budget starting now; it is
// not prepared for another session.
func takePrepared(feats *features.Features, settings conf.Settings, lim Limits) (*Session, *python.Module) {
	prepared.Lock()
	defer prepared.Unlock()
	if prepared.s == nil || prepared.key != (preparedKey{feats, settings, lim}) {
		return nil, nil
	}
	s, modelsMod := prepared.s, prepared.modelsMod
	prepared.s, prepared.modelsMod = nil, nil
	s.th.SetTimeBudget(lim.Time)
	return s, modelsMod
}

// shellPrelude is what the shell runs before the first statement, as
// Django's conformance tracer starts it (from APP.models import *, ...),
// compiled once for every session of the default app label.
func shellPrelude(app string) (*python.Program, error) {
	if app == conf.DefaultAppLabel {
		return defaultPrelude()
	}
	return compilePrelude(app)
}

var defaultPrelude = sync.OnceValues(func() (*python.Program, error) { return compilePrelude(conf.DefaultAppLabel) })

func compilePrelude(app string) (*python.Program, error) {
	f, err := syntax.Parse("<shell>", "from "+app+".models import *\nfrom django.db.models import *\nimport datetime\nfrom datetime import date\n")
	if err != nil {
		return nil, err
	}
	return python.Compile(f)
}

// debugPanics prints the stack of recovered panics (tests set it).
var debugPanics = false

func parse(name, src string) (*syntax.File, error) {
	f, err := syntax.Parse(name, src)
	return f, loadErrorOf(name, err)
}

// parseScript parses shell.py, whose compile-time errors belong to their
// statements (syntax.ParseScript).
func parseScript(name, src string) (*syntax.File, error) {
	f, err := syntax.ParseScript(name, src)
	return f, loadErrorOf(name, err)
}

// loadErrorOf turns a parse error of the named file into a LoadError.
func loadErrorOf(name string, err error) error {
	if err != nil {
		if se, ok := err.(syntax.Error); ok {
			return &LoadError{File: se.File, Line: int(se.Pos.Line), Col: int(se.Pos.Col), Msg: se.Msg}
		}
		return &LoadError{File: name, Line: 1, Col: 1, Msg: err.Error()}
	}
	return nil
}

// loadError turns an error from loading models.py into a LoadError at the
// most precise position known: the raising statement, or the field or
// class the error is about.
func (s *Session) loadError(file *syntax.File, err error) error {
	le := &LoadError{File: "models.py", Line: 1, Col: 1, Msg: err.Error()}
	var hint django.ErrorHint
	switch x := err.(type) {
	case *python.Exception:
		// The innermost models.py frame: an error raised in the
		// library's Python source (re, json, Django's pysrc) is at the
		// models.py line that called it.
		for _, t := range x.Traceback() {
			if t.File == "models.py" && t.Pos.IsValid() {
				le.Line, le.Col = int(t.Pos.Line), int(t.Pos.Col)
			}
		}
		hint, _ = s.env.Hint(x)
	case *django.LoadError:
		hint = x.Hint
	default:
		return err
	}
	if hint.Class != "" {
		if pos, ok := findDefinition(file, hint.Class, hint.Attr); ok {
			le.Line, le.Col = int(pos.Line), int(pos.Col)
		}
	}
	return le
}

// findDefinition finds `class Name` in the file and, when attr is given,
// the assignment to attr in its body.
func findDefinition(file *syntax.File, class, attr string) (syntax.Position, bool) {
	for _, st := range file.Stmts {
		cs, ok := st.(*syntax.ClassStmt)
		if !ok || cs.Name != class {
			continue
		}
		if attr != "" {
			for _, b := range cs.Body {
				if as, ok := b.(*syntax.AssignStmt); ok {
					for _, t := range as.Targets {
						if id, ok := t.(*syntax.Ident); ok && id.Name == attr {
							start, _ := as.Span()
							return start, true
						}
					}
				}
			}
		}
		return cs.NamePos, true
	}
	return syntax.Position{}, false
}

// DDL returns the schema statements.
func (s *Session) DDL() []string { return s.ddl }

// Tables returns the tables in creation order with their columns.
func (s *Session) Tables() []Table { return s.tables }

// Close ends the goroutines of generators left suspended and releases
// the session's database.
func (s *Session) Close() {
	s.th.Close() // generators left suspended, before the database goes
	s.env.Close()
}

// Exec runs one top-level statement, REPL-style: an expression's value is
// printed with repr() unless it is None; an exception ends the statement
// and is reported in the step.
func (s *Session) Exec(stmt syntax.Stmt, code string) (step Step) {
	return s.exec(stmt, nil, code)
}

// exec is Exec, running prog, stmt compiled, if not nil.
func (s *Session) exec(stmt syntax.Stmt, prog *python.StmtProgram, code string) (step Step) {
	s.out.Reset()
	s.outCut = false
	s.sql = nil
	start, end := stmt.Span()
	step = Step{Code: code, Line: int(start.Line), EndLine: int(end.Line)}
	defer func() {
		if r := recover(); r != nil {
			if debugPanics {
				debug.PrintStack()
			}
			msg := "InternalError: " + bugError(r).Error()
			step.Error = &msg
			s.abortTransaction()
		}
		step.SQL = append([]string{}, s.sql...)
		if step.SQL == nil {
			step.SQL = []string{}
		}
		step.Output = s.out.String()
	}()
	var v python.Value
	var err error
	if prog != nil {
		v, err = python.ExecStmtProgram(s.th, prog, s.globals)
	} else {
		v, err = python.ExecStmt(s.th, "shell.py", stmt, s.globals)
	}
	if err == nil {
		if _, isExpr := stmt.(*syntax.ExprStmt); isExpr && v != nil && v != python.None {
			r, rerr := python.Repr(s.th, v)
			if rerr != nil {
				err = rerr
			} else {
				err = s.write(r + "\n")
			}
		}
	}
	if err == nil && s.stopped != nil {
		err = s.stopped // the run's output or trace budget ran out in a hook
	}
	if err != nil {
		msg := errorText(err)
		step.Error = &msg
		if e, ok := err.(*python.Exception); ok && e.Uncatchable() {
			s.abortTransaction()
		}
		step.Traceback = traceback(err)
	}
	if s.stopped == nil {
		if e := s.th.Spent(); e != nil {
			s.stop(e)
		}
	}
	if s.stopped != nil && s.stopLine == 0 {
		s.stopLine = step.Line
	}
	return step
}

// write adds text to the statement's output within the output budgets.
// Past one it writes what fits and returns OutputLimitExceeded (the run's
// budget also ends the run), and writes nothing more in the statement.
func (s *Session) write(text string) error {
	if s.outCut {
		return nil
	}
	room, stepCut, run := len(text), false, false
	if l := s.limits.StepOutput; l > 0 && s.out.Len()+len(text) > l {
		room, stepCut = l-s.out.Len(), true
	}
	if l := s.limits.RunOutput; l > 0 && s.runOut+len(text) > l {
		if r := l - s.runOut; !stepCut || r <= room {
			room, run = r, true
		}
	}
	if room >= len(text) {
		s.out.WriteString(text)
		s.runOut += len(text)
		return nil
	}
	room = max(room, 0)
	for room > 0 && !utf8.RuneStart(text[room]) {
		room--
	}
	s.out.WriteString(text[:room])
	s.runOut += room
	s.outCut = true
	if run {
		e := python.NewError(python.OutputLimitExceeded, "the session printed more than %s in all (its output budget); the statements after this one are not run", python.ByteSize(int64(s.limits.RunOutput)))
		s.stop(e)
		return e
	}
	return python.NewError(python.OutputLimitExceeded, "the statement printed more than %s (its output budget)", python.ByteSize(int64(s.limits.StepOutput)))
}

// record is the connection's recorder: it keeps the statement's SQL within
// the trace budget.
func (s *Session) record(st sqlite.Statement) {
	if s.stopped != nil {
		return
	}
	s.sql = append(s.sql, st.Text)
	s.env.LogQuery(st.Text)
	s.grow(len(st.Text))
}

// grow counts n more bytes of trace, ending the run past the budget.
func (s *Session) grow(n int) {
	s.traceBytes += n
	if l := s.limits.Trace; l > 0 && s.traceBytes > l && s.stopped == nil {
		s.stop(python.NewError(python.TraceLimitExceeded, "the session's trace (its statements' SQL and output, and the tables after each) grew past %s (its trace budget); the statements after this one are not run", python.ByteSize(int64(l))))
	}
}

// stop ends the run with e: the current statement raises it at its next
// step, and the later statements are not run.
func (s *Session) stop(e *python.Exception) {
	s.stopped = e
	s.th.Interrupt(e)
}

// notRun is the step of a statement after the run ended.
func (s *Session) notRun(step Step) Step {
	why := "the session's work budget was used up"
	switch s.stopped.Class() {
	case python.TimeLimitExceeded:
		why = "the session's time budget was used up"
	case python.OutputLimitExceeded:
		why = "the session's output budget was used up"
	case python.TraceLimitExceeded:
		why = "the session's trace budget was used up"
	}
	msg := fmt.Sprintf("%s: not run: %s at line %d", s.stopped.Class().Name, why, s.stopLine)
	step.Error = &msg
	step.SQL = []string{}
	return step
}

// abortTransaction rolls back an atomic block that a statement left open
// because it was interrupted (out of its step budget, or an internal
// error), since no __exit__ ran for it.
func (s *Session) abortTransaction() {
	if s.env.DB != nil && s.env.DB.InAtomicBlock() {
		s.env.DB.Abort()
	}
}

// errorText is "ClassName: message" for a Python exception, as the
// reference tracer writes it ("%s: %s", so "EmptyResultSet: " when the
// message is empty).
func errorText(err error) string {
	if e, ok := err.(*python.Exception); ok {
		return e.Class().Name + ": " + e.Message()
	}
	return "InternalError: " + err.Error()
}

// Run loads src.Models, creates the tables, and runs src.Shell one top-level
// statement at a time, as Django's shell would. It returns a *LoadError when
// either file cannot be loaded; an exception raised by a statement is
// recorded in that Step and the script goes on. Run never panics: an
// internal failure becomes an error that says it is a bug.
func Run(src Source, opt Options) (tr *Trace, err error) {
	defer func() {
		if r := recover(); r != nil {
			tr, err = nil, bugError(r)
		}
	}()
	opt.phase("parse")
	src = normalizeSource(src)
	sh, err := loadShell(src.Shell)
	if err != nil {
		// Report models.py errors first, as the page reads top-down.
		if _, merr := loadModels(src.Models); merr != nil {
			return nil, merr
		}
		return nil, err
	}
	shell := sh.file
	s, err := NewSession(src, opt)
	if err != nil {
		return nil, err
	}
	defer func() {
		opt.phase("close")
		s.Close()
	}()
	tr = &Trace{
		Django:      s.Features.Version,
		Settings:    s.Settings,
		DDL:         s.DDL(),
		Steps:       []Step{},
		Tables:      s.Tables(),
		PostgresDDL: s.env.Apps.DDL(schema.PostgreSQL),
		Schema:      describeSchema(s.env.Apps),
	}
	if opt.Progress != nil {
		opt.Progress(0, len(shell.Stmts))
	}
	for i, stmt := range shell.Stmts {
		start, end := stmt.Span()
		code := sh.codes[i]
		var step Step
		if s.stopped != nil {
			tr.Steps = append(tr.Steps, s.notRun(Step{Code: code, Line: int(start.Line), EndLine: int(end.Line)}))
			continue
		}
		if ce, ok := shell.CompileErrors[stmt]; ok {
			// Django's shell compiles each statement on its own: the
			// statement fails, the script goes on.
			msg := fmt.Sprintf("SyntaxError: %s (<shell>, line %d)", ce.Msg, ce.Pos.Line)
			step = Step{Code: code, Line: int(start.Line), EndLine: int(end.Line), SQL: []string{}, Error: &msg}
		} else {
			step = s.exec(stmt, sh.progs[i], code)
		}
		s.grow(len(step.Code) + len(step.Output))
		if opt.Snapshots {
			if prev := len(tr.Steps) - 1; prev >= 0 && !writes(step.SQL) {
				// Nothing was written: the tables are as they were.
				step.Snapshot = unchanged(tr.Steps[prev].Snapshot)
			} else {
				step.Snapshot = s.Snapshot()
			}
			s.grow(snapshotSize(step.Snapshot))
		}
		if s.stopped != nil && step.Error == nil {
			msg := errorText(s.stopped)
			step.Error = &msg
			s.stopLine = step.Line
		}
		tr.Steps = append(tr.Steps, step)
		if opt.Progress != nil {
			opt.Progress(len(tr.Steps), len(shell.Stmts))
		}
	}
	if opt.Database {
		if tr.Database, err = s.env.DB.Conn.Serialize(); err != nil {
			return nil, bugError(err)
		}
	}
	return tr, nil
}

// traceback is the exception's traceback when it went through models.py
// (code the user wrote beyond the shell statement), nil otherwise.
func traceback(err error) []Frame {
	e, ok := err.(*python.Exception)
	if !ok {
		return nil
	}
	var out []Frame
	inModels := false
	for _, t := range e.Traceback() {
		if t.File == "models.py" {
			inModels = true
		}
		if t.File != "models.py" && t.File != "shell.py" {
			continue // Django's own Python source (pysrc)
		}
		out = append(out, Frame{File: t.File, Line: int(t.Pos.Line), Function: t.Func})
	}
	if !inModels {
		return nil
	}
	return out
}
