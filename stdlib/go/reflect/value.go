package reflect

import (
	"internal/rt"
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

// mustBe panics unless v's kind is one of kinds.
func (v Value) mustBe(method string, kinds ...Kind) {
	k := v.Kind()
	for _, want := range kinds {
		if k == want {
			return
		}
	}
	panic(&ValueError{"reflect.Value." + method, k})
}

// mustBeExported panics if v is the zero Value or was obtained through an
// unexported field.
func (v Value) mustBeExported(method string) {
	if !v.IsValid() {
		panic(&ValueError{"reflect.Value." + method, Invalid})
	}
	if v.v.ReadOnly() {
		panic("reflect: reflect.Value." + method + " using value obtained using unexported field")
	}
}

// assignTo returns x as a value of type t: x itself when that is its type,
// or for an interface type t that x's implements, an interface holding x.
// Otherwise it panics, naming context (the method assigning).
func (x Value) assignTo(context string, t Type) Value {
	if x.Type() == t {
		return x
	}
	if t.Kind() == Interface {
		box := Zero(t)
		if box.v.StoreAt(x.Interface()) {
			return box
		}
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
// ranges over the entries the map had when MapRange was called, skipping
// those deleted since and giving the current element of the others.
type MapIter struct {
	m Value
	// entries: key, element, key, element...
	entries []rt.Value
	i       int
}

// MapRange returns a range iterator for a map.
func (v Value) MapRange() *MapIter {
	v.mustBe("MapRange", Map)
	return &MapIter{m: v, entries: v.v.MapEntries(), i: -2}
}

// Next advances the iterator and reports whether there is another entry.
func (it *MapIter) Next() bool {
	for it.i+2 < len(it.entries) {
		it.i += 2
		// a key not equal to itself (NaN) cannot be looked up: it stays
		if k := it.entries[it.i]; it.m.v.MapIndex(k).IsValid() || hasNaN(k) {
			return true
		}
	}
	return false
}

func (it *MapIter) Key() Value { return Value{v: it.entries[it.i]} }

func (it *MapIter) Value() Value {
	if cur := it.m.v.MapIndex(it.entries[it.i]); cur.IsValid() {
		return Value{v: cur}
	}
	return Value{v: it.entries[it.i+1]}
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
		panic(&ValueError{"reflect.Value." + method, Invalid})
	}
	if v.v.ReadOnly() {
		panic("reflect: reflect.Value." + method + " using value obtained using unexported field")
	}
	if !v.addressable {
		panic("reflect: reflect.Value." + method + " using unaddressable value")
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
	x = x.assignTo("reflect.Set", v.Type())
	n := int(v.Type().Size())
	if n > 0 {
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
