package python

import "testing"

// The expectations are what Python 3.13's traceback._levenshtein_distance
// (the pure-Python twin of suggestions.c) picks for the same names.
func TestSuggestName(t *testing.T) {
	for _, c := range []struct {
		names       []string
		wrong, want string
	}{
		{[]string{"self", "flat", "named"}, "flatt", "flat"},
		{[]string{"self", "greeting"}, "greting", "greeting"},
		{[]string{"self", "flat", "named"}, "Flat", "flat"},
		{[]string{"self", "using", "fields", "from_queryset"}, "field", "fields"},
		{[]string{"self", "a", "b"}, "c", ""},
		{[]string{"self", "exclude", "validate_unique", "validate_constraints"}, "validate", ""},
		{[]string{"self", "name"}, "nme", "name"},
		{[]string{"self", "descending", "nulls_first", "nulls_last"}, "nulls_frist", "nulls_first"},
		{[]string{"abc", "abd"}, "abx", "abc"},
		{[]string{"self", "x"}, "self_", "self"},
	} {
		if got := suggestName(c.names, c.wrong); got != c.want {
			t.Errorf("suggestName(%q, %q) = %q, want %q", c.names, c.wrong, got, c.want)
		}
	}
}
