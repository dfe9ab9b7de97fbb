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
	// A func array keeps Features from being compared with == (and the
	// linker from keeping an equality function for its ~130 fields).
	_ [0]func()

	// Version is the release series: "3.2", "5.2", "6.1".
	Version string
	// Release is the exact release the goldens were recorded with.
	Release string
	// Label is how the page names it: "Django 5.2 LTS".
	Label string
	// DjangoDir is where the reference's Django package lives, the
	// __file__ of its modules in an ImportError ("cannot import name 'KT'
	// from 'django.db.models.fields.json' (/usr/lib/.../json.py)").
	DjangoDir string

	// Python is the behaviour of the Python the reference runs this
	// Django on (3.11 for 3.2, 3.13 for 5.2 and 6.1).
	Python Python

	// --- Saving, bulk operations and deletion (engine/orm) ---

	// InsertReturning: INSERT (and bulk INSERT) ends with RETURNING the
	// primary key and db_returning fields instead of reading
	// last_insert_rowid(), and bulk_create() sets the new primary keys:
	// can_return_columns_from_insert and can_return_rows_from_bulk_insert
	// on SQLite 3.35+ (Django 4.0, #32501).
	InsertReturning bool
	// BulkInsertValues: a multi-row INSERT (bulk_create, a many-to-many
	// add()) writes `VALUES (1, 1), (1, 2)`; Django 3.2's SQLite
	// bulk_insert_sql wrote `SELECT 1, 1 UNION ALL SELECT 1, 2` (Django 4.1,
	// #33460).
	BulkInsertValues bool
	// BulkCreateUpdateConflicts: bulk_create() takes update_conflicts,
	// update_fields and unique_fields (INSERT ... ON CONFLICT(...) DO
	// UPDATE SET "f" = EXCLUDED."f"), Django 4.1 (#31685).
	BulkCreateUpdateConflicts bool
	// BulkUpdateReturnsRows: bulk_update() returns the number of rows
	// matched, 0 for no objects (Django 4.0, #32381).
	BulkUpdateReturnsRows bool
	// BulkUpdateChecksRelated: bulk_update() refuses an unsaved related
	// object among the fields it updates ("bulk_update() prohibited to
	// prevent data loss due to unsaved related object 'x'.") and takes the
	// pk of one saved after the assignment (Django 4.1, #33322).
	BulkUpdateChecksRelated bool
	// UpdateOrCreateUpdateFields: update_or_create() saves the found object
	// with update_fields, the defaults and the fields whose pre_save() may
	// change them (dates, files), instead of every field (Django 4.2,
	// #32095).
	UpdateOrCreateUpdateFields bool
	// UpdateOrCreateCreateDefaults: update_or_create() takes
	// create_defaults, the values of an object it creates (Django 5.0,
	// #34280).
	UpdateOrCreateCreateDefaults bool
	// SaveParentsOnce: save() writes a common ancestor of multiple
	// inheritance once (_save_parents' updated_parents), where 3.2 saved
	// it again through each parent (Django 4.1, #33414).
	SaveParentsOnce bool
	// UpdateReturning: save() reads back the fields it writes from an
	// expression (F('n') + 1, Now()) with UPDATE ... RETURNING (and INSERT
	// ... RETURNING), so the instance holds their values instead of the
	// expression (Django 6.0, #27222).
	UpdateReturning bool
	// ModelNotUpdated: a forced update (force_update, update_fields) that
	// matches no row raises Model.NotUpdated, a subclass of
	// django.core.exceptions.ObjectNotUpdated and DatabaseError, instead of
	// DatabaseError (Django 6.0).
	ModelNotUpdated bool
	// UpdateOnlyConcreteFields: update() refuses any field without a
	// column, a reverse relation included, with "Cannot update model field
	// <ManyToOneRel: myapp.comment> (only concrete fields are permitted)."
	// where 3.2 let a reverse one-to-many fail later with an AttributeError
	// (Django 6.0).
	UpdateOnlyConcreteFields bool
	// DeferredUnsavedRaises: reading a deferred field of an instance
	// without a pk raises AttributeError ("Cannot retrieve deferred field
	// 'qty' from an unsaved model.") instead of querying for pk None, and
	// save() of such an instance no longer limits itself to the loaded
	// fields (Django 6.1, with the fetch modes, #28586).
	DeferredUnsavedRaises bool
	// SaveForceInsertTuple: save(force_insert=(Parent,)) also inserts into
	// the listed parents' tables; anything but a bool or a tuple of base
	// models is a TypeError (Django 5.0, #30382).
	SaveForceInsertTuple bool
	// SaveKeywordOnly: save() takes its options by keyword only ("Model.
	// save() takes 1 positional argument but 3 were given"); deprecated in
	// Django 5.1, removed in 6.0 (#35060).
	SaveKeywordOnly bool
	// UpdateFieldsNamesPrimaryKeys: save(update_fields=...) with an
	// unknown name says "are m2m fields, primary keys, or are non-concrete
	// fields" (Django 5.2, with composite primary keys, #373).
	UpdateFieldsNamesPrimaryKeys bool
	// DatabaseOnDelete: on_delete=models.DB_CASCADE, DB_SET_NULL and
	// DB_SET_DEFAULT, done by the foreign key's ON DELETE clause (in the
	// DDL) and skipped by the Collector (Django 6.1, #21961).
	DatabaseOnDelete bool
	// AsyncMethods: the async variants (acount(), aget(), acreate(),
	// asave(), adelete(), aadd(), ...) return coroutines that
	// asyncio.run() drives (QuerySet: Django 4.1, #33646; models and
	// related managers: 4.2).
	AsyncMethods bool
	// M2MCountThroughTable: a many-to-many manager's count() and exists()
	// query the through table alone, without joining the target (the
	// manager's constrained_target, Django 5.1, #29725).
	M2MCountThroughTable bool
	// FetchModes: QuerySet.fetch_mode(FETCH_ONE | FETCH_PEERS |
	// FETCH_RAISE) says how instances load a deferred field, a foreign
	// key's object or a reverse one-to-one: one query each, one query for
	// all the instances fetched together, or FieldFetchBlocked; related
	// managers and loaded objects inherit the mode (Django 6.1, #28586).
	FetchModes bool
	// DecimalSaveUnquantized: a DecimalField saves str() of its Decimal
	// ('0', '2.5', '1E+2') where 3.2 quantized it to decimal_places
	// ('0.00') and raised InvalidOperation past max_digits:
	// adapt_decimalfield_value() became a no-op (Django 5.2, #35982).
	DecimalSaveUnquantized bool
	// BulkCreateOrderWithRespectTo: bulk_create() on a model with
	// Meta.order_with_respect_to gives each object without an _order the
	// next one of its group, read for all groups in one query (Django 6.1).
	BulkCreateOrderWithRespectTo bool
	// UpdateRefusesDistinctFields: update() after distinct(*fields) raises
	// TypeError ("Cannot call update() after .distinct(*fields).") where
	// earlier versions ran the UPDATE (Django 6.1).
	UpdateRefusesDistinctFields bool
	// DeleteAfterDistinct: QuerySet.delete() after distinct() deletes; only
	// distinct(*fields) is refused ("Cannot call delete() after
	// .distinct(*fields)."). Django 3.2 refused any distinct() (#32433).
	DeleteAfterDistinct bool
	// CollectorLazySetNull: the Collector does not fetch the objects a
	// SET_NULL or SET(value) relation updates; it runs one UPDATE ... SET
	// "fk" = NULL WHERE "fk" IN (...) on their queryset, keys its updates
	// by (field, value) alone and no longer sets the value on collected
	// instances (on_delete.lazy_sub_objs, Django 4.2, #33928).
	CollectorLazySetNull bool

	// --- Query compilation (engine/query) ---

	// ExistsSelectsOne: exists() and Exists() select the annotation
	// Value(1), `SELECT 1 AS "a"`, instead of the extra select `(1) AS
	// "a"` (which also left `, (1)` in GROUP BY), and a distinct query's
	// columns are dropped too unless it is sliced (Django 4.1, #33655).
	ExistsSelectsOne bool

	// ValuesSelectedAliases: values() and values_list() with names
	// select exactly those names, in the order given (annotations and
	// extra selects among the fields), each under its name: `SELECT
	// "t"."name" AS "name"`; the rows follow that order (Query.selected,
	// Django 5.2, #28900).
	ValuesSelectedAliases bool

	// ColAliasesQuoted: the generated aliases of a query compiled as a
	// subquery or part of a union are `AS "col1"` (lower case, quoted;
	// Django 4.0, #32693) and belong to the select list, so ORDER BY and
	// GROUP BY positions count them (Django 4.2, refs #28333).
	ColAliasesQuoted bool

	// CombinedColAliases: the parts of union(), intersection() and
	// difference(), and the combined query itself, are compiled with
	// column aliases (`SELECT "t"."id" AS "col1" ... UNION SELECT ...`), so
	// the combined query orders by them (`ORDER BY "col3" DESC`; Django
	// 4.2).
	CombinedColAliases bool

	// OrderBySelectedPosition: ORDER BY a selected alias or expression is
	// written as its position in the select list (`ORDER BY 2 DESC`;
	// Django 4.2, #34346).
	OrderBySelectedPosition bool

	// GroupBySelectedPosition: GROUP BY a selected expression is written
	// as its position (`GROUP BY 1`); set_group_by groups by a reference
	// to every selected annotation that is not an aggregate, and turns
	// values() transforms into annotations (Django 4.2, #34176).
	GroupBySelectedPosition bool

	// GroupByIgnoresMetaOrdering: a model's Meta.ordering, which a
	// grouped query does not order by, no longer adds its columns to
	// GROUP BY (values('x').annotate(Count(...)) groups by x alone;
	// Django 4.0, #32546).
	GroupByIgnoresMetaOrdering bool

	// LookupRHSParenthesized: an expression on the right of a lookup is
	// wrapped in parentheses unless it already starts with one or is a
	// Value: `U0."post_id" = ("myapp_post"."id")`, `> ("t"."col")`
	// (Django 4.0, #32673).
	LookupRHSParenthesized bool

	// NumericCastParenthesized: SQLite's cast of a decimal expression
	// (an aggregate, arithmetic, a function, a window over a
	// DecimalField) is parenthesised, `(CAST(SUM("t"."price") AS
	// NUMERIC))` (SQLiteNumericMixin.as_sqlite, after 3.2).
	NumericCastParenthesized bool

	// JSONKeyTypeAware: a JSONField key transform on SQLite reads JSON
	// null, true and false as their JSON_TYPE ('null', 'true', 'false')
	// and other values with JSON_EXTRACT, `(CASE WHEN JSON_TYPE(...) IN
	// ('null','false','true') THEN JSON_TYPE(...) ELSE JSON_EXTRACT(...)
	// END)`, and exact/in compare those three as plain strings; `data=None`
	// is `"data" = 'null'` (Django 4.0, #32483).
	JSONKeyTypeAware bool

	// DecimalCastValueCaseWrapper: Value, Case and ExpressionWrapper are
	// SQLiteNumericMixins, so with a decimal output they are cast on
	// SQLite, `(CAST('1.5' AS NUMERIC))`, `(CAST(CASE ... END AS
	// NUMERIC))` (after 3.2).
	DecimalCastValueCaseWrapper bool

	// ConcatParenthesized: Concat on SQLite is parenthesised, `(COALESCE(a,
	// '') || COALESCE(b, ''))` (ConcatPair.pipes_concat_sql, after 3.2).
	ConcatParenthesized bool

	// NowSubsecond: Now() on SQLite is `STRFTIME('%Y-%m-%d %H:%M:%f',
	// 'NOW')`, with microseconds, instead of CURRENT_TIMESTAMP (Django
	// 4.2, #34070).
	NowSubsecond bool

	// RoundPrecision: Round(expression, precision=0) always passes its
	// precision, `ROUND("t"."x", 0)`, and refuses a negative one on
	// SQLite (Django 4.0, #31487).
	RoundPrecision bool

	// RightSubstrLength: Right(expression, length) on SQLite is
	// `SUBSTR(x, (length * -1), length)` (after 3.2).
	RightSubstrLength bool

	// AggregationStripsAnnotations: aggregate() and count() drop the
	// annotations the aggregates do not refer to; over a grouped,
	// sliced, distinct or aggregated query the subquery selects only the
	// columns the aggregates read (`SELECT SUM("__col1") FROM (SELECT
	// "t"."x" AS "__col1" ...) subquery`) and names its other columns
	// col1, col2... (Django 4.2, #28477).
	AggregationStripsAnnotations bool

	// ExistsEmptyIsFalse: Exists() over a query that can match nothing is
	// `0` (Value(False)) instead of making the whole WHERE empty (Django
	// 4.2, #34254).
	ExistsEmptyIsFalse bool

	// QuoteTableAliases: table aliases are quoted like table names,
	// `INNER JOIN "myapp_person" "T2"`, `"U0"."id"` (SQLCompiler.quote_name
	// replaces quote_name_unless_alias; Django 6.1, #36795).
	QuoteTableAliases bool

	// BooleanExactCompares: a boolean column (or other expression that
	// is not EXISTS, a lookup or a Q) filtered on True or False is
	// compared, `"t"."active" = 1` / `= 0`, instead of written bare
	// (`WHERE "t"."active"` / `NOT "t"."active"`): SQLite has no native
	// boolean field and conditional_expression_supported_in_where_clause
	// says so (Django 6.1).
	BooleanExactCompares bool

	// DecimalValueCastReal: a Value holding a Decimal is cast `AS REAL`
	// on SQLite (other decimal Values still AS NUMERIC; Value.as_sqlite,
	// Django 6.1).
	DecimalValueCastReal bool

	// CaseDefaultValueCast: a Case whose every branch can match nothing
	// is its default, a Value cast to its output field, `CAST('z' AS
	// text)` (Case.as_sql, Django 6.1).
	CaseDefaultValueCast bool

	// JSONFieldInTypeAware: `data__in=[...]` on a JSONField reads the
	// document as a key transform does and compares JSON_EXTRACT of each
	// value (JSONIn, Django 6.1).
	JSONFieldInTypeAware bool

	// PrefetchForwardTupleIn: prefetching a forward many-to-one or
	// one-to-one filters the related rows with TupleIn over the related
	// key (`("t"."id" = 1 OR "t"."id" = 2)` on SQLite, which lacks tuple
	// lookups) in the instances' order, and drops the related model's
	// ordering (Django 5.2, composite primary keys, #373).
	PrefetchForwardTupleIn bool

	// RelatedOrderingPrefixed: ordering by a relation whose model's
	// Meta.ordering holds expressions resolves them through the relation
	// (F("name") is F("dept__name")) instead of against the queried model
	// (Django 4.1, #29538).
	RelatedOrderingPrefixed bool

	// SubqueryKeepsOrdering: a query used as a subquery keeps its
	// ordering (SQLite ignores it) except on the right of __in, which
	// clears it (Django 4.0, #32786); the queries of a combined subquery
	// are resolved too, each with its own aliases (U0...).
	SubqueryKeepsOrdering bool

	// WindowFiltering: filters on window functions are allowed; they
	// run over the query wrapped as a subquery, `SELECT * FROM ( ... )
	// "qualify" WHERE "rn" = 1` (QUALIFY emulated; Django 4.2, #28333).
	WindowFiltering bool

	// OrderingRelationTransforms: ordering by a relation followed by
	// more names ("reporter__name__lower", "reporter__nosuch") applies
	// them as transforms (or fails on them) instead of ordering by the
	// related model's Meta.ordering (Django 4.2, #34012).
	OrderingRelationTransforms bool

	// TupleLookupsNative: SQLite runs tuple lookups natively,
	// `("t"."id") IN ((1), (2))` (supports_tuple_lookups, Django 6.1).
	TupleLookupsNative bool

	// CombinedOrderingCleared: union() and its kin order the combined
	// query by the model's default ordering and clear the explicit
	// ordering of the other queries; clearing a combined query's ordering
	// clears its parts' too, so count() over a union of ordered models
	// runs (Django 6.1, #36938, #37097).
	CombinedOrderingCleared bool

	// --- Models, fields and the schema (engine/schema) ---

	// DBDefault: Field(db_default=...) is accepted and writes the column's
	// DEFAULT (a literal, or an expression in parentheses); an instance
	// that leaves the field unset holds a DatabaseDefault, which an
	// INSERT compiles to the expression on SQLite (no DEFAULT keyword),
	// and the field is a db_returning field (Django 5.0, ticket #470).
	DBDefault bool
	// InsertOmitsDBDefault: an INSERT leaves out a db_default column whose
	// value is DatabaseDefault in every row (RETURNING reads it back);
	// Django 5.x compiles it to its expression (Django 6.0).
	InsertOmitsDBDefault bool
	// GeneratedField: models.GeneratedField(expression, output_field,
	// db_persist), the column `GENERATED ALWAYS AS (...) STORED|VIRTUAL`,
	// left out of INSERT and UPDATE and read back by RETURNING (Django
	// 5.0, ticket #31300).
	GeneratedField bool
	// UpdateReturnsGenerated: save()'s UPDATE ends with RETURNING the
	// generated fields that depend on the updated ones, so the instance
	// holds their new values; in 5.x they keep what the INSERT returned.
	// GeneratedField's db_persist is required (Django 6.0).
	UpdateReturnsGenerated bool
	// CompositePrimaryKey: models.CompositePrimaryKey("a", "b"), whose pk
	// is a tuple, a table PRIMARY KEY ("a", "b") constraint, and lookups
	// on pk over every column (Django 5.2, ticket #373).
	CompositePrimaryKey bool
	// TupleLookupRowValues: lookups on a composite pk compile to SQL row
	// values, ("a", "b") = (1, 'x') and ("a", "b") IN ((1, 'x')), where
	// Django 5.2 writes (a = 1 AND b = 'x') (Django 6.0:
	// supports_tuple_lookups on SQLite).
	TupleLookupRowValues bool
	// ForeignObjectTupleLookups: a lookup on a ForeignObject over several
	// columns is a tuple lookup (RelatedLookupMixin.as_sql on ColPairs →
	// tuple_lookups), so isnull (and exact None) tests every column,
	// ("a" IS NULL OR "b" IS NULL); Django 3.2's get_normalized_value
	// zips (True,) with the columns and tests only the first (by Django
	// 5.2, with the tuple lookups of composite primary keys, ticket #373).
	ForeignObjectTupleLookups bool
	// ChoicesAnyForm: choices= takes a Choices class (choices=Status), a
	// mapping ({"a": "A"} and groups as nested mappings) and a callable
	// (normalize_choices), besides a sequence of pairs (Django 5.0).
	ChoicesAnyForm bool
	// ConstraintsViolationError: BaseConstraint's violation_error_message
	// (Django 4.1) and violation_error_code (5.0), shown in reprs.
	ConstraintsViolationError bool
	// UniqueConstraintExpressions: UniqueConstraint(*expressions, ...)
	// (functional unique constraints, a unique index over expressions;
	// Django 4.0, ticket #30916) and nulls_distinct (Django 5.0; SQLite supports neither value, so the constraint is left
	// out of the DDL).
	UniqueConstraintExpressions bool
	// CheckConstraintCondition: CheckConstraint(condition=...) and the
	// constraint's repr shows condition= (Django 5.1;
	// check= is deprecated).
	CheckConstraintCondition bool
	// CheckConstraintCheckRemoved: CheckConstraint(check=...) is a
	// TypeError, the deprecation ended (Django 6.0).
	CheckConstraintCheckRemoved bool
	// IndexTogetherRemoved: Meta.index_together is no Meta option any
	// more ("'class Meta' got invalid attribute(s): index_together";
	// Django 5.1, deprecated since 4.2, ticket #27236).
	IndexTogetherRemoved bool
	// DBComments: Field(db_comment=...) and Meta.db_table_comment are
	// accepted; SQLite has no comments, so the DDL does not change there
	// (Django 4.2, ticket #18468).
	DBComments bool
	// NullBooleanFieldRemoved: NullBooleanField is a system check error
	// (fields.E903) instead of the warning W903 (Django 4.0).
	NullBooleanFieldRemoved bool
	// CharFieldUnlimited: CharField may omit max_length on a database
	// with unlimited varchar (SQLite): no fields.E120 (Django 4.2).
	CharFieldUnlimited bool
	// DecimalFieldNoPrecision: DecimalField may omit both max_digits and
	// decimal_places on SQLite (supports_no_precision_decimalfield); one
	// without the other is fields.E135 (Django 6.0).
	DecimalFieldNoPrecision bool
	// ChoicesNotSet: a set is no valid choices (fields.E004 asks for an
	// ordered iterable; Django 6.0).
	ChoicesNotSet bool
	// ClashNamesAccessor: the reverse accessor clash checks (fields.E302,
	// E304) name the accessor, "Reverse accessor 'Target.thing_set' for
	// ..." (changed between 3.2 and 5.2).
	ClashNamesAccessor bool
	// AutoFieldTwiceValueError: a second auto field on a model raises
	// ValueError instead of AssertionError (changed between 3.2 and 5.2:
	// asserts were removed from Django's code).
	AutoFieldTwiceValueError bool
	// PostgresIdentityColumns: on PostgreSQL an AutoField is `integer NOT
	// NULL PRIMARY KEY GENERATED BY DEFAULT AS IDENTITY` instead of
	// serial (Django 4.1, ticket #30511).
	PostgresIdentityColumns bool

	// --- Errors and reprs of the Django API (engine/django) ---

	// AssertsAreExceptions: the QuerySet API's `assert` statements
	// raise TypeError or ValueError instead of AssertionError: a slice
	// taken before filter()/order_by()/update()/delete()/distinct()/
	// extra()/in_bulk()/combining (TypeError), negative indexing and
	// dates()/datetimes() arguments (ValueError), Trunc of a non-date
	// field (TypeError), delete() of an unsaved instance (ValueError),
	// update()/delete() on a slice (TypeError), bulk_create() and
	// bulk_update() with batch_size=0 (ValueError);
	// the messages are completed ("with delete().", "with in_bulk().",
	// extra()'s gets its period) and latest() checks the slice before
	// reversing. Django 4.0, ticket #32508.
	AssertsAreExceptions bool
	// MessagesTrimmed: error messages lost the trailing space 3.2 left
	// after their last sentence ("Cannot truncate DateField 'd' to
	// DateTimeField. "). Django 4.0, PR #14174.
	MessagesTrimmed bool
	// ModelInitRefusesBothArgs: Model(1, id=2) is a TypeError "Book()
	// got both positional and keyword arguments for field 'id'."; 3.2
	// let the positional value win. Django 4.0, ticket #22640.
	ModelInitRefusesBothArgs bool
	// ModelInitListsUnexpectedKwargs: Model(foo=1, bar=2) names every
	// keyword that is no field, "Book() got unexpected keyword
	// arguments: 'foo', 'bar'", where 3.2 raised "Book() got an
	// unexpected keyword argument 'foo'" for the first (a 4.x release;
	// 5.2 and 6.1 do it).
	ModelInitListsUnexpectedKwargs bool

	// ChoicesReprQualified: repr() of a Choices member is its qualified
	// name, Article.Status.DRAFT, where 3.2 printed Enum's
	// <Status.DRAFT: 'D'> (Choices.__repr__, "a similar format was
	// proposed for Python 3.10"; after 3.2, in 5.2 and 6.1).
	ChoicesReprQualified bool
	// ChoicesAreReprEnums: IntegerChoices and TextChoices derive from
	// Python 3.11's IntEnum and StrEnum, so a member formats as its value
	// ("%d", f"{x:03d}"), and a plain Choices member's str() is Enum's
	// "Status.DRAFT"; 3.2's Choices.__str__ gave str(value) to all and
	// format() formatted that string (after 3.2, in 5.2 and 6.1).
	ChoicesAreReprEnums bool
	// ValueReprQuoted: Value('x') prints its value's repr, "Value('x')",
	// where 3.2 printed str(value), "Value(x)" (Value.__repr__, after
	// 3.2; in 5.2 and 6.1).
	ValueReprQuoted bool
	// CombinedOutputByConnector: the output field of `a + b` comes from
	// the connector's table of field classes alone (a date plus a
	// duration is a DateTimeField, an unknown source matches NoneType,
	// same-typed CharFields have none), and a mix it lacks is "Cannot
	// infer type of '+' expression involving these types: DecimalField,
	// FloatField."; 3.2 first accepted sources of one type and said
	// "Expression contains mixed types". Django 4.1, ticket #33397.
	CombinedOutputByConnector bool
	// OutputFieldIsNoneError: "Cannot resolve expression type, unknown
	// output_field" is raised as OutputFieldIsNoneError, a FieldError
	// subclass in django.db.models.expressions (after 3.2; in 5.2 and
	// 6.1).
	OutputFieldIsNoneError bool
	// BitwiseHintNamesBitxor: `F('x') & 1` is refused with "Use
	// .bitand(), .bitor(), and .bitxor() for bitwise logical
	// operations."; 3.2's hint named only .bitand() and .bitor() (after
	// 3.2; in 5.2 and 6.1).
	BitwiseHintNamesBitxor bool
	// RelatedLookupsAsTransforms: a name after a relation that is no
	// lookup is tried as a transform like any other, "Unsupported lookup
	// 'nme' for ForeignKey or join on the field not permitted.", where
	// 3.2 said "Related Field got invalid lookup: nme" (after 3.2; in
	// 5.2 and 6.1).
	RelatedLookupsAsTransforms bool
	// UnsupportedLookupNamesRest: the unsupported lookup is named with
	// the lookups after it, 'length__gt', where 3.2 named only 'length'
	// (Query.try_transform's lookups argument; after 3.2, in 5.2 and 6.1).
	UnsupportedLookupNamesRest bool
	// IsNullRequiresBool: an isnull lookup given anything but True or
	// False raises ValueError "The QuerySet value for an isnull lookup
	// must be True or False." when compiled; 3.2 took its truth value
	// (with a deprecation warning). Django 4.0, ticket #31507.
	IsNullRequiresBool bool
	// DateParseFromISOFormat: django.utils.dateparse tries Python's
	// fromisoformat() before its regexps, so a DateField reads
	// "20200101", and a value that is no string raises fromisoformat's
	// TypeError "fromisoformat: argument must be str" instead of the
	// regexps' "expected string or bytes-like object, got 'int'" (after
	// 3.2; in 5.2 and 6.1). Dates, times and datetimes are read as
	// Python 3.11's fromisoformat() reads them (engine/schema/isoformat.go):
	// "2020-W01-3", "12:30:00Z", offsets as unnamed datetime.timezone.
	DateParseFromISOFormat bool
	// ReverseManagerNeedsSaved: a reverse foreign key's manager of an
	// unsaved instance refuses to query ("'Author' instance needs to have
	// a primary key value before this relationship can be used.") and
	// add()/create()/remove()/clear()/set() need the key's target value;
	// 3.2 returned an empty queryset. Django 4.1, ticket #19580.
	ReverseManagerNeedsSaved bool
	// RefreshFromQuerySet: refresh_from_db(using=None, fields=None,
	// from_queryset=None) reads the row through a given queryset.
	// Django 5.1, ticket #28344.
	RefreshFromQuerySet bool
	// SQLiteIntegerFieldRanges: on SQLite, integer fields validate the
	// 64-bit range of their column (0 up for the Positive ones), so
	// full_clean() says "Ensure this value is greater than or equal to
	// 0." for a negative PositiveIntegerField; 3.2's SQLite
	// integer_field_range was (None, None) (after 3.2; in 5.2 and 6.1).
	SQLiteIntegerFieldRanges bool
	// ForeignKeyInvalidIsChoice: a foreign key to a missing row fails
	// validation with "publisher instance with id 99 is not a valid
	// choice." where 3.2 said "... does not exist." (ForeignKey's
	// 'invalid' message; after 3.2, in 5.2 and 6.1).
	ForeignKeyInvalidIsChoice bool
	// AnnotateAliasCatchesAttributeError: annotate(Q(...)) or
	// annotate(Lower('name')), whose argument has no default_alias, is
	// TypeError "Complex annotations require an alias"; 3.2 let the
	// AttributeError "'Q' object has no attribute 'default_alias'" out
	// (QuerySet._annotate; after 3.2, in 5.2 and 6.1).
	AnnotateAliasCatchesAttributeError bool
	// QAnnotations: annotate(n=Q(pages=1)) selects the condition as a
	// boolean ("pages" = 1 AS "n"); 3.2 failed on "'WhereNode' object has
	// no attribute 'select_format'" (a resolved Q has a BooleanField
	// output; after 3.2, in 5.2 and 6.1).
	QAnnotations bool
	// WindowOrderByList: Window(order_by=) is an OrderByList: a string
	// is a field ("-name" descending), anything else that is no
	// expression or list is "Window.order_by must be either a string
	// reference to a field, an expression, or a list or tuple of them.",
	// and the Window's str() shows the list without "ORDER BY " (after
	// 3.2; in 5.2 and 6.1).
	WindowOrderByList bool
	// RowRangeAnyBounds: RowRange(start, end) takes any integers (a
	// positive start is FOLLOWING, a negative end PRECEDING) and refuses
	// "start cannot be greater than end."; 3.2 wanted a start <= 0 and an
	// end >= 0 (after 3.2; in 5.2 and 6.1).
	RowRangeAnyBounds bool
	// IndexReprLists: repr() of a models.Index is "<Index:
	// fields=['pub_date', '-headline'] name='myapp_artic_pub_dat_96e297_idx'>"
	// where 3.2 printed "<Index: fields='pub_date, -headline'>" (after
	// 3.2; in 5.2 and 6.1).
	IndexReprLists bool
	// CheckConstraintReprCondition: repr() of a CheckConstraint shows
	// its Q as condition=(AND: ...) where 3.2 showed check='(AND: ...)'
	// (CheckConstraint.check renamed condition: Django 5.1, ticket
	// #35234).
	CheckConstraintReprCondition bool
	// DatetimeAggregateErrorNamesClass: Sum/Avg/StdDev/Variance of a date
	// or time field on SQLite is refused with "SQLite does not support
	// Sum on date or time fields, because they are stored as text."
	// (Django 6.1's check_expression_support wording).
	DatetimeAggregateErrorNamesClass bool
	// UpdateReadsGenerated: update() of a reverse one-to-many relation
	// fails on "'ManyToOneRel' object has no attribute 'generated'"
	// (add_update_fields reads field.generated since GeneratedField,
	// Django 5.0); 3.2 failed on 'get_db_prep_save'.
	UpdateReadsGenerated bool
	// SubqueryLookupCountsFields: a queryset of several values() columns
	// given to an `in` (or exact) lookup is ValueError "The QuerySet
	// value for the 'in' lookup must have 1 selected fields (received
	// 2)", raised by the lookup; 3.2 refused any multi-field values()
	// queryset as a filter value, TypeError "Cannot use multi-field
	// values as a filter value." (Django 5.2, with composite primary
	// keys).
	SubqueryLookupCountsFields bool
	// InBulkRefusesValues: in_bulk() on a values() or values_list()
	// queryset is TypeError "in_bulk() cannot be used with values() or
	// values_list()."; 3.2 failed on the dicts having no attribute 'pk'
	// (after 3.2; in 5.2).
	InBulkRefusesValues bool
	// InBulkKeepsOrdering: in_bulk(id_list) filters the queryset as it
	// is, its ordering kept; 3.2 cleared it (order_by()) (after 3.2; in
	// 5.2 and 6.1).
	InBulkKeepsOrdering bool
	// InBulkValues: in_bulk() on values() and values_list() querysets
	// maps each key to the dict, tuple or value, selecting the key field
	// when it is not (Django 6.1).
	InBulkValues bool
	// AggregateDefault: aggregates take default=, the value of an empty
	// aggregation: Sum('pages', default=0) is COALESCE(SUM(...), 0)
	// (Count refuses it, "Count does not allow default."); 3.2 took it
	// as an **extra that changed nothing. Django 4.0, ticket #10929.
	AggregateDefault bool
	// QXor: Q(a) ^ Q(b) and qs1 ^ qs2 are a logical XOR, which SQLite
	// runs as (a OR b) AND 1 = (CASE WHEN a THEN 1 ELSE 0 END + ...).
	// Django 4.2, ticket #29865.
	QXor bool
	// QuerySetContains: QuerySet.contains(obj) (and the manager's) tells
	// whether the queryset holds a saved instance, from its result cache
	// or with filter(pk=...).exists(). Django 4.0, ticket #24141.
	QuerySetContains bool
	// QuerySetOperatorCheck: qs | x, qs & x (and qs ^ x) first check the
	// operand (_check_operator_queryset): anything but a queryset is
	// AttributeError "'int' object has no attribute 'query'", a combined
	// (union()...) queryset TypeError "Cannot use | operator with
	// combined queryset." (after 3.2; in 5.2 and 6.1).
	QuerySetOperatorCheck bool
	// SelectMaskFieldError: only('headline__x') or defer('headline__x'),
	// a name past a field that is no relation, is FieldError "x" (the
	// select mask, Django 4.2); 3.2 failed on "'NoneType' object has no
	// attribute 'model'".
	SelectMaskFieldError bool
	// ChrOutputCharField: Chr() declares output_field = CharField(), so
	// Chr(Ord('name')) reads back a string; 3.2 took its source's
	// IntegerField and failed converting 'A' (after 3.2; in 5.2 and
	// 6.1).
	ChrOutputCharField bool
	// ValidateConstraints: full_clean(exclude=None, validate_unique=True,
	// validate_constraints=True) runs validate_constraints(), which checks
	// each Meta.constraints entry against the instance (a CheckConstraint
	// with a `SELECT 1 AS "_check" WHERE COALESCE(...)` query, a
	// UniqueConstraint with an exists() query or, with a condition, both)
	// and says "Constraint “name” is violated."; validate_unique() no
	// longer checks the unique constraints. Django 4.1, ticket #30581.
	ValidateConstraints bool
	// IsNullOnValueDecided: an isnull lookup on a Value (Q.check()'s
	// values) is decided when compiled, the condition dropped as always
	// or never true, instead of 'T1' IS NULL (after 3.2; in 5.2 and 6.1).
	IsNullOnValueDecided bool
	// QCheckPlainWhere: Q.check() filters on the condition itself,
	// `SELECT 1 AS "_check" WHERE (...)`, a NULL result failing the
	// check; 5.2 wrapped it in COALESCE(..., 1) (Django 6.x's
	// Q.check()).
	QCheckPlainWhere bool

	// --- Time zones and dates ---

	// ZoneInfo: time zones are zoneinfo's rather than pytz's (Django 4.0,
	// "zoneinfo default timezone implementation"). With USE_TZ, datetimes
	// read from the database and timezone.now() carry
	// datetime.timezone.utc, and the default and
	// current time zone (what make_aware, localtime, datetimes() and Trunc
	// give) is zoneinfo.ZoneInfo(TIME_ZONE); make_aware of an aware
	// datetime says "make_aware expects a naive datetime, got ...". Django
	// 3.2 gives pytz.utc (<UTC>) everywhere, and pytz's localize() refuses
	// an aware datetime with "Not naive datetime (tzinfo is already set)".
	ZoneInfo bool
	// TimezoneUTCRemoved: django.utils.timezone.utc, the alias of
	// datetime.timezone.utc deprecated in Django 4.1, is gone (Django 5.0).
	TimezoneUTCRemoved bool
	// PytzDropped: Django no longer depends on pytz (Django 5.0), so a
	// project has no pytz to import; 3.2 brings it (pytz.utc is its
	// timezone.utc).
	PytzDropped bool
	// DateFunctionParams: the SQLite date functions get the lookup type
	// and the time zone names as query parameters rather than literals in
	// the SQL (Django 4.1 gave the backend's date_extract_sql and friends
	// (sql, params) arguments, which also retired 3.2's check of the kind
	// against \w+, "Invalid lookup_name: ..."); the SQLite runs the same,
	// str(query) shows django_date_trunc(month, ..., None, None).
	DateFunctionParams bool
	// DurationISOWeeks: dateparse.parse_duration reads ISO 8601 weeks,
	// "P2W" (Django 6.0).
	DurationISOWeeks bool
	// IsoYearBounds: the iso_year lookups compare with the bounds of the
	// ISO year (its first Monday to the Sunday ending its last week)
	// rather than the calendar year's (Django 4.0; YearLookup passes
	// iso_year to year_lookup_bounds_for_date(time)_field).
	IsoYearBounds bool

	// --- Django's documented examples and test apps (docs) ---

	// LookupExpressions: the lookup classes are expressions,
	// GreaterThan(F("a"), F("b")) filtering or annotating; 3.2 prepared
	// the value at construction (AttributeError: 'F' object has no
	// attribute 'output_field') and took no lookup as a filter (Django
	// 4.0, ticket #27021).
	LookupExpressions bool
	// ExpressionInversion: ~ on an expression is a NegatedExpression,
	// `~F("is_active")` compiling to NOT (Django 4.2, ticket #16211);
	// before, only Q and Exists could be inverted (TypeError: bad
	// operand type for unary ~: 'F').
	ExpressionInversion bool
	// FSlicing: F("name")[1:5] is a Sliced expression, Substr on a char
	// or text field (Django 5.1); before, TypeError: 'F' object is not
	// subscriptable.
	FSlicing bool
	// AggregateSourcesListFilter: an aggregate's get_source_expressions()
	// ends with its filter even when it has none, [F(foo), None] (by
	// Django 5.0, whose set_source_expressions unpacks *exprs,
	// self.filter); 3.2 lists the filter only when there is one.
	AggregateSourcesListFilter bool
	// AggregateOrderBy: every aggregate has an order_by (Django 6.0,
	// ticket #35444, from PostgreSQL's OrderableAggMixin), listed last by
	// get_source_expressions(), and its filter is an AggregateFilter
	// rendered into the template's %(filter)s key (the template is
	// "%(function)s(%(distinct)s%(expressions)s%(order_by)s)%(filter)s";
	// a subclass's own template without it leaves the filter's
	// parameters unbound).
	AggregateOrderBy bool
	// QCombinesConditional: Q() | expression and Q() & expression take a
	// conditional expression (Exists, ~F("active")) as a child of the
	// new Q (Django 4.0, ticket #32455); before, TypeError(other).
	QCombinesConditional bool
	// NextByTieFirst: get_next_by_FOO() filters on (FOO = x AND pk > y)
	// OR FOO > x, built with Q.create in that order (by Django 5.0); 3.2
	// wrote Q(FOO__gt=x) | Q(FOO=x, pk__gt=y), the keyword arguments
	// sorted by name.
	NextByTieFirst bool
	// JSONValueNoneIsNull: Value(None, JSONField()) is JSON null, 'null',
	// when saved (insert) or compared, where a plain None stays SQL NULL
	// (Django 4.2, JSONField.get_db_prep_value adapting None); 3.2 wrote
	// NULL for both.
	JSONValueNoneIsNull bool
	// KeyTextTransformKT: django.db.models.fields.json has KT(), a
	// JSONField key's text as an expression (Django 4.2).
	KeyTextTransformKT bool
	// FilteredRelationResolvedOnJoin: a FilteredRelation's condition is
	// resolved when its join is made, joins still nullable then (a
	// negated condition adds IS NOT NULL), and a condition reaching a
	// relation deeper than the relation name is refused (by Django 5.0,
	// FilteredRelation.resolve_expression); 3.2 built it when compiling
	// the join.
	FilteredRelationResolvedOnJoin bool
	// DeferrableRepr: Deferrable has its own repr, Deferrable.DEFERRED
	// (Enum's was <Deferrable.DEFERRED: 'deferred'>), and a
	// UniqueConstraint's deferrable that is no Deferrable, or include
	// that is no list or tuple, is a TypeError rather than a ValueError
	// (by Django 5.2; 3.2 had neither).
	DeferrableRepr bool
	// StoragePackage: django.core.files.storage is a package, Storage
	// living in storage.base and FileSystemStorage in storage.filesystem
	// (Django 4.2, with the STORAGES setting, #26029): the module a FileField's
	// "storage must be a subclass/instance of" TypeError names.
	StoragePackage bool
}

