package reflect

import (
	"strconv"
	"unsafe"
)

// Conversions: Value.Convert does what a conversion T(x) in Go code does,
// for the conversions the spec allows between the types of two Values.
// convertOp picks the conversion as the spec's rules do, in their order; a
// conversion between types of identical underlying types copies the value's
// memory and gives it the new type.

// A converter makes a Value of type t from v.
type converter func(v Value, t Type) Value

// ConvertibleTo reports whether a value of the type is convertible to type u
// (a slice to an array type even when the conversion would panic for a
// short slice).
func (t *rtype) ConvertibleTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.ConvertibleTo")
	}
	return convertOp(u, t) != nil
}

// CanConvert reports whether the value v can be converted to type t without
// panicking.
func (v Value) CanConvert(t Type) bool {
	vt := v.Type()
	if !vt.ConvertibleTo(t) {
		return false
	}
	switch {
	case vt.Kind() == Slice && t.Kind() == Array:
		return t.Len() <= v.Len()
	case vt.Kind() == Slice && t.Kind() == Pointer && t.Elem().Kind() == Array:
		return t.Elem().Len() <= v.Len()
	}
	return true
}

// Convert returns the value v converted to type t, panicking where Go's
// conversion is not allowed (or, from a slice to an array, would panic).
func (v Value) Convert(t Type) Value {
	op := convertOp(t, v.Type())
	if op == nil {
		panic("reflect.Value.Convert: value of type " + v.Type().String() + " cannot be converted to type " + t.String())
	}
	out := op(v, t)
	if v.v.ReadOnly() {
		out.v = out.v.AsReadOnly()
	}
	return out
}

// convertOp returns the converter from type src to type dst, or nil if the
// conversion is not allowed.
func convertOp(dst, src Type) converter {
	switch sk, dk := src.Kind(), dst.Kind(); {
	case isInt(sk) || isUint(sk):
		switch {
		case isInt(dk) || isUint(dk):
			return cvtInt
		case dk == Float32 || dk == Float64:
			return cvtIntFloat
		case dk == String:
			return cvtIntString
		}
	case sk == Float32 || sk == Float64:
		switch {
		case isInt(dk) || isUint(dk):
			return cvtFloatInt
		case dk == Float32 || dk == Float64:
			return cvtFloat
		}
	case sk == Complex64 || sk == Complex128:
		if dk == Complex64 || dk == Complex128 {
			return cvtComplex
		}
	case sk == String:
		if dk == Slice && (dst.Elem().Kind() == Uint8 || dst.Elem().Kind() == Int32) {
			return cvtStringSlice
		}
	case sk == Slice:
		if dk == String && (src.Elem().Kind() == Uint8 || src.Elem().Kind() == Int32) {
			return cvtSliceString
		}
		if dk == Pointer && dst.Elem().Kind() == Array && src.Elem() == dst.Elem().Elem() {
			return cvtSliceArrayPtr
		}
		if dk == Array && src.Elem() == dst.Elem() {
			return cvtSliceArray
		}
	case sk == Chan:
		// a bidirectional channel to a channel type of the same element,
		// one of the two unnamed
		if dk == Chan && src.ChanDir() == BothDir && (dst.Name() == "" || src.Name() == "") && dst.Elem() == src.Elem() {
			return cvtDirect
		}
	}
	if identicalUnderlying(dst, src, false) {
		return cvtDirect
	}
	if dst.Kind() == Pointer && dst.Name() == "" && src.Kind() == Pointer && src.Name() == "" && identicalUnderlying(dst.Elem(), src.Elem(), false) {
		return cvtDirect
	}
	if implements(dst, src) {
		return cvtToInterface
	}
	return nil
}

func isInt(k Kind) bool  { return k >= Int && k <= Int64 }
func isUint(k Kind) bool { return k >= Uint && k <= Uintptr }

// identicalUnderlying reports whether t and v have identical underlying
// types, as Go's reflect decides it: struct tags count only if cmpTags (and
// then the types inside must be the same types); non-empty interface types
// are identical only when they are the same type (a value may still need a
// run-time conversion between them).
func identicalUnderlying(t, v Type, cmpTags bool) bool {
	if t == v {
		return true
	}
	k := t.Kind()
	if k != v.Kind() {
		return false
	}
	switch k {
	case Array:
		return t.Len() == v.Len() && identical(t.Elem(), v.Elem(), cmpTags)
	case Chan:
		return t.ChanDir() == v.ChanDir() && identical(t.Elem(), v.Elem(), cmpTags)
	case Func:
		if t.NumIn() != v.NumIn() || t.NumOut() != v.NumOut() || t.IsVariadic() != v.IsVariadic() {
			return false
		}
		for i := range t.NumIn() {
			if !identical(t.In(i), v.In(i), cmpTags) {
				return false
			}
		}
		for i := range t.NumOut() {
			if !identical(t.Out(i), v.Out(i), cmpTags) {
				return false
			}
		}
		return true
	case Interface:
		return t.NumMethod() == 0 && v.NumMethod() == 0
	case Map:
		return identical(t.Key(), v.Key(), cmpTags) && identical(t.Elem(), v.Elem(), cmpTags)
	case Pointer, Slice:
		return identical(t.Elem(), v.Elem(), cmpTags)
	case Struct:
		if t.NumField() != v.NumField() {
			return false
		}
		for i := range t.NumField() {
			tf, vf := t.Field(i), v.Field(i)
			if tf.Name != vf.Name || tf.PkgPath != vf.PkgPath || !identical(tf.Type, vf.Type, cmpTags) ||
				cmpTags && tf.Tag != vf.Tag || tf.Offset != vf.Offset || tf.Anonymous != vf.Anonymous {
				return false
			}
		}
		return true
	}
	return true // the basic kinds
}

