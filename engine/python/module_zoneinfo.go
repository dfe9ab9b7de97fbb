package python

// The zoneinfo module, for the zones whose offset never changes (UTC,
// GMT): ZoneInfo("UTC") is a TimeZone of kind ZoneInfoTZ. The playground
// carries no time zone database, so other keys raise
// ZoneInfoNotFoundError as Python does on a system without one. pytz's
// UTC (Django 3.2's tzinfo of aware datetimes) is the TimeZone of kind
// PytzTZ.

// ZoneInfo's classes, and pytz.UTC.
var (
	ZoneInfoClass         = newLibClass("ZoneInfo", "zoneinfo")
	ZoneInfoNotFoundError = newLibExcClass("ZoneInfoNotFoundError", "zoneinfo", KeyError)
	PytzUTCClass          = newLibClass("UTC", "pytz")
)

// zoneInfoNames are the keys ZoneInfo knows, with their tzname().
var zoneInfoNames = map[string]string{
	"UTC": "UTC", "Etc/UTC": "UTC", "Etc/Universal": "UTC", "Universal": "UTC",
	"Etc/Zulu": "UTC", "Zulu": "UTC", "Etc/UCT": "UTC", "UCT": "UTC",
	"GMT": "GMT", "Etc/GMT": "GMT", "Etc/Greenwich": "GMT", "Greenwich": "GMT",
	"GMT0": "GMT", "Etc/GMT0": "GMT", "GMT+0": "GMT", "GMT-0": "GMT", "Etc/GMT+0": "GMT", "Etc/GMT-0": "GMT",
}

var zoneInfoCache = map[string]*TimeZone{}

// ZoneInfoUTC is zoneinfo.ZoneInfo("UTC"), Django's default time zone
// since 4.0.
var ZoneInfoUTC = NewZoneInfo("UTC")

// PytzUTC is pytz.utc, Django 3.2's timezone.utc.
var PytzUTC = &TimeZone{Kind: PytzTZ, Key: "UTC"}

// NewZoneInfo returns ZoneInfo(key), the same value for the same key (as
// ZoneInfo's cache), or nil when the key is not one ZoneInfo knows.
func NewZoneInfo(key string) *TimeZone {
	if _, ok := zoneInfoNames[key]; !ok {
		return nil
	}
	if tz := zoneInfoCache[key]; tz != nil {
		return tz
	}
	tz := &TimeZone{Kind: ZoneInfoTZ, Key: key}
	zoneInfoCache[key] = tz
	return tz
}

func init() {
	for _, c := range []*Class{ZoneInfoClass, PytzUTCClass} {
		c.Bases = []*Class{TzInfoClass}
		c.MRO = []*Class{c, TzInfoClass, ObjectClass}
	}
	for _, name := range []string{"UTC", "Etc/UTC", "GMT"} {
		NewZoneInfo(name)
	}
	ZoneInfoClass.New = func(th *Thread, cls *Class, args Tuple, kwargs []Kwarg) (Value, error) {
		var key string
		if err := UnpackArgs("ZoneInfo", args, kwargs, "key", &key); err != nil {
			return nil, err
		}
		if key == "" || key[0] == '/' {
			return nil, NewError(ValueError, "ZoneInfo keys must be normalized relative paths, got: %s", key)
		}
		if tz := NewZoneInfo(key); tz != nil {
			return tz, nil
		}
		return nil, NewException(ZoneInfoNotFoundError, String("No time zone found with key "+key))
	}
	tzMethods := map[string]methodFunc{
		"utcoffset": func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
			return args[0].(*TimeZone).Offset, nil
		},
		"tzname": func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
			return String(args[0].(*TimeZone).name()), nil
		},
		"dst": func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
			return TimeDelta{}, nil
		},
	}
	defMethods(ZoneInfoClass, tzMethods)
	defMethods(PytzUTCClass, tzMethods)
	builtinModules["zoneinfo"] = func(th *Thread) *Module {
		return NewModule("zoneinfo", map[string]Value{
			"ZoneInfo":              ZoneInfoClass,
			"ZoneInfoNotFoundError": ZoneInfoNotFoundError,
		})
	}
}

