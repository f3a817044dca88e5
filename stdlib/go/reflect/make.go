package reflect

import (
	"internal/rt"
	"unsafe"
)

// The constructors of new values of types the program has: pointers to new
// variables, slices, maps and channels, and slices grown or copied.
//
// Pointer types are found through the element's descriptor: the compiler
// gives every descriptor of a program with package reflect a link to its
// pointer type (Go's PtrToThis), so New(TypeOf(x)) is the very *T the
// program's code compares with; the runtime makes *T itself only when T is a
// pointer type whose pointer type the program never mentions.

// New returns a Value representing a pointer to a new zero value for the
// specified type: its Type is PointerTo(typ).
func New(typ Type) Value {
	if typ == nil {
		panic("reflect: New(nil)")
	}
	return pointerValue(typ.common().PtrTo(), rt.Zero(typ.common()).Addr(), false)
}

// pointerValue is a non-addressable Value of pointer type pt holding p, read
// only if what it points to was obtained through an unexported field.
func pointerValue(pt rt.Type, p uintptr, readOnly bool) Value {
	v := rt.Zero(pt)
	*(*uintptr)(unsafe.Pointer(v.Addr())) = p
	if readOnly {
		v = v.AsReadOnly()
	}
	return Value{v: v}
}

// NewAt returns a Value representing a pointer to a value of the specified
// type, using p as that pointer.
func NewAt(typ Type, p unsafe.Pointer) Value {
	v := Zero(PointerTo(typ))
	*(*unsafe.Pointer)(v.addr()) = p
	return v
}

// SliceAt returns a Value representing a slice whose underlying data starts
// at p, with length and capacity equal to n. This is like unsafe.Slice.
func SliceAt(typ Type, p unsafe.Pointer, n int) Value {
	s := unsafe.Slice((*byte)(p), n) // unsafe.Slice's checks of n and p
	v := Zero(SliceOf(typ))
	*(*unsafe.Pointer)(v.addr()) = unsafe.Pointer(unsafe.SliceData(s))
	*(*[2]int)(unsafe.Add(v.addr(), 8)) = [2]int{n, n}
	return v
}

// PointerTo returns the pointer type with element t.
func PointerTo(t Type) Type { return toType(t.common().PtrTo()) }

// PtrTo is the old name for PointerTo.
func PtrTo(t Type) Type { return PointerTo(t) }

// Addr returns a pointer value representing the address of v, which must be
// addressable.
func (v Value) Addr() Value {
	if !v.addressable {
		panic("reflect.Value.Addr of unaddressable value")
	}
	return pointerValue(v.v.Type().PtrTo(), v.v.Addr(), v.v.ReadOnly())
}

// MakeSlice creates a new zero-initialized slice value for the specified
// slice type, length, and capacity.
func MakeSlice(typ Type, len, cap int) Value {
	if typ.Kind() != Slice {
		panic("reflect.MakeSlice of non-slice type")
	}
	if len < 0 {
		panic("reflect.MakeSlice: negative len")
	}
	if cap < 0 {
		panic("reflect.MakeSlice: negative cap")
	}
	if len > cap {
		panic("reflect.MakeSlice: len > cap")
	}
	return Value{v: rt.MakeSlice(typ.common(), len, cap)}
}

// MakeMap creates a new map with the specified type.
func MakeMap(typ Type) Value { return MakeMapWithSize(typ, 0) }

// MakeMapWithSize creates a new map with the specified type and initial
// space for approximately n elements.
func MakeMapWithSize(typ Type, n int) Value {
	if typ.Kind() != Map {
		panic("reflect.MakeMapWithSize of non-map type")
	}
	return Value{v: rt.MakeMap(typ.common(), n)}
}

// MakeChan creates a new channel with the specified type and buffer size.
func MakeChan(typ Type, buffer int) Value {
	if typ.Kind() != Chan {
		panic("reflect.MakeChan of non-chan type")
	}
	if buffer < 0 {
		panic("reflect.MakeChan: negative buffer size")
	}
	if typ.ChanDir() != BothDir {
		panic("reflect.MakeChan: unidirectional channel type")
	}
	return Value{v: rt.MakeChan(typ.common(), buffer)}
}

// Append appends the values x to a slice s and returns the resulting slice,
// grown as Go's append grows it.
func Append(s Value, x ...Value) Value {
	s.mustBe(notAMethod, Slice)
	n := s.Len()
	s = s.extendSlice(len(x))
	for i, v := range x {
		s.Index(n + i).Set(v)
	}
	return s
}

// AppendSlice appends a slice t to a slice s and returns the resulting slice.
func AppendSlice(s, t Value) Value {
	s.mustBe(notAMethod, Slice)
	t.mustBe(notAMethod, Slice)
	typesMustMatch("reflect.AppendSlice", s.Type().Elem(), t.Type().Elem())
	ns, nt := s.Len(), t.Len()
	s = s.extendSlice(nt)
	Copy(s.Slice(ns, ns+nt), t)
	return s
}

// extendSlice is a copy of the slice v with its length n more, grown as
// append grows it (v itself is unchanged).
func (v Value) extendSlice(n int) Value {
	v.mustBeExported(notAMethod)
	s := rt.Zero(v.v.Type())
	grown := Value{v: s, addressable: true}
	grown.store(v)
	grown.grow(n)
	(*SliceHeader)(unsafe.Pointer(s.Addr())).Len += n
	return Value{v: s}
}

// Grow increases the slice's capacity, if necessary, to guarantee space for
// another n elements.
func (v Value) Grow(n int) {
	v.mustBeAssignable("Grow")
	v.mustBe("Grow", Slice)
	v.grow(n)
}

