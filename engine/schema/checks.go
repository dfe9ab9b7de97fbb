package schema

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

// The system checks Django runs before `migrate` (django.core.checks with
// the "models" tag: check_all_models and _check_lazy_references), ported
// for the fields, Meta options, inheritance and relations the engine
// models. Messages, ids and hints are Django 3.2's, word for word.

// CheckLevel is a check message's level (checks.WARNING, checks.ERROR).
type CheckLevel uint8

// The check levels.
const (
	CheckWarning CheckLevel = iota
	CheckError
)

// CheckMessage is one issue found by the system checks (Django's
// CheckMessage): Obj is what str(obj) gives ("myapp.Person.name" for a
// field, "myapp.Person" for a model, "?" for none); Model and Field locate
// it in models.py.
type CheckMessage struct {
	Level CheckLevel
	Msg   string
	Hint  string
	ID    string
	Obj   string
	Model *Model
	Field *Field
}

// String is CheckMessage.__str__: "obj: (id) msg" and "\n\tHINT: hint".
func (c CheckMessage) String() string {
	s := c.Obj + ": "
	if c.ID != "" {
		s += "(" + c.ID + ") "
	}
	s += c.Msg
	if c.Hint != "" {
		s += "\n\tHINT: " + c.Hint
	}
	return s
}

// OptionState tells how a numeric field option was given, for the checks
// that tell a missing option from an invalid one.
type OptionState uint8

const (
	OptionUnset   OptionState = iota // not given, or None
	OptionSet                        // an integer (the field holds its value)
	OptionInvalid                    // something int() rejects or out of range
)

// ChoicesState is the shape of a field's choices as _check_choices sees it.
type ChoicesState uint8

const (
	ChoicesOK          ChoicesState = iota // valid (value, label) pairs or groups
	ChoicesNotIterable                     // fields.E004
	ChoicesNotPairs                        // fields.E005
)

// FieldCheck is what the system checks need to know about a field's
// options as they were written, beyond the values the engine uses (Django
// keeps options as given and only checks them at `migrate`).
type FieldCheck struct {
	MaxLength, MaxDigits, DecimalPlaces OptionState
	// NullGiven is set when null= was passed (ManyToManyField, W340).
	NullGiven bool
	// Choices is the shape of choices; ChoicesMaxLength the length of the
	// longest str value among them (E009).
	Choices          ChoicesState
	ChoicesMaxLength int
	// DBIndexInvalid is set when db_index is not None, True or False.
	DBIndexInvalid bool
	// FileClass is a FileField's (or ImageField's, or their subclass's)
	// class name; FilePrimaryKey is set when it was given primary_key
	// (fields.E201), FileUploadToAbsolute when upload_to is a str
	// starting with "/" (fields.E202).
	FileClass                            string
	FilePrimaryKey, FileUploadToAbsolute bool
}

// MetaCheck is what the checks need to know about Meta options as written.
type MetaCheck struct {
	// OrderingNotList is set when Meta.ordering is not a list or tuple
	// (models.E014).
	OrderingNotList bool
}

// checkLookups are the lookups and transforms a non-relational field
// accepts in Meta.ordering paths (get_lookup / get_transform).
var checkLookups = map[string]bool{
	"exact": true, "iexact": true, "contains": true, "icontains": true, "in": true, "gt": true, "gte": true,
	"lt": true, "lte": true, "startswith": true, "istartswith": true, "endswith": true, "iendswith": true,
	"range": true, "isnull": true, "regex": true, "iregex": true,
}

var checkDateTransforms = map[string]bool{"year": true, "iso_year": true, "month": true, "day": true, "week_day": true,
	"iso_week_day": true, "week": true, "quarter": true}

var checkTimeTransforms = map[string]bool{"hour": true, "minute": true, "second": true}

func (f *Field) hasLookupOrTransform(name string) bool {
	if checkLookups[name] {
		return true
	}
	switch f.InternalType() {
	case DateField:
		return checkDateTransforms[name]
	case DateTimeField:
		return checkDateTransforms[name] || checkTimeTransforms[name] || name == "date" || name == "time"
	case TimeField:
		return checkTimeTransforms[name]
	case JSONField:
		return true
	}
	return false
}

