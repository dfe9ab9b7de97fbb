package query

import (
	"strconv"
	"strings"

	"github.com/ormfiddle/ormfiddle/engine/schema"
)

// JSONField lookups and key transforms on SQLite, as
// django/db/models/fields/json.py defines them: `data__key` is a
// KeyTransform (JSON_EXTRACT with a JSON path), `data__has_key` a
// HasKey lookup, and exact on a field or key compares JSON values.

// jsonLookups are the lookups JSONField registers beyond Field's own.
var jsonLookups = map[string]bool{"has_key": true, "has_keys": true, "has_any_keys": true, "contained_by": true}

// isJSON reports whether f is a JSONField (its values are JSON documents).
func isJSON(f *schema.Field) bool {
	return f != nil && f.InternalType() == schema.JSONField
}

// KeyTransform is `field__key`: the value under key in a JSON document
// (KeyTransform.as_sqlite: JSON_EXTRACT(column, '$."key"')); nested keys
// make one path.
type KeyTransform struct {
	Key    string
	Source Expression
	// Text makes it a KeyTextTransform (KT("data__owner__name"), Django
	// 4.2): the same SQL on SQLite, a TextField output, so that its
	// lookups take their values as text.
	Text bool
}

// preprocess is KeyTransform.preprocess_lhs: the innermost expression and
// the keys from the outermost document down.
func (t *KeyTransform) preprocess() (Expression, []string) {
	keys := []string{t.Key}
	prev := t.Source
	for {
		kt, ok := prev.(*KeyTransform)
		if !ok {
			return prev, keys
		}
		keys = append([]string{kt.Key}, keys...)
		prev = kt.Source
	}
}

// compileJSONPath is compile_json_path: "$" then [n] for integer keys and
// ."key" (JSON-quoted) for the others.
func compileJSONPath(keys []string, includeRoot bool) string {
	var b strings.Builder
	if includeRoot {
		b.WriteString("$")
	}
	for _, k := range keys {
		if n, err := strconv.Atoi(strings.TrimSpace(k)); err == nil {
			b.WriteString("[" + strconv.Itoa(n) + "]")
		} else {
			b.WriteString("." + jsonQuote(k))
		}
	}
	return b.String()
}

// jsonQuote is json.dumps of a key.
func jsonQuote(k string) string {
	s, _ := schema.JSONText(k)
	return s
}

// SQL is KeyTransform.as_sqlite.
func (t *KeyTransform) SQL(c *Compiler) (string, []any, error) {
	base, keys := t.preprocess()
	s, p, err := c.Compile(base)
	if err != nil {
		return "", nil, err
	}
	path := compileJSONPath(keys, true)
	if c.Query.features().JSONKeyTypeAware {
		var params []any
		for range 3 {
			params = append(append(params, p...), path)
		}
		return "(CASE WHEN JSON_TYPE(" + s + ", %s) IN (" + jsonDatatypeValues + ") THEN JSON_TYPE(" + s + ", %s) ELSE JSON_EXTRACT(" + s + ", %s) END)", params, nil
	}
	return "JSON_EXTRACT(" + s + ", %s)", append(p, path), nil
}

// jsonDatatypeValues is the SQLite backend's jsonfield_datatype_values,
// as KeyTransform.as_sqlite writes them: the JSON values JSON_EXTRACT
// would turn into SQL NULL and integers.
const jsonDatatypeValues = "'null','false','true'"

// isJSONDatatypeValue is `value in connection.ops.jsonfield_datatype_values`.
func isJSONDatatypeValue(v any) bool {
	s, ok := v.(string)
	return ok && (s == "null" || s == "false" || s == "true")
}

// Resolve resolves the document expression.
func (t *KeyTransform) Resolve(q *Query, allowJoins bool, reuse map[string]bool, summarize bool) (Expression, error) {
	s, err := t.Source.Resolve(q, allowJoins, reuse, summarize)
	if err != nil {
		return nil, err
	}
	return &KeyTransform{Key: t.Key, Source: s, Text: t.Text}, nil
}

// Output is the JSONField itself, as for Django's transforms, or a
// KeyTextTransform's TextField.
func (t *KeyTransform) Output() *schema.Field {
	if t.Text {
		return textField
	}
	return t.Source.Output()
}

var textField = &schema.Field{Kind: schema.TextField}

