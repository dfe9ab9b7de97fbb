package playground

import "github.com/ormfiddle/ormfiddle/engine/schema"

// SchemaInfo describes the app's database for the page's diagram: every
// table with its columns and the links between them, and the proxy models,
// which have no table of their own. Tables are in DDL order.
type SchemaInfo struct {
	Tables  []TableInfo
	Proxies []ProxyInfo
}

// TableInfo is one table of SchemaInfo.
type TableInfo struct {
	// Name is the table (db_table).
	Name string
	// Model is the model class whose rows the table holds; for an
	// auto-created many-to-many table it is Django's name for its through
	// model ("Pizza_toppings").
	Model string
	// Through is "Model.field" when the table holds the rows of a
	// many-to-many relation (an auto-created table or a through= model).
	Through string
	// AutoCreated marks a table Django created for a ManyToManyField
	// without through=.
	AutoCreated bool
	// Columns are the table's columns in CREATE TABLE order.
	Columns []ColumnInfo
}

// LinkKind tells what a column that references another table stands for.
type LinkKind uint8

const (
	// LinkNone: the column references nothing.
	LinkNone LinkKind = iota
	// LinkForeignKey: a ForeignKey (many rows here to one there).
	LinkForeignKey
	// LinkOneToOne: a OneToOneField that is not a parent link.
	LinkOneToOne
	// LinkParent: the `<parent>_ptr_id` column of multi-table inheritance,
	// the child row's link to (and primary key shared with) its parent row.
	LinkParent
)

// ColumnInfo is one column of a TableInfo.
type ColumnInfo struct {
	Name   string // the column
	Field  string // the model field it stores
	Type   string // its SQLite type, as in the CREATE TABLE
	PK     bool
	Null   bool
	Unique bool
	// Link tells what the column references; References and RefColumn
	// name the table and column when Link is not LinkNone.
	Link       LinkKind
	References string
	RefColumn  string
}

// ProxyInfo is a proxy model: a class over another model's table.
type ProxyInfo struct {
	Model    string // the proxy class
	ProxyFor string // the model it directly proxies
	Table    string // the table its rows live in (its concrete model's)
}

// describeSchema builds the SchemaInfo of a loaded app.
func describeSchema(apps *schema.Apps) *SchemaInfo {
	info := &SchemaInfo{Tables: []TableInfo{}, Proxies: []ProxyInfo{}}
	through := map[*schema.Model]string{}
	for _, m := range apps.Models(true) {
		for _, f := range m.Meta.LocalManyToMany {
			if f.Rel != nil && f.Rel.Through != nil {
				through[f.Rel.Through] = m.Name + "." + f.Name
			}
		}
	}
	for _, m := range apps.Tables() {
		o := m.Meta
		t := TableInfo{Name: o.DBTable, Model: m.Name, Through: through[m], AutoCreated: o.AutoCreated, Columns: []ColumnInfo{}}
		for _, f := range o.LocalFields {
			c := ColumnInfo{
				Name:   f.Column,
				Field:  f.Name,
				Type:   f.DBType(schema.SQLite),
				PK:     f.PrimaryKey,
				Null:   f.Null,
				Unique: f.Unique() && !f.PrimaryKey,
			}
			if f.Rel != nil && f.Rel.Model != nil {
				c.References = f.Rel.Model.Meta.DBTable
				if target := f.TargetField(); target != nil {
					c.RefColumn = target.Column
				}
				switch {
				case f.Rel.ParentLink:
					c.Link = LinkParent
				case f.OneToOne():
					c.Link = LinkOneToOne
				default:
					c.Link = LinkForeignKey
				}
			}
			t.Columns = append(t.Columns, c)
		}
		info.Tables = append(info.Tables, t)
	}
	for _, m := range apps.Models(false) {
		o := m.Meta
		if !o.Proxy || o.Abstract {
			continue
		}
		p := ProxyInfo{Model: m.Name}
		if o.ProxyForModel != nil {
			p.ProxyFor = o.ProxyForModel.Name
		}
		if o.ConcreteModel != nil {
			p.Table = o.ConcreteModel.Meta.DBTable
		}
		info.Proxies = append(info.Proxies, p)
	}
	return info
}
