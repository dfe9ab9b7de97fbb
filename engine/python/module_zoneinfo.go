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
