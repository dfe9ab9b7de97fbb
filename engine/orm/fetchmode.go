package orm

import (
	"fmt"

	"github.com/ormfiddle/ormfiddle/engine/query"
	"github.com/ormfiddle/ormfiddle/engine/schema"
)

// FetchMode is how an instance loads what it has not loaded yet (a
// deferred field, a foreign key's object, a reverse one-to-one): Django
// 6.1's fetch modes (django/db/models/fetch_modes.py, features.FetchModes).
type FetchMode uint8

const (
	// FetchOne loads for this instance alone (FETCH_ONE, the default and
	// what earlier versions do).
	FetchOne FetchMode = iota
	// FetchPeers loads for every instance the same queryset fetched
	// (FETCH_PEERS): one query instead of N.
	FetchPeers
	// FetchRaise refuses with FieldFetchBlocked (FETCH_RAISE).
	FetchRaise
)

// peers are the instances one queryset evaluation made
// (ModelState.peers), shared by them under FETCH_PEERS.
type peers struct{ list []*Instance }

// SetFetchMode is QuerySet.fetch_mode(mode).
func (qs *QuerySet) SetFetchMode(m FetchMode) *QuerySet {
	c := qs.chain()
	c.fetchMode = m
	return c
}

// SetFetchModeError is fetch_mode() given something that is not a fetch
// mode: the error ModelIterable raises once the query has run.
func (qs *QuerySet) SetFetchModeError(err error) *QuerySet {
	c := qs.chain()
	c.fetchModeErr = err
	return c
}

// withFetchMode is qs with its fetch mode set in place (the related
// managers' and descriptors' querysets take the instance's).
func (qs *QuerySet) withFetchMode(m FetchMode) *QuerySet {
	qs.fetchMode = m
	return qs
}

// FetchModeOf is the instance's _state.fetch_mode.
func (o *Instance) FetchModeOf() FetchMode { return o.State.FetchMode }

// fetchPeers is FetchPeers.fetch's instances: the live peers when there
// is more than one, else nil (fetch_one).
func (o *Instance) fetchPeers() []*Instance {
	if o.State.FetchMode != FetchPeers || o.State.peers == nil || len(o.State.peers.list) < 2 {
		return nil
	}
	return o.State.peers.list
}

// fetchBlocked is FetchRaise.fetch: "Fetching of Book.author blocked.".
func (o *Instance) fetchBlocked(name string) error {
	return &Error{Class: "FieldFetchBlocked", Msg: fmt.Sprintf("Fetching of %s.%s blocked.", o.Model.Name, name)}
}

// fetchDeferredMany is DeferredAttribute.fetch_many: the field's values of
// all the peers in one query, values_list(attname, flat=True).in_bulk({
// peer pks}).
func (o *Instance) fetchDeferredMany(f *schema.Field, instances []*Instance) error {
	pks := newPySet()
	for _, i := range instances {
		pks.add(i.Pk())
	}
	qs, err := o.DB.All(f.Model).FilterQ(query.NewQ(nil, []query.Filter{{Lookup: "pk__in", Value: pks.items()}}), false)
	if err != nil {
		return err
	}
	if qs, err = qs.ValuesList(false, false, "pk", f.Attname); err != nil {
		return err
	}
	rows, err := qs.Results()
	if err != nil {
		return err
	}
	byPk := map[any]any{}
	for _, r := range rows {
		row := r.(Row)
		byPk[row.Values[0]] = row.Values[1]
	}
	for _, i := range instances {
		v, ok := byPk[i.Pk()]
		if !ok {
			return &Error{Class: "KeyError", Msg: schema.Repr(i.Pk())}
		}
		i.SetValue(f.Attname, v)
	}
	return nil
}

// fetchRelatedMany is the descriptors' fetch_many: prefetch_related_objects
// of the relation for the peers that have not loaded it.
func (o *Instance) fetchRelatedMany(name string, instances []*Instance) error {
	var missing []*Instance
	for _, i := range instances {
		if _, ok := i.CachedRelated(name); !ok {
			missing = append(missing, i)
		}
	}
	p, err := NewPrefetch(name, nil, "")
	if err != nil {
		return err
	}
	return PrefetchRelatedObjects(o.DB, missing, p)
}