// Check runs the system checks over the registered models (auto-created
// through models excluded, as apps.get_models() does) and returns every
// issue, in the order Django finds them.
func (a *Apps) Check() []CheckMessage {
	// The checks ask for the same relations and parent lists of every
	// model again and again: they are indexed for the time of the checks
	// (nothing registers models meanwhile), which keeps them near-linear
	// in the number of models (a 400-model inheritance chain was cubic).
	a.relTree = a.buildRelTree()
	a.parentLists = map[*Options][]*Model{}
	defer func() { a.relTree, a.parentLists = nil, nil }()
	var out []CheckMessage
	tables := map[string][]string{}
	var tableOrder []string
	indexes := map[string][]string{}
	var indexOrder []string
	for _, m := range a.Models(false) {
		o := m.Meta
		if o.Managed && !o.Proxy {
			if _, ok := tables[o.DBTable]; !ok {
				tableOrder = append(tableOrder, o.DBTable)
			}
			tables[o.DBTable] = append(tables[o.DBTable], o.Label())
		}
		out = append(out, a.checkModel(m)...)
		for _, ix := range o.Indexes {
			name := a.indexName(m, ix)
			if _, ok := indexes[name]; !ok {
				indexOrder = append(indexOrder, name)
			}
			indexes[name] = append(indexes[name], o.Label())
		}
	}
	for _, t := range tableOrder {
		if labels := tables[t]; len(labels) != 1 {
			out = append(out, CheckMessage{Level: CheckError, ID: "models.E028", Obj: t,
				Msg: fmt.Sprintf("db_table '%s' is used by multiple models: %s.", t, strings.Join(labels, ", "))})
		}
	}
	for _, name := range indexOrder {
		labels := indexes[name]
		if len(labels) < 2 {
			continue
		}
		set := map[string]bool{}
		for _, l := range labels {
			set[l] = true
		}
		var uniq []string
		for l := range set {
			uniq = append(uniq, l)
		}
		sort.Strings(uniq)
		id, among := "models.E029", "for model"
		if len(uniq) > 1 {
			id, among = "models.E030", "among models:"
		}
		out = append(out, CheckMessage{Level: CheckError, ID: id, Obj: "?",
			Msg: fmt.Sprintf("index name '%s' is not unique %s %s.", name, among, strings.Join(uniq, ", "))})
	}
	out = append(out, a.checkLazyReferences()...)
	return out
}

// indexName is the index's name, or the one Index.set_name_with_model
// gives it.
func (a *Apps) indexName(m *Model, ix *Index) string {
	if ix.Name != "" {
		return ix.Name
	}
	for _, n := range ix.Fields {
		if m.Meta.forwardField(strings.TrimPrefix(n, "-")) == nil {
			return ""
		}
	}
	return IndexNameForModel(m, ix.Fields)
}

