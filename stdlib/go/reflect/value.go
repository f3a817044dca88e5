package reflect

import (
	"errors"
	"internal/rt"
	"iter"
	"unsafe"
)

// Value is the reflection interface to a Go value: a view of memory holding
// a value of its type (internal/rt's Value), and whether that memory is a
// variable the program can set through it.
type Value struct {
	v rt.Value
	// addressable: v views a variable (reached through a pointer, a slice
	// element, or a field or element of such), not a copy.
	addressable bool
}

func init() {
	rt.ReflectValue = func(x any) (rt.Value, bool) {
		v, ok := x.(Value)
		return v.v, ok
	}
}

// A ValueError occurs when a Value method is invoked on a Value that does not
// support it.
type ValueError struct {
	Method string
	Kind   Kind
}

func (e *ValueError) Error() string {
	if e.Kind == Invalid {
		return "reflect: call of " + e.Method + " on zero Value"
	}
	return "reflect: call of " + e.Method + " on " + e.Kind.String() + " Value"
}

// ValueOf returns a new Value holding the concrete value stored in i; the
// zero Value for nil.
func ValueOf(i any) Value { return Value{v: rt.ValueOf(i)} }

// Zero returns a Value representing the zero value for the specified type;
// it is neither settable nor addressable.
func Zero(typ Type) Value {
	if typ == nil {
		panic("reflect: Zero(nil)")
	}
	return Value{v: rt.Zero(typ.common())}
}

// Indirect returns the value v points to (the zero Value for a nil
// pointer), or v itself if it is not a pointer.
func Indirect(v Value) Value {
	if v.Kind() != Pointer {
		return v
	}
	return v.Elem()
}

func (v Value) IsValid() bool { return v.v.IsValid() }
func (v Value) Kind() Kind    { return Kind(v.v.Kind()) }
func (v Value) CanAddr() bool { return v.addressable }
func (v Value) CanSet() bool  { return v.addressable && !v.v.ReadOnly() }

// CanInterface reports whether Interface can be used without panicking.
func (v Value) CanInterface() bool {
	if !v.IsValid() {
		panic(&ValueError{"reflect.Value.CanInterface", Invalid})
	}
	return !v.v.ReadOnly()
}

// Type returns v's type.
func (v Value) Type() Type {
	if !v.IsValid() {
		panic(&ValueError{"reflect.Value.Type", Invalid})
	}
	return toType(v.v.Type())
}

// notAMethod is what the functions of the package (Append, Copy...) pass the
// checks below for the name of the method they are in.
const notAMethod = ""

// valueMethodName is how a check's panic names the Value method it was made
// in: Go's reflect names the first Value method on the stack, and "unknown
// method" when the check is made in a function such as Append.
func valueMethodName(method string) string {
	if method == notAMethod {
		return "unknown method"
	}
	return "reflect.Value." + method
}

// mustBe panics unless v's kind is one of kinds.
func (v Value) mustBe(method string, kinds ...Kind) {
	k := v.Kind()
	for _, want := range kinds {
		if k == want {
			return
		}
	}
	panic(&ValueError{valueMethodName(method), k})
}

// mustBeExported panics if v is the zero Value or was obtained through an
// unexported field.
func (v Value) mustBeExported(method string) {
	if !v.IsValid() {
		panic(&ValueError{valueMethodName(method), Invalid})
	}
	if v.v.ReadOnly() {
		panic("reflect: " + valueMethodName(method) + " using value obtained using unexported field")
	}
}

// assignTo returns x as a value of type t, to which it must be assignable:
// x itself viewed as a t when their types are directly assignable, or an
// interface t holding x. Otherwise it panics, naming context (the method
// assigning).
func (x Value) assignTo(context string, t Type) Value {
	switch xt := x.Type(); {
	case directlyAssignable(t, xt):
		return Value{x.v.WithType(t.common()), x.addressable}
	case implements(t, xt):
		box := Zero(t)
		if x.Kind() != Interface || !x.IsNil() {
			// a value read through an unexported field is assigned too
			box.v.StoreAt(x.v.Interface())
		}
		return box
	}
	panic(context + ": value of type " + x.Type().String() + " is not assignable to type " + t.String())
}