// identical reports whether t and v are identical types (struct tags aside
// unless cmpTags).
func identical(t, v Type, cmpTags bool) bool {
	if cmpTags {
		return t == v
	}
	if t.Name() != v.Name() || t.Kind() != v.Kind() || t.PkgPath() != v.PkgPath() {
		return false
	}
	return identicalUnderlying(t, v, false)
}

// cvtDirect gives v's memory type t, whose layout is v's type's.
func cvtDirect(v Value, t Type) Value {
	out := Zero(t)
	out.store(v)
	return out
}

// cvtInt converts an integer to an integer type, truncating or extending as
// Go's conversions do.
func cvtInt(v Value, t Type) Value {
	out := Zero(t)
	var bits uint64
	if isInt(v.Kind()) {
		bits = uint64(v.Int())
	} else {
		bits = v.Uint()
	}
	copy(unsafe.Slice((*byte)(out.addr()), t.Size()), (*[8]byte)(unsafe.Pointer(&bits))[:])
	return out
}

func cvtIntFloat(v Value, t Type) Value {
	if isUint(v.Kind()) {
		return setFloat(Zero(t), float64(v.Uint()))
	}
	return setFloat(Zero(t), float64(v.Int()))
}

// setFloat stores f, rounded to out's type, into out (not settable).
func setFloat(out Value, f float64) Value {
	if out.Kind() == Float32 {
		*(*float32)(out.addr()) = float32(f)
	} else {
		*(*float64)(out.addr()) = f
	}
	return out
}

func cvtFloat(v Value, t Type) Value {
	if v.Kind() == Float32 && t.Kind() == Float32 {
		// keep a float32's bits (a NaN's payload) as a conversion does
		out := Zero(t)
		*(*float32)(out.addr()) = *(*float32)(v.addr())
		return out
	}
	return setFloat(Zero(t), v.Float())
}

func cvtFloatInt(v Value, t Type) Value {
	if isInt(t.Kind()) {
		return cvtInt(ValueOf(int64(v.Float())), t)
	}
	return cvtInt(ValueOf(uint64(v.Float())), t)
}

func cvtComplex(v Value, t Type) Value {
	out := Zero(t)
	if t.Kind() == Complex64 {
		*(*complex64)(out.addr()) = complex64(v.Complex())
	} else {
		*(*complex128)(out.addr()) = v.Complex()
	}
	return out
}

// cvtIntString is string(rune(x)), "\uFFFD" for a value no rune holds.
func cvtIntString(v Value, t Type) Value {
	s := "\uFFFD"
	if isInt(v.Kind()) {
		if x := v.Int(); int64(rune(x)) == x {
			s = string(rune(x))
		}
	} else if x := v.Uint(); uint64(rune(x)) == x {
		s = string(rune(x))
	}
	return stringValue(s, t)
}

// stringValue is a Value of string type t holding s.
func stringValue(s string, t Type) Value {
	out := Zero(t)
	*(*string)(out.addr()) = s
	return out
}

func cvtStringSlice(v Value, t Type) Value {
	out := Zero(t)
	if t.Elem().Kind() == Uint8 {
		*(*[]byte)(out.addr()) = []byte(v.String())
	} else {
		*(*[]rune)(out.addr()) = []rune(v.String())
	}
	return out
}

func cvtSliceString(v Value, t Type) Value {
	if v.Type().Elem().Kind() == Uint8 {
		return stringValue(string(*(*[]byte)(v.addr())), t)
	}
	return stringValue(string(*(*[]rune)(v.addr())), t)
}

// cvtSliceArrayPtr is a pointer to the slice's array, of type t.
func cvtSliceArrayPtr(v Value, t Type) Value {
	if n := t.Elem().Len(); n > v.Len() {
		panic("reflect: cannot convert slice with length " + strconv.Itoa(v.Len()) + " to pointer to array with length " + strconv.Itoa(n))
	}
	return pointerValue(t.common(), uintptr(v.base()), false)
}

// cvtSliceArray is a copy of the slice's first elements, an array of type t.
func cvtSliceArray(v Value, t Type) Value {
	n := t.Len()
	if n > v.Len() {
		panic("reflect: cannot convert slice with length " + strconv.Itoa(v.Len()) + " to array with length " + strconv.Itoa(n))
	}
	out := Zero(t)
	if size := t.Size(); size > 0 {
		copy(unsafe.Slice((*byte)(out.addr()), size), unsafe.Slice((*byte)(v.base()), size))
	}
	return out
}

// cvtToInterface is an interface of type t holding v (or what the interface
// v holds; nothing for a nil one).
func cvtToInterface(v Value, t Type) Value {
	out := Zero(t)
	if v.Kind() == Interface && v.IsNil() {
		return out
	}
	// a value read through an unexported field converts too, as in Go
	out.v.StoreAt(v.v.Interface())
	return out
}
