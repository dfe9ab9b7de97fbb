package python

import "fmt"

// Range is Python's range (lazy; only int64 bounds are supported).
type Range struct {
	Start, Stop, Step int64
}

// Type returns "range".
func (Range) Type() string { return "range" }

// Len returns the number of elements.
func (r Range) Len() int {
	n := r.len64()
	if n > int64(^uint(0)>>1) {
		return int(^uint(0) >> 1)
	}
	return int(n)
}

func (r Range) len64() int64 {
	if r.Step > 0 {
		if r.Stop <= r.Start {
			return 0
		}
		return (r.Stop-r.Start-1)/r.Step + 1
	}
	if r.Stop >= r.Start {
		return 0
	}
	return (r.Start-r.Stop-1)/(-r.Step) + 1
}

// Index returns r[i].
func (r Range) Index(i int) Value { return MakeInt(r.Start + int64(i)*r.Step) }

// Slice returns r[start:stop:step] as a range.
func (r Range) Slice(start, stop, step int) Value {
	return Range{
		Start: r.Start + int64(start)*r.Step,
		Stop:  r.Start + int64(stop)*r.Step,
		Step:  r.Step * int64(step),
	}
}

// Iterate iterates over the range lazily.
func (r Range) Iterate(th *Thread) (Iterator, error) {
	return &rangeIterator{next: r.Start, r: r}, nil
}

// Contains implements `x in r`.
func (r Range) Contains(th *Thread, x Value) (bool, error) {
	i, ok := asInt(x)
	if !ok {
		if f, ok := x.(Float); ok {
			for k := int64(0); k < r.len64() && k < maxAlloc; k++ {
				if float64(r.Start+k*r.Step) == float64(f) {
					return true, nil
				}
			}
		}
		return false, nil
	}
	v, ok := i.Int64()
	if !ok {
		return false, nil
	}
	if r.Step > 0 && (v < r.Start || v >= r.Stop) || r.Step < 0 && (v > r.Start || v <= r.Stop) {
		return false, nil
	}
	return (v-r.Start)%r.Step == 0, nil
}

// Repr renders range(a, b) or range(a, b, c).
func (r Range) Repr(th *Thread) (string, error) {
	if r.Step == 1 {
		return fmt.Sprintf("range(%d, %d)", r.Start, r.Stop), nil
	}
	return fmt.Sprintf("range(%d, %d, %d)", r.Start, r.Stop, r.Step), nil
}

type rangeIterator struct {
	next int64
	r    Range
	done bool
}

func (it *rangeIterator) Type() string { return "range_iterator" }
func (it *rangeIterator) Next(th *Thread) (Value, error) {
	if err := th.Charge(1); err != nil {
		return nil, err
	}
	if it.done || (it.r.Step > 0 && it.next >= it.r.Stop) || (it.r.Step < 0 && it.next <= it.r.Stop) {
		it.done = true
		return nil, nil
	}
	v := it.next
	it.next += it.r.Step
	if (it.r.Step > 0 && it.next < v) || (it.r.Step < 0 && it.next > v) {
		it.done = true // overflow
	}
	return MakeInt(v), nil
}
func (it *rangeIterator) Iterate(th *Thread) (Iterator, error) { return it, nil }

// Slice is Python's slice object, the key of x[a:b:c]. Absent parts are
// None.
type Slice struct {
	Start, Stop, Step Value
}

// Type returns "slice".
func (s *Slice) Type() string { return "slice" }

// Repr renders slice(a, b, c).
func (s *Slice) Repr(th *Thread) (string, error) {
	a, _ := Repr(th, s.Start)
	b, _ := Repr(th, s.Stop)
	c, _ := Repr(th, s.Step)
	return "slice(" + a + ", " + b + ", " + c + ")", nil
}

// Attr exposes start, stop and step.
func (s *Slice) Attr(th *Thread, name string) (Value, error) {
	switch name {
	case "start":
		return s.Start, nil
	case "stop":
		return s.Stop, nil
	case "step":
		return s.Step, nil
	}
	return nil, nil
}

// AttrNames lists start, stop, step.
func (s *Slice) AttrNames() []string { return []string{"start", "stop", "step"} }

// Indices normalizes the slice for a sequence of the given length, as
// Python's slice.indices: 0 <= start, stop <= length for positive steps.
func (s *Slice) Indices(length int) (start, stop, step int, err error) {
	step = 1
	if s.Step != nil && s.Step != None {
		i, ok := asInt(s.Step)
		if !ok {
			return 0, 0, 0, NewError(TypeError, "slice indices must be integers or None or have an __index__ method")
		}
		v, ok := i.Int64()
		if !ok {
			v = 1 << 62
			if i.Sign() < 0 {
				v = -v
			}
		}
		if v == 0 {
			return 0, 0, 0, NewError(ValueError, "slice step cannot be zero")
		}
		step = int(v)
	}
	conv := func(v Value, def int) (int, error) {
		if v == nil || v == None {
			return def, nil
		}
		i, ok := asInt(v)
		if !ok {
			return 0, NewError(TypeError, "slice indices must be integers or None or have an __index__ method")
		}
		x, ok := i.Int64()
		if !ok {
			if i.Sign() < 0 {
				x = -1 << 62
			} else {
				x = 1 << 62
			}
		}
		n := int64(length)
		if x < 0 {
			x += n
			if x < 0 {
				if step < 0 {
					x = -1
				} else {
					x = 0
				}
			}
		} else if x >= n {
			if step < 0 {
				x = n - 1
			} else {
				x = n
			}
		}
		return int(x), nil
	}
	if step > 0 {
		if start, err = conv(s.Start, 0); err != nil {
			return
		}
		stop, err = conv(s.Stop, length)
	} else {
		if start, err = conv(s.Start, length-1); err != nil {
			return
		}
		stop, err = conv(s.Stop, -1)
	}
	return
}