func (v Value) Bool() bool {
	v.mustBe("Bool", Bool)
	return v.v.Bool()
}

func (v Value) Int() int64 {
	v.mustBe("Int", Int, Int8, Int16, Int32, Int64)
	return v.v.Int()
}

func (v Value) Uint() uint64 {
	v.mustBe("Uint", Uint, Uint8, Uint16, Uint32, Uint64, Uintptr)
	return v.v.Uint()
}

func (v Value) Float() float64 {
	v.mustBe("Float", Float32, Float64)
	return v.v.Float()
}

func (v Value) Complex() complex128 {
	v.mustBe("Complex", Complex64, Complex128)
	return v.v.Complex()
}

// String returns a string value; for other kinds, "<T Value>".
func (v Value) String() string {
	switch v.Kind() {
	case Invalid:
		return "<invalid Value>"
	case String:
		return v.v.String()
	}
	return "<" + v.Type().String() + " Value>"
}

// Bytes returns the contents of a []byte or an addressable byte array.
func (v Value) Bytes() []byte {
	v.mustBe("Bytes", Slice, Array)
	if v.Type().Elem().Kind() != Uint8 {
		panic("reflect.Value.Bytes of non-byte " + v.Kind().String())
	}
	return v.v.Bytes()
}

// Pointer returns the address a pointer, map, channel, slice or
// unsafe.Pointer holds; for a func, its code's address (what
// runtime.FuncForPC takes).
func (v Value) Pointer() uintptr {
	v.mustBe("Pointer", Pointer, Map, Chan, Func, Slice, UnsafePointer)
	p := v.v.Pointer()
	if v.Kind() == Func && p != 0 {
		// a func value points at its code address (then what it captured)
		return *(*uintptr)(unsafe.Pointer(p))
	}
	return p
}

// UnsafePointer returns v's value as an unsafe.Pointer: what Pointer
// returns, and a string's data.
func (v Value) UnsafePointer() unsafe.Pointer {
	if v.Kind() == String {
		return unsafe.Pointer(v.v.Pointer())
	}
	v.mustBe("UnsafePointer", Pointer, Map, Chan, Func, Slice, UnsafePointer)
	return unsafe.Pointer(v.Pointer())
}

// SetPointer sets the unsafe.Pointer value v to x.
func (v Value) SetPointer(x unsafe.Pointer) {
	v.mustBeAssignable("SetPointer")
	v.mustBe("SetPointer", UnsafePointer)
	*(*unsafe.Pointer)(v.addr()) = x
}

// IsNil reports whether a channel, func, interface, map, pointer or slice is nil.
func (v Value) IsNil() bool {
	v.mustBe("IsNil", Chan, Func, Interface, Map, Pointer, Slice, UnsafePointer)
	return v.v.IsNil()
}

// IsZero reports whether v is the zero value of its type.
func (v Value) IsZero() bool {
	switch v.Kind() {
	case Invalid:
		panic(&ValueError{"reflect.Value.IsZero", Invalid})
	case Bool:
		return !v.Bool()
	case Int, Int8, Int16, Int32, Int64:
		return v.Int() == 0
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return v.Uint() == 0
	case Float32, Float64:
		f := v.Float()
		return f == 0 && 1/f > 0 // -0.0 is not the zero value
	case Complex64, Complex128:
		c := v.Complex()
		return ValueOf(real(c)).IsZero() && ValueOf(imag(c)).IsZero()
	case String:
		return v.Len() == 0
	case Array:
		for i := 0; i < v.Len(); i++ {
			if !v.Index(i).IsZero() {
				return false
			}
		}
		return true
	case Struct:
		for i := 0; i < v.NumField(); i++ {
			if !v.Field(i).IsZero() {
				return false
			}
		}
		return true
	}
	return v.IsNil()
}