// checkModel is Model.check().
func (a *Apps) checkModel(m *Model) []CheckMessage {
	o := m.Meta
	model := func(id, msg, hint string) CheckMessage {
		return CheckMessage{Level: CheckError, ID: id, Obj: o.Label(), Msg: msg, Hint: hint, Model: m}
	}
	var out []CheckMessage
	// _check_model
	if o.Proxy && len(o.LocalFields)+len(o.LocalManyToMany) > 0 {
		out = append(out, CheckMessage{Level: CheckError, ID: "models.E017", Obj: "?", Model: m,
			Msg: fmt.Sprintf("Proxy model '%s' contains model fields.", m.Name)})
	}
	// _check_fields
	for _, f := range o.LocalFields {
		out = append(out, a.checkField(f)...)
	}
	for _, f := range o.LocalManyToMany {
		out = append(out, a.checkField(f)...)
	}
	var clash []CheckMessage
	// _check_id_field
	if o.Pk != nil && o.Pk.Name == "id" {
		for _, f := range o.LocalFields {
			if f.Name == "id" && f != o.Pk {
				if !f.PrimaryKey {
					clash = append(clash, model("models.E004", "'id' can only be used as a field name if the field also sets 'primary_key=True'.", ""))
				}
				break
			}
		}
	}
	clash = append(clash, a.checkFieldNameClashes(m)...)
	// _check_model_name_db_lookup_clashes
	if strings.HasPrefix(m.Name, "_") || strings.HasSuffix(m.Name, "_") {
		clash = append(clash, model("models.E023", fmt.Sprintf("The model name '%s' cannot start or end with an underscore as it collides with the query lookup syntax.", m.Name), ""))
	} else if strings.Contains(m.Name, "__") {
		clash = append(clash, model("models.E024", fmt.Sprintf("The model name '%s' cannot contain double underscores as it collides with the query lookup syntax.", m.Name), ""))
	}
	// _check_single_primary_key
	pks := 0
	for _, f := range o.LocalFields {
		if f.PrimaryKey {
			pks++
		}
	}
	if pks > 1 {
		clash = append(clash, model("models.E026", "The model cannot have more than one field with 'primary_key=True'.", ""))
	}
	out = append(out, clash...)
	if len(clash) == 0 {
		// _check_column_name_clashes
		used := map[string]bool{}
		for _, f := range o.LocalFields {
			if used[f.Column] {
				out = append(out, model("models.E007", fmt.Sprintf("Field '%s' has column name '%s' that is used by another field.", f.Name, f.Column), "Specify a 'db_column' for the field."))
			} else {
				used[f.Column] = true
			}
		}
	}
	for _, names := range o.IndexTogether {
		out = append(out, a.checkLocalFields(m, names, "index_together")...)
	}
	for _, names := range o.UniqueTogether {
		out = append(out, a.checkLocalFields(m, names, "unique_together")...)
	}
	// _check_indexes
	var ixFields []string
	for _, ix := range o.Indexes {
		name := a.indexName(m, ix)
		if name != "" && (name[0] == '_' || unicode.IsDigit(rune(name[0]))) {
			out = append(out, model("models.E033", fmt.Sprintf("The index name '%s' cannot start with an underscore or a number.", name), ""))
		}
		if len(name) > 30 {
			out = append(out, model("models.E034", fmt.Sprintf("The index name '%s' cannot be longer than %d characters.", name, 30), ""))
		}
		for _, n := range ix.Fields {
			ixFields = append(ixFields, strings.TrimPrefix(n, "-"))
		}
	}
	out = append(out, a.checkLocalFields(m, ixFields, "indexes")...)
	out = append(out, a.checkOrdering(m)...)
	for _, c := range o.Constraints {
		out = append(out, a.checkLocalFields(m, c.Fields, "constraints")...)
	}
	return out
}

// checkFieldNameClashes is Model._check_field_name_clashes: fields of
// several concrete parents, and local fields, must not shadow each other.
func (a *Apps) checkFieldNameClashes(m *Model) []CheckMessage {
	o := m.Meta
	var out []CheckMessage
	used := map[string]*Field{}
	parents := o.ParentList()
	for _, p := range parents {
		for _, f := range p.Meta.LocalFields {
			clash := used[f.Name]
			if clash == nil {
				clash = used[f.Attname]
			}
			if clash != nil {
				out = append(out, CheckMessage{Level: CheckError, ID: "models.E005", Obj: o.Label(), Model: m,
					Msg: fmt.Sprintf("The field '%s' from parent model '%s' clashes with the field '%s' from parent model '%s'.",
						clash.Name, clash.Model.Meta.LabelLower(), f.Name, f.Model.Meta.LabelLower())})
			}
			used[f.Name] = f
			used[f.Attname] = f
		}
	}
	// Every field of the parents, reverse relations included
	// (get_fields()), overwrites: a reverse relation's model is the
	// parent it points at. Each parent's get_fields() holds those of its
	// own ancestors, which come after it in the parent list, so the last
	// write of a name is the first one found walking the list backwards,
	// each parent adding only what is its own (its local fields, then the
	// relations pointing at it, each list backwards): linear in the
	// fields, where taking every parent's get_fields() is cubic in the
	// length of an inheritance chain.
	type entry struct {
		name, model string
		own         bool // a field of m itself
	}
	seen := map[string]entry{}
	setIfAbsent := func(name string, e entry) {
		if _, ok := seen[name]; !ok {
			seen[name] = e
		}
	}
	for i := len(parents) - 1; i >= 0; i-- {
		po := parents[i].Meta
		fwd := append(append([]*Field{}, po.LocalFields...), po.LocalManyToMany...)
		for j := len(fwd) - 1; j >= 0; j-- {
			f := fwd[j]
			setIfAbsent(f.Name, entry{f.Name, f.Model.Meta.LabelLower(), false})
		}
		own := po.ownRelatedObjects(false)
		for j := len(own) - 1; j >= 0; j-- {
			r := own[j]
			setIfAbsent(r.Name(), entry{r.Name(), r.Model.Meta.LabelLower(), false})
		}
	}
	for n, f := range used {
		setIfAbsent(n, entry{f.Name, f.Model.Meta.LabelLower(), false})
	}
	for _, f := range o.LocalFields {
		c, ok := seen[f.Name]
		if !ok {
			c, ok = seen[f.Attname]
		}
		// A user-defined "id" next to the automatic one is
		// _check_id_field's concern.
		idConflict := f.Name == "id" && ok && c.name == "id" && c.own
		if ok && !idConflict {
			out = append(out, CheckMessage{Level: CheckError, ID: "models.E006", Obj: f.String(), Model: m, Field: f,
				Msg: fmt.Sprintf("The field '%s' clashes with the field '%s' from model '%s'.", f.Name, c.name, c.model)})
		}
		seen[f.Name] = entry{f.Name, o.LabelLower(), true}
		seen[f.Attname] = entry{f.Name, o.LabelLower(), true}
	}
	return out
}

