package django

import (
	"github.com/ormfiddle/ormfiddle/engine/python"
)

// The async variants of the QuerySet, Model and related-manager methods
// (Django 4.1 and 4.2, features.AsyncMethods): each returns a coroutine
// that, driven by asyncio.run, calls the sync method through
// sync_to_async, on another thread with its own database connection, so
// the shell's connection (and the trace) sees none of its queries.
var (
	asyncQuerySetMethods = []string{"aggregate", "count", "get", "create", "bulk_create", "bulk_update", "get_or_create",
		"update_or_create", "earliest", "latest", "first", "last", "in_bulk", "delete", "update", "exists", "contains", "explain"}
	asyncModelMethods          = []string{"refresh_from_db", "save", "delete"}
	asyncRelatedManagerMethods = []string{"add", "create", "get_or_create", "update_or_create", "remove", "clear", "set"}
)

// addAsyncMethods puts into d, for each sync method name, "a"+name
// returning a coroutine named owner.aname.
func (e *Env) addAsyncMethods(d *python.Dict, owner string, names []string) {
	if !e.Features.AsyncMethods {
		return
	}
	for _, name := range names {
		name := name
		aname := "a" + name
		b := builtin(aname, func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
			if owner == "Model" && name == "save" && e.Features.SaveKeywordOnly && len(args) > 1 {
				// async def asave(self, *, ...): the call itself fails.
				return nil, python.NewError(python.TypeError, "Model.asave() takes 1 positional argument but %d were given", len(args))
			}
			self, rest := args[0], append(python.Tuple(nil), args[1:]...)
			return python.NewCoroutine(th, owner+"."+aname, func(th *python.Thread) (python.Value, error) {
				return e.offThread(func() (python.Value, error) {
					return python.CallMethod(th, self, name, rest, kw)
				})
			}), nil
		})
		b.AsPyMethod(owner + "." + aname)
		d.SetStr(aname, b)
	}
}

// offThread runs fn as sync_to_async does under the reference tracer: on
// a connection whose queries the shell's execute_wrapper does not see.
func (e *Env) offThread(fn func() (python.Value, error)) (python.Value, error) {
	if e.DB == nil {
		return fn()
	}
	conn := e.DB.Conn
	rec := conn.Recorder()
	conn.SetRecorder(nil)
	defer conn.SetRecorder(rec)
	return fn()
}