// Python is what differs between the Python versions behind the
// reference Django versions, in the messages the shell prints.
type Python struct {
	// Version is "3.11" or "3.13".
	Version string
	// KeywordSuggestions: an unexpected keyword argument to a function
	// written in Python ends its TypeError with the closest parameter
	// name, "f() got an unexpected keyword argument 'flatt'. Did you
	// mean 'flat'?" (Python 3.13, gh-107944).
	KeywordSuggestions bool
	// JSONTrailingCommaMessage: json.loads words a trailing comma
	// "Illegal trailing comma before end of array/object" at the comma
	// (Python 3.13), and json.dumps(allow_nan=False) names
	// the value ("...not JSON compliant: nan").
	JSONTrailingCommaMessage bool
	// OrderedDictReprDict: repr(OrderedDict) is OrderedDict({'a': 1})
	// rather than OrderedDict([('a', 1)]) (Python 3.12).
	OrderedDictReprDict bool
	// RePatternError: re.error is named re.PatternError, the name
	// tracebacks print (Python 3.13).
	RePatternError bool
	// NamedTupleReplaceTypeError: a namedtuple's _replace() with an
	// unknown field name raises TypeError rather than ValueError
	// (Python 3.13).
	NamedTupleReplaceTypeError bool
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
		// Debian bookworm's python3-django.
		DjangoDir: "/usr/lib/python3/dist-packages/django",
		Python:    Python{Version: "3.11"},
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
	f.DjangoDir = "/opt/django-5.2/django" // reference.sh's chroot
	f.Python = Python{
		Version:                    "3.13",
		KeywordSuggestions:         true,
		JSONTrailingCommaMessage:   true,
		OrderedDictReprDict:        true,
		RePatternError:             true,
		NamedTupleReplaceTypeError: true,
	}

	// Saving, bulk operations and deletion.
	f.InsertReturning = true
	f.BulkInsertValues = true
	f.BulkCreateUpdateConflicts = true
	f.UpdateOrCreateUpdateFields = true
	f.SaveParentsOnce = true
	f.SaveForceInsertTuple = true
	f.AsyncMethods = true
	f.M2MCountThroughTable = true
	f.DecimalSaveUnquantized = true
	f.UpdateFieldsNamesPrimaryKeys = true
	f.UpdateOrCreateCreateDefaults = true
	f.BulkUpdateReturnsRows = true
	f.BulkUpdateChecksRelated = true
	f.DeleteAfterDistinct = true
	f.CollectorLazySetNull = true

	// Query compilation.
	f.ExistsSelectsOne = true
	f.ValuesSelectedAliases = true
	f.ColAliasesQuoted = true
	f.CombinedColAliases = true
	f.OrderBySelectedPosition = true
	f.GroupBySelectedPosition = true
	f.GroupByIgnoresMetaOrdering = true
	f.LookupRHSParenthesized = true
	f.NumericCastParenthesized = true
	f.JSONKeyTypeAware = true
	f.DecimalCastValueCaseWrapper = true
	f.ConcatParenthesized = true
	f.NowSubsecond = true
	f.RoundPrecision = true
	f.RightSubstrLength = true
	f.AggregationStripsAnnotations = true
	f.PrefetchForwardTupleIn = true
	f.RelatedOrderingPrefixed = true
	f.SubqueryKeepsOrdering = true
	f.WindowFiltering = true
	f.OrderingRelationTransforms = true
	f.ExistsEmptyIsFalse = true

	// Models, fields and the schema.
	f.DBDefault = true
	f.GeneratedField = true
	f.CompositePrimaryKey = true
	f.ForeignObjectTupleLookups = true
	f.ChoicesAnyForm = true
	f.ConstraintsViolationError = true
	f.UniqueConstraintExpressions = true
	f.CheckConstraintCondition = true
	f.IndexTogetherRemoved = true
	f.DBComments = true
	f.NullBooleanFieldRemoved = true
	f.CharFieldUnlimited = true
	f.ClashNamesAccessor = true
	f.AutoFieldTwiceValueError = true
	f.PostgresIdentityColumns = true

	// Errors and reprs of the Django API.
	f.AssertsAreExceptions = true
	f.MessagesTrimmed = true
	f.ModelInitRefusesBothArgs = true
	f.ModelInitListsUnexpectedKwargs = true
	f.ChoicesReprQualified = true
	f.ChoicesAreReprEnums = true
	f.ValueReprQuoted = true
	f.CombinedOutputByConnector = true
	f.OutputFieldIsNoneError = true
	f.BitwiseHintNamesBitxor = true
	f.RelatedLookupsAsTransforms = true
	f.UnsupportedLookupNamesRest = true
	f.IsNullRequiresBool = true
	f.DateParseFromISOFormat = true
	f.ReverseManagerNeedsSaved = true
	f.RefreshFromQuerySet = true
	f.SQLiteIntegerFieldRanges = true
	f.ForeignKeyInvalidIsChoice = true
	f.AnnotateAliasCatchesAttributeError = true
	f.QAnnotations = true
	f.WindowOrderByList = true
	f.RowRangeAnyBounds = true
	f.IndexReprLists = true
	f.CheckConstraintReprCondition = true
	f.UpdateReadsGenerated = true
	f.SubqueryLookupCountsFields = true
	f.InBulkRefusesValues = true
	f.InBulkKeepsOrdering = true
	f.AggregateDefault = true
	f.QXor = true
	f.QuerySetContains = true
	f.QuerySetOperatorCheck = true
	f.SelectMaskFieldError = true
	f.ChrOutputCharField = true
	f.ValidateConstraints = true
	f.IsNullOnValueDecided = true

	// Time zones and dates.
	f.ZoneInfo = true
	f.TimezoneUTCRemoved = true
	f.PytzDropped = true
	f.DateFunctionParams = true
	f.IsoYearBounds = true

	// Django's documented examples and test apps.
	f.LookupExpressions = true
	f.ExpressionInversion = true
	f.FSlicing = true
	f.AggregateSourcesListFilter = true
	f.QCombinesConditional = true
	f.NextByTieFirst = true
	f.JSONValueNoneIsNull = true
	f.KeyTextTransformKT = true
	f.FilteredRelationResolvedOnJoin = true
	f.DeferrableRepr = true
	f.StoragePackage = true

	return &f
}