// checkLocalFields is Model._check_local_fields for an option naming
// fields.
func (a *Apps) checkLocalFields(m *Model, names []string, option string) []CheckMessage {
	o := m.Meta
	var out []CheckMessage
	for _, n := range names {
		f := o.forwardField(n)
		switch {
		case f == nil:
			out = append(out, CheckMessage{Level: CheckError, ID: "models.E012", Obj: o.Label(), Model: m,
				Msg: fmt.Sprintf("'%s' refers to the nonexistent field '%s'.", option, n)})
		case f.ManyToMany():
			out = append(out, CheckMessage{Level: CheckError, ID: "models.E013", Obj: o.Label(), Model: m,
				Msg: fmt.Sprintf("'%s' refers to a ManyToManyField '%s', but ManyToManyFields are not permitted in '%s'.", option, n, option)})
		case f.Model != m:
			out = append(out, CheckMessage{Level: CheckError, ID: "models.E016", Obj: o.Label(), Model: m,
				Msg:  fmt.Sprintf("'%s' refers to field '%s' which is not local to model '%s'.", option, n, o.ObjectName),
				Hint: "This issue may be caused by multi-table inheritance."})
		}
	}
	return out
}

// checkOrdering is Model._check_ordering.
func (a *Apps) checkOrdering(m *Model) []CheckMessage {
	o := m.Meta
	if len(o.Ordering) == 0 && !o.Check.OrderingNotList {
		return nil
	}
	if o.Check.OrderingNotList {
		return []CheckMessage{{Level: CheckError, ID: "models.E014", Obj: o.Label(), Model: m,
			Msg: "'ordering' must be a tuple or list (even if you want to order by only one field)."}}
	}
	var out []CheckMessage
	nonexistent := func(name string) CheckMessage {
		return CheckMessage{Level: CheckError, ID: "models.E015", Obj: o.Label(), Model: m,
			Msg: fmt.Sprintf("'ordering' refers to the nonexistent field, related field, or lookup '%s'.", name)}
	}
	var plain []string
	for _, item := range o.Ordering {
		// Expressions are not checked (isinstance(f, str)).
		f, isStr := item.(string)
		if !isStr || f == "?" {
			continue
		}
		f = strings.TrimPrefix(f, "-")
		if !strings.Contains(f, "__") {
			plain = append(plain, f)
			continue
		}
		// A related path, walked as Django does: a part that is not a
		// field of the current model must be a lookup or transform of
		// the last field found, else it is reported (once per part).
		cur := m
		var fld *Field
		for _, part := range strings.Split(f, "__") {
			found := false
			if cur != nil {
				if part == "pk" {
					fld, found = cur.Meta.Pk, true
				} else if ff, r, err := cur.Meta.GetField(part); err == nil {
					found = true
					if r != nil {
						fld, cur = r.Field, r.Field.Model
						continue
					}
					fld = ff
				}
			}
			if found {
				cur = nil
				if fld.Rel != nil && fld.Rel.Model != nil {
					cur = fld.Rel.Model
				}
				continue
			}
			if fld == nil || !fld.hasLookupOrTransform(part) {
				out = append(out, nonexistent(f))
			}
		}
	}
	valid := map[string]bool{}
	for _, f := range o.Fields() {
		valid[f.Name], valid[f.Attname] = true, true
	}
	for _, r := range o.RelatedObjects() {
		valid[r.Field.RelatedQueryName()] = true
	}
	seen := map[string]bool{}
	var invalid []string
	for _, f := range plain {
		if f != "pk" && !valid[f] && !seen[f] {
			seen[f] = true
			invalid = append(invalid, f)
		}
	}
	for _, f := range invalid {
		out = append(out, nonexistent(f))
	}
	return out
}

