package django

import (
	"github.com/ormfiddle/ormfiddle/engine/orm"
	"github.com/ormfiddle/ormfiddle/engine/python"
)

// buildTransaction creates django.db.transaction: Atomic and atomic() run
// as Python (pysrc/transaction.py) over the DB's transaction state
// (orm.Atomic); get_autocommit, commit, rollback, get_rollback,
// set_rollback and on_commit are Django's functions for the default
// connection. Manual transaction management (set_autocommit(False),
// savepoint()) raises NotImplementedError.
func (e *Env) buildTransaction() *python.Module {
	x := &e.excs
	using := func(name string, args python.Tuple, kw []python.Kwarg, pairs ...any) (*orm.DB, error) {
		var u python.Value
		if err := python.UnpackArgs(name, args, kw, append(pairs, "using?", &u)...); err != nil {
			return nil, err
		}
		return e.db()
	}
	members := map[string]python.Value{
		"TransactionManagementError": x.transactionManagement,
		"DatabaseError":              x.databaseError,
		"Error":                      x.dbError,
		"ProgrammingError":           x.programmingError,
		"_enter": builtin("_enter", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
			var savepoint, durable bool
			db, err := using("_enter", args, nil, "savepoint", &savepoint, "durable", &durable)
			if err != nil {
				return nil, err
			}
			return python.None, e.pyErr(db.Atomic(savepoint, durable).Enter())
		}),
		"_exit": builtin("_exit", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
			var failed bool
			db, err := using("_exit", args, nil, "failed", &failed)
			if err != nil {
				return nil, err
			}
			// Savepoint and Durable play no part in Atomic.__exit__.
			return python.None, e.pyErr(db.Atomic(false, false).Exit(failed))
		}),
		"get_autocommit": builtin("get_autocommit", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
			db, err := using("get_autocommit", args, kw)
			if err != nil {
				return nil, err
			}
			return python.Bool(db.GetAutocommit()), nil
		}),
		"get_rollback": builtin("get_rollback", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
			db, err := using("get_rollback", args, kw)
			if err != nil {
				return nil, err
			}
			r, err := db.GetRollback()
			return python.Bool(r), e.pyErr(err)
		}),
		"set_rollback": builtin("set_rollback", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
			var rollback python.Value
			db, err := using("set_rollback", args, kw, "rollback", &rollback)
			if err != nil {
				return nil, err
			}
			t, err := python.Truth(th, rollback)
			if err != nil {
				return nil, err
			}
			return python.None, e.pyErr(db.SetRollback(t))
		}),
		"on_commit": builtin("on_commit", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
			var fn python.Value
			db, err := using("on_commit", args, kw, "func", &fn)
			if err != nil {
				return nil, err
			}
			if !python.IsCallable(fn) {
				return nil, python.NewError(python.TypeError, "on_commit()'s callback must be a callable.")
			}
			return python.None, e.pyErr(db.OnCommit(func() error {
				_, err := python.Call(e.Th, fn, nil, nil)
				return err
			}))
		}),
	}
	for _, name := range []string{"commit", "rollback"} {
		name := name
		members[name] = builtin(name, func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
			db, err := using(name, args, kw)
			if err != nil {
				return nil, err
			}
			// In autocommit mode there is no transaction to end.
			return python.None, e.pyErr(db.ValidateNoAtomicBlock())
		})
	}
	for _, name := range []string{"set_autocommit", "savepoint", "savepoint_commit", "savepoint_rollback", "clean_savepoints", "mark_for_rollback_on_error", "non_atomic_requests"} {
		members[name] = notSupported("transaction." + name)
	}
	return e.execSource("transaction.py", "django.db.transaction", members)
}
