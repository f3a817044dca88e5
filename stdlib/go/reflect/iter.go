package reflect

import "iter"

// Ranging over a Value (Go 1.23's Value.Seq and Seq2): what a range loop over
// a value of its type yields, as Values.

// rangeNum yields the integers 0 to n-1 as values of type t (of integer type
// T underlying), as range over an integer of type t does.
func rangeNum[T int8 | int16 | int32 | int64 | int | uint8 | uint16 | uint32 | uint64 | uint | uintptr, N int64 | uint64](n N, t Type) iter.Seq[Value] {
	return func(yield func(Value) bool) {
		named := t.PkgPath() != ""
		for i := T(0); i < T(n); i++ {
			x := ValueOf(i)
			if named {
				x = x.Convert(t)
			}
			if !yield(x) {
				return
			}
		}
	}
}

// Seq returns an iter.Seq[Value] that loops over the elements of v. If v's
// kind is Func, it must be a function that has no results and that takes a
// single argument of type func(T) bool for some type T. If v's kind is
// Pointer, the pointer element type must have kind Array. Otherwise v's kind
// must be Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32,
// Uint64, Uintptr, Array, Chan, Map, Slice, or String.
func (v Value) Seq() iter.Seq[Value] {
	if v.Kind() == Func && v.Type().(*rtype).isRangeFunc(1) {
		return func(yield func(Value) bool) {
			body := MakeFunc(v.Type().In(0), func(in []Value) []Value {
				return []Value{ValueOf(yield(in[0]))}
			})
			v.Call([]Value{body})
		}
	}
	switch v.Kind() {
	case Int:
		return rangeNum[int](v.Int(), v.Type())
	case Int8:
		return rangeNum[int8](v.Int(), v.Type())
	case Int16:
		return rangeNum[int16](v.Int(), v.Type())
	case Int32:
		return rangeNum[int32](v.Int(), v.Type())
	case Int64:
		return rangeNum[int64](v.Int(), v.Type())
	case Uint:
		return rangeNum[uint](v.Uint(), v.Type())
	case Uint8:
		return rangeNum[uint8](v.Uint(), v.Type())
	case Uint16:
		return rangeNum[uint16](v.Uint(), v.Type())
	case Uint32:
		return rangeNum[uint32](v.Uint(), v.Type())
	case Uint64:
		return rangeNum[uint64](v.Uint(), v.Type())
	case Uintptr:
		return rangeNum[uintptr](v.Uint(), v.Type())
	case Pointer:
		if v.Elem().Kind() != Array {
			break
		}
		return func(yield func(Value) bool) {
			for i := range v.Elem().Len() {
				if !yield(ValueOf(i)) {
					return
				}
			}
		}
	case Array, Slice:
		return func(yield func(Value) bool) {
			for i := range v.Len() {
				if !yield(ValueOf(i)) {
					return
				}
			}
		}
	case String:
		return func(yield func(Value) bool) {
			for i := range v.String() {
				if !yield(ValueOf(i)) {
					return
				}
			}
		}
	case Map:
		return func(yield func(Value) bool) {
			for it := v.MapRange(); it.Next(); {
				if !yield(it.Key()) {
					return
				}
			}
		}
	case Chan:
		return func(yield func(Value) bool) {
			for x, ok := v.Recv(); ok; x, ok = v.Recv() {
				if !yield(x) {
					return
				}
			}
		}
	}
	panic("reflect: " + v.Type().String() + " cannot produce iter.Seq[Value]")
}

// Seq2 returns an iter.Seq2[Value, Value] that loops over the elements of v.
// If v's kind is Func, it must be a function that has no results and that
// takes a single argument of type func(K, V) bool for some type K, V. If v's
// kind is Pointer, the pointer element type must have kind Array. Otherwise
// v's kind must be Array, Map, Slice, or String.
func (v Value) Seq2() iter.Seq2[Value, Value] {
	if v.Kind() == Func && v.Type().(*rtype).isRangeFunc(2) {
		return func(yield func(Value, Value) bool) {
			body := MakeFunc(v.Type().In(0), func(in []Value) []Value {
				return []Value{ValueOf(yield(in[0], in[1]))}
			})
			v.Call([]Value{body})
		}
	}
	switch v.Kind() {
	case Pointer:
		if v.Elem().Kind() != Array {
			break
		}
		return func(yield func(Value, Value) bool) {
			a := v.Elem()
			for i := range a.Len() {
				if !yield(ValueOf(i), a.Index(i)) {
					return
				}
			}
		}
	case Array, Slice:
		return func(yield func(Value, Value) bool) {
			for i := range v.Len() {
				if !yield(ValueOf(i), v.Index(i)) {
					return
				}
			}
		}
	case String:
		return func(yield func(Value, Value) bool) {
			for i, r := range v.String() {
				if !yield(ValueOf(i), ValueOf(r)) {
					return
				}
			}
		}
	case Map:
		return func(yield func(Value, Value) bool) {
			for it := v.MapRange(); it.Next(); {
				if !yield(it.Key(), it.Value()) {
					return
				}
			}
		}
	}
	panic("reflect: " + v.Type().String() + " cannot produce iter.Seq2[Value, Value]")
}
