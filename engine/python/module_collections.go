package python

import (
	"sort"
	"strings"
)

// The collections module: OrderedDict, defaultdict and Counter (dict
// subclasses sharing the engine's dict); namedtuple and deque are Python
// source (pysrc/collections.py).

// userDunder calls a __repr__ or __str__ a Python subclass defines.
func userDunder(th *Thread, v Value, cls *Class, name string) (string, bool, error) {
	f, _ := cls.Lookup(name)
	if _, ok := f.(*Function); !ok {
		return "", false, nil
	}
	r, err := callWithSelf(th, f, v, nil, nil)
	if err != nil {
		return "", true, err
	}
	s, ok := r.(String)
	if !ok {
		return "", true, NewError(TypeError, "%s returned non-string (type %s)", name, r.Type())
	}
	return string(s), true, nil
}

// ---- OrderedDict, defaultdict, Counter ----

// dictSub is an instance of a dict subclass of the collections module
// (or of a Python subclass of one); kind tells which.
type dictSub struct {
	*Dict
	cls     *Class
	kind    byte  // 'o' OrderedDict, 'd' defaultdict, 'c' Counter
	factory Value // defaultdict's default_factory
}

func (d *dictSub) asDict() *Dict { return d.Dict }
func (d *dictSub) Type() string  { return d.cls.Name }
func (d *dictSub) Class() *Class { return d.cls }
func (d *dictSub) Hash(th *Thread) (uint64, error) {
	return 0, NewError(TypeError, "unhashable type: '%s'", d.cls.Name)
}

func (d *dictSub) GetItem(th *Thread, k Value) (Value, error) {
	v, found, err := d.Get(th, k)
	if err != nil || found {
		return v, err
	}
	switch {
	case d.kind == 'c':
		return MakeInt(0), nil
	case d.kind == 'd' && d.factory != None:
		v, err := Call(th, d.factory, nil, nil)
		if err != nil {
			return nil, err
		}
		return v, d.SetKey(th, k, v)
	}
	return nil, NewException(KeyError, k)
}

func (d *dictSub) SetItem(th *Thread, k, v Value) error {
	if v != nil {
		return d.SetKey(th, k, v)
	}
	_, found, err := d.Delete(th, k)
	if err == nil && !found {
		err = NewException(KeyError, k)
	}
	return err
}

func (d *dictSub) Attr(th *Thread, name string) (Value, error) {
	if name == "default_factory" && d.kind == 'd' {
		return d.factory, nil
	}
	return nil, nil
}

func (d *dictSub) AttrNames() []string { return nil }

func (d *dictSub) SetAttr(th *Thread, name string, v Value) error {
	if name == "default_factory" && d.kind == 'd' {
		d.factory = v
		return nil
	}
	return NewError(AttributeError, "'%s' object has no attribute '%s'", d.cls.Name, name)
}

func (d *dictSub) Compare(th *Thread, op CompareOp, y Value) (Value, error) {
	var yd *Dict
	switch yv := y.(type) {
	case *Dict:
		yd = yv
	case *dictSub:
		yd = yv.Dict
		if d.kind == 'o' && yv.kind == 'o' && (op == EQ || op == NE) {
			eq, err := dictEqual(th, d.Dict, yd)
			if err != nil {
				return nil, err
			}
			ka, kb := d.Keys(), yd.Keys()
			for i := 0; eq && i < len(ka); i++ {
				eq, err = Equal(th, ka[i], kb[i])
				if err != nil {
					return nil, err
				}
			}
			return Bool(eq == (op == EQ)), nil
		}
	default:
		return NotImplemented, nil
	}
	if op != EQ && op != NE {
		return NotImplemented, nil
	}
	eq, err := dictEqual(th, d.Dict, yd)
	return Bool(eq == (op == EQ)), err
}

