package query

import (
	"fmt"
)

// getAggregationStripped is Query.get_aggregation since Django 4.2
// (features.AggregationStripsAnnotations): the aggregates are resolved
// against the query, then either computed over it directly (its other
// annotations dropped, references to them inlined) or over a subquery
// that selects only what they refer to (`SELECT SUM("__col1") FROM
// (SELECT "t"."x" AS "__col1" ...) subquery`) when the query is grouped,
// sliced, distinct, combined or already aggregates. q is a clone the
// caller gives away.
func (q *Query) getAggregationStripped(aliases []string, aggs []Expression) (*Aggregation, error) {
	var maskBefore []string
	hadMask := q.AnnotationMask != nil
	if hadMask {
		maskBefore = q.annotationSelect()
	}
	resolved := make([]Expression, len(aliases))
	refsSubquery := false
	for i, alias := range aliases {
		if err := q.AddAnnotation(alias, aggs[i], true); err != nil {
			return nil, err
		}
		ann := q.Annotations[alias]
		if !containsAggregate(ann) {
			return nil, &TypeError{alias + " is not an aggregate expression"}
		}
		for _, src := range sourceExpressions(ann) {
			if r, ok := src.(*Ref); ok && containsAggregate(r) && contains(aliases, r.Name) {
				name := ""
				if a, ok := ann.(*Aggregate); ok {
					name = a.Name
				}
				return nil, &FieldError{fmt.Sprintf("Cannot compute %s('%s'): '%s' is an aggregate", name, r.Name, r.Name)}
			}
		}
		for _, ref := range exprRefs(ann) {
			if r := q.Annotations[ref]; isSubquery(r) || containsOverClause(r) {
				// refs_subquery, refs_window.
				refsSubquery = true
			}
		}
		resolved[i] = ann
	}
	// Stash the aggregates, restore the mask.
	for _, alias := range aliases {
		delete(q.Annotations, alias)
		q.AnnotationOrder = remove(q.AnnotationOrder, alias)
		var keep []SelectedCol
		for _, s := range q.Selected {
			if s.Annotation != alias {
				keep = append(keep, s)
			}
		}
		if q.Selected != nil {
			q.Selected = keep
		}
	}
	if hadMask {
		q.SetAnnotationMask(maskBefore)
	} else {
		q.AnnotationMask = nil
	}
	_, having := q.Where.splitHaving(false)
	hasExistingAggregation := having != nil
	qualify := false
	if q.features().WindowFiltering {
		_, _, qw, err := q.Where.splitHavingQualify(false, false)
		if err != nil {
			return nil, err
		}
		qualify = qw != nil
	}
	for _, a := range q.AnnotationOrder {
		if containsAggregate(q.Annotations[a]) {
			hasExistingAggregation = true
		}
	}
	agg := &Aggregation{Aliases: aliases}
	if q.GroupByMode == GroupByList || q.IsSliced() || hasExistingAggregation || refsSubquery || qualify || q.Distinct || q.Combinator != "" {
		inner := q.Clone()
		inner.Subquery = true
		inner.SelectRelated = nil
		inner.SetAnnotationMask(q.annotationSelect())
		inner.ClearOrdering(false, true)
		if !inner.Distinct {
			if inner.DefaultCols && hasExistingAggregation {
				inner.GroupByMode = GroupByList
				inner.GroupBy = []Expression{&Col{Alias: inner.InitialAlias(), Target: inner.Meta().Pk}}
			}
			inner.DefaultCols = false
			if !qualify && q.Combinator == "" {
				// Keep only the annotations the grouping and the
				// aggregates refer to, or that group.
				var mask []string
				seen := map[string]bool{}
				addRef := func(name string) {
					if !seen[name] {
						seen[name] = true
						mask = append(mask, name)
					}
				}
				if q.GroupByMode == GroupByList {
					for _, e := range q.GroupBy {
						for _, r := range exprRefs(e) {
							addRef(r)
						}
					}
				}
				for _, a := range resolved {
					for _, r := range exprRefs(a) {
						addRef(r)
					}
				}
				for _, a := range q.annotationSelect() {
					if len(groupByCols(q.Annotations[a])) > 0 {
						addRef(a)
					}
				}
				var ordered []string
				for _, a := range inner.AnnotationOrder {
					if seen[a] {
						ordered = append(ordered, a)
					}
				}
				inner.SetAnnotationMask(ordered)
			}
		}
		// Select the columns the aggregates refer to as __col1, __col2...
		var colRefs []*Ref
		outer := make([]Expression, len(resolved))
		for i, a := range resolved {
			var cols []*Col
			gatherCols(a, &cols)
			repl := map[*Col]*Ref{}
			for _, col := range cols {
				var ref *Ref
				for _, r := range colRefs {
					if exprEqual(r.Source, col) {
						ref = r
					}
				}
				if ref == nil {
					name := fmt.Sprintf("__col%d", len(colRefs)+1)
					ref = &Ref{Name: name, Source: col}
					colRefs = append(colRefs, ref)
					inner.addAnnotationNoErr(name, col)
				}
				repl[col] = ref
			}
			outer[i] = replaceCols(a, func(c *Col) Expression {
				for k, r := range repl {
					if exprEqual(k, c) {
						return r
					}
				}
				return c
			})
		}
		agg.Exprs = outer
		return agg, q.aggregateSubquery(agg, inner)
	}
	q.Select = nil
	q.Selected = nil
	q.DefaultCols = false
	q.ExtraSelect = nil
	anns := map[string]Expression{}
	for i, alias := range aliases {
		a := resolved[i]
		if len(q.Annotations) > 0 {
			// Inline the references to the other annotations.
			a = inlineRefs(a)
		}
		anns[alias] = a
	}
	q.Annotations = anns
	q.AnnotationOrder = append([]string(nil), aliases...)
	q.SetAnnotationMask(aliases)
	q.ClearOrdering(true, true)
	q.ClearLimits()
	q.SelectRelated = nil
	for _, a := range aliases {
		agg.Exprs = append(agg.Exprs, q.Annotations[a])
	}
	c := &Compiler{Query: q}
	sql, params, err := c.AsSQL(false)
	agg.SQL, agg.Params = sql, params
	return agg, err
}