// checkField is Field.check() for the field's class.
func (a *Apps) checkField(f *Field) []CheckMessage {
	var out []CheckMessage
	add := func(level CheckLevel, id, msg, hint string) {
		out = append(out, CheckMessage{Level: level, ID: id, Obj: f.String(), Msg: msg, Hint: hint, Model: f.Model, Field: f})
	}
	ck := f.Check
	feats := a.Features
	// _check_field_name
	switch {
	case strings.HasSuffix(f.Name, "_"):
		add(CheckError, "fields.E001", "Field names must not end with an underscore.", "")
	case strings.Contains(f.Name, "__"):
		add(CheckError, "fields.E002", `Field names must not contain "__".`, "")
	case f.Name == "pk":
		add(CheckError, "fields.E003", "'pk' is a reserved word that cannot be used as a field name.", "")
	}
	// _check_choices
	switch ck.Choices {
	case ChoicesNotIterable:
		switch {
		case feats.ChoicesNotSet:
			add(CheckError, "fields.E004", "'choices' must be a mapping (e.g. a dictionary) or an ordered iterable (e.g. a list or tuple, but not a set).", "")
		case feats.ChoicesAnyForm:
			add(CheckError, "fields.E004", "'choices' must be a mapping (e.g. a dictionary) or an iterable (e.g. a list or tuple).", "")
		default:
			add(CheckError, "fields.E004", "'choices' must be an iterable (e.g., a list or tuple).", "")
		}
	case ChoicesNotPairs:
		if feats.ChoicesAnyForm {
			add(CheckError, "fields.E005", "'choices' must be a mapping of actual values to human readable names or an iterable containing (actual value, human readable name) tuples.", "")
		} else {
			add(CheckError, "fields.E005", "'choices' must be an iterable containing (actual value, human readable name) tuples.", "")
		}
	default:
		if len(f.Choices) > 0 && f.MaxLength > 0 && ck.ChoicesMaxLength > f.MaxLength && ck.MaxLength != OptionInvalid {
			add(CheckError, "fields.E009", fmt.Sprintf("'max_length' is too small to fit the longest value in 'choices' (%d characters).", ck.ChoicesMaxLength), "")
		}
	}
	if ck.DBIndexInvalid {
		add(CheckError, "fields.E006", "'db_index' must be None, True or False.", "")
	}
	if f.PrimaryKey && f.Null {
		add(CheckError, "fields.E007", "Primary keys must not have null=True.", "Set null=False on the field, or remove primary_key=True argument.")
	}
	if f.Kind == NullBooleanField && feats.NullBooleanFieldRemoved {
		add(CheckError, "fields.E903", "NullBooleanField is removed except for support in historical migrations.", "Use BooleanField(null=True, blank=True) instead.")
	} else if f.Kind == NullBooleanField {
		add(CheckWarning, "fields.W903", "NullBooleanField is deprecated. Support for it (except in historical migrations) will be removed in Django 4.0.", "Use BooleanField(null=True) instead.")
	}
	switch f.Kind {
	case FileField, ImageField:
		if ck.FilePrimaryKey {
			add(CheckError, "fields.E201", fmt.Sprintf("'primary_key' is not a valid argument for a %s.", ck.FileClass), "")
		}
		if ck.FileUploadToAbsolute {
			add(CheckError, "fields.E202", ck.FileClass+"'s 'upload_to' argument must be a relative path, not an absolute path.", "Remove the leading slash.")
		}
	case CharField, SlugField, EmailField, URLField:
		switch {
		case ck.MaxLength == OptionUnset && f.MaxLength == 0 && !feats.CharFieldUnlimited:
			add(CheckError, "fields.E120", "CharFields must define a 'max_length' attribute.", "")
		case ck.MaxLength == OptionInvalid:
			add(CheckError, "fields.E121", "'max_length' must be a positive integer.", "")
		}
	case DecimalField:
		var digitsErrs int
		if feats.DecimalFieldNoPrecision && (ck.DecimalPlaces == OptionUnset) != (ck.MaxDigits == OptionUnset) {
			// _check_decimal_places and _check_max_digits: both or neither.
			add(CheckError, "fields.E135", "DecimalField’s max_digits and decimal_places must both be defined or both omitted.", "")
			digitsErrs++
		}
		switch ck.DecimalPlaces {
		case OptionUnset:
			if feats.DecimalFieldNoPrecision {
				break
			}
			add(CheckError, "fields.E130", "DecimalFields must define a 'decimal_places' attribute.", "")
			digitsErrs++
		case OptionInvalid:
			add(CheckError, "fields.E131", "'decimal_places' must be a non-negative integer.", "")
			digitsErrs++
		}
		switch ck.MaxDigits {
		case OptionUnset:
			if feats.DecimalFieldNoPrecision {
				break
			}
			add(CheckError, "fields.E132", "DecimalFields must define a 'max_digits' attribute.", "")
			digitsErrs++
		case OptionInvalid:
			add(CheckError, "fields.E133", "'max_digits' must be a positive integer.", "")
			digitsErrs++
		}
		if digitsErrs == 0 && f.DecimalPlaces > f.MaxDigits {
			add(CheckError, "fields.E134", "'max_digits' must be greater or equal to 'decimal_places'.", "")
		}
	case DateField, DateTimeField, TimeField:
		n := 0
		for _, b := range []bool{f.AutoNowAdd, f.AutoNow, f.HasDefault} {
			if b {
				n++
			}
		}
		if n > 1 {
			add(CheckError, "fields.E160", "The options auto_now, auto_now_add, and default are mutually exclusive. Only one of these options may be present.", "")
		}
	case JSONField:
		if f.HasDefault && f.Default != nil {
			if _, callable := f.Default.(DefaultFunc); !callable {
				add(CheckWarning, "fields.E010", "JSONField default should be a callable instead of an instance so that it's not shared between all field instances.", "Use a callable instead, e.g., use `dict` instead of `{}`.")
			}
		}
	case AutoField, BigAutoField, SmallAutoField:
		if !f.PrimaryKey {
			add(CheckError, "fields.E100", "AutoFields must set primary_key=True.", "")
		}
	}
	switch f.Kind {
	case IntegerField, SmallIntegerField, BigIntegerField, PositiveIntegerField, PositiveSmallIntegerField,
		PositiveBigIntegerField, AutoField, BigAutoField, SmallAutoField:
		if ck.MaxLength != OptionUnset {
			add(CheckWarning, "fields.W122", fmt.Sprintf("'max_length' is ignored when used with %s.", f.Kind), "Remove 'max_length' from field")
		}
	}
	if f.Rel != nil {
		out = append(out, a.checkRelation(f)...)
	}
	return out
}

