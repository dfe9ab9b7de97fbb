package orm

import "github.com/ormfiddle/ormfiddle/engine/schema"

// Signals lets a language binding run the receivers connected to Django's
// model signals (django.db.models.signals). The engine sends them where
// Django does: pre_save/post_save in save_base, pre_delete/post_delete in
// Collector.delete, m2m_changed in the many-to-many managers. Listeners
// also change the SQL, as in Django: a model with delete listeners is
// never fast-deleted, and an m2m add with m2m_changed listeners first
// selects the pairs that exist.
type Signals interface {
	// HasListeners is signal.has_listeners(sender).
	HasListeners(signal string, sender *schema.Model) bool
	// Send is signal.send(sender=sender, **args). Argument values are
	// engine values: *Instance, *schema.Model (a class), bool, string,
	// nil, []string for update_fields (a frozenset) and PkSet.
	Send(signal string, sender *schema.Model, args []KV) error
}

// PkSet is m2m_changed's pk_set: a set of primary keys, in CPython's
// iteration order.
type PkSet []any

// InitArgs is pre_init's args for an instance loaded from the database
// (Model.from_db calls cls(*values)).
type InitArgs []any

// sendFromDBInit sends pre_init and post_init for an instance built from
// a row, as Model.from_db's cls(*values) does when receivers listen.
func (db *DB) sendFromDBInit(inst *Instance, fields []*schema.Field) error {
	if db.hasListeners("pre_init", inst.Model) {
		var args InitArgs
		for _, f := range fields {
			args = append(args, inst.values[f.Attname])
		}
		if err := db.send("pre_init", inst.Model, KV{"args", args}, KV{"kwargs", map[string]any{}}); err != nil {
			return err
		}
	}
	return db.send("post_init", inst.Model, KV{"instance", inst})
}

// UpdateFields is save()'s update_fields as signals get it: a frozenset of
// names, or None when nil.
type UpdateFields []string

func (db *DB) hasListeners(signal string, sender *schema.Model) bool {
	return db.Signals != nil && db.Signals.HasListeners(signal, sender)
}

func (db *DB) send(signal string, sender *schema.Model, args ...KV) error {
	if db.Signals == nil || !db.Signals.HasListeners(signal, sender) {
		return nil
	}
	return db.Signals.Send(signal, sender, args)
}

// hasDeleteListeners is Collector._has_signal_listeners.
func (db *DB) hasDeleteListeners(m *schema.Model) bool {
	return db.hasListeners("pre_delete", m) || db.hasListeners("post_delete", m)
}