// exprRefs is get_refs: the annotation names an expression refers to.
func exprRefs(e any) []string {
	var out []string
	var walk func(e any)
	walk = func(e any) {
		switch x := e.(type) {
		case nil:
		case *Ref:
			out = append(out, x.Name)
		case *Aggregate:
			walk(x.Source)
			if x.where != nil {
				walk(x.where)
			}
		case *When:
			walk(x.Condition)
			walk(x.Result)
		case *Lookup:
			walk(x.LHS)
			if r, ok := x.RHS.(Expression); ok {
				walk(r)
			}
		case *WhereNode:
			for _, ch := range x.Children {
				walk(ch)
			}
		case *whereExpr:
			walk(x.w)
		case Expression:
			for _, s := range sourceExpressions(x) {
				walk(s)
			}
		}
	}
	walk(e)
	return out
}

// gatherCols is Query._gen_cols(resolve_refs=False): the columns an
// expression reads, not looking through references to annotations.
func gatherCols(e any, out *[]*Col) {
	switch x := e.(type) {
	case nil, *Ref:
	case *Col:
		*out = append(*out, x)
	case *Aggregate:
		gatherCols(x.Source, out)
		if x.where != nil {
			gatherCols(x.where, out)
		}
	case *When:
		gatherCols(x.Condition, out)
		gatherCols(x.Result, out)
	case *Lookup:
		gatherCols(x.LHS, out)
		if r, ok := x.RHS.(Expression); ok {
			gatherCols(r, out)
		}
	case *WhereNode:
		for _, ch := range x.Children {
			gatherCols(ch, out)
		}
	case *whereExpr:
		gatherCols(x.w, out)
	case Expression:
		for _, s := range sourceExpressions(x) {
			gatherCols(s, out)
		}
	}
}

// replaceCols is replace_expressions over the columns of e.
func replaceCols(e Expression, f func(*Col) Expression) Expression {
	switch x := e.(type) {
	case *Col:
		return f(x)
	case *Ref, nil:
		return e
	}
	srcs := sourceExpressions(e)
	if len(srcs) == 0 {
		return e
	}
	n := make([]Expression, len(srcs))
	for i, s := range srcs {
		n[i] = replaceCols(s, f)
	}
	return withSources(e, n)
}

// inlineRefs replaces references to annotations by the annotations.
func inlineRefs(e Expression) Expression {
	if r, ok := e.(*Ref); ok {
		return r.Source
	}
	srcs := sourceExpressions(e)
	if len(srcs) == 0 {
		return e
	}
	n := make([]Expression, len(srcs))
	for i, s := range srcs {
		n[i] = inlineRefs(s)
	}
	return withSources(e, n)
}
