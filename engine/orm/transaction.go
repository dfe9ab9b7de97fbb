package orm

import (
	"fmt"
	"slices"
)

// transaction is the transaction state of a DB, the attributes Django's
// BaseDatabaseWrapper keeps for it (django/db/backends/base/base.py).
type transaction struct {
	inAtomicBlock bool
	// savepointIDs has one entry per nested atomic block, "" where none
	// was made (savepoint=False, or the transaction needed a rollback).
	savepointIDs   []string
	savepointState int
	needsRollback  bool
	commitOnExit   bool
	runOnCommit    []commitHook
	// runHooks is run_commit_hooks_on_set_autocommit_on: the outermost
	// block committed, its hooks run once autocommit is back.
	runHooks bool
}

type commitHook struct {
	sids []string // the savepoints active when it was registered
	fn   func() error
}

// brokenTransaction is the message of validate_no_broken_transaction.
const brokenTransaction = "An error occurred in the current transaction. You can't execute queries until the end of the 'atomic' block."

// Atomic is one transaction.atomic(savepoint=..., durable=...) block, a
// port of django.db.transaction.Atomic: Enter opens a transaction (BEGIN)
// when no block is active, else a savepoint (unless Savepoint is false or
// the transaction already needs a rollback); Exit commits or releases it,
// or rolls it back when the block failed or set_rollback(True) was
// called. An Atomic holds no state of its own, so it may be entered again.
// Transaction control is not recorded in the trace (score.py ignores it).
type Atomic struct {
	db        *DB
	Savepoint bool
	Durable   bool
}

// Atomic returns transaction.atomic(savepoint=savepoint, durable=durable).
func (db *DB) Atomic(savepoint, durable bool) *Atomic {
	return &Atomic{db: db, Savepoint: savepoint, Durable: durable}
}

// Enter is Atomic.__enter__. A durable block inside another is a
// RuntimeError.
func (a *Atomic) Enter() error {
	db, t := a.db, &a.db.tx
	if a.Durable && t.inAtomicBlock {
		return errorf("RuntimeError", "A durable atomic block cannot be nested within another atomic block.")
	}
	if !t.inAtomicBlock {
		t.commitOnExit = true
		t.needsRollback = false
		if err := db.Conn.ExecScript("BEGIN"); err != nil {
			return dbError(err)
		}
		t.inAtomicBlock = true
		return nil
	}
	sid := ""
	if a.Savepoint && !t.needsRollback {
		t.savepointState++
		sid = fmt.Sprintf(`"s_x%d"`, t.savepointState)
		if err := db.Conn.ExecScript("SAVEPOINT " + sid); err != nil {
			return dbError(err)
		}
	}
	t.savepointIDs = append(t.savepointIDs, sid)
	return nil
}

// Exit is Atomic.__exit__; failed tells whether the block raised. The
// returned error is the one Django raises from __exit__: a failed COMMIT
// (deferred foreign key checks: IntegrityError "FOREIGN KEY constraint
// failed", after rolling back) or an error of an on_commit callback.
func (a *Atomic) Exit(failed bool) error {
	db, t := a.db, &a.db.tx
	sid := ""
	if n := len(t.savepointIDs); n > 0 {
		sid = t.savepointIDs[n-1]
		t.savepointIDs = t.savepointIDs[:n-1]
	} else {
		t.inAtomicBlock = false
	}
	var err error
	switch {
	case !failed && !t.needsRollback:
		if t.inAtomicBlock {
			if sid != "" {
				if e := db.Conn.ExecScript("RELEASE " + sid); e != nil {
					db.savepointRollback(sid)
					err = dbError(e)
				}
			}
		} else if e := db.Conn.ExecScript("COMMIT"); e != nil {
			db.rollback()
			err = dbError(e)
		} else {
			t.runHooks = true
		}
	default:
		t.needsRollback = false
		if !t.inAtomicBlock {
			db.rollback()
		} else if sid == "" {
			t.needsRollback = true
		} else {
			db.savepointRollback(sid)
		}
	}
	if !t.inAtomicBlock && t.runHooks {
		// set_autocommit(True) runs the commit hooks.
		t.runHooks = false
		hooks := t.runOnCommit
		t.runOnCommit = nil
		for _, h := range hooks {
			if e := h.fn(); e != nil {
				return e
			}
		}
	}
	return err
}

