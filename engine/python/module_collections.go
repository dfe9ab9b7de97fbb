package python

// The collections module is Python source (pysrc/collections.py):
// namedtuple, deque, and OrderedDict, defaultdict and Counter as dict
// subclasses (the engine subclasses dict and tuple; GetItem calls a dict
// subclass's __missing__), with these Go helpers.

func init() {
	sourceModules["collections"] = func(th *Thread) (*Module, error) {
		return pyModule(th, "collections", map[string]Value{
			"_caller_module": NewBuiltin("_caller_module", func(th *Thread, args Tuple, kw []Kwarg) (Value, error) {
				// The module of namedtuple()'s caller (sys._getframe(1)).
				if fr := th.frame; fr != nil && fr.parent != nil {
					if n, ok := fr.parent.globals.GetStr("__name__"); ok {
						return n, nil
					}
				}
				return String("__main__"), nil
			}),
			"_REPLACE_ERROR":          map[bool]Value{false: ValueError, true: TypeError}[th.Python.NamedTupleReplaceTypeError],
			"_ORDERED_DICT_REPR_DICT": Bool(th.Python.OrderedDictReprDict),
		})
	}
}
