package schema

import (
	"crypto/md5"
	"encoding/hex"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Dialect selects the database whose DDL is produced.
type Dialect uint8

// The dialects DDL supports.
const (
	SQLite Dialect = iota
	PostgreSQL
)

// DDL returns the statements `migrate --run-syncdb` runs for the app on the
// given database: CREATE TABLE for each managed, concrete model in
// registration order, each followed by its auto-created m2m tables, then the
// deferred statements (unique_together indexes, indexes of indexed columns,
// index_together and Meta.indexes), as BaseDatabaseSchemaEditor.create_model
// collects them.
func (a *Apps) DDL(d Dialect) []string {
	e := &schemaEditor{dialect: d}
	for _, m := range a.Models(false) {
		if m.Meta.Managed && !m.Meta.Proxy && !m.Meta.Abstract && !m.Meta.OtherApps {
			e.createModel(m)
		}
	}
	return append(e.tables, e.deferred...)
}

// MigrateDDL is DDL with each table's columns in the order `migrate`
// gives them: makemigrations leaves the relations out of CreateModel and
// adds them afterwards (AddField, sorted by name), so relational columns
// other than the primary key and parent links come last. The database is
// built with it, so that `SELECT *` returns Django's column order.
func (a *Apps) MigrateDDL(d Dialect) []string {
	e := &schemaEditor{dialect: d, migrationOrder: true}
	for _, m := range a.Models(false) {
		if m.Meta.Managed && !m.Meta.Proxy && !m.Meta.Abstract && !m.Meta.OtherApps {
			e.createModel(m)
		}
	}
	return append(e.tables, e.deferred...)
}

// migrationColumns orders fields as the migration autodetector creates
// them (see MigrateDDL).
func migrationColumns(fields []*Field) []*Field {
	var plain, related, order []*Field
	for _, f := range fields {
		if f.Kind == OrderWrt {
			// Added by rendering the migration's order_with_respect_to.
			order = append(order, f)
			continue
		}
		if f.Rel != nil && f.Rel.Model != nil && !f.PrimaryKey && !f.Rel.ParentLink && !f.Model.Meta.AutoCreated {
			related = append(related, f)
			continue
		}
		plain = append(plain, f)
	}
	sort.SliceStable(related, func(i, j int) bool { return related[i].Name < related[j].Name })
	return append(append(plain, related...), order...)
}

// Tables returns the tables DDL creates, in creation order, with their
// columns.
func (a *Apps) Tables() []*Model {
	var out []*Model
	var add func(m *Model)
	add = func(m *Model) {
		out = append(out, m)
		for _, f := range m.Meta.LocalManyToMany {
			if f.Rel.Through != nil && f.Rel.Through.Meta.AutoCreated {
				add(f.Rel.Through)
			}
		}
	}
	for _, m := range a.Models(false) {
		if m.Meta.Managed && !m.Meta.Proxy && !m.Meta.Abstract && !m.Meta.OtherApps {
			add(m)
		}
	}
	return out
}

type schemaEditor struct {
	dialect  Dialect
	tables   []string
	deferred []string
	// migrationOrder puts the columns in migrate's order (MigrateDDL).
	migrationOrder bool
}

// QuoteName quotes an identifier as Django's SQLite and PostgreSQL
// backends do ("name").
func QuoteName(name string) string {
	if strings.HasPrefix(name, `"`) && strings.HasSuffix(name, `"`) {
		return name
	}
	return `"` + name + `"`
}

func (e *schemaEditor) createModel(m *Model) {
	o := m.Meta
	for _, names := range o.UniqueTogether {
		var cols []string
		for _, n := range names {
			cols = append(cols, o.forwardField(n).Column)
		}
		e.deferred = append(e.deferred, e.uniqueSQL(o.DBTable, cols))
	}
	var defs []string
	cols := o.LocalFields
	if e.migrationOrder {
		cols = migrationColumns(cols)
	}
	for _, f := range cols {
		if f.DBTypeOverride != nil && e.dbType(f) == "" {
			continue // column_sql: db_type() gave None
		}
		defs = append(defs, QuoteName(f.Column)+" "+e.columnSQL(f))
	}
	for _, c := range o.Constraints {
		if c.IsCheck {
			defs = append(defs, fmt.Sprintf("CONSTRAINT %s CHECK (%s)", QuoteName(c.Name), c.Check))
			continue
		}
		if (c.NullsDistinct != nil || c.Deferrable != "" || c.Include != nil) && e.dialect == SQLite {
			// _unique_supported: no supports_nulls_distinct_unique_constraints
			// nor supports_deferrable_unique_constraints.
			continue
		}
		var cols []string
		for _, n := range c.Fields {
			cols = append(cols, QuoteName(o.forwardField(n).Column))
		}
		if c.NullsDistinct != nil && !c.Partial && !c.Expressions {
			// PostgreSQL 15+: _create_unique_sql, deferred.
			nd := " NULLS DISTINCT"
			if !*c.NullsDistinct {
				nd = " NULLS NOT DISTINCT"
			}
			e.deferred = append(e.deferred, fmt.Sprintf("ALTER TABLE %s ADD CONSTRAINT %s UNIQUE%s (%s)",
				QuoteName(o.DBTable), QuoteName(c.Name), nd, strings.Join(cols, ", ")))
			continue
		}
		if c.Expressions {
			cols = c.ExpressionsSQL
		}
		if c.Partial || c.Expressions || c.Include != nil {
			// _unique_sql: a conditional, covering or functional
			// unique constraint is a unique index, created after the
			// table.
			where := ""
			if c.Include != nil {
				var inc []string
				for _, n := range c.Include {
					inc = append(inc, QuoteName(o.forwardField(n).Column))
				}
				where = " INCLUDE (" + strings.Join(inc, ", ") + ")"
			}
			if c.Partial {
				where += " WHERE " + c.Condition
			}
			e.deferred = append(e.deferred, fmt.Sprintf("CREATE UNIQUE INDEX %s ON %s (%s)%s",
				QuoteName(c.Name), QuoteName(o.DBTable), strings.Join(cols, ", "), where))
			continue
		}
		deferrable := ""
		if c.Deferrable != "" {
			// _deferrable_constraint_sql.
			deferrable = " DEFERRABLE INITIALLY " + strings.ToUpper(c.Deferrable)
		}
		defs = append(defs, fmt.Sprintf("CONSTRAINT %s UNIQUE (%s)%s", QuoteName(c.Name), strings.Join(cols, ", "), deferrable))
	}
	if pk := o.CompositePk; pk != nil {
		// _pk_constraint_sql, after the constraints.
		var cols []string
		for _, f := range pk.CompositeFields() {
			cols = append(cols, f.Column)
		}
		defs = append(defs, "PRIMARY KEY ("+e.quotedColumns(cols)+")")
	}
	e.tables = append(e.tables, fmt.Sprintf("CREATE TABLE %s (%s)", QuoteName(o.DBTable), strings.Join(defs, ", ")))
	if e.dialect == PostgreSQL {
		for _, f := range o.LocalFields {
			if f.Rel != nil && f.Rel.DBConstraint {
				e.deferred = append(e.deferred, e.pgForeignKeySQL(f))
			}
		}
	}
	// _model_indexes_sql: an index per db_index field (not unique, whose
	// constraint indexes it); on PostgreSQL also the pattern-ops index of
	// an indexed or unique varchar or text column (_create_like_index_sql).
	for _, f := range o.LocalFields {
		if f.DBIndex && !f.Unique() {
			e.deferred = append(e.deferred, e.indexSQL(o.DBTable, []string{f.Column}, "", false))
		}
		if e.dialect == PostgreSQL && (f.DBIndex || f.Unique()) {
			if like := e.pgLikeIndex(o.DBTable, f); like != "" {
				e.deferred = append(e.deferred, like)
			}
		}
	}
	for _, names := range o.IndexTogether {
		var cols []string
		for _, n := range names {
			cols = append(cols, o.forwardField(n).Column)
		}
		e.deferred = append(e.deferred, e.indexSQL(o.DBTable, cols, "_idx", false))
	}
	for _, ix := range o.Indexes {
		e.deferred = append(e.deferred, e.metaIndexSQL(m, ix))
	}
	for _, f := range o.LocalManyToMany {
		if f.Rel.Through != nil && f.Rel.Through.Meta.AutoCreated {
			e.createModel(f.Rel.Through)
		}
	}
}

// columnSQL is column_sql plus the check, autoincrement suffix and inline
// REFERENCES clause that table_sql adds.
func (e *schemaEditor) columnSQL(f *Field) string {
	typ := e.dbType(f)
	sql := typ
	if f.DBCollation != "" {
		// _collate_sql: SQLite's leaves the name unquoted.
		c := f.DBCollation
		if e.dialect != SQLite {
			c = QuoteName(c)
		}
		sql += " COLLATE " + c
	}
	if f.HasDBDefault {
		// _iter_column_sql: the database default after the type.
		sql += " DEFAULT " + f.DBDefaultSQL
	}
	switch {
	case f.Generated != nil:
		// _column_generated_sql, in place of the nullability.
		persistency := "VIRTUAL"
		if f.Generated.DBPersist {
			persistency = "STORED"
		}
		sql += " GENERATED ALWAYS AS (" + f.Generated.SQL + ") " + persistency
	case f.Null:
		sql += " NULL"
	default:
		sql += " NOT NULL"
	}
	if f.PrimaryKey {
		sql += " PRIMARY KEY"
	} else if f.Unique() {
		sql += " UNIQUE"
	}
	if chk := e.check(f); chk != "" {
		sql += " CHECK (" + chk + ")"
	}
	if e.dialect == SQLite && f.IsAuto() {
		sql += " AUTOINCREMENT"
	}
	if e.dialect == PostgreSQL && f.IsAuto() && f.features().PostgresIdentityColumns {
		// data_types_suffix: an identity column instead of serial.
		sql += " GENERATED BY DEFAULT AS IDENTITY"
	}
	if e.dialect == SQLite && f.Rel != nil && f.Rel.DBConstraint && f.Rel.Model != nil {
		target := f.TargetField()
		sql += fmt.Sprintf(" REFERENCES %s (%s)%s DEFERRABLE INITIALLY DEFERRED",
			QuoteName(f.Rel.Model.Meta.DBTable), QuoteName(target.Column), f.Rel.OnDelete.onDeleteSQL())
	}
	return sql
}

// DBType is the column type of f in the dialect's CREATE TABLE
// ("varchar(30)", "integer", "serial" on PostgreSQL for an AutoField), as
// Field.db_type gives it, a relation taking its target's rel_db_type. It is
// "" for a ManyToManyField, which has no column.
func (f *Field) DBType(d Dialect) string {
	if f.ManyToMany() {
		return ""
	}
	return (&schemaEditor{dialect: d}).dbType(f)
}

// dbType is Field.db_type for the dialect; relations take their target's
// rel_db_type.
func (e *schemaEditor) dbType(f *Field) string {
	if f.DBTypeOverride != nil {
		if t, ok := f.DBTypeOverride(); ok {
			return t
		}
	}
	return e.baseDBType(f)
}

// BaseDBType is the field class's db_type, before a models.py override.
func (f *Field) BaseDBType(d Dialect) string {
	return (&schemaEditor{dialect: d}).baseDBType(f)
}

func (e *schemaEditor) baseDBType(f *Field) string {
	if f.Rel != nil && !f.ManyToMany() {
		return e.relDBType(f.TargetField())
	}
	return e.fieldType(f)
}

func (e *schemaEditor) fieldType(f *Field) string {
	info := kinds[f.Kind]
	t := info.sqlite
	if e.dialect == PostgreSQL {
		t = info.postgres
		if info.auto && f.features().PostgresIdentityColumns {
			t = kinds[kindBases[f.Kind][0]].postgres
		}
	}
	if f.InternalType() == CharField && f.MaxLength == 0 && f.features().CharFieldUnlimited {
		// _get_varchar_column: no max_length, no length.
		return "varchar"
	}
	t = strings.ReplaceAll(t, "%(max_length)s", strconv.Itoa(f.MaxLength))
	t = strings.ReplaceAll(t, "%(max_digits)s", strconv.Itoa(f.MaxDigits))
	t = strings.ReplaceAll(t, "%(decimal_places)s", strconv.Itoa(f.DecimalPlaces))
	return t
}

// relDBType is Field.rel_db_type: the column type of a field pointing at
// target. Auto fields become plain integers; positive integer fields lose
// their check (related_fields_match_type is False on both backends).
func (e *schemaEditor) relDBType(target *Field) string {
	switch target.Kind {
	case AutoField:
		return e.fieldType(&Field{Kind: IntegerField})
	case BigAutoField:
		return e.fieldType(&Field{Kind: BigIntegerField})
	case SmallAutoField:
		return e.fieldType(&Field{Kind: SmallIntegerField})
	case PositiveIntegerField:
		return e.fieldType(&Field{Kind: IntegerField})
	case PositiveSmallIntegerField:
		return e.fieldType(&Field{Kind: SmallIntegerField})
	case PositiveBigIntegerField:
		return e.fieldType(&Field{Kind: BigIntegerField})
	case ForeignKey, OneToOneField:
		return e.relDBType(target.TargetField())
	}
	return e.fieldType(target)
}

func (e *schemaEditor) check(f *Field) string {
	if f.Rel != nil || f.Generated != nil {
		// A GeneratedField's output_field has no column to check.
		return ""
	}
	c := kinds[f.Kind].check
	if e.dialect == PostgreSQL {
		c = kinds[f.Kind].pgCheck
	}
	return strings.ReplaceAll(c, "%(column)s", f.Column)
}

func (e *schemaEditor) quotedColumns(cols []string) string {
	q := make([]string, len(cols))
	for i, c := range cols {
		q[i] = QuoteName(c)
	}
	return strings.Join(q, ", ")
}

func (e *schemaEditor) indexSQL(table string, cols []string, suffix string, unique bool) string {
	name := e.indexName(table, cols, suffix)
	kw := "CREATE INDEX"
	if unique {
		kw = "CREATE UNIQUE INDEX"
	}
	return fmt.Sprintf("%s %s ON %s (%s)", kw, QuoteName(name), QuoteName(table), e.quotedColumns(cols))
}

func (e *schemaEditor) uniqueSQL(table string, cols []string) string {
	if e.dialect == PostgreSQL {
		name := e.indexName(table, cols, "_uniq")
		return fmt.Sprintf("ALTER TABLE %s ADD CONSTRAINT %s UNIQUE (%s)", QuoteName(table), QuoteName(name), e.quotedColumns(cols))
	}
	return e.indexSQL(table, cols, "_uniq", true)
}

func (e *schemaEditor) pgForeignKeySQL(f *Field) string {
	o := f.Model.Meta
	target := f.TargetField()
	toTable := f.Rel.Model.Meta.DBTable
	suffix := fmt.Sprintf("_fk_%s_%s", toTable, target.Column)
	name := e.indexName(o.DBTable, []string{f.Column}, suffix)
	return fmt.Sprintf("ALTER TABLE %s ADD CONSTRAINT %s FOREIGN KEY (%s) REFERENCES %s (%s)%s DEFERRABLE INITIALLY DEFERRED",
		QuoteName(o.DBTable), QuoteName(name), QuoteName(f.Column), QuoteName(toTable), QuoteName(target.Column), f.Rel.OnDelete.onDeleteSQL())
}

// pgLikeIndex is the extra varchar_pattern_ops / text_pattern_ops index the
// PostgreSQL backend adds for indexed text columns.
func (e *schemaEditor) pgLikeIndex(table string, f *Field) string {
	t := e.dbType(f)
	ops := ""
	switch {
	case strings.HasPrefix(t, "varchar"):
		ops = "varchar_pattern_ops"
	case strings.HasPrefix(t, "text"):
		ops = "text_pattern_ops"
	default:
		return ""
	}
	name := e.indexName(table, []string{f.Column}, "_like")
	return fmt.Sprintf("CREATE INDEX %s ON %s (%s %s)", QuoteName(name), QuoteName(table), QuoteName(f.Column), ops)
}

func (e *schemaEditor) metaIndexSQL(m *Model, ix *Index) string {
	o := m.Meta
	var cols []string
	for _, n := range ix.Fields {
		desc := strings.HasPrefix(n, "-")
		f := o.forwardField(strings.TrimPrefix(n, "-"))
		c := QuoteName(f.Column)
		if desc {
			c += " DESC"
		}
		cols = append(cols, c)
	}
	name := ix.Name
	if name == "" {
		name = IndexNameForModel(m, ix.Fields)
	}
	return fmt.Sprintf("CREATE INDEX %s ON %s (%s)", QuoteName(name), QuoteName(o.DBTable), strings.Join(cols, ", "))
}

// namesDigest is django.db.backends.utils.names_digest: the first length
// hex digits of the MD5 of the concatenated names.
func namesDigest(length int, names ...string) string {
	h := md5.New()
	for _, n := range names {
		h.Write([]byte(n))
	}
	return hex.EncodeToString(h.Sum(nil))[:length]
}

// IndexName is BaseDatabaseSchemaEditor._create_index_name on SQLite:
// "<table>_<columns>_<digest><suffix>", shortened past 200 characters.
func IndexName(table string, cols []string, suffix string) string {
	return indexName(table, cols, suffix, 200)
}

// indexName is the index name for the editor's database: PostgreSQL's
// identifiers stop at 63 characters (max_name_length), SQLite's do not
// (200 is Django's default).
func (e *schemaEditor) indexName(table string, cols []string, suffix string) string {
	if e.dialect == PostgreSQL {
		return indexName(table, cols, suffix, 63)
	}
	return indexName(table, cols, suffix, 200)
}

func indexName(table string, cols []string, suffix string, maxLength int) string {
	hashSuffix := namesDigest(8, append([]string{table}, cols...)...) + suffix
	name := fmt.Sprintf("%s_%s_%s", table, strings.Join(cols, "_"), hashSuffix)
	if len(name) <= maxLength {
		return name
	}
	if float64(len(hashSuffix)) > float64(maxLength)/3 {
		hashSuffix = hashSuffix[:maxLength/3]
	}
	other := (maxLength-len(hashSuffix))/2 - 1
	joined := strings.Join(cols, "_")
	name = fmt.Sprintf("%s_%s_%s", trunc(table, other), trunc(joined, other), hashSuffix)
	if name[0] == '_' || name[0] >= '0' && name[0] <= '9' {
		name = "D" + name[:len(name)-1]
	}
	return name
}

func trunc(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// IndexNameForModel is Index.set_name_with_model: the name Django gives a
// Meta.indexes entry without a name: "<table[:11]>_<column[:7]>_<digest>_idx".
func IndexNameForModel(m *Model, fields []string) string {
	o := m.Meta
	var cols []string
	var order []string
	for _, n := range fields {
		desc := strings.HasPrefix(n, "-")
		f := o.forwardField(strings.TrimPrefix(n, "-"))
		cols = append(cols, f.Column)
		if desc {
			order = append(order, "-"+f.Column)
		} else {
			order = append(order, f.Column)
		}
	}
	hashData := append([]string{o.DBTable}, order...)
	hashData = append(hashData, "idx")
	return fmt.Sprintf("%s_%s_%s", trunc(o.DBTable, 11), trunc(cols[0], 7), namesDigest(6, hashData...)+"_idx")
}

// CastDBType is Field.cast_db_type on SQLite, the type Cast() writes: a
// CharField without max_length is "text", dates and datetimes are "TEXT"
// (cast_data_types), anything else its db_type.
func (f *Field) CastDBType() string {
	switch f.InternalType() {
	case CharField:
		if f.MaxLength == 0 {
			return "text"
		}
	case DateField, DateTimeField:
		return "TEXT"
	}
	return f.DBType(SQLite)
}
