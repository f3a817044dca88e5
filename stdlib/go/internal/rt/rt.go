// Package rt gives the standard library the runtime services Go code cannot
// express: type descriptors and the memory of interface values. It is minigo's
// counterpart of Go's internal/reflectlite; fmt, sort and errors build on it.
// Functions declared without a body are natives of the runtime.
package rt

// A Kind is the specific kind of type, numbered as reflect.Kind.
type Kind uint8

const (
	Invalid Kind = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Pointer
	Slice
	String
	Struct
	UnsafePointer
)

// A Type is a runtime type descriptor; the zero Type is the type of nil.
type Type struct {
	p uintptr
}

// TypeOf returns the dynamic type of x.
func TypeOf(x any) Type

// DataOf returns the data word of interface value x.
func DataOf(x any) uintptr

// ZeroOf returns the zero value of x's dynamic type, or for a pointer type a
// pointer to a new zero value of its element (reflect.New(t.Elem())); nil for
// nil.
func ZeroOf(x any) any

func (t Type) IsNil() bool { return t.p == 0 }

// Addr is the descriptor's address; TypeAt is the Type at such an address.
func (t Type) Addr() uintptr { return t.p }
func TypeAt(p uintptr) Type  { return Type{p} }

// String returns the type as reflect prints it (main.T, []int, map[string]int).
func (t Type) String() string

func (t Type) Kind() Kind
func (t Type) PkgPath() string
func (t Type) Elem() Type
func (t Type) Key() Type
func (t Type) Len() int
func (t Type) Size() uintptr
func (t Type) NumField() int
func (t Type) NumMethod() int
func (t Type) Comparable() bool

// FieldName returns the name of struct field i; FieldExported and FieldEmbedded
// describe it.
func (t Type) FieldName(i int) string
func (t Type) FieldExported(i int) bool
func (t Type) FieldEmbedded(i int) bool

// FieldType and FieldOffset describe struct field i.
func (t Type) FieldType(i int) Type
func (t Type) FieldOffset(i int) uintptr

// A func type's parameters (In) and results (Out).
func (t Type) NumIn() int     { return t.numParams(false) }
func (t Type) NumOut() int    { return t.numParams(true) }
func (t Type) In(i int) Type  { return t.param(false, i) }
func (t Type) Out(i int) Type { return t.param(true, i) }
func (t Type) numParams(out bool) int
func (t Type) param(out bool, i int) Type
func (t Type) IsVariadic() bool { return t.dir()&1 != 0 }

// ChanDir is a channel type's direction (1 receive, 2 send, 3 both).
func (t Type) ChanDir() int { return t.dir() }
func (t Type) dir() int

// MissingMethod returns the name of a method of interface type iface that typ
// does not have ("" if none).
func MissingMethod(iface, typ Type) string

const (
	flagIndir uintptr = 1 << iota // p is the address of the value, not the value
	flagRO                        // obtained through an unexported field
)

// A Value is a typed view of a Go value in memory.
type Value struct {
	t    Type
	p    uintptr
	flag uintptr
}

// ValueOf returns a Value for the dynamic value of x (the zero Value for nil).
func ValueOf(x any) Value

// Zero returns a Value of a new zero value of type t (not addressable).
func Zero(t Type) Value { return Value{t: t, p: t.alloc()} }

func (t Type) alloc() uintptr

// ReflectValue, set when package reflect is in the program, gives the Value
// a reflect.Value views, so that fmt prints a reflect.Value as the value it
// holds, as Go's fmt does.
var ReflectValue func(x any) (Value, bool)

// Addr is the address of the value v views.
func (v Value) Addr() uintptr { return v.p }

// ReadOnly reports whether v was obtained through an unexported field.
func (v Value) ReadOnly() bool { return v.flag&flagRO != 0 }

func (v Value) IsValid() bool      { return !v.t.IsNil() }
func (v Value) Type() Type         { return v.t }
func (v Value) Kind() Kind         { return v.t.Kind() }
func (v Value) CanInterface() bool { return v.flag&flagRO == 0 }

func (v Value) Bool() bool
func (v Value) Int() int64
func (v Value) Uint() uint64
func (v Value) Float() float64
func (v Value) Complex() complex128
func (v Value) String() string

// Pointer returns the word of a pointer, map, channel, func or unsafe.Pointer.
func (v Value) Pointer() uintptr

// IsNil reports whether a pointer, map, slice, channel, func or interface is nil.
func (v Value) IsNil() bool

// Len returns the length of an array, slice, string, map or channel.
func (v Value) Len() int

// Cap returns the capacity of a slice, array or channel.
func (v Value) Cap() int

// Index returns element i of an array, slice or string.
func (v Value) Index(i int) Value

// Field returns field i of a struct.
func (v Value) Field(i int) Value

// Elem returns what a pointer points to, or the value an interface holds.
func (v Value) Elem() Value

// Interface returns v as an interface value.
func (v Value) Interface() any

// MapKeys returns the keys of a map, in no particular order.
func (v Value) MapKeys() []Value

// MapEntries returns a map's keys and elements, in no particular order, as
// key, element, key, element...: a key not equal to itself (NaN) cannot be
// looked up, so who prints or ranges over a map takes its element here.
func (v Value) MapEntries() []Value

// MapIndex returns the value for key k in map v (the zero Value if absent).
func (v Value) MapIndex(k Value) Value { return mapIndex(v.t, v.p, k.p, v.flag) }

func mapIndex(mt Type, m uintptr, k uintptr, flag uintptr) Value

// Bytes returns the contents of a []byte or byte array (not a copy).
func (v Value) Bytes() []byte

// SliceLen returns the length of the slice held by x.
func SliceLen(x any) int

// SliceSwap swaps elements i and j of the slice held by x.
func SliceSwap(x any, i, j int)

// IsNonNilPointer reports whether x holds a non-nil pointer.
func IsNonNilPointer(x any) bool

// StoreIfAssignable stores v into *target if v's dynamic type is assignable to the
// pointed-to type (identical, or implementing it when it is an interface).
func StoreIfAssignable(target any, v any) bool

// StoreBits stores the low bits of v into *target, which points to a value of
// a boolean, integer or floating-point kind (of its size).
func StoreBits(target any, v uint64)

// StoreString stores v into *target, which points to a value of string kind.
func StoreString(target any, v string)

// Godebug returns the value of setting name in $GODEBUG ("" when unset); a
// later name=value overrides an earlier one, as in Go.
func Godebug(name string) string
