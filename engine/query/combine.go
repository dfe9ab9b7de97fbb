package query

// Combine is Query.combine (`qs1 | qs2`, `qs1 & qs2`): merge rhs into q,
// reusing q's joins for OR (a single row suffices) but creating new ones
// for AND, promoting join types with a JoinPromoter, and adding rhs's
// where tree, relabelled, under connector. rhs's select and ordering win
// when it has them. The errors are Django's assertions.
func (q *Query) Combine(rhs *Query, connector Connector) error {
	if q.Model != rhs.Model {
		return q.assertErr("Cannot combine queries on two different base models.")
	}
	if q.IsSliced() {
		return q.assertErr("Cannot combine queries once a slice has been taken.")
	}
	if q.Distinct != rhs.Distinct {
		return q.assertErr("Cannot combine a unique query with a non-unique query.")
	}
	changeMap := map[string]string{}
	reuse := map[string]bool{}
	if connector != AND {
		// Not a conjunction (OR, XOR): the joins are reused.
		for _, a := range q.aliasOrder {
			reuse[a] = true
		}
	}
	q.InitialAlias()
	jp := newJoinPromoter(connector, 2, false)
	var lhsVotes []string
	for _, a := range q.aliasOrder {
		if q.aliasMap[a].JoinType == Inner {
			lhsVotes = append(lhsVotes, a)
		}
	}
	jp.addVotes(lhsVotes)
	var rhsVotes []string
	rhsTables := rhs.aliasOrder
	if len(rhsTables) > 0 {
		rhsTables = rhsTables[1:]
	}
	for _, alias := range rhsTables {
		j := *rhs.aliasMap[alias]
		if n, ok := changeMap[j.ParentAlias]; ok {
			j.ParentAlias = n
		}
		if n, ok := changeMap[j.TableAlias]; ok {
			j.TableAlias = n
		}
		// join() sets the type of a new join (LEFT OUTER when
		// nullable); Django votes with that updated type.
		newAlias := q.join(&j, reuse)
		if j.JoinType == Inner && !contains(rhsVotes, newAlias) {
			rhsVotes = append(rhsVotes, newAlias)
		}
		delete(reuse, newAlias)
		if alias != newAlias {
			changeMap[alias] = newAlias
		}
		if rhs.aliasRefcount[alias] == 0 {
			q.unrefAlias(newAlias)
		}
	}
	jp.addVotes(rhsVotes)
	jp.updateJoinTypes(q)

	union := map[string]bool{}
	for k := range q.subqAliases {
		union[k] = true
	}
	for k := range rhs.subqAliases {
		union[k] = true
	}
	q.subqAliases = union

	w := rhs.Where.clone().relabel(changeMap)
	q.Where.Add(w, connector)

	if len(rhs.Select) > 0 {
		q.Select = nil
		for _, c := range rhs.Select {
			q.Select = append(q.Select, c.relabel(changeMap))
		}
		q.DefaultCols = false
	} else {
		q.Select = nil
	}
	q.ExtraSelect = append(q.ExtraSelect, rhs.ExtraSelect...)
	if len(rhs.OrderBy) > 0 {
		q.OrderBy = append([]any(nil), rhs.OrderBy...)
	}
	return nil
}

// assertErr is the error of one of Django 3.2's `assert` statements
// that later versions raise as TypeError (AssertsAreExceptions).
func (q *Query) assertErr(msg string) error {
	if q.features().AssertsAreExceptions {
		return &TypeError{msg}
	}
	return &AssertionError{msg}
}

// trailingSpace is the space Django 3.2 left at the end of some error
// messages (MessagesTrimmed).
func (q *Query) trailingSpace() string {
	if q.features().MessagesTrimmed {
		return ""
	}
	return " "
}

// AssertionError is Python's AssertionError, from Django's asserts.
type AssertionError struct{ Msg string }

func (e *AssertionError) Error() string { return "AssertionError: " + e.Msg }
