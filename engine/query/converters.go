package query

import (
	"strconv"
	"strings"

	"github.com/cockroachdb/apd/v3"
	"github.com/ormfiddle/ormfiddle/engine/schema"
)

// Converter is the conversion Django applies to a value of e read from
// SQLite (SQLCompiler.get_converters): the backend's converter for the
// output field's type, the expression's convert_value, the field's
// from_db_value. A column converts as its field; a computed decimal keeps
// SQLite's 15 significant digits without quantizing; Count turns NULL into
// 0. It returns nil when the value is used as it is.
func Converter(e Expression) func(any) (any, error) {
	switch x := e.(type) {
	case *Col:
		return x.Output().FromDB
	case *Ref:
		return Converter(x.Source)
	case *rawExpr:
		return nil
	}
	f := e.Output()
	count := false
	if a, ok := e.(*Aggregate); ok && a.Function == "COUNT" {
		count = true
	}
	if f == nil {
		if count {
			return countConverter
		}
		return nil
	}
	return func(v any) (any, error) {
		if v == nil {
			if count {
				return int64(0), nil
			}
			return nil, nil
		}
		switch f.InternalType() {
		case schema.DecimalField:
			return decimalFromDB(v), nil
		case schema.FloatField:
			switch n := v.(type) {
			case int64:
				return float64(n), nil
			case float64:
				return n, nil
			case string:
				// float(value)
				f, err := strconv.ParseFloat(strings.TrimSpace(n), 64)
				if err != nil {
					return nil, &ValueError{"could not convert string to float: " + schema.Repr(n)}
				}
				return f, nil
			}
		}
		if fieldFamily(f) == schema.IntegerField {
			switch n := v.(type) {
			case float64:
				return int64(n), nil
			case int64:
				return n, nil
			case string:
				// int(value)
				i, err := strconv.ParseInt(strings.TrimSpace(n), 10, 64)
				if err != nil {
					return nil, &ValueError{"invalid literal for int() with base 10: " + schema.Repr(n)}
				}
				return i, nil
			}
		}
		return f.FromDB(v)
	}
}

func countConverter(v any) (any, error) {
	if v == nil {
		return int64(0), nil
	}
	return v, nil
}

// decimalFromDB is the SQLite backend's decimal converter for a computed
// expression: decimal.Context(prec=15).create_decimal_from_float(value).
func decimalFromDB(v any) any {
	switch x := v.(type) {
	case int64:
		return apd.New(x, 0)
	case float64:
		if d, ok := schema.DecimalFromFloat(x, 15); ok {
			return d
		}
		return v
	case string:
		d, _, err := apd.NewFromString(x)
		if err != nil {
			return v
		}
		return d
	}
	return v
}

// Converters returns the converter of each selected column, after AsSQL.
func (c *Compiler) Converters() []func(any) (any, error) {
	out := make([]func(any) (any, error), len(c.Select))
	for i, s := range c.Select {
		out[i] = ConverterTZ(s.Expr, c.apps())
	}
	return out
}

// ConverterTZ is Converter under the project's settings: with USE_TZ, a
// datetime read for a DateTimeField is made aware, in the connection's
// time zone (convert_datetimefield_value), or for a Trunc in its tzinfo
// or the current time zone (TruncBase.convert_value).
func ConverterTZ(e Expression, apps *schema.Apps) func(any) (any, error) {
	conv := Converter(e)
	if apps == nil || !apps.UseTZ() {
		return conv
	}
	f := e.Output()
	if f == nil || !f.IsInstance(schema.DateTimeField) {
		return conv
	}
	loc := apps.ConnectionTZ()
	if t, ok := truncOf(e); ok {
		loc = t.tzinfo(apps)
	}
	return func(v any) (any, error) {
		if conv != nil {
			var err error
			if v, err = conv(v); err != nil {
				return nil, err
			}
		}
		return schema.AwareFromDB(v, loc), nil
	}
}

// truncOf is the Trunc call e is, or refers to.
func truncOf(e Expression) (*Func, bool) {
	switch x := e.(type) {
	case *Ref:
		return truncOf(x.Source)
	case *Func:
		if x.Class.sqlite != nil && isTruncClass(x.Class) {
			return x, true
		}
	}
	return nil, false
}

// AnnotationSelect lists the selected annotations' names, in order
// (Query.annotation_select).
func (q *Query) AnnotationSelect() []string { return q.annotationSelect() }

// ContainsAggregate reports whether e refers to an aggregate
// (contains_aggregate).
func ContainsAggregate(e Expression) bool { return containsAggregate(e) }

// SourceExpressions is get_source_expressions (an aggregate's source
// alone).
func SourceExpressions(e Expression) []Expression { return sourceExpressions(e) }
