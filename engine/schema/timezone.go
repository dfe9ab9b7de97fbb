package schema

import "time"

// Time zones (USE_TZ). A naive datetime.datetime is a time.Time in
// time.UTC. An aware one is a time.Time in any other location, and the
// location also says which tzinfo object the datetime carries, which
// Python's repr shows: TimezoneUTC (datetime.timezone.utc), ZoneInfoUTC
// (zoneinfo.ZoneInfo("UTC")), PytzUTC (pytz.utc, Django 3.2's), or a
// fixed zone a language binding made for another tzinfo
// (datetime.timezone(timedelta(hours=2))), named by its tzname().
var (
	TimezoneUTC = time.FixedZone("UTC", 0)
	ZoneInfoUTC = time.FixedZone("UTC", 0)
	PytzUTC     = time.FixedZone("UTC", 0)
)

// IsAware reports whether t is an aware datetime (timezone.is_aware).
func IsAware(t time.Time) bool { return t.Location() != time.UTC }

// MakeAware is timezone.make_aware(t, loc) for a naive t: the same wall
// clock time in loc.
func MakeAware(t time.Time, loc *time.Location) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), loc)
}

// MakeNaive is timezone.make_naive(t, loc) for an aware t: its wall clock
// time in loc, naive.
func MakeNaive(t time.Time, loc *time.Location) time.Time {
	return MakeAware(t.In(loc), time.UTC)
}

// TZName is django.utils.timezone._get_timezone_name: the zone's
// tzname(None) ("UTC", "UTC+02:00", or the name given to a
// datetime.timezone), which date functions pass to SQLite.
func TZName(loc *time.Location) string { return loc.String() }

// UseTZ is settings.USE_TZ.
func (a *Apps) UseTZ() bool { return a.Settings.UseTZ }

// ConnectionTZ is connection.timezone: the tzinfo of aware datetimes read
// from the database, and of timezone.now(). It is nil without USE_TZ.
func (a *Apps) ConnectionTZ() *time.Location {
	switch {
	case !a.Settings.UseTZ:
		return nil
	case a.Features.ZoneInfo:
		return TimezoneUTC
	}
	return PytzUTC
}

// DefaultTZ is timezone.get_default_timezone(), the zone of TIME_ZONE
// (always UTC in the playground).
func (a *Apps) DefaultTZ() *time.Location {
	if a.Features.ZoneInfo {
		return ZoneInfoUTC
	}
	return PytzUTC
}

// CurrentTZ is timezone.get_current_timezone(): the zone
// timezone.activate() chose (ActiveTZ), else the default.
func (a *Apps) CurrentTZ() *time.Location {
	if a.ActiveTZ != nil {
		return a.ActiveTZ
	}
	return a.DefaultTZ()
}

// Model returns the registry the model belongs to.
func (m *Model) Apps() *Apps { return m.Meta.apps }

// In returns the field converting values as the models of apps do: f
// itself when it belongs to a model, else (an expression's output field)
// a copy that knows the settings and the Django version.
func (f *Field) In(apps *Apps) *Field {
	if f == nil || apps == nil || f.Model != nil {
		return f
	}
	g := *f
	g.apps = apps
	return &g
}

// registry is the registry whose settings and version the field's values
// follow: its model's, or the one In gave; nil when neither.
func (f *Field) registry() *Apps {
	if f.Model != nil && f.Model.Meta.apps != nil {
		return f.Model.Meta.apps
	}
	return f.apps
}

// useTZ is settings.USE_TZ for the field's values (True for a field that
// knows no registry: aware values are then converted, not refused).
func (f *Field) useTZ() bool {
	if a := f.registry(); a != nil {
		return a.Settings.UseTZ
	}
	return true
}

// AwareFromDB is the backend's datetime converter under USE_TZ: a naive
// datetime read from the database made aware in the connection's zone
// (make_aware(value, connection.timezone)). Other values are returned as
// they are.
func AwareFromDB(v any, conn *time.Location) any {
	if t, ok := v.(time.Time); ok && conn != nil && !IsAware(t) {
		return MakeAware(t, conn)
	}
	return v
}