// Len returns the length of an array, channel, map, slice or string.
func (v Value) Len() int {
	v.mustBe("Len", Array, Chan, Map, Slice, String)
	return v.v.Len()
}

// Cap returns the capacity of an array, channel or slice.
func (v Value) Cap() int {
	v.mustBe("Cap", Array, Chan, Slice)
	return v.v.Cap()
}

// NumField returns the number of fields of a struct.
func (v Value) NumField() int {
	v.mustBe("NumField", Struct)
	return v.v.Type().NumField()
}

// Index returns element i of an array, slice or string.
func (v Value) Index(i int) Value {
	v.mustBe("Index", Array, Slice, String)
	if uint(i) >= uint(v.v.Len()) {
		panic("reflect: " + v.Kind().String() + " index out of range")
	}
	return Value{v.v.Index(i), v.Kind() == Slice || v.Kind() == Array && v.addressable}
}

// Field returns field i of a struct.
func (v Value) Field(i int) Value {
	v.mustBe("Field", Struct)
	if uint(i) >= uint(v.NumField()) {
		panic("reflect: Field index out of range")
	}
	return Value{v.v.Field(i), v.addressable}
}

// FieldByIndex returns the nested field of a struct for an index sequence,
// through embedded pointers (panicking at a nil one).
func (v Value) FieldByIndex(index []int) Value {
	for n, i := range index {
		if n > 0 && v.Kind() == Pointer && v.Type().Elem().Kind() == Struct {
			if v.IsNil() {
				panic("reflect: indirection through nil pointer to embedded struct")
			}
			v = v.Elem()
		}
		v = v.Field(i)
	}
	return v
}

// FieldByNameFunc returns the struct field with a name that satisfies the
// match function (the zero Value if there is none), as Type.FieldByNameFunc
// finds it.
func (v Value) FieldByNameFunc(match func(string) bool) Value {
	if f, ok := v.Type().FieldByNameFunc(match); ok {
		return v.FieldByIndex(f.Index)
	}
	return Value{}
}

// Fields returns an iterator over each StructField of a struct v along
// with its Value.
func (v Value) Fields() iter.Seq2[StructField, Value] {
	t := v.Type()
	if t.Kind() != Struct {
		panic("reflect: Fields of non-struct type " + t.String())
	}
	return func(yield func(StructField, Value) bool) {
		for i := range v.NumField() {
			if !yield(t.Field(i), v.Field(i)) {
				return
			}
		}
	}
}

// FieldByName returns the struct field with the given name (the zero Value
// if there is none).
func (v Value) FieldByName(name string) Value {
	v.mustBe("FieldByName", Struct)
	if f, ok := v.Type().FieldByName(name); ok {
		return v.FieldByIndex(f.Index)
	}
	return Value{}
}

// Elem returns what a pointer points to, or the value an interface holds;
// the zero Value for nil.
func (v Value) Elem() Value {
	v.mustBe("Elem", Interface, Pointer)
	if v.v.IsNil() {
		return Value{}
	}
	return Value{v.v.Elem(), v.Kind() == Pointer}
}

// Interface returns v's current value as an interface{}.
func (v Value) Interface() any {
	if !v.IsValid() {
		panic(&ValueError{"reflect.Value.Interface", Invalid})
	}
	if v.v.ReadOnly() {
		panic("reflect.Value.Interface: cannot return value obtained from unexported field or method")
	}
	v.checkMethodValue("Interface")
	return v.v.Interface()
}

// MapKeys returns a map's keys, in unspecified order.
func (v Value) MapKeys() []Value {
	v.mustBe("MapKeys", Map)
	keys := v.v.MapKeys()
	out := make([]Value, len(keys))
	for i, k := range keys {
		out[i] = Value{v: k}
	}
	return out
}