// Attr exposes a ZoneInfo's key and pytz's zone; other attributes are the
// class's.
func (tz *TimeZone) Attr(th *Thread, name string) (Value, error) {
	switch {
	case tz.Kind == ZoneInfoTZ && name == "key", tz.Kind == PytzTZ && name == "zone":
		return String(tz.Key), nil
	}
	return nil, nil
}

// AttrNames lists key (ZoneInfo) or zone (pytz).
func (tz *TimeZone) AttrNames() []string {
	switch tz.Kind {
	case ZoneInfoTZ:
		return []string{"key"}
	case PytzTZ:
		return []string{"zone"}
	}
	return nil
}

// TZName is tzinfo.tzname(None): "UTC", "UTC+02:00", the name given to a
// datetime.timezone, or a ZoneInfo's abbreviation.
func (tz *TimeZone) TZName() string { return tz.name() }

// OffsetSeconds is the UTC offset in whole seconds.
func (tz *TimeZone) OffsetSeconds() int { return int(tz.Offset.totalMicro() / 1e6) }

// FixedTimeZone returns the datetime.timezone of the offset whose
// tzname() is name: unnamed when name is the one Python makes up for the
// offset ("UTC+02:00"), datetime.timezone.utc for "UTC" at offset 0.
func FixedTimeZone(offsetSeconds int, name string) *TimeZone {
	tz := &TimeZone{Offset: makeTimeDelta(0, int64(offsetSeconds), 0)}
	if tz.name() == name {
		if offsetSeconds == 0 {
			return UTC
		}
		return tz
	}
	tz.Name = name
	return tz
}

// UnknownTimeZoneError is pytz.exceptions.UnknownTimeZoneError.
var UnknownTimeZoneError = newLibExcClass("UnknownTimeZoneError", "pytz.exceptions", KeyError)

func init() {
	defMethods(PytzUTCClass, map[string]methodFunc{
		// localize(dt, is_dst=False): the naive dt made aware.
		"localize": func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
			var dtv, isDST Value
			if err := UnpackArgs("localize", args[1:], kwargs, "dt", &dtv, "is_dst?", &isDST); err != nil {
				return nil, err
			}
			dt, ok := dtv.(DateTime)
			if !ok {
				return nil, NewError(AttributeError, "'%s' object has no attribute 'tzinfo'", dtv.Type())
			}
			if dt.TZ != nil {
				return nil, NewError(ValueError, "Not naive datetime (tzinfo is already set)")
			}
			dt.TZ = args[0].(*TimeZone)
			return dt, nil
		},
		// normalize(dt): the aware dt in UTC.
		"normalize": func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
			var dtv Value
			if err := UnpackArgs("normalize", args[1:], kwargs, "dt", &dtv); err != nil {
				return nil, err
			}
			dt, ok := dtv.(DateTime)
			if !ok {
				return nil, NewError(AttributeError, "'%s' object has no attribute 'tzinfo'", dtv.Type())
			}
			if dt.TZ == nil {
				return nil, NewError(ValueError, "Naive time - no tzinfo set")
			}
			return dateTimeFromMicro(dt.utcMicro(), args[0].(*TimeZone))
		},
	})
}

// PytzModule is the pytz module as far as the playground has it: its UTC
// (pytz.utc, pytz.UTC, pytz.timezone("UTC")); other zones need a time zone
// database it does not carry.
func PytzModule() *Module {
	exceptions := NewModule("pytz.exceptions", map[string]Value{"UnknownTimeZoneError": UnknownTimeZoneError})
	return NewModule("pytz", map[string]Value{
		"utc": PytzUTC,
		"UTC": PytzUTC,
		"timezone": NewBuiltin("timezone", func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
			var zone string
			if err := UnpackArgs("timezone", args, kwargs, "zone", &zone); err != nil {
				return nil, err
			}
			if zone == "UTC" || zone == "utc" {
				return PytzUTC, nil
			}
			return nil, NewException(UnknownTimeZoneError, String(zone))
		}),
		"exceptions":           exceptions,
		"UnknownTimeZoneError": UnknownTimeZoneError,
	})
}
