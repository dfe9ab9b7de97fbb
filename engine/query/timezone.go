package query

import (
	"strings"
	"time"

	"github.com/ormfiddle/ormfiddle/engine/schema"
	"github.com/ormfiddle/ormfiddle/engine/sqlite"
)

// Time zones in SQL: with USE_TZ, the SQLite date functions
// (django_datetime_extract, django_datetime_trunc, django_date_trunc on a
// datetime, django_datetime_cast_date/time) take the name of the time zone
// to work in (the current one, or an Extract's or Trunc's tzinfo) and the
// connection's ("UTC"); without, NULL and NULL.

// apps is the registry of the models compiled, for the settings (nil for
// a query over no model).
func (c *Compiler) apps() *schema.Apps {
	for cc := c; cc != nil; cc = cc.parent {
		if cc.Query != nil && cc.Query.Model != nil {
			return cc.Query.Model.Apps()
		}
	}
	return nil
}

// tzNames are the arguments _convert_tznames_to_sql(get_tzname()) gives
// the date functions: the name of the zone (tz, or the current time zone
// when nil) and the connection's, or None and None without USE_TZ.
func (c *Compiler) tzNames(tz *time.Location) []any {
	apps := c.apps()
	if apps == nil || !apps.UseTZ() {
		return []any{nil, nil}
	}
	if tz == nil {
		tz = apps.CurrentTZ()
	}
	return []any{schema.TZName(tz), "UTC"}
}

// dateFunc is the SQL of one of the SQLite backend's date functions
// over the compiled source (sql, params): name(kind, sql) with the kind
// ("year") when not "", then the time zone names when withTZ (tz as for
// tzNames; noTZ passes None, None). Django 3.2 writes the kind and the
// names into the SQL as literals; since Django 4.1 they are parameters
// (features.DateFunctionParams), which str(query) shows bare.
func (c *Compiler) dateFunc(name, kind, sql string, params []any, withTZ, noTZ bool, tz *time.Location) (string, []any) {
	asParams := c.dateFunctionParams()
	var args []string
	var out []any
	if kind != "" {
		kind = strings.ToLower(kind)
		if asParams {
			args = append(args, "%s")
			out = append(out, kind)
		} else {
			args = append(args, "'"+kind+"'")
		}
	}
	args = append(args, sql)
	out = append(out, params...)
	if withTZ {
		names := []any{nil, nil}
		if !noTZ {
			names = c.tzNames(tz)
		}
		for _, n := range names {
			if asParams {
				args = append(args, "%s")
				out = append(out, n)
			} else {
				args = append(args, sqlite.Literal(n))
			}
		}
	}
	return name + "(" + strings.Join(args, ", ") + ")", out
}

// tzinfo is the zone a Trunc's result is made aware in: its tzinfo, else
// the current time zone.
func (f *Func) tzinfo(apps *schema.Apps) *time.Location {
	if f.TZInfo != nil {
		return f.TZInfo
	}
	return apps.CurrentTZ()
}

// isTruncClass reports whether fc is Trunc or one of its subclasses.
func isTruncClass(fc *FuncClass) bool { return fc.trunc }

// errTZInfo is TruncBase's and Extract's refusal of a tzinfo for a source
// that is not a DateTimeField.
var errTZInfo = &ValueError{"tzinfo can only be used with DateTimeField."}

// isIsoYear reports whether a YearLookup's lhs is ExtractIsoYear (the
// iso_year transform).
func isIsoYear(lhs Expression) bool {
	switch t := lhs.(type) {
	case *Transform:
		return t.Name == "iso_year"
	case *Func:
		return t.Class.Name == "ExtractIsoYear"
	}
	return false
}

// yearBounds is year_lookup_bounds_for_date(time)_field on SQLite: the
// first and last day (or microsecond) of the year, of the ISO year for
// iso_year since Django 4.0, a datetime's in the current time zone under
// USE_TZ, as the database stores them.
func (c *Compiler) yearBounds(f *schema.Field, year int, iso bool) []any {
	apps := c.apps()
	first := time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC)
	next := time.Date(year+1, 1, 1, 0, 0, 0, 0, time.UTC)
	if iso && apps != nil && apps.Features.IsoYearBounds {
		first, next = isoYearStart(year), isoYearStart(year+1)
	}
	if f.InternalType() != schema.DateTimeField {
		return []any{schema.DateOf(first).String(), schema.DateOf(next.AddDate(0, 0, -1)).String()}
	}
	last := next.Add(-time.Microsecond)
	if apps != nil && apps.UseTZ() {
		tz := apps.CurrentTZ()
		first, last = schema.MakeAware(first, tz).UTC(), schema.MakeAware(last, tz).UTC()
	}
	return []any{schema.DateTimeString(first), schema.DateTimeString(last)}
}

// isoYearStart is date.fromisocalendar(year, 1, 1): the Monday of the
// week holding January 4th.
func isoYearStart(year int) time.Time {
	jan4 := time.Date(year, 1, 4, 0, 0, 0, 0, time.UTC)
	return jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
}

// dateFunctionParams is features.DateFunctionParams for the query compiled.
func (c *Compiler) dateFunctionParams() bool {
	return c.Query != nil && c.Query.features().DateFunctionParams
}