// MapIndex returns the value associated with key in a map, or the zero
// Value if key is not present.
func (v Value) MapIndex(key Value) Value {
	v.mustBe("MapIndex", Map)
	key = key.assignTo("reflect.Value.MapIndex", v.Type().Key())
	return Value{v: v.v.MapIndex(key.v)}
}

// SetMapIndex sets the element for key in map v to elem, or deletes key when
// elem is the zero Value; key and elem must be assignable to the map's key and
// element types.
func (v Value) SetMapIndex(key, elem Value) {
	v.mustBe("SetMapIndex", Map)
	v.mustBeExported("SetMapIndex")
	key.mustBeExported("SetMapIndex")
	key = key.assignTo("reflect.Value.SetMapIndex", v.Type().Key())
	if !elem.IsValid() {
		v.v.MapDelete(key.v)
		return
	}
	elem.mustBeExported("SetMapIndex")
	elem = elem.assignTo("reflect.Value.SetMapIndex", v.Type().Elem())
	v.v.MapAssign(key.v, elem.v)
}

// A MapIter is an iterator for ranging over a map (see Value.MapRange). It
// ranges over the entries the map had when Next was first called, skipping
// those deleted since and giving the current element of the others.
type MapIter struct {
	m Value
	// entries: key, element, key, element... (taken by the first Next)
	entries []rt.Value
	// i: the current key's index in entries; -2 before the first Next,
	// len(entries) once Next has reported the end.
	i int
}

// MapRange returns a range iterator for a map.
func (v Value) MapRange() *MapIter {
	v.mustBe("MapRange", Map)
	return &MapIter{m: v, i: -2}
}

// Next advances the iterator and reports whether there is another entry.
func (it *MapIter) Next() bool {
	if !it.m.IsValid() {
		panic("MapIter.Next called on an iterator that does not have an associated map Value")
	}
	if it.i == -2 {
		it.entries = it.m.v.MapEntries()
	} else if it.i >= len(it.entries) {
		panic("MapIter.Next called on exhausted iterator")
	}
	for it.i += 2; it.i < len(it.entries); it.i += 2 {
		// a key not equal to itself (NaN) cannot be looked up: it stays
		if k := it.entries[it.i]; it.m.v.MapIndex(k).IsValid() || hasNaN(k) {
			return true
		}
	}
	it.i = len(it.entries)
	return false
}

// key and elem are the current entry's key and element; what names the
// caller in a panic when there is none.
func (it *MapIter) key(what string) rt.Value {
	it.current(what)
	return it.entries[it.i]
}

func (it *MapIter) elem(what string) rt.Value {
	it.current(what)
	if cur := it.m.v.MapIndex(it.entries[it.i]); cur.IsValid() {
		return cur
	}
	return it.entries[it.i+1]
}

// current panics unless Next has reported an entry.
func (it *MapIter) current(what string) {
	if it.i == -2 {
		panic(what + " called before Next")
	}
	if it.i >= len(it.entries) {
		panic(what + " called on exhausted iterator")
	}
}

// Key returns the key of the iterator's current map entry.
func (it *MapIter) Key() Value { return Value{v: it.key("MapIter.Key")} }

// Value returns the value of the iterator's current map entry.
func (it *MapIter) Value() Value { return Value{v: it.elem("MapIter.Value")} }

// Reset modifies it to iterate over v (the zero Value leaves it without a
// map), as if MapRange had just made it.
func (it *MapIter) Reset(v Value) {
	if v.IsValid() {
		v.mustBe(notAMethod, Map)
	}
	*it = MapIter{m: v, i: -2}
}

// SetIterKey assigns to v the key of it's current map entry, as v.Set
// would.
func (v Value) SetIterKey(it *MapIter) {
	k := Value{v: it.key("reflect: Value.SetIterKey")}
	v.mustBeAssignable("SetIterKey")
	it.m.mustBeExported("SetIterKey")
	v.store(k.assignTo("reflect.MapIter.SetKey", v.Type()))
}

