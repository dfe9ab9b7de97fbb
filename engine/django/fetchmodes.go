package django

import (
	"github.com/ormfiddle/ormfiddle/engine/orm"
	"github.com/ormfiddle/ormfiddle/engine/python"
)

// buildFetchModes makes django.db.models.fetch_modes (Django 6.1,
// features.FetchModes): the classes FetchOne, FetchPeers and FetchRaise
// and their instances FETCH_ONE, FETCH_PEERS and FETCH_RAISE, which
// QuerySet.fetch_mode() takes.
func (e *Env) buildFetchModes() map[string]python.Value {
	const module = "django.db.models.fetch_modes"
	base := mustClass("FetchMode", module)
	members := map[string]python.Value{"FetchMode": base}
	e.fetchModes = map[orm.FetchMode]python.Value{}
	for _, m := range []struct {
		class, name string
		mode        orm.FetchMode
	}{{"FetchOne", "FETCH_ONE", orm.FetchOne}, {"FetchPeers", "FETCH_PEERS", orm.FetchPeers}, {"FetchRaise", "FETCH_RAISE", orm.FetchRaise}} {
		d := python.NewDict()
		d.SetStr("__module__", python.String(module))
		d.SetStr("track_peers", python.Bool(m.mode == orm.FetchPeers))
		cls, err := python.NewClass(m.class, []*python.Class{base}, d)
		if err != nil {
			panic(err)
		}
		inst := python.NewInstance(cls, nil)
		e.fetchModes[m.mode] = inst
		members[m.class] = cls
		members[m.name] = inst
	}
	e.modules[module] = python.NewModule(module, members)
	return members
}

// fetchModeOf is the orm fetch mode a Python value stands for.
func (e *Env) fetchModeOf(v python.Value) (orm.FetchMode, bool) {
	for m, inst := range e.fetchModes {
		if inst == v {
			return m, true
		}
	}
	return 0, false
}