// isIdentifier is str.isidentifier() (ASCII and Unicode letters).
func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if !(r == '_' || unicode.IsLetter(r) || i > 0 && unicode.IsDigit(r)) {
			return false
		}
	}
	return true
}

var pythonKeywords = map[string]bool{"False": true, "None": true, "True": true, "and": true, "as": true, "assert": true,
	"async": true, "await": true, "break": true, "class": true, "continue": true, "def": true, "del": true, "elif": true,
	"else": true, "except": true, "finally": true, "for": true, "from": true, "global": true, "if": true, "import": true,
	"in": true, "is": true, "lambda": true, "nonlocal": true, "not": true, "or": true, "pass": true, "raise": true,
	"return": true, "try": true, "while": true, "with": true, "yield": true}

// checkRelation is RelatedField.check() and the ForeignKey and
// ManyToManyField additions.
func (a *Apps) checkRelation(f *Field) []CheckMessage {
	var out []CheckMessage
	add := func(level CheckLevel, id, msg, hint string) {
		out = append(out, CheckMessage{Level: level, ID: id, Obj: f.String(), Msg: msg, Hint: hint, Model: f.Model, Field: f})
	}
	r := f.Rel
	o := f.Model.Meta
	// _check_related_name_is_valid
	if rn := r.RelatedName; rn != "" && !(isIdentifier(rn) && !pythonKeywords[rn] || strings.HasSuffix(rn, "+")) {
		add(CheckError, "fields.E306", fmt.Sprintf("The name '%s' is invalid related_name for field %s.%s", rn, o.ObjectName, f.Name),
			"Related name must be a valid Python identifier or end with a '+'")
	}
	// _check_related_query_name_is_valid
	if !r.IsHidden() {
		q := f.RelatedQueryName()
		if strings.HasSuffix(q, "_") {
			add(CheckError, "fields.E308", fmt.Sprintf("Reverse query name '%s' must not end with an underscore.", q),
				"Add or change a related_name or related_query_name argument for this field.")
		}
		if strings.Contains(q, "__") {
			add(CheckError, "fields.E309", fmt.Sprintf("Reverse query name '%s' must not contain '__'.", q),
				"Add or change a related_name or related_query_name argument for this field.")
		}
	}
	// _check_relation_model_exists
	target := r.Model
	if target == nil || target.Meta.Abstract {
		name := r.To
		add(CheckError, "fields.E300", fmt.Sprintf("Field defines a relation with model '%s', which is either not installed, or is abstract.", name), "")
	} else {
		out = append(out, a.checkClashes(f)...)
	}
	switch f.Kind {
	case ForeignKey, OneToOneField:
		switch r.OnDelete {
		case SetNull, DBSetNull:
			if !f.Null {
				add(CheckError, "fields.E320", fmt.Sprintf("Field specifies on_delete=%s, but cannot be null.", r.OnDelete), "Set null=True argument on the field, or change the on_delete rule.")
			}
		case SetDefault:
			if !f.HasDefault {
				add(CheckError, "fields.E321", "Field specifies on_delete=SET_DEFAULT, but has no default value.", "Set a default value, or change the on_delete rule.")
			}
		}
		if f.Kind == ForeignKey && f.unique {
			add(CheckWarning, "fields.W342", "Setting unique=True on a ForeignKey has the same effect as using a OneToOneField.", "ForeignKey(unique=True) is usually better served by a OneToOneField.")
		}
		if target != nil && !target.Meta.Abstract && r.FieldName != "" && target.Meta.forwardField(r.FieldName) == nil {
			add(CheckError, "fields.E312", fmt.Sprintf("The to_field '%s' doesn't exist on the related model '%s'.", r.FieldName, target.Meta.Label()), "")
		}
	case ManyToManyField:
		if f.unique {
			add(CheckError, "fields.E330", "ManyToManyFields cannot be unique.", "")
		}
		if r.Through == nil {
			name := r.ThroughName
			if !strings.Contains(name, ".") {
				name = o.AppLabel + "." + name
			}
			add(CheckError, "fields.E331", fmt.Sprintf("Field specifies a many-to-many relation through model '%s', which has not been installed.", name), "")
		}
		if f.Check.NullGiven {
			add(CheckWarning, "fields.W340", "null has no effect on ManyToManyField.", "")
		}
	}
	return out
}