// SetIterValue assigns to v the value of it's current map entry, as v.Set
// would.
func (v Value) SetIterValue(it *MapIter) {
	e := Value{v: it.elem("reflect: Value.SetIterValue")}
	v.mustBeAssignable("SetIterValue")
	it.m.mustBeExported("SetIterValue")
	v.store(e.assignTo("reflect.MapIter.SetValue", v.Type()))
}

// hasNaN reports whether a key holds a NaN, which makes it unequal to itself.
func hasNaN(v rt.Value) bool {
	switch v.Kind() {
	case rt.Float32, rt.Float64:
		return v.Float() != v.Float()
	case rt.Complex64, rt.Complex128:
		c := v.Complex()
		return c != c
	case rt.Array:
		for i := 0; i < v.Len(); i++ {
			if hasNaN(v.Index(i)) {
				return true
			}
		}
	case rt.Struct:
		for i := 0; i < v.Type().NumField(); i++ {
			if hasNaN(v.Field(i)) {
				return true
			}
		}
	case rt.Interface:
		return !v.IsNil() && hasNaN(v.Elem())
	}
	return false
}

// mustBeAssignable panics unless v can be set.
func (v Value) mustBeAssignable(method string) {
	if !v.IsValid() {
		panic(&ValueError{valueMethodName(method), Invalid})
	}
	if v.v.ReadOnly() {
		panic("reflect: " + valueMethodName(method) + " using value obtained using unexported field")
	}
	if !v.addressable {
		panic("reflect: " + valueMethodName(method) + " using unaddressable value")
	}
}

func (v Value) addr() unsafe.Pointer { return unsafe.Pointer(v.v.Addr()) }

// SetInt sets v's underlying value to x.
func (v Value) SetInt(x int64) {
	v.mustBeAssignable("SetInt")
	switch p := v.addr(); v.Kind() {
	case Int, Int64:
		*(*int64)(p) = x
	case Int8:
		*(*int8)(p) = int8(x)
	case Int16:
		*(*int16)(p) = int16(x)
	case Int32:
		*(*int32)(p) = int32(x)
	default:
		panic(&ValueError{"reflect.Value.SetInt", v.Kind()})
	}
}

// SetUint sets v's underlying value to x.
func (v Value) SetUint(x uint64) {
	v.mustBeAssignable("SetUint")
	switch p := v.addr(); v.Kind() {
	case Uint, Uint64, Uintptr:
		*(*uint64)(p) = x
	case Uint8:
		*(*uint8)(p) = uint8(x)
	case Uint16:
		*(*uint16)(p) = uint16(x)
	case Uint32:
		*(*uint32)(p) = uint32(x)
	default:
		panic(&ValueError{"reflect.Value.SetUint", v.Kind()})
	}
}

// SetFloat sets v's underlying value to x.
func (v Value) SetFloat(x float64) {
	v.mustBeAssignable("SetFloat")
	switch p := v.addr(); v.Kind() {
	case Float32:
		*(*float32)(p) = float32(x)
	case Float64:
		*(*float64)(p) = x
	default:
		panic(&ValueError{"reflect.Value.SetFloat", v.Kind()})
	}
}

// SetComplex sets v's underlying value to x.
func (v Value) SetComplex(x complex128) {
	v.mustBeAssignable("SetComplex")
	switch p := v.addr(); v.Kind() {
	case Complex64:
		*(*complex64)(p) = complex64(x)
	case Complex128:
		*(*complex128)(p) = x
	default:
		panic(&ValueError{"reflect.Value.SetComplex", v.Kind()})
	}
}

// SetBool sets v's underlying value to x.
func (v Value) SetBool(x bool) {
	v.mustBeAssignable("SetBool")
	v.mustBe("SetBool", Bool)
	*(*bool)(v.addr()) = x
}

// SetString sets v's underlying value to x.
func (v Value) SetString(x string) {
	v.mustBeAssignable("SetString")
	v.mustBe("SetString", String)
	*(*string)(v.addr()) = x
}