func (v Value) grow(n int) {
	h := (*SliceHeader)(v.addr())
	switch {
	case n < 0:
		panic("reflect.Value.Grow: negative len")
	case h.Len+n < 0:
		panic("reflect.Value.Grow: slice overflow")
	}
	v.v.GrowSlice(n)
}

// Copy copies the contents of src into dst until either dst has been filled
// or src has been exhausted, and returns the number of elements copied. dst
// is a slice or an addressable array, src a slice or array of the same
// element type, or a string when dst's elements are bytes.
func Copy(dst, src Value) int {
	dk := dst.Kind()
	if dk != Array && dk != Slice {
		panic(&ValueError{"reflect.Copy", dk})
	}
	if dk == Array {
		dst.mustBeAssignable(notAMethod)
	}
	dst.mustBeExported(notAMethod)
	sk := src.Kind()
	stringCopy := false
	if sk != Array && sk != Slice {
		stringCopy = sk == String && dst.Type().Elem().Kind() == Uint8
		if !stringCopy {
			panic(&ValueError{"reflect.Copy", sk})
		}
	}
	src.mustBeExported(notAMethod)
	if !stringCopy {
		typesMustMatch("reflect.Copy", dst.Type().Elem(), src.Type().Elem())
	}
	n := min(dst.Len(), src.Len())
	size := int(dst.Type().Elem().Size())
	if n > 0 && size > 0 {
		copy(unsafe.Slice((*byte)(dst.base()), n*size), unsafe.Slice((*byte)(src.base()), n*size))
	}
	return n
}

// base is the address of the first element of an array, slice or string.
func (v Value) base() unsafe.Pointer {
	if v.Kind() == Array {
		return v.addr()
	}
	return *(*unsafe.Pointer)(v.addr())
}

// typesMustMatch panics unless t1 and t2 are the same type.
func typesMustMatch(what string, t1, t2 Type) {
	if t1 != t2 {
		panic(what + ": " + t1.String() + " != " + t2.String())
	}
}

// Slice returns v[i:j] of a slice, an addressable array or a string.
func (v Value) Slice(i, j int) Value {
	return v.slice("Slice", i, j, -1)
}

// Slice3 is the 3-index form of the slice operation: it returns v[i:j:k] of
// a slice or an addressable array.
func (v Value) Slice3(i, j, k int) Value {
	return v.slice("Slice3", i, j, k)
}

// slice is v[i:j], or v[i:j:k] when k >= 0 (Slice3, named method).
func (v Value) slice(method string, i, j, k int) Value {
	var st rt.Type
	var base uintptr
	var capacity int
	switch v.Kind() {
	case Array:
		if !v.addressable {
			panic("reflect.Value." + method + ": slice of unaddressable array")
		}
		st, base, capacity = v.v.Type().ArraySlice(), uintptr(v.addr()), v.Len()
	case Slice:
		h := (*SliceHeader)(v.addr())
		st, base, capacity = v.v.Type(), h.Data, h.Cap
	case String:
		if k < 0 {
			s := v.v.String()
			if i < 0 || j < i || j > len(s) {
				panic("reflect.Value.Slice: string slice index out of bounds")
			}
			sub := rt.Zero(v.v.Type())
			*(*string)(unsafe.Pointer(sub.Addr())) = s[i:j]
			return Value{v: sub}
		}
		panic(&ValueError{"reflect.Value.Slice3", v.Kind()})
	default:
		panic(&ValueError{valueMethodName(method), v.Kind()})
	}
	if k < 0 {
		if i < 0 || j < i || j > capacity {
			panic("reflect.Value.Slice: slice index out of bounds")
		}
		k = capacity
	} else if i < 0 || j < i || k < j || k > capacity {
		panic("reflect.Value.Slice3: slice index out of bounds")
	}
	s := rt.Zero(st)
	h := (*SliceHeader)(unsafe.Pointer(s.Addr()))
	h.Len, h.Cap, h.Data = j-i, k-i, base
	if k-i > 0 {
		h.Data = base + uintptr(i)*st.Elem().Size()
	}
	if v.v.ReadOnly() {
		s = s.AsReadOnly()
	}
	return Value{v: s}
}

// SetLen sets v's length to n; v must be a settable slice and n at most its
// capacity.
func (v Value) SetLen(n int) {
	v.mustBeAssignable("SetLen")
	v.mustBe("SetLen", Slice)
	h := (*SliceHeader)(v.addr())
	if uint(n) > uint(h.Cap) {
		panic("reflect: slice length out of range in SetLen")
	}
	h.Len = n
}

// SetCap sets v's capacity to n; v must be a settable slice and n between its
// length and its capacity.
func (v Value) SetCap(n int) {
	v.mustBeAssignable("SetCap")
	v.mustBe("SetCap", Slice)
	h := (*SliceHeader)(v.addr())
	if n < h.Len || n > h.Cap {
		panic("reflect: slice capacity out of range in SetCap")
	}
	h.Cap = n
}

// SetBytes sets v's underlying value, a slice of bytes, to x.
func (v Value) SetBytes(x []byte) {
	v.mustBeAssignable("SetBytes")
	v.mustBe("SetBytes", Slice)
	if v.Type().Elem().Kind() != Uint8 {
		panic("reflect.Value.SetBytes of non-byte slice")
	}
	*(*[]byte)(v.addr()) = x
}

// Clear clears the contents of a map or zeros the contents of a slice.
func (v Value) Clear() {
	switch v.Kind() {
	case Slice:
		h := (*SliceHeader)(v.addr())
		if n := h.Len * int(v.Type().Elem().Size()); n > 0 {
			clear(unsafe.Slice((*byte)(unsafe.Pointer(h.Data)), n))
		}
	case Map:
		v.v.MapClear()
	default:
		panic(&ValueError{"reflect.Value.Clear", v.Kind()})
	}
}