// checkClashes is RelatedField._check_clashes: the reverse accessor and
// query name must not clash with the target's fields or with other
// relations' accessors.
func (a *Apps) checkClashes(f *Field) []CheckMessage {
	var out []CheckMessage
	add := func(id, msg, hint string) {
		out = append(out, CheckMessage{Level: CheckError, ID: id, Obj: f.String(), Msg: msg, Hint: hint, Model: f.Model, Field: f})
	}
	r := f.Rel
	relOpts := r.Model.Meta
	hidden := r.IsHidden() || checkRelatedName(r) != r.RelatedName
	relName := r.AccessorName()
	relQuery := f.RelatedQueryName()
	if rn := checkRelatedName(r); rn != r.RelatedName && r.RelatedQueryName == "" {
		// The hidden name ManyToManyField.contribute_to_class gives.
		relQuery = rn
	}
	fieldName := f.Model.Meta.Label() + "." + f.Name
	accessor := "Reverse accessor for"
	if a.Features.ClashNamesAccessor {
		accessor = "Reverse accessor '" + relOpts.ObjectName + "." + relName + "' for"
	}
	for _, c := range relOpts.AllForwardFields() {
		clashName := relOpts.Label() + "." + c.Name
		if !hidden && c.Name == relName {
			add("fields.E302", fmt.Sprintf("%s '%s' clashes with field name '%s'.", accessor, fieldName, clashName),
				fmt.Sprintf("Rename field '%s', or add/change a related_name argument to the definition for field '%s'.", clashName, fieldName))
		}
		if c.Name == relQuery {
			add("fields.E303", fmt.Sprintf("Reverse query name for '%s' clashes with field name '%s'.", fieldName, clashName),
				fmt.Sprintf("Rename field '%s', or add/change a related_name argument to the definition for field '%s'.", clashName, fieldName))
		}
	}
	for _, c := range relOpts.RelatedObjects() {
		if c.Field == f {
			continue
		}
		clashName := c.Field.Model.Meta.Label() + "." + c.Field.Name
		acc := c.AccessorName()
		if rn := checkRelatedName(c); rn != c.RelatedName {
			acc = rn
			if c.Symmetrical && c.Model == c.Field.Model {
				acc = "" // no reverse accessor: None never clashes
			}
		}
		if acc == "" {
			continue
		}
		if !hidden && acc == relName {
			add("fields.E304", fmt.Sprintf("%s '%s' clashes with reverse accessor for '%s'.", accessor, fieldName, clashName),
				fmt.Sprintf("Add or change a related_name argument to the definition for '%s' or '%s'.", fieldName, clashName))
		}
		if acc == relQuery {
			add("fields.E305", fmt.Sprintf("Reverse query name for '%s' clashes with reverse query name for '%s'.", fieldName, clashName),
				fmt.Sprintf("Add or change a related_name argument to the definition for '%s' or '%s'.", fieldName, clashName))
		}
	}
	return out
}