// Set assigns x to the value v, which must be settable; x's type must be
// v's, or implement v's when that is an interface.
func (v Value) Set(x Value) {
	v.mustBeAssignable("Set")
	x.mustBeExported("Set")
	v.store(x.assignTo("reflect.Set", v.Type()))
}

// store copies x, a value of v's type, into the variable v.
func (v Value) store(x Value) {
	if n := int(v.Type().Size()); n > 0 {
		copy(unsafe.Slice((*byte)(v.addr()), n), unsafe.Slice((*byte)(x.addr()), n))
	}
}

// UnsafeAddr returns the address of v's value, which must be addressable.
func (v Value) UnsafeAddr() uintptr {
	if !v.IsValid() {
		panic(&ValueError{"reflect.Value.UnsafeAddr", Invalid})
	}
	if !v.addressable {
		panic("reflect.Value.UnsafeAddr of unaddressable value")
	}
	return uintptr(v.addr())
}

// Swapper returns a function that swaps the elements i and j of a slice.
func Swapper(slice any) func(i, j int) {
	if ValueOf(slice).Kind() != Slice {
		panic(&ValueError{Method: "Swapper", Kind: ValueOf(slice).Kind()})
	}
	return func(i, j int) { rt.SliceSwap(slice, i, j) }
}

// StringHeader is the runtime representation of a string (deprecated in Go:
// unsafe.String and unsafe.StringData say the same without it).
type StringHeader struct {
	Data uintptr
	Len  int
}

// SliceHeader is the runtime representation of a slice (deprecated in Go:
// unsafe.Slice and unsafe.SliceData say the same without it).
type SliceHeader struct {
	Data uintptr
	Len  int
	Cap  int
}

// CanInt reports whether Int can be used without panicking.
func (v Value) CanInt() bool {
	switch v.Kind() {
	case Int, Int8, Int16, Int32, Int64:
		return true
	}
	return false
}

// CanUint reports whether Uint can be used without panicking.
func (v Value) CanUint() bool {
	switch v.Kind() {
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return true
	}
	return false
}

// CanFloat reports whether Float can be used without panicking.
func (v Value) CanFloat() bool { return v.Kind() == Float32 || v.Kind() == Float64 }

// CanComplex reports whether Complex can be used without panicking.
func (v Value) CanComplex() bool { return v.Kind() == Complex64 || v.Kind() == Complex128 }

// OverflowInt reports whether the int64 x cannot be represented by v's type.
func (v Value) OverflowInt(x int64) bool {
	v.mustBe("OverflowInt", Int, Int8, Int16, Int32, Int64)
	return overflowInt(v.Type(), x)
}

// OverflowUint reports whether the uint64 x cannot be represented by v's type.
func (v Value) OverflowUint(x uint64) bool {
	v.mustBe("OverflowUint", Uint, Uintptr, Uint8, Uint16, Uint32, Uint64)
	return overflowUint(v.Type(), x)
}

// OverflowFloat reports whether the float64 x cannot be represented by v's type.
func (v Value) OverflowFloat(x float64) bool {
	v.mustBe("OverflowFloat", Float32, Float64)
	return v.Kind() == Float32 && overflowFloat32(x)
}

// OverflowComplex reports whether the complex128 x cannot be represented by
// v's type.
func (v Value) OverflowComplex(x complex128) bool {
	v.mustBe("OverflowComplex", Complex64, Complex128)
	return v.Kind() == Complex64 && (overflowFloat32(real(x)) || overflowFloat32(imag(x)))
}

// overflowInt reports whether x does not fit t, a signed integer type.
func overflowInt(t Type, x int64) bool {
	bits := t.Size() * 8
	return x != (x<<(64-bits))>>(64-bits)
}

// overflowUint reports whether x does not fit t, an unsigned integer type.
func overflowUint(t Type, x uint64) bool {
	bits := t.Size() * 8
	return x != (x<<(64-bits))>>(64-bits)
}

