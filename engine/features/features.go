// Package features holds every behaviour that differs between the Django
// versions the engine runs, as Django's DatabaseFeatures holds a
// backend's differences (django/db/backends/sqlite3/features.py): one
// flat struct of plainly named facts, one value per version, built in
// this file. The engine reads a switch (features.InsertReturning) at the
// one place the behaviour forks and never compares version numbers.
//
// Adding a Django version means adding one value here (Django62 copying
// Django61 and flipping what changed), listing it in Versions, and
// recording goldens for it.
package features

import (
	"fmt"
	"strings"
)

// Features is one Django version's behaviour on SQLite, and the Python
// version its reference runs on. Each field names a behaviour and cites
// the release (and ticket) that introduced it; the zero value of every
// field is Django 3.2's behaviour. Fields are grouped by the part of the
// engine that reads them.
type Features struct {
	// Version is the release series: "3.2", "5.2", "6.1".
	Version string
	// Release is the exact release the goldens were recorded with.
	Release string
	// Label is how the page names it: "Django 5.2 LTS".
	Label string

	// Python is the behaviour of the Python the reference runs this
	// Django on (3.11 for 3.2, 3.13 for 5.2 and 6.1).
	Python Python

	// --- Saving, bulk operations and deletion (engine/orm) ---

	// InsertReturning: INSERT (and bulk INSERT) ends with RETURNING the
	// primary key and db_returning fields instead of reading
	// last_insert_rowid(), and bulk_create() sets the new primary keys:
	// can_return_columns_from_insert and can_return_rows_from_bulk_insert
	// on SQLite 3.35+ (Django 4.0, #32501).
	InsertReturning bool
	// BulkInsertValues: a multi-row INSERT (bulk_create, a many-to-many
	// add()) writes `VALUES (1, 1), (1, 2)`; Django 3.2's SQLite
	// bulk_insert_sql wrote `SELECT 1, 1 UNION ALL SELECT 1, 2` (Django 4.1,
	// #33460).
	BulkInsertValues bool
	// BulkCreateUpdateConflicts: bulk_create() takes update_conflicts,
	// update_fields and unique_fields (INSERT ... ON CONFLICT(...) DO
	// UPDATE SET "f" = EXCLUDED."f"), Django 4.1 (#31685).
	BulkCreateUpdateConflicts bool
	// WriteAssertsRaise: the write methods' sanity checks raise where
	// Django 3.2 asserted (Django 4.0, #32508): update() and delete() on a
	// slice raise TypeError ("Cannot use 'limit' or 'offset' with
	// delete()."), Model.delete() without a pk and bulk_create() or
	// bulk_update() with batch_size=0 ValueError.
	WriteAssertsRaise bool
	// BulkUpdateReturnsRows: bulk_update() returns the number of rows
	// matched, 0 for no objects (Django 4.0, #32381).
	BulkUpdateReturnsRows bool
	// BulkUpdateChecksRelated: bulk_update() refuses an unsaved related
	// object among the fields it updates ("bulk_update() prohibited to
	// prevent data loss due to unsaved related object 'x'.") and takes the
	// pk of one saved after the assignment (Django 4.1, #33322).
	BulkUpdateChecksRelated bool
	// UpdateOrCreateUpdateFields: update_or_create() saves the found object
	// with update_fields, the defaults and the fields whose pre_save() may
	// change them (dates, files), instead of every field (Django 4.2,
	// #32095).
	UpdateOrCreateUpdateFields bool
	// UpdateOrCreateCreateDefaults: update_or_create() takes
	// create_defaults, the values of an object it creates (Django 5.0,
	// #34280).
	UpdateOrCreateCreateDefaults bool
	// SaveParentsOnce: save() writes a common ancestor of multiple
	// inheritance once (_save_parents' updated_parents), where 3.2 saved
	// it again through each parent (Django 4.1, #33414).
	SaveParentsOnce bool
	// UpdateReturning: save() reads back the fields it writes from an
	// expression (F('n') + 1, Now()) with UPDATE ... RETURNING (and INSERT
	// ... RETURNING), so the instance holds their values instead of the
	// expression (Django 6.0, #27222).
	UpdateReturning bool
	// ModelNotUpdated: a forced update (force_update, update_fields) that
	// matches no row raises Model.NotUpdated, a subclass of
	// django.core.exceptions.ObjectNotUpdated and DatabaseError, instead of
	// DatabaseError (Django 6.0).
	ModelNotUpdated bool
	// UpdateOnlyConcreteFields: update() refuses any field without a
	// column, a reverse relation included, with "Cannot update model field
	// <ManyToOneRel: myapp.comment> (only concrete fields are permitted)."
	// where 3.2 let a reverse one-to-many fail later with an AttributeError
	// (Django 6.0).
	UpdateOnlyConcreteFields bool
	// DeferredUnsavedRaises: reading a deferred field of an instance
	// without a pk raises AttributeError ("Cannot retrieve deferred field
	// 'qty' from an unsaved model.") instead of querying for pk None (Django
	// 6.1, with the fetch modes, #28586).
	DeferredUnsavedRaises bool
	// SaveForceInsertTuple: save(force_insert=(Parent,)) also inserts into
	// the listed parents' tables; anything but a bool or a tuple of base
	// models is a TypeError (Django 5.0, #30382).
	SaveForceInsertTuple bool
	// SaveKeywordOnly: save() takes its options by keyword only ("Model.
	// save() takes 1 positional argument but 3 were given"); deprecated in
	// Django 5.1, removed in 6.0 (#35060).
	SaveKeywordOnly bool
	// UpdateFieldsNamesPrimaryKeys: save(update_fields=...) with an
	// unknown name says "are m2m fields, primary keys, or are non-concrete
	// fields" (Django 5.2, with composite primary keys, #373).
	UpdateFieldsNamesPrimaryKeys bool
	// DatabaseOnDelete: on_delete=models.DB_CASCADE, DB_SET_NULL and
	// DB_SET_DEFAULT, done by the foreign key's ON DELETE clause (in the
	// DDL) and skipped by the Collector (Django 6.1, #21961).
	DatabaseOnDelete bool
	// AsyncMethods: the async variants (acount(), aget(), acreate(),
	// asave(), adelete(), aadd(), ...) return coroutines that
	// asyncio.run() drives (QuerySet: Django 4.1, #33646; models and
	// related managers: 4.2).
	AsyncMethods bool
	// M2MCountThroughTable: a many-to-many manager's count() and exists()
	// query the through table alone, without joining the target (the
	// manager's constrained_target, Django 5.1, #29725).
	M2MCountThroughTable bool
	// FetchModes: QuerySet.fetch_mode(FETCH_ONE | FETCH_PEERS |
	// FETCH_RAISE) says how instances load a deferred field, a foreign
	// key's object or a reverse one-to-one: one query each, one query for
	// all the instances fetched together, or FieldFetchBlocked; related
	// managers and loaded objects inherit the mode (Django 6.1, #28586).
	FetchModes bool
	// PrefetchForwardTupleIn: prefetching a foreign key's objects filters
	// the target with TupleIn, `("t"."id") IN ((1), (2))`, the key values
	// in the instances' order, where earlier versions wrote `"t"."id" IN
	// (1, 2)` over a set (Django 6.1, with composite primary keys' tuple
	// lookups).
	PrefetchForwardTupleIn bool
	// DeleteAfterDistinct: QuerySet.delete() after distinct() deletes; only
	// distinct(*fields) is refused ("Cannot call delete() after
	// .distinct(*fields)."). Django 3.2 refused any distinct() (#32433).
	DeleteAfterDistinct bool
	// CollectorLazySetNull: the Collector does not fetch the objects a
	// SET_NULL or SET(value) relation updates; it runs one UPDATE ... SET
	// "fk" = NULL WHERE "fk" IN (...) on their queryset, keys its updates
	// by (field, value) alone and no longer sets the value on collected
	// instances (on_delete.lazy_sub_objs, Django 4.2, #33928).
	CollectorLazySetNull bool

	// --- Query compilation (engine/query) ---

	// --- Models, fields and the schema (engine/schema) ---

	// --- Errors and reprs of the Django API (engine/django) ---

	// --- Time zones and dates ---
}