// checkLazyReferences is _check_lazy_references for relation fields: a
// model named by a string that no registered model answers to.
func (a *Apps) checkLazyReferences() []CheckMessage {
	var out []CheckMessage
	for _, m := range a.Models(true) {
		for _, f := range m.Meta.AllForwardFields() {
			if f.Model != m || f.Rel == nil {
				continue
			}
			// Only a string reference stays unresolved; an abstract
			// model is never registered, so a reference to one, even
			// as a class, stays pending too.
			refs := []string{}
			switch {
			case f.Rel.Model == nil:
				refs = append(refs, f.Rel.To)
			case f.Rel.Model.Meta.Abstract:
				refs = append(refs, f.Rel.Model.Meta.AppLabel+"."+f.Rel.Model.Name)
			}
			if f.ManyToMany() && f.Rel.Through == nil && f.Rel.ThroughName != "" {
				refs = append(refs, f.Rel.ThroughName)
			}
			for _, ref := range refs {
				app, model := m.Meta.AppLabel, ref
				if i := strings.LastIndexByte(ref, '.'); i >= 0 {
					app, model = ref[:i], ref[i+1:]
				}
				model = strings.ToLower(model)
				problem := fmt.Sprintf("app '%s' doesn't provide model '%s'", app, model)
				if app != a.Label {
					problem = fmt.Sprintf("app '%s' isn't installed", app)
				}
				out = append(out, CheckMessage{Level: CheckError, ID: "fields.E307", Obj: f.String(), Model: m, Field: f,
					Msg: fmt.Sprintf("The field %s was declared with a lazy reference to '%s.%s', but %s.", f, app, model, problem)})
			}
		}
	}
	return out
}

// CheckErrorText formats the issues as the SystemCheckError `migrate` raises
// when one is an error: "SystemCheckError: System check identified some
// issues:\n\nERRORS:\n...\n" with the warnings after, each group sorted.
// ok is false when there is no error.
func CheckErrorText(issues []CheckMessage) (text string, first CheckMessage, ok bool) {
	var errs, warns []string
	byText := map[string]CheckMessage{}
	for _, c := range issues {
		s := c.String()
		if c.Level == CheckError {
			errs = append(errs, s)
			if _, dup := byText[s]; !dup {
				byText[s] = c
			}
		} else {
			warns = append(warns, s)
		}
	}
	if len(errs) == 0 {
		return "", CheckMessage{}, false
	}
	sort.Strings(errs)
	sort.Strings(warns)
	body := "\nERRORS:\n" + strings.Join(errs, "\n") + "\n"
	if len(warns) > 0 {
		body += "\nWARNINGS:\n" + strings.Join(warns, "\n") + "\n"
	}
	return "SystemCheckError: System check identified some issues:\n" + body, byText[errs[0]], true
}

// checkRelatedName is the related_name a many-to-many field's reverse
// relation has once ManyToManyField.contribute_to_class ran: a
// symmetrical relation to its own model gets "<name>_rel_+", a hidden one
// (related_name ending in "+") "_<app>_<model>_<name>_+", so that hidden
// relations never clash.
func checkRelatedName(r *Rel) string {
	f := r.Field
	if !f.ManyToMany() {
		return r.RelatedName
	}
	if r.Symmetrical && r.Model == f.Model {
		return f.Name + "_rel_+"
	}
	if r.IsHidden() {
		return "_" + f.Model.Meta.AppLabel + "_" + strings.ToLower(f.Model.Name) + "_" + f.Name + "_+"
	}
	return r.RelatedName
}
