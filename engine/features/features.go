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

	// --- Errors and reprs of the Django API (engine/django) ---

	// --- Time zones and dates ---

	// ZoneInfo: time zones are zoneinfo's rather than pytz's (Django 4.0,
	// "zoneinfo default timezone implementation"). With USE_TZ, datetimes read from the database and
	// timezone.now() carry datetime.timezone.utc, and the default and
	// current time zone (what make_aware, localtime, datetimes() and Trunc
	// give) is zoneinfo.ZoneInfo(TIME_ZONE); make_aware of an aware
	// datetime says "make_aware expects a naive datetime, got ...". Django
	// 3.2 gives pytz.utc (<UTC>) everywhere, and pytz's localize() refuses
	// an aware datetime with "Not naive datetime (tzinfo is already set)".
	ZoneInfo bool
	// TimezoneUTCRemoved: django.utils.timezone.utc, the alias of
	// datetime.timezone.utc deprecated in Django 4.1, is gone (Django 5.0).
	TimezoneUTCRemoved bool
	// NowStrftime: Now() on SQLite is STRFTIME('%Y-%m-%d %H:%M:%f', 'NOW')
	// (microsecond precision, Django 4.2) rather than CURRENT_TIMESTAMP.
	NowStrftime bool
	// ParseISOFormat: django.utils.dateparse tries
	// date/time/datetime.fromisoformat() before its regexes (Django 4.0),
	// so DateField, TimeField and DateTimeField accept every ISO 8601
	// form Python reads ("20200101", "2020-W01-3", "12:30:00Z").
	ParseISOFormat bool
	// IsoYearBounds: the iso_year lookups compare with the bounds of the
	// ISO year (its first Monday to the Sunday ending its last week)
	// rather than the calendar year's (Django 4.0; YearLookup passes
	// iso_year to year_lookup_bounds_for_date(time)_field).
	IsoYearBounds bool
	// DatetimeMessagesTrimmed: Trunc's "Cannot truncate DateField 'x' to
	// DateTimeField." and Extract's "Cannot extract time component ..."
	// lost their trailing space (Django 4.0).
	DatetimeMessagesTrimmed bool
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

	// Errors and reprs of the Django API.

	// Time zones and dates.
	f.ZoneInfo = true
	f.TimezoneUTCRemoved = true
	f.NowStrftime = true
	f.ParseISOFormat = true
	f.IsoYearBounds = true
	f.DatetimeMessagesTrimmed = true

	return &f
}

func django61() *Features {
	f := *django52()
	f.Version, f.Release, f.Label = "6.1", "6.1.1", "Django 6.1"

	// Saving, bulk operations and deletion.

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