func (d *dictSub) Repr(th *Thread) (string, error) {
	if s, ok, err := userDunder(th, d, d.cls, "__repr__"); ok {
		return s, err
	}
	name := d.cls.Name
	if d.Len() == 0 && d.kind != 'd' {
		return name + "()", nil
	}
	if err := th.enterNest(""); err != nil {
		return "", err
	}
	defer th.leaveNest()
	switch d.kind {
	case 'd':
		f, err := Repr(th, d.factory)
		if err != nil {
			return "", err
		}
		r, err := d.Dict.Repr(th)
		return name + "(" + f + ", " + r + ")", err
	case 'o':
		if !th.Python.OrderedDictReprDict {
			items := d.Items()
			vs := make([]Value, len(items))
			for i, it := range items {
				vs[i] = it
			}
			r, err := Repr(th, NewList(vs))
			return name + "(" + r + ")", err
		}
	case 'c':
		items, err := counterMostCommon(th, d.Dict)
		if err != nil {
			return "", err
		}
		sorted := NewDict()
		for _, it := range items {
			sorted.SetKey(th, it[0], it[1])
		}
		r, err := sorted.Repr(th)
		return name + "(" + r + ")", err
	}
	r, err := d.Dict.Repr(th)
	return name + "(" + r + ")", err
}

// counterMostCommon sorts the items by count, largest first (stable).
func counterMostCommon(th *Thread, d *Dict) ([]Tuple, error) {
	items := d.Items()
	var err error
	sort.SliceStable(items, func(i, j int) bool {
		if err != nil {
			return false
		}
		var lt bool
		lt, err = Compare(th, GT, items[i][1], items[j][1])
		return lt
	})
	return items, err
}

func newDictClass(name string, kind byte) *Class {
	c := &Class{Name: name, Qualname: name, Module: "collections", Bases: []*Class{DictClass}, Dict: NewDict()}
	c.MRO = append([]*Class{c}, DictClass.MRO...)
	c.Freeze()
	c.New = func(th *Thread, cls *Class, args Tuple, kw []Kwarg) (Value, error) {
		d := &dictSub{Dict: NewDict(), cls: cls, kind: kind, factory: None}
		if kind == 'd' && len(args) > 0 {
			if args[0] != None && !IsCallable(args[0]) {
				return nil, NewError(TypeError, "first argument must be callable or None")
			}
			d.factory, args = args[0], args[1:]
		}
		if kind == 'c' {
			return d, counterUpdate(th, d, args, kw, 1)
		}
		return d, dictUpdate(th, d.Dict, args, kw)
	}
	return c
}

var (
	orderedDictClass = newDictClass("OrderedDict", 'o')
	defaultDictClass = newDictClass("defaultdict", 'd')
	counterClass     = newDictClass("Counter", 'c')
)

// counterUpdate adds (sign 1) or subtracts (-1) counts from an iterable
// or a mapping, as Counter.update and Counter.subtract.
func counterUpdate(th *Thread, d *dictSub, args Tuple, kw []Kwarg, sign int64) error {
	add := func(k, n Value) error {
		cur, found, err := d.Get(th, k)
		if err != nil {
			return err
		}
		if sign < 0 {
			n, err = Unary(th, UMinus, n)
			if err != nil {
				return err
			}
		}
		if found {
			n, err = Binary(th, Plus, cur, n)
			if err != nil {
				return err
			}
		}
		return d.SetKey(th, k, n)
	}
	if len(args) > 1 {
		return NewError(TypeError, "expected at most 1 argument, got %d", len(args))
	}
	if len(args) == 1 {
		src := args[0]
		if sd, ok := src.(jsonDictLike); ok {
			src = sd.asDict()
		}
		if m, ok := src.(*Dict); ok {
			for _, it := range m.Items() {
				if err := add(it[0], it[1]); err != nil {
					return err
				}
			}
		} else if err := Iterate(th, src, func(k Value) error { return add(k, MakeInt(1)) }); err != nil {
			return err
		}
	}
	for _, k := range kw {
		if err := add(String(k.Name), k.Value); err != nil {
			return err
		}
	}
	return nil
}

func dictSubRecv(args Tuple) *dictSub { return args[0].(*dictSub) }