// Python is what differs between the Python versions behind the
// reference Django versions, in the messages the shell prints.
type Python struct {
	// Version is "3.11" or "3.13".
	Version string
}

// The versions the engine runs, oldest first. Django32 is the baseline
// (every switch off); each later version starts from the one before it
// and sets what its releases changed.
var (
	// Django32 is Django 3.2 LTS (3.2.25) on Python 3.11, what ormfiddle
	// first matched. Supported until April 2024.
	Django32 = &Features{
		Version: "3.2",
		Release: "3.2.25",
		Label:   "Django 3.2",
		Python:  Python{Version: "3.11"},
	}

	// Django52 is Django 5.2 LTS (5.2.19) on Python 3.13, the default.
	// Supported until April 2028. It holds what 4.0 to 5.2 changed.
	Django52 = django52()

	// Django61 is Django 6.1 (6.1.1) on Python 3.13, the newest. It holds
	// what 6.0 and 6.1 changed.
	Django61 = django61()
)

func django52() *Features {
	f := *Django32
	f.Version, f.Release, f.Label = "5.2", "5.2.19", "Django 5.2 LTS"
	f.Python = Python{Version: "3.13"}

	// Saving, bulk operations and deletion.
	f.InsertReturning = true
	f.BulkInsertValues = true
	f.BulkCreateUpdateConflicts = true
	f.WriteAssertsRaise = true
	f.UpdateOrCreateUpdateFields = true
	f.SaveParentsOnce = true
	f.SaveForceInsertTuple = true
	f.AsyncMethods = true
	f.M2MCountThroughTable = true
	f.UpdateFieldsNamesPrimaryKeys = true
	f.UpdateOrCreateCreateDefaults = true
	f.BulkUpdateReturnsRows = true
	f.BulkUpdateChecksRelated = true
	f.DeleteAfterDistinct = true
	f.CollectorLazySetNull = true

	// Query compilation.

	// Models, fields and the schema.

	// Errors and reprs of the Django API.

	// Time zones and dates.

	return &f
}