func django61() *Features {
	f := *django52()
	f.Version, f.Release, f.Label = "6.1", "6.1.1", "Django 6.1"
	f.DjangoDir = "/opt/django-6.1/django"

	// Saving, bulk operations and deletion.
	f.UpdateReturning = true
	f.ModelNotUpdated = true
	f.UpdateOnlyConcreteFields = true
	f.DeferredUnsavedRaises = true
	f.SaveKeywordOnly = true
	f.DatabaseOnDelete = true
	f.FetchModes = true
	f.BulkCreateOrderWithRespectTo = true
	f.UpdateRefusesDistinctFields = true

	// Query compilation.
	f.QuoteTableAliases = true
	f.BooleanExactCompares = true
	f.DecimalValueCastReal = true
	f.CaseDefaultValueCast = true
	f.JSONFieldInTypeAware = true
	f.TupleLookupsNative = true
	f.CombinedOrderingCleared = true

	// Models, fields and the schema.
	f.InsertOmitsDBDefault = true
	f.UpdateReturnsGenerated = true
	f.TupleLookupRowValues = true
	f.CheckConstraintCheckRemoved = true
	f.DecimalFieldNoPrecision = true
	f.ChoicesNotSet = true

	// Errors and reprs of the Django API.
	f.DatetimeAggregateErrorNamesClass = true
	f.InBulkValues = true
	f.QCheckPlainWhere = true

	// Time zones and dates.
	f.DurationISOWeeks = true

	// Django's documented examples and test apps.
	f.AggregateOrderBy = true

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