func init() {
	defMethods(orderedDictClass, map[string]methodFunc{
		"move_to_end": func(th *Thread, args Tuple, kw []Kwarg) (Value, error) {
			d := dictSubRecv(args)
			var k Value
			last := true
			if err := UnpackArgs("move_to_end", args[1:], kw, "key", &k, "last?", &last); err != nil {
				return nil, err
			}
			v, found, err := d.Delete(th, k)
			if err != nil {
				return nil, err
			}
			if !found {
				return nil, NewException(KeyError, k)
			}
			if last {
				return None, d.SetKey(th, k, v)
			}
			items := d.Items()
			d.Clear()
			d.SetKey(th, k, v)
			for _, it := range items {
				d.SetKey(th, it[0], it[1])
			}
			return None, nil
		},
		"popitem": func(th *Thread, args Tuple, kw []Kwarg) (Value, error) {
			d := dictSubRecv(args)
			last := true
			if err := UnpackArgs("popitem", args[1:], kw, "last?", &last); err != nil {
				return nil, err
			}
			keys := d.Keys()
			if len(keys) == 0 {
				return nil, NewError(KeyError, "dictionary is empty")
			}
			k := keys[0]
			if last {
				k = keys[len(keys)-1]
			}
			v, _, err := d.Delete(th, k)
			return Tuple{k, v}, err
		},
	})
	defMethods(counterClass, map[string]methodFunc{
		"most_common": func(th *Thread, args Tuple, kw []Kwarg) (Value, error) {
			var n Value = None
			if err := UnpackArgs("most_common", args[1:], kw, "n?", &n); err != nil {
				return nil, err
			}
			items, err := counterMostCommon(th, dictSubRecv(args).Dict)
			if err != nil {
				return nil, err
			}
			if k, ok := asInt(n); ok {
				m, _ := k.Int64()
				items = items[:max(0, min(int(m), len(items)))]
			}
			out := make([]Value, len(items))
			for i, it := range items {
				out[i] = it
			}
			return NewList(out), nil
		},
		"update": func(th *Thread, args Tuple, kw []Kwarg) (Value, error) {
			return None, counterUpdate(th, dictSubRecv(args), args[1:], kw, 1)
		},
		"subtract": func(th *Thread, args Tuple, kw []Kwarg) (Value, error) {
			return None, counterUpdate(th, dictSubRecv(args), args[1:], kw, -1)
		},
		"total": func(th *Thread, args Tuple, kw []Kwarg) (Value, error) {
			var sum Value = MakeInt(0)
			for _, it := range dictSubRecv(args).Items() {
				var err error
				if sum, err = Binary(th, Plus, sum, it[1]); err != nil {
					return nil, err
				}
			}
			return sum, nil
		},
		"elements": func(th *Thread, args Tuple, kw []Kwarg) (Value, error) {
			var out []Value
			for _, it := range dictSubRecv(args).Items() {
				if n, ok := asInt(it[1]); ok {
					k, _ := n.Int64()
					for ; k > 0; k-- {
						out = append(out, it[0])
					}
				}
			}
			return NewList(out).Iterate(th)
		},
	})
}

// Binary is Counter + - | &: a new Counter of the positive counts.
func (a *dictSub) Binary(th *Thread, op BinaryOp, y Value, side Side) (Value, error) {
	b, ok := y.(*dictSub)
	if !ok || b.kind != 'c' || a.kind != 'c' || side == Right || !strings.ContainsRune("+-|&", rune(op.String()[0])) {
		return NotImplemented, nil
	}
	{
		out := &dictSub{Dict: NewDict(), cls: counterClass, kind: 'c', factory: None}
		keys := append(a.Keys(), b.Keys()...)
		for _, k := range keys {
			if done, _, _ := out.Get(th, k); done != nil {
				continue
			}
			x, _ := a.GetItem(th, k)
			y, _ := b.GetItem(th, k)
			var r Value
			var err error
			switch op {
			case Pipe, Amp:
				pick := map[BinaryOp]CompareOp{Pipe: LT, Amp: GT}[op]
				r = x
				if less, err := Compare(th, pick, x, y); err != nil {
					return nil, err
				} else if less {
					r = y
				}
			default:
				r, err = Binary(th, op, x, y)
			}
			if err != nil {
				return nil, err
			}
			if pos, err := Compare(th, GT, r, MakeInt(0)); err != nil {
				return nil, err
			} else if pos {
				out.SetKey(th, k, r)
			}
		}
		return out, nil
	}
}

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
			"_REPLACE_ERROR": map[bool]Value{false: ValueError, true: TypeError}[th.Python.NamedTupleReplaceTypeError],
			"OrderedDict":    orderedDictClass,
			"defaultdict":    defaultDictClass,
			"Counter":        counterClass,
		})
	}
}