func django61() *Features {
	f := *django52()
	f.Version, f.Release, f.Label = "6.1", "6.1.1", "Django 6.1"

	// Saving, bulk operations and deletion.
	f.UpdateReturning = true
	f.ModelNotUpdated = true
	f.UpdateOnlyConcreteFields = true
	f.DeferredUnsavedRaises = true
	f.SaveKeywordOnly = true
	f.DatabaseOnDelete = true
	f.FetchModes = true
	f.PrefetchForwardTupleIn = true

	// Query compilation.

	// Models, fields and the schema.

	// Errors and reprs of the Django API.

	// Time zones and dates.

	return &f
}

// Versions lists the versions a session can run, in the order the page
// offers them (the default first).
var Versions = []*Features{Django52, Django61, Django32}

// Default is the version a session runs when none is named.
var Default = Django52

// Lookup returns the features of a release series ("5.2"); "" is Default.
// An unknown version is an error naming the known ones.
func Lookup(version string) (*Features, error) {
	if version == "" {
		return Default, nil
	}
	var known []string
	for _, f := range Versions {
		if f.Version == version {
			return f, nil
		}
		known = append(known, f.Version)
	}
	return nil, fmt.Errorf("unknown Django version %q (ormfiddle runs %s)", version, strings.Join(known, ", "))
}
