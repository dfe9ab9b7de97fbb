package django

import (
	"sync"
	"time"

	"github.com/ormfiddle/ormfiddle/engine/python"
	"github.com/ormfiddle/ormfiddle/engine/schema"
)

// An aware datetime travels through the ORM as a time.Time whose location
// names its tzinfo (schema.TimezoneUTC and friends); locationOf and
// timeZoneOf map between the two. Fixed offsets become fixed zones named
// by their tzname(), which is also what Django passes to SQLite for them.

var (
	zoneMu    sync.Mutex
	fixedLocs = map[fixedKey]*time.Location{}
	zoneLocs  = map[string]*time.Location{} // ZoneInfo key → location
	zoneKeys  = map[*time.Location]string{}
)

type fixedKey struct {
	name string
	off  int
}

// locationOf returns the location standing for tz.
func locationOf(tz *python.TimeZone) *time.Location {
	switch {
	case tz == python.UTC:
		return schema.TimezoneUTC
	case tz.Kind == python.PytzTZ:
		return schema.PytzUTC
	case tz.Kind == python.ZoneInfoTZ && tz.Key == "UTC":
		return schema.ZoneInfoUTC
	}
	zoneMu.Lock()
	defer zoneMu.Unlock()
	if tz.Kind == python.ZoneInfoTZ {
		loc := zoneLocs[tz.Key]
		if loc == nil {
			loc = time.FixedZone(tz.TZName(), tz.OffsetSeconds())
			zoneLocs[tz.Key] = loc
			zoneKeys[loc] = tz.Key
		}
		return loc
	}
	k := fixedKey{tz.TZName(), tz.OffsetSeconds()}
	loc := fixedLocs[k]
	if loc == nil {
		loc = time.FixedZone(k.name, k.off)
		fixedLocs[k] = loc
	}
	return loc
}

// timeZoneOf returns the tzinfo of an aware t.
func timeZoneOf(t time.Time) *python.TimeZone {
	loc := t.Location()
	switch loc {
	case schema.TimezoneUTC:
		return python.UTC
	case schema.PytzUTC:
		return python.PytzUTC
	case schema.ZoneInfoUTC:
		return python.ZoneInfoUTC
	}
	zoneMu.Lock()
	key, ok := zoneKeys[loc]
	zoneMu.Unlock()
	if ok {
		return python.NewZoneInfo(key)
	}
	name, off := t.Zone()
	return python.FixedTimeZone(off, name)
}

// tzinfoArg reads the tzinfo argument of Extract, Trunc and datetimes():
// nil for None.
func tzinfoArg(v python.Value) (*time.Location, error) {
	switch tz := v.(type) {
	case nil, python.NoneType:
		return nil, nil
	case *python.TimeZone:
		return locationOf(tz), nil
	}
	return nil, python.NewError(python.AttributeError, "'%s' object has no attribute 'tzname'", v.Type())
}

// buildTimezone is django.utils.timezone, pysrc/timezone.py run with the
// settings and version it depends on. Its current time zone is kept in
// Apps.ActiveTZ, where query compilation reads it.
func (e *Env) buildTimezone() *python.Module {
	var active python.Value = python.None
	pytz := !e.Features.ZoneInfo
	var def python.Value = python.ZoneInfoUTC
	if pytz {
		def = python.PytzUTC
	}
	return e.execSource("timezone.py", "django.utils.timezone", map[string]python.Value{
		"_USE_TZ":      python.Bool(e.Settings.UseTZ),
		"_PYTZ":        python.Bool(pytz),
		"_UTC_REMOVED": python.Bool(e.Features.TimezoneUTCRemoved),
		"_default":     def,
		"_pytz_utc":    python.PytzUTC,
		"_get_active": builtin("_get_active", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
			return active, nil
		}),
		"_set_active": builtin("_set_active", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
			var tz python.Value
			if err := python.UnpackArgs("_set_active", args, kw, "tz", &tz); err != nil {
				return nil, err
			}
			loc, err := tzinfoArg(tz)
			if err != nil {
				return nil, err
			}
			active, e.Apps.ActiveTZ = tz, loc
			return python.None, nil
		}),
	})
}