// overflowFloat32 reports whether the finite x is beyond float32's range
// (infinities and NaNs fit).
func overflowFloat32(x float64) bool {
	if x < 0 {
		x = -x
	}
	return maxFloat32 < x && x <= maxFloat64
}

const (
	maxFloat32 = 0x1p127 * (1 + (1 - 0x1p-23))
	maxFloat64 = 0x1p1023 * (1 + (1 - 0x1p-52))
)

// SetZero sets v to be the zero value of v's type.
func (v Value) SetZero() {
	v.mustBeAssignable("SetZero")
	if n := v.Type().Size(); n > 0 {
		clear(unsafe.Slice((*byte)(v.addr()), n))
	}
}

// Comparable reports whether the value v is comparable: for an interface, an
// array or a struct, whether the values it holds are.
func (v Value) Comparable() bool {
	switch v.Kind() {
	case Invalid:
		return false
	case Array:
		switch v.Type().Elem().Kind() {
		case Interface, Array, Struct:
			for i := 0; i < v.Len(); i++ {
				if !v.Index(i).Comparable() {
					return false
				}
			}
			return true
		}
	case Interface:
		return v.IsNil() || v.Elem().Comparable()
	case Struct:
		for i := 0; i < v.NumField(); i++ {
			if !v.Field(i).Comparable() {
				return false
			}
		}
		return true
	}
	return v.Type().Comparable()
}

// Equal reports true if v is equal to u: as == compares them, after taking
// what interfaces hold; values of different types are unequal, and a value
// == would panic on panics.
func (v Value) Equal(u Value) bool {
	if v.Kind() == Interface {
		v = v.Elem()
	}
	if u.Kind() == Interface {
		u = u.Elem()
	}
	if !v.IsValid() || !u.IsValid() {
		return v.IsValid() == u.IsValid()
	}
	if v.Type() != u.Type() {
		return false
	}
	switch v.Kind() {
	case Func, Map, Slice:
		panic("reflect.Value.Equal: values of type " + v.Type().String() + " are not comparable")
	case Array:
		for i := 0; i < v.Len(); i++ {
			if !v.Index(i).Equal(u.Index(i)) {
				return false
			}
		}
		return true
	case Struct:
		for i := 0; i < v.NumField(); i++ {
			if !v.Field(i).Equal(u.Field(i)) {
				return false
			}
		}
		return true
	}
	return v.v.Interface() == u.v.Interface()
}

// NumMethod returns the number of exported methods in v's method set (for an
// interface type, of its methods).
func (v Value) NumMethod() int {
	if !v.IsValid() {
		panic(&ValueError{"reflect.Value.NumMethod", Invalid})
	}
	return v.Type().NumMethod()
}

// Close closes the channel v.
func (v Value) Close() {
	v.mustBe("Close", Chan)
	v.mustBeExported("Close")
	if v.Type().ChanDir()&SendDir == 0 {
		panic("reflect: close of receive-only channel")
	}
	close(*(*chan struct{})(v.addr()))
}

// FieldByIndexErr returns the nested field corresponding to index, or an
// error where the path goes through a nil embedded pointer.
func (v Value) FieldByIndexErr(index []int) (Value, error) {
	if len(index) == 1 {
		return v.Field(index[0]), nil
	}
	v.mustBe("FieldByIndexErr", Struct)
	for n, i := range index {
		if n > 0 && v.Kind() == Pointer && v.Type().Elem().Kind() == Struct {
			if v.IsNil() {
				return Value{}, errors.New("reflect: indirection through nil pointer to embedded struct field " + v.Type().Elem().Name())
			}
			v = v.Elem()
		}
		v = v.Field(i)
	}
	return v, nil
}

// TypeAssert is semantically equivalent to v.Interface().(T), but avoids the
// allocation of an interface.
func TypeAssert[T any](v Value) (T, bool) {
	x, ok := v.Interface().(T)
	return x, ok
}
