package django

import (
	"github.com/ormfiddle/ormfiddle/engine/orm"
	"github.com/ormfiddle/ormfiddle/engine/python"
	"github.com/ormfiddle/ormfiddle/engine/schema"
)

// modelSignals are the signals of django.db.models.signals.
var modelSignals = []string{"pre_init", "post_init", "pre_save", "post_save", "pre_delete",
	"post_delete", "m2m_changed", "pre_migrate", "post_migrate", "class_prepared"}

// signal is django.dispatch.Signal: receivers in connection order, each
// for one sender or for all (nil).
type signal struct {
	name      string
	receivers []sigReceiver
	value     *python.Instance
	// caching is use_caching (the model signals): their cache is a
	// WeakKeyDictionary, so a None sender cannot be looked up.
	caching bool
}

type sigReceiver struct {
	key    python.Value // dispatch_uid, or the receiver itself
	fn     python.Value
	sender python.Value // nil: any sender
}

func sameValue(a, b python.Value) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	if sa, ok := a.(python.String); ok {
		sb, ok := b.(python.String)
		return ok && sa == sb
	}
	return a == b
}

// live returns the receivers for sender (Signal._live_receivers).
func (s *signal) live(sender python.Value) ([]python.Value, error) {
	if s.caching && (sender == nil || sender == python.None) {
		return nil, python.NewError(python.TypeError, "cannot create weak reference to 'NoneType' object")
	}
	var out []python.Value
	for _, r := range s.receivers {
		if r.sender == nil || r.sender == sender {
			out = append(out, r.fn)
		}
	}
	return out, nil
}

func signalOf(v python.Value) (*signal, bool) {
	if p, ok := v.(*python.Instance); ok {
		if s, ok := p.Native.(*signal); ok {
			return s, true
		}
	}
	return nil, false
}

// buildSignals makes the Signal class, the model signals and the receiver
// decorator (django.dispatch, django.db.models.signals).
func (e *Env) buildSignals() {
	d := python.NewDict()
	d.SetStr("__module__", python.String("django.dispatch.dispatcher"))
	d.SetStr("__init__", builtin("__init__", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		var providing, caching python.Value = python.None, python.False
		if err := python.UnpackArgs("Signal", args[1:], kw, "providing_args?", &providing, "use_caching?", &caching); err != nil {
			return nil, err
		}
		self := args[0].(*python.Instance)
		use, err := python.Truth(th, caching)
		if err != nil {
			return nil, err
		}
		self.Native = &signal{value: self, caching: use}
		return python.None, nil
	}))
	d.SetStr("connect", builtin("connect", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		s, ok := signalOf(args[0])
		if !ok {
			return nil, python.NewError(python.TypeError, "connect() needs a Signal")
		}
		var fn python.Value
		var sender, uid python.Value = python.None, python.None
		weak := true
		if err := python.UnpackArgs("connect", args[1:], kw, "receiver", &fn, "sender?", &sender, "weak?", &weak, "dispatch_uid?", &uid); err != nil {
			return nil, err
		}
		r := sigReceiver{key: fn, fn: fn}
		if uid != python.None {
			r.key = uid
		}
		if sender != python.None {
			r.sender = sender
		}
		for _, x := range s.receivers {
			if sameValue(x.key, r.key) && x.sender == r.sender {
				return python.None, nil
			}
		}
		s.receivers = append(s.receivers, r)
		return python.None, nil
	}))
	d.SetStr("disconnect", builtin("disconnect", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		s, ok := signalOf(args[0])
		if !ok {
			return nil, python.NewError(python.TypeError, "disconnect() needs a Signal")
		}
		var fn, sender, uid python.Value = python.None, python.None, python.None
		if err := python.UnpackArgs("disconnect", args[1:], kw, "receiver?", &fn, "sender?", &sender, "dispatch_uid?", &uid); err != nil {
			return nil, err
		}
		key := fn
		if uid != python.None {
			key = uid
		}
		var want python.Value
		if sender != python.None {
			want = sender
		}
		for i, x := range s.receivers {
			if sameValue(x.key, key) && x.sender == want {
				s.receivers = append(s.receivers[:i:i], s.receivers[i+1:]...)
				return python.True, nil
			}
		}
		return python.False, nil
	}))
	d.SetStr("has_listeners", builtin("has_listeners", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		s, ok := signalOf(args[0])
		if !ok {
			return nil, python.NewError(python.TypeError, "has_listeners() needs a Signal")
		}
		var sender python.Value = python.None
		if err := python.UnpackArgs("has_listeners", args[1:], kw, "sender?", &sender); err != nil {
			return nil, err
		}
		live, err := s.live(sender)
		if err != nil {
			return nil, err
		}
		return python.Bool(len(live) > 0), nil
	}))
	for _, name := range []string{"send", "send_robust"} {
		name := name
		d.SetStr(name, builtin(name, func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
			s, ok := signalOf(args[0])
			if !ok {
				return nil, python.NewError(python.TypeError, "%s() needs a Signal", name)
			}
			if len(args) != 2 {
				return nil, python.NewError(python.TypeError, "%s() missing 1 required positional argument: 'sender'", name)
			}
			return e.sendSignal(th, s, args[1], kw, name == "send_robust")
		}))
	}
	d.SetStr("receivers", &signalReceivers{})
	e.signalClass, _ = python.NewClass("Signal", nil, d)

	e.signals = map[string]*signal{}
	for _, name := range modelSignals {
		v, _ := python.Call(e.Th, e.signalClass, nil, []python.Kwarg{{Name: "use_caching", Value: python.True}})
		s, _ := signalOf(v)
		s.name = name
		e.signals[name] = s
	}
}

