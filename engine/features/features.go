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
	// last_insert_rowid(): can_return_columns_from_insert and
	// can_return_rows_from_bulk_insert on SQLite 3.35+ (Django 4.0).
	InsertReturning bool

	// --- Query compilation (engine/query) ---

	// --- Models, fields and the schema (engine/schema) ---

	// DecimalSaveUnquantized: DecimalField.get_db_prep_save passes the
	// Decimal as to_python gives it ('1', '11.5') instead of
	// format_number's quantized text ('1.00', '11.50'): the backends'
	// adapt_decimalfield_value returns the value as is (Django 4.2).
	DecimalSaveUnquantized bool
	// DBDefault: Field(db_default=...) is accepted and writes the column's
	// DEFAULT (a literal, or an expression in parentheses); an instance
	// that leaves the field unset holds a DatabaseDefault, which an
	// INSERT compiles to the expression on SQLite (no DEFAULT keyword),
	// and the field is a db_returning field (Django 5.0, ticket #470).
	DBDefault bool
	// InsertOmitsDBDefault: an INSERT leaves out a db_default column whose
	// value is DatabaseDefault in every row (RETURNING reads it back);
	// Django 5.x compiles it to its expression (Django 6.0).
	InsertOmitsDBDefault bool
	// GeneratedField: models.GeneratedField(expression, output_field,
	// db_persist), the column `GENERATED ALWAYS AS (...) STORED|VIRTUAL`,
	// left out of INSERT and UPDATE and read back by RETURNING (Django
	// 5.0, ticket #31300).
	GeneratedField bool
	// UpdateReturnsGenerated: save()'s UPDATE ends with RETURNING the
	// generated fields that depend on the updated ones, so the instance
	// holds their new values; in 5.x they keep what the INSERT returned.
	// GeneratedField's db_persist is required (Django 6.0).
	UpdateReturnsGenerated bool
	// UnsavedDeferredError: reading a deferred field (a generated one
	// before the first save) of an unsaved instance raises
	// "Cannot retrieve deferred field 'x' from an unsaved model."; 5.x
	// says "Cannot read a generated field from an unsaved model." for a
	// generated field and queries the database for others (Django 6.0).
	UnsavedDeferredError bool
	// CompositePrimaryKey: models.CompositePrimaryKey("a", "b"), whose pk
	// is a tuple, a table PRIMARY KEY ("a", "b") constraint, and lookups
	// on pk over every column (Django 5.2, ticket #373).
	CompositePrimaryKey bool
	// TupleLookupRowValues: lookups on a composite pk compile to SQL row
	// values, ("a", "b") = (1, 'x') and ("a", "b") IN ((1, 'x')), where
	// Django 5.2 writes (a = 1 AND b = 'x') (Django 6.0:
	// supports_tuple_lookups on SQLite).
	TupleLookupRowValues bool
	// ChoicesAnyForm: choices= takes a Choices class (choices=Status), a
	// mapping ({"a": "A"} and groups as nested mappings) and a callable
	// (normalize_choices), besides a sequence of pairs (Django 5.0).
	ChoicesAnyForm bool
	// ConstraintsViolationError: BaseConstraint's violation_error_message
	// (Django 4.1) and violation_error_code (5.0), shown in reprs.
	ConstraintsViolationError bool
	// UniqueConstraintExpressions: UniqueConstraint(*expressions, ...)
	// (functional unique constraints, a unique index over expressions;
	// Django 4.0, ticket #30916) and nulls_distinct (Django 5.0; SQLite supports neither value, so the constraint is left
	// out of the DDL).
	UniqueConstraintExpressions bool
	// CheckConstraintCondition: CheckConstraint(condition=...) and the
	// constraint's repr shows condition= (Django 5.1;
	// check= is deprecated).
	CheckConstraintCondition bool
	// CheckConstraintCheckRemoved: CheckConstraint(check=...) is a
	// TypeError, the deprecation ended (Django 6.0).
	CheckConstraintCheckRemoved bool
	// IndexTogetherRemoved: Meta.index_together is no Meta option any
	// more ("'class Meta' got invalid attribute(s): index_together";
	// Django 5.1, deprecated since 4.2, ticket #27236).
	IndexTogetherRemoved bool
	// DBComments: Field(db_comment=...) and Meta.db_table_comment are
	// accepted; SQLite has no comments, so the DDL does not change there
	// (Django 4.2, ticket #18468).
	DBComments bool
	// NullBooleanFieldRemoved: NullBooleanField is a system check error
	// (fields.E903) instead of the warning W903 (Django 4.0).
	NullBooleanFieldRemoved bool
	// CharFieldUnlimited: CharField may omit max_length on a database
	// with unlimited varchar (SQLite): no fields.E120 (Django 4.2).
	CharFieldUnlimited bool
	// DecimalFieldNoPrecision: DecimalField may omit both max_digits and
	// decimal_places on SQLite (supports_no_precision_decimalfield); one
	// without the other is fields.E135 (Django 6.0).
	DecimalFieldNoPrecision bool
	// ChoicesNotSet: a set is no valid choices (fields.E004 asks for an
	// ordered iterable; Django 6.0).
	ChoicesNotSet bool
	// ClashNamesAccessor: the reverse accessor clash checks (fields.E302,
	// E304) name the accessor, "Reverse accessor 'Target.thing_set' for
	// ..." (changed between 3.2 and 5.2).
	ClashNamesAccessor bool
	// AutoFieldTwiceValueError: a second auto field on a model raises
	// ValueError instead of AssertionError (changed between 3.2 and 5.2:
	// asserts were removed from Django's code).
	AutoFieldTwiceValueError bool
	// PostgresIdentityColumns: on PostgreSQL an AutoField is `integer NOT
	// NULL PRIMARY KEY GENERATED BY DEFAULT AS IDENTITY` instead of
	// serial (Django 4.1, ticket #30511).
	PostgresIdentityColumns bool

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

	// Query compilation.

	// Models, fields and the schema.
	f.DecimalSaveUnquantized = true
	f.DBDefault = true
	f.GeneratedField = true
	f.CompositePrimaryKey = true
	f.ChoicesAnyForm = true
	f.ConstraintsViolationError = true
	f.UniqueConstraintExpressions = true
	f.CheckConstraintCondition = true
	f.IndexTogetherRemoved = true
	f.DBComments = true
	f.NullBooleanFieldRemoved = true
	f.CharFieldUnlimited = true
	f.ClashNamesAccessor = true
	f.AutoFieldTwiceValueError = true
	f.PostgresIdentityColumns = true

	// Errors and reprs of the Django API.

	// Time zones and dates.

	return &f
}

func django61() *Features {
	f := *django52()
	f.Version, f.Release, f.Label = "6.1", "6.1.1", "Django 6.1"

	// Saving, bulk operations and deletion.

	// Query compilation.

	// Models, fields and the schema.
	f.InsertOmitsDBDefault = true
	f.UpdateReturnsGenerated = true
	f.UnsavedDeferredError = true
	f.TupleLookupRowValues = true
	f.CheckConstraintCheckRemoved = true
	f.DecimalFieldNoPrecision = true
	f.ChoicesNotSet = true

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