func (t *KeyTransform) relabel(m map[string]string) Expression {
	return &KeyTransform{Key: t.Key, Source: t.Source.relabel(m), Text: t.Text}
}

// jsonNull marks the right-hand side of an exact lookup against None on a
// JSONField or key (can_use_none_as_rhs): it compares with JSON null.
type jsonNull struct{}

// prepareJSONLookup prepares the right-hand side of a lookup whose
// left-hand side is a JSONField or one of its keys; handled is false for
// lookups that prepare as on other fields.
func prepareJSONLookup(l *Lookup, rhs any) (handled bool, err error) {
	_, isKey := l.LHS.(*KeyTransform)
	switch l.Name {
	case "has_key":
		l.RHS = []any{schema.Str(rhs)}
		if n, ok := rhs.(int64); ok {
			l.RHS = []any{strconv.FormatInt(n, 10)}
		}
		return true, nil
	case "has_keys", "has_any_keys":
		items, ok := rhs.([]any)
		if !ok {
			return true, &TypeError{"'" + typeName(rhs) + "' object is not iterable"}
		}
		var keys []any
		for _, it := range items {
			keys = append(keys, schema.Str(it))
		}
		l.RHS = keys
		return true, nil
	case "exact":
		if rhs == nil {
			l.RHS = jsonNull{}
			return true, nil
		}
		if kt, ok := l.LHS.(*KeyTransform); ok && kt.Text {
			// The TextField's prep value: the text itself.
			l.RHS = schema.Str(rhs)
			return true, nil
		}
		l.RHS, err = schema.JSONText(rhs)
		return true, err
	case "in":
		if !isKey && !isJSON(l.LHS.Output()) {
			return false, nil
		}
		items, ok := rhs.([]any)
		if !ok {
			return true, &TypeError{"'" + typeName(rhs) + "' object is not iterable"}
		}
		var out []any
		seen := map[string]bool{}
		for _, it := range items {
			if it == nil {
				continue
			}
			p, err := schema.JSONText(it)
			if err != nil {
				return true, err
			}
			if !seen[p] {
				seen[p] = true
				out = append(out, p)
			}
		}
		if out == nil {
			out = []any{}
		}
		l.RHS = out
		return true, nil
	case "lt", "lte", "gt", "gte":
		if !isKey {
			return false, nil
		}
		// KeyTransformNumericLookupMixin: json.loads(json.dumps(value)).
		switch rhs.(type) {
		case nil, bool, int64, float64, string:
			l.RHS = rhs
		default:
			l.RHS, err = schema.JSONText(rhs)
		}
		return true, err
	}
	return false, nil
}