// signalReceivers exposes Signal.receivers (a list of (key, receiver)).
type signalReceivers struct{}

func (r *signalReceivers) Type() string { return "property" }

func (r *signalReceivers) DescriptorGet(th *python.Thread, inst python.Value, cls *python.Class) (python.Value, error) {
	s, ok := signalOf(inst)
	if !ok {
		return r, nil
	}
	var out []python.Value
	for _, x := range s.receivers {
		out = append(out, python.Tuple{x.key, x.fn})
	}
	return python.NewList(out), nil
}

// sendSignal is Signal.send(sender, **named): every live receiver called
// with signal= and sender= and the arguments; the list of (receiver,
// response). send_robust returns exceptions as responses.
func (e *Env) sendSignal(th *python.Thread, s *signal, sender python.Value, named []python.Kwarg, robust bool) (python.Value, error) {
	live, err := s.live(sender)
	if err != nil {
		return nil, err
	}
	var out []python.Value
	for _, fn := range live {
		kw := append([]python.Kwarg{{Name: "signal", Value: s.value}, {Name: "sender", Value: sender}}, named...)
		resp, err := python.Call(th, fn, nil, kw)
		if err != nil {
			exc, ok := err.(*python.Exception)
			if !robust || !ok {
				return nil, err
			}
			resp = exc.Value
		}
		out = append(out, python.Tuple{fn, resp})
	}
	return python.NewList(out), nil
}

// receiverDecorator is django.dispatch.receiver(signal, **kwargs).
func (e *Env) receiverDecorator() *python.Builtin {
	return builtin("receiver", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		if len(args) != 1 {
			return nil, python.NewError(python.TypeError, "receiver() takes 1 positional argument but %d were given", len(args))
		}
		var sigs []python.Value
		switch v := args[0].(type) {
		case *python.List:
			sigs = v.Elems()
		case python.Tuple:
			sigs = v
		default:
			sigs = []python.Value{v}
		}
		return builtin("_decorator", func(th *python.Thread, fargs python.Tuple, fkw []python.Kwarg) (python.Value, error) {
			if len(fargs) != 1 {
				return nil, python.NewError(python.TypeError, "_decorator() takes 1 positional argument")
			}
			for _, s := range sigs {
				if _, err := python.CallMethod(th, s, "connect", python.Tuple{fargs[0]}, kw); err != nil {
					return nil, err
				}
			}
			return fargs[0], nil
		}), nil
	})
}

// HasListeners implements orm.Signals.
func (e *Env) HasListeners(name string, sender *schema.Model) bool {
	s := e.signals[name]
	if s == nil {
		return false
	}
	live, err := s.live(e.classFor(sender))
	return err == nil && len(live) > 0
}

// Send implements orm.Signals: the arguments become Python values
// (update_fields a frozenset, pk_set a set, models their classes).
func (e *Env) Send(name string, sender *schema.Model, args []orm.KV) error {
	s := e.signals[name]
	if s == nil {
		return nil
	}
	var kw []python.Kwarg
	for _, a := range args {
		var v python.Value
		switch x := a.Value.(type) {
		case *orm.Instance:
			v = e.wrap(x)
		case *schema.Model:
			v = e.classFor(x)
		case orm.UpdateFields:
			set := python.NewFrozenSet()
			for _, n := range x {
				if err := set.Add(e.Th, python.String(n)); err != nil {
					return err
				}
			}
			v = set
		case orm.InitArgs:
			t := make(python.Tuple, len(x))
			for i, v := range x {
				t[i] = e.toPy(v)
			}
			v = t
		case map[string]any:
			v = python.NewDict()
		case orm.PkSet:
			set := python.NewSet()
			for _, pk := range x {
				if err := set.Add(e.Th, e.toPy(pk)); err != nil {
					return err
				}
			}
			v = set
		default:
			v = e.toPy(x)
		}
		kw = append(kw, python.Kwarg{Name: a.Name, Value: v})
	}
	_, err := e.sendSignal(e.Th, s, e.classFor(sender), kw, false)
	return err
}

type kwPair struct {
	name  string
	value python.Value
}

func kwargsDict(kw []python.Kwarg) *python.Dict {
	d := python.NewDict()
	for _, k := range kw {
		d.SetStr(k.Name, k.Value)
	}
	return d
}

// sendInitSignal sends pre_init or post_init for a model class, as
// Model.__init__ does, when receivers are connected.
func (e *Env) sendInitSignal(th *python.Thread, name string, cls *python.Class, args ...kwPair) error {
	s := e.signals[name]
	if s == nil || len(s.receivers) == 0 {
		return nil
	}
	var kw []python.Kwarg
	for _, a := range args {
		kw = append(kw, python.Kwarg{Name: a.name, Value: a.value})
	}
	_, err := e.sendSignal(th, s, cls, kw, false)
	return err
}
