package python

// The "Did you mean" suggestions of Python 3.13's argument errors
// (Python/suggestions.c: _Py_CalculateSuggestions, levenshtein_distance).

const (
	suggestMaxCandidates = 750
	suggestMaxString     = 40
	suggestMoveCost      = 2
	suggestCaseCost      = 1
)

// suggestName returns the candidate closest to wrong, or "" when none is
// close enough: no more than a third of the characters involved may need
// changing, a case change costing half a move.
func suggestName(candidates []string, wrong string) string {
	if len(candidates) >= suggestMaxCandidates {
		return ""
	}
	best, bestDist := "", -1
	for _, c := range candidates {
		if c == wrong {
			continue
		}
		maxDist := (len(wrong) + len(c) + 3) * suggestMoveCost / 6
		if bestDist >= 0 && bestDist-1 < maxDist {
			maxDist = bestDist - 1
		}
		d := levenshtein(wrong, c, maxDist)
		if d > maxDist {
			continue
		}
		if best == "" || d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

func substitutionCost(a, b byte) int {
	switch {
	case a == b:
		return 0
	case lowerASCII(a) == lowerASCII(b):
		return suggestCaseCost
	}
	return suggestMoveCost
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// levenshtein is suggestions.c's levenshtein_distance: the edit distance
// with moves costing 2 and case changes 1, or maxCost+1 once it is
// certain to exceed maxCost.
func levenshtein(a, b string, maxCost int) int {
	if a == b {
		return 0
	}
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	if len(a) == 0 || len(b) == 0 {
		return (len(a) + len(b)) * suggestMoveCost
	}
	if len(a) > suggestMaxString || len(b) > suggestMaxString {
		return maxCost + 1
	}
	if len(b) < len(a) {
		a, b = b, a
	}
	if (len(b)-len(a))*suggestMoveCost > maxCost {
		return maxCost + 1
	}
	row := make([]int, len(a))
	for i := range row {
		row[i] = (i + 1) * suggestMoveCost
	}
	result := 0
	for bi := 0; bi < len(b); bi++ {
		distance := bi * suggestMoveCost
		result = distance
		minimum := -1
		for i := 0; i < len(a); i++ {
			substitute := distance + substitutionCost(b[bi], a[i])
			distance = row[i]
			insertDelete := min(result, distance) + suggestMoveCost
			result = min(insertDelete, substitute)
			row[i] = result
			if minimum < 0 || result < minimum {
				minimum = result
			}
		}
		if minimum > maxCost {
			return maxCost + 1
		}
	}
	return result
}

// unexpectedKeyword is the TypeError for a keyword argument that names
// no parameter of the Python function qualname: with the closest of
// params suggested under Python 3.13 (KeywordSuggestions).
func unexpectedKeyword(th *Thread, qualname, kw string, params []string) *Exception {
	if th != nil && th.Python.KeywordSuggestions {
		if s := suggestName(params, kw); s != "" {
			return NewError(TypeError, "%s() got an unexpected keyword argument '%s'. Did you mean '%s'?", qualname, kw, s)
		}
	}
	return NewError(TypeError, "%s() got an unexpected keyword argument '%s'", qualname, kw)
}

// UnexpectedKeyword is unexpectedKeyword for the Django methods the
// embedder writes in Go: params are the method's parameters as Python
// declares them (self first).
func UnexpectedKeyword(th *Thread, qualname, kw string, params ...string) *Exception {
	return unexpectedKeyword(th, qualname, kw, params)
}
