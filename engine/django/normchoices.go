package django

import "github.com/ormfiddle/ormfiddle/engine/python"

// normalizeChoices is django.utils.choices.normalize_choices, what
// Field.choices holds where the version normalizes it
// (ChoicesNormalized): a Choices class gives its .choices, a mapping its
// items, and a sequence of pairs (nested once, for groups) becomes a
// list of 2-tuples; strings and anything else stay as given.
func (e *Env) normalizeChoices(th *python.Thread, v python.Value, depth int) python.Value {
	switch x := v.(type) {
	case python.String, python.Bytes:
		return v
	case *python.Class:
		if x.IsSubclass(e.choicesClass) {
			if c, err := x.Attr(th, "choices"); err == nil {
				return c
			}
		}
		return v
	case *python.Dict:
		if depth >= 2 {
			return v
		}
		var out []python.Value
		for _, kv := range x.Items() {
			out = append(out, python.Tuple{kv[0], e.normalizeChoices(th, kv[1], depth+1)})
		}
		return python.NewList(out)
	case python.Tuple, *python.List:
		if depth >= 2 {
			return v
		}
		var items []python.Value
		if err := python.Iterate(th, v, func(it python.Value) error { items = append(items, it); return nil }); err != nil {
			return v
		}
		out := make([]python.Value, 0, len(items))
		for _, it := range items {
			switch it.(type) {
			case python.String, python.Bytes:
				// A sequence of strings is no sequence of pairs.
				return v
			}
			var pair []python.Value
			if err := python.Iterate(th, it, func(p python.Value) error { pair = append(pair, p); return nil }); err != nil || len(pair) != 2 {
				return v
			}
			out = append(out, python.Tuple{pair[0], e.normalizeChoices(th, pair[1], depth+1)})
		}
		return python.NewList(out)
	}
	return v
}