// savepointRollback rolls back to the savepoint sid and releases it,
// dropping the on_commit callbacks registered since (savepoint_rollback);
// a failure marks the transaction for rollback.
func (db *DB) savepointRollback(sid string) {
	t := &db.tx
	if db.Conn.ExecScript("ROLLBACK TO SAVEPOINT "+sid) != nil || db.Conn.ExecScript("RELEASE "+sid) != nil {
		t.needsRollback = true
		return
	}
	kept := t.runOnCommit[:0]
	for _, h := range t.runOnCommit {
		if !slices.Contains(h.sids, sid) {
			kept = append(kept, h)
		}
	}
	t.runOnCommit = kept
}

// rollback rolls the transaction back (BaseDatabaseWrapper.rollback
// without its checks).
func (db *DB) rollback() {
	db.Conn.ExecScript("ROLLBACK")
	db.tx.needsRollback = false
	db.tx.runOnCommit = nil
}

// runAtomic runs fn in Atomic(savepoint): Django's internal atomic blocks
// (save of a multi-table model, delete, bulk_create, related managers use
// savepoint=False, as mark_for_rollback_on_error behaves inside a block;
// get_or_create and update_or_create a savepoint). A failure of fn inside
// an enclosing block without a savepoint marks the transaction for
// rollback, so that later queries raise TransactionManagementError.
func (db *DB) runAtomic(savepoint bool, fn func() error) error {
	a := db.Atomic(savepoint, false)
	if err := a.Enter(); err != nil {
		return err
	}
	err := fn()
	if xerr := a.Exit(err != nil); err == nil {
		err = xerr
	}
	return err
}

// atomic is runAtomic(false, fn).
func (db *DB) atomic(fn func() error) error { return db.runAtomic(false, fn) }

// InAtomicBlock reports whether an atomic block is active.
func (db *DB) InAtomicBlock() bool { return db.tx.inAtomicBlock }

// GetAutocommit is transaction.get_autocommit(): false inside an atomic
// block.
func (db *DB) GetAutocommit() bool { return !db.tx.inAtomicBlock }

// GetRollback and SetRollback are transaction.get_rollback() and
// set_rollback(): the needs-rollback flag, a TransactionManagementError
// outside an atomic block.
func (db *DB) GetRollback() (bool, error) {
	if !db.tx.inAtomicBlock {
		return false, errorf("TransactionManagementError", "The rollback flag doesn't work outside of an 'atomic' block.")
	}
	return db.tx.needsRollback, nil
}

// SetRollback sets the needs-rollback flag (see GetRollback).
func (db *DB) SetRollback(rollback bool) error {
	if !db.tx.inAtomicBlock {
		return errorf("TransactionManagementError", "The rollback flag doesn't work outside of an 'atomic' block.")
	}
	db.tx.needsRollback = rollback
	return nil
}

// OnCommit is transaction.on_commit(fn): fn runs after the outermost
// atomic block commits (not at all if it, or the savepoint active when fn
// was registered, rolls back), or at once when no block is active.
func (db *DB) OnCommit(fn func() error) error {
	t := &db.tx
	if !t.inAtomicBlock {
		return fn()
	}
	t.runOnCommit = append(t.runOnCommit, commitHook{append([]string(nil), t.savepointIDs...), fn})
	return nil
}

// ValidateNoAtomicBlock is validate_no_atomic_block: transaction.commit()
// and rollback() are a TransactionManagementError inside a block (and do
// nothing outside one, in autocommit mode).
func (db *DB) ValidateNoAtomicBlock() error {
	if db.tx.inAtomicBlock {
		return errorf("TransactionManagementError", "This is forbidden when an 'atomic' block is active.")
	}
	return nil
}

// Abort rolls back whatever an interrupted statement left open (a step
// that ran out of its budget inside an atomic block), returning the DB to
// autocommit.
func (db *DB) Abort() {
	if db.tx.inAtomicBlock {
		db.rollback()
	}
	db.tx = transaction{}
}

// validateNoBrokenTransaction is run before every query, as Django's
// CursorWrapper does: the query is recorded, not run.
func (db *DB) validateNoBrokenTransaction(sql string, params []any) error {
	if db.tx.needsRollback {
		db.Conn.Record(sql, params)
		return errorf("TransactionManagementError", "%s", brokenTransaction)
	}
	return nil
}
