// Package orm is the object layer over engine/schema and engine/query, named
// and shaped as django/db/models: model instances with their `_state`
// (instance.go), saving as Model.save_base/_save_parents/_save_table/
// _do_update/_do_insert (save.go), QuerySet (queryset.go), related object
// access and related managers (related.go, m2m.go), and deletion with
// Django's Collector (deletion.go).
//
// A DB ties an app's models to a database connection. Everything a
// language binding may override (a model's save(), its __str__, a custom
// default manager's get_queryset()) goes through Hooks, so the engine runs
// the user's code exactly where Django would.
package orm

import (
	"strconv"
	"strings"
	"time"

	"github.com/ormfiddle/ormfiddle/engine/query"
	"github.com/ormfiddle/ormfiddle/engine/schema"
	"github.com/ormfiddle/ormfiddle/engine/sqlite"
)

// DB is one database with its models.
type DB struct {
	Apps  *schema.Apps
	Conn  *sqlite.Conn
	Hooks Hooks
	// Signals runs the receivers of Django's model signals; nil means
	// none are connected.
	Signals Signals
	// Now is the clock for auto_now fields and timezone.now(); nil means
	// the real time. The playground fixes it so traces are reproducible.
	Now func() time.Time

	tx transaction
}

// Hooks lets a language binding run the user's overrides where Django
// calls them. Any method may be left to DefaultHooks.
type Hooks interface {
	// NewInstance is `Model(**kwargs)` (Model.__init__ or an override).
	NewInstance(m *schema.Model, kwargs []KV) (*Instance, error)
	// Save is `obj.save(...)` as QuerySet.create, get_or_create,
	// update_or_create and RelatedManager.add(bulk=False) call it.
	Save(obj *Instance, opts SaveOptions) error
	// Repr is repr(obj), "<Person: Fred>", for messages.
	Repr(obj *Instance) string
	// BaseQuerySet is the related model's default manager get_queryset(),
	// which related managers filter (create_reverse_many_to_one_manager
	// subclasses the default manager's class).
	BaseQuerySet(m *schema.Model) (*QuerySet, error)
}

// ErrorClassifier may be implemented by Hooks whose methods return errors
// other than *Error (exceptions raised by user code): IsError reports
// whether err is an instance of the named Django exception class
// ("IntegrityError").
type ErrorClassifier interface {
	IsError(err error, class string) bool
}

// isError reports whether err is (a subclass of) the Django exception
// class named class.
func (db *DB) isError(err error, class string) bool {
	if e, ok := err.(*Error); ok {
		return e.Class == class
	}
	if c, ok := db.Hooks.(ErrorClassifier); ok {
		return c.IsError(err, class)
	}
	return false
}

// DefaultHooks implements Hooks with Django's own behaviour.
type DefaultHooks struct{ DB *DB }

// NewInstance is Model.__init__.
func (h DefaultHooks) NewInstance(m *schema.Model, kwargs []KV) (*Instance, error) {
	return h.DB.NewInstance(m, nil, kwargs)
}

// Save is Model.save.
func (h DefaultHooks) Save(obj *Instance, opts SaveOptions) error { return obj.Save(opts) }

// Repr is Model.__repr__ with the default __str__: "<Person: Person object (1)>".
func (h DefaultHooks) Repr(obj *Instance) string {
	return "<" + obj.Model.Name + ": " + obj.DefaultStr() + ">"
}

// BaseQuerySet is Manager.get_queryset(): all rows.
func (h DefaultHooks) BaseQuerySet(m *schema.Model) (*QuerySet, error) {
	return h.DB.All(m), nil
}

// KV is a keyword argument: a name and a value.
type KV struct {
	Name  string
	Value any
}

// Open returns a DB over a new in-memory SQLite database, with the app's
// tables created (schema.Apps.MigrateDDL, run without being recorded).
func Open(apps *schema.Apps) (*DB, error) {
	ddl := apps.MigrateDDL(schema.SQLite)
	// A connection closed with the tables of the same statements
	// (the page running a snippet again) has them already, emptied.
	key := schemaKey(ddl)
	conn, ready, err := sqlite.OpenSchema(key)
	if err != nil {
		return nil, err
	}
	db := &DB{Apps: apps, Conn: conn}
	db.Hooks = DefaultHooks{DB: db}
	conn.SetClock(db.now)
	if !ready {
		for _, stmt := range ddl {
			if err := conn.ExecScript(stmt); err != nil {
				conn.Close()
				return nil, &MigrateError{SQL: stmt, Err: err}
			}
		}
		if err := conn.SetSchema(key); err != nil {
			conn.Close()
			return nil, err
		}
	}
	return db, nil
}

// schemaKey is the schema statements as one string, for
// sqlite.OpenSchema: each with its length, so that no two lists give the
// same key.
func schemaKey(ddl []string) string {
	var b strings.Builder
	for _, stmt := range ddl {
		b.WriteString(strconv.Itoa(len(stmt)))
		b.WriteByte(':')
		b.WriteString(stmt)
	}
	return b.String()
}

// MigrateError is a schema statement SQLite refused while Open created the
// tables, as `migrate` would fail on it ("OperationalError: too many
// columns on myapp_wide").
type MigrateError struct {
	SQL string
	Err error
}

func (e *MigrateError) Error() string { return e.Err.Error() }

// Close releases the database.
func (db *DB) Close() error { return db.Conn.Close() }

// All is Model._base_manager.all(): a QuerySet over every row of m.
func (db *DB) All(m *schema.Model) *QuerySet {
	return &QuerySet{db: db, Model: m, Query: query.New(m)}
}

// exec runs a statement, converting SQLite errors to Django's classes.
func (db *DB) exec(sql string, params []any) (sqlite.Result, error) {
	if err := db.validateNoBrokenTransaction(sql, params); err != nil {
		return sqlite.Result{}, err
	}
	r, err := db.Conn.Exec(sql, params...)
	if err != nil {
		return r, dbError(err)
	}
	return r, nil
}

func (db *DB) queryRows(sql string, params []any) ([][]any, error) {
	if err := db.validateNoBrokenTransaction(sql, params); err != nil {
		return nil, err
	}
	rows, err := db.Conn.Query(sql, params...)
	if err != nil {
		return nil, dbError(err)
	}
	return rows, nil
}

func dbError(err error) error {
	if e, ok := err.(*sqlite.Error); ok {
		return &Error{Class: e.Kind, Msg: e.Msg}
	}
	return err
}