// jsonSQL renders the lookups that differ on a JSONField or key; handled
// is false for the others.
func (l *Lookup) jsonSQL(c *Compiler) (sql string, params []any, handled bool, err error) {
	kt, isKey := l.LHS.(*KeyTransform)
	if !isKey && !isJSON(l.LHS.Output()) {
		return "", nil, false, nil
	}
	switch l.Name {
	case "contains", "contained_by":
		// DataContains / ContainedBy (a key's contains is the field's):
		// supports_json_field_contains is False on SQLite.
		return "", nil, true, &NotSupportedError{l.Name + " lookup is not supported on this database backend."}
	case "has_key", "has_keys", "has_any_keys":
		s, p, err := l.hasKeySQL(c, "JSON_TYPE(%s, %%s) IS NOT NULL")
		return s, p, true, err
	case "isnull":
		if !isKey {
			return "", nil, false, nil
		}
		// KeyTransformIsNull.as_sqlite: HasKey(lhs.lhs, key_name).
		tmpl := "JSON_TYPE(%s, %%s) IS NULL"
		if !l.RHS.(bool) {
			tmpl = "JSON_TYPE(%s, %%s) IS NOT NULL"
		}
		hk := &Lookup{Name: "has_key", LHS: kt.Source, RHS: []any{kt.Key}}
		s, p, err := hk.hasKeySQL(c, tmpl)
		return s, p, true, err
	case "exact":
		if _, ok := l.RHS.(Expression); ok {
			return "", nil, false, nil
		}
		if _, ok := l.RHS.(*Query); ok {
			return "", nil, false, nil
		}
		_, null := l.RHS.(jsonNull)
		typeAware := c.Query.features().JSONKeyTypeAware
		if isKey && typeAware {
			// KeyTransformExact: JSON null, true and false compare with
			// the key's JSON_TYPE, other values with JSON_EXTRACT.
			s, p, err := c.Compile(kt)
			if err != nil {
				return "", nil, true, err
			}
			rhs := l.RHS
			if null {
				rhs = "null"
			}
			if isJSONDatatypeValue(rhs) {
				return s + " = %s", append(p, rhs), true, nil
			}
			return s + " = JSON_EXTRACT(%s, '$')", append(p, rhs), true, nil
		}
		if isKey {
			// KeyTransformExact.
			if null {
				base, keys := kt.preprocess()
				s, p, err := c.Compile(base)
				if err != nil {
					return "", nil, true, err
				}
				return "JSON_TYPE(" + s + ", %s) = %s", append(p, compileJSONPath(keys, true), "null"), true, nil
			}
			s, p, err := c.Compile(kt)
			if err != nil {
				return "", nil, true, err
			}
			return s + " = JSON_EXTRACT(%s, '$')", append(p, l.RHS), true, nil
		}
		// JSONExact.
		s, p, err := c.Compile(l.LHS)
		if err != nil {
			return "", nil, true, err
		}
		if null {
			if typeAware {
				return s + " = %s", append(p, "null"), true, nil
			}
			return "JSON_TYPE(" + s + ", '$') = %s", append(p, "null"), true, nil
		}
		return s + " = %s", append(p, l.RHS), true, nil
	case "in":
		r, ok := l.RHS.([]any)
		fieldIn := !isKey && c.Query.features().JSONFieldInTypeAware
		if !(isKey || fieldIn) || !ok {
			return "", nil, false, nil
		}
		if len(r) == 0 {
			return "", nil, true, ErrEmptyResult
		}
		var s string
		var p []any
		if fieldIn {
			// JSONIn.process_lhs: the document read as a key
			// transform reads its value.
			ls, lp, err := c.Compile(l.LHS)
			if err != nil {
				return "", nil, true, err
			}
			s = "(CASE WHEN JSON_TYPE(" + ls + ", %s) IN (" + jsonDatatypeValues + ") THEN JSON_TYPE(" + ls + ", %s) ELSE JSON_EXTRACT(" + ls + ", %s) END)"
			for range 3 {
				p = append(append(p, lp...), "$")
			}
		} else {
			var err error
			if s, p, err = c.Compile(kt); err != nil {
				return "", nil, true, err
			}
		}
		ph := make([]string, len(r))
		for i := range ph {
			ph[i] = "JSON_EXTRACT(%s, '$')"
			if isJSONDatatypeValue(r[i]) && c.Query.features().JSONKeyTypeAware {
				ph[i] = "%s"
			}
		}
		return s + " IN (" + strings.Join(ph, ", ") + ")", append(p, r...), true, nil
	}
	return "", nil, false, nil
}

// hasKeySQL is HasKeyLookup.as_sql with the given template: one condition
// per key, joined by AND (has_keys) or OR (has_any_keys).
func (l *Lookup) hasKeySQL(c *Compiler, template string) (string, []any, error) {
	var lhs string
	var params []any
	path := "$"
	if kt, ok := l.LHS.(*KeyTransform); ok {
		base, keys := kt.preprocess()
		s, p, err := c.Compile(base)
		if err != nil {
			return "", nil, err
		}
		lhs, params, path = s, p, compileJSONPath(keys, true)
	} else {
		s, p, err := c.Compile(l.LHS)
		if err != nil {
			return "", nil, err
		}
		lhs, params = s, p
	}
	sql := strings.ReplaceAll(strings.Replace(template, "%s", lhs, 1), "%%s", "%s")
	keys := l.RHS.([]any)
	for _, k := range keys {
		params = append(params, path+compileJSONPath([]string{k.(string)}, false))
	}
	op := ""
	switch l.Name {
	case "has_keys":
		op = " AND "
	case "has_any_keys":
		op = " OR "
	}
	if op != "" {
		parts := make([]string, len(keys))
		for i := range parts {
			parts[i] = sql
		}
		sql = "(" + strings.Join(parts, op) + ")"
	}
	return sql, params, nil
}

// NotSupportedError is django.db.utils.NotSupportedError: a feature the
// database backend lacks.
type NotSupportedError struct{ Msg string }

func (e *NotSupportedError) Error() string { return "NotSupportedError: " + e.Msg }
