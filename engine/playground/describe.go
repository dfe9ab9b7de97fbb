package playground

import "github.com/ormfiddle/ormfiddle/engine/schema"

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
