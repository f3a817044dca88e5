// Package rt gives the standard library the runtime services Go code cannot
// express: type descriptors and the memory of interface values. It is minigo's
// counterpart of Go's internal/reflectlite; fmt, sort and errors build on it.
// Functions declared without a body are natives of the runtime; what is only
// a load from a type descriptor or a value is Go, reading the descriptor's
// memory as Go's reflect reads abi.Type (a native's call switches stacks,
// which costs more than the load: fmt's %v of a struct makes dozens).
package rt

import "unsafe"

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

// Offsets in the runtime's type descriptors (runtime/src/abi.rs: TypeDesc,
// FieldDesc, MethodDesc, all repr(C)); the natives' test `descriptor_offsets_match_rt_go`
// checks them against the Rust definitions.
const (
	descSize      = 0
	descAlign     = 8
	descKind      = 12
	descFlags     = 13
	descElem      = 32
	descKey       = 40
	descLen       = 48
	descFields    = 56
	descNFields   = 64
	descMethods   = 72
	descNMethods  = 80
	descIMethods  = 88
	descNIMethods = 96
	descCall      = 168
	descMake      = 176

	methodDescSize = 64
	methodName     = 0
	methodPkg      = 16
	methodMtyp     = 32
	methodFtyp     = 48
	methodTfn      = 56

	fieldDescSize  = 56
	fieldName      = 0
	fieldTyp       = 16
	fieldOffset    = 24
	fieldFlags     = 32
	fieldTag       = 40
	fieldEmbedded  = 1
	fieldExported  = 2
	flagDirectData = 1  // TFLAG_DIRECT_IFACE: the value is the interface's data word
	flagComparable = 2  // TFLAG_COMPARABLE
	flagEqCanPanic = 64 // TFLAG_EQ_CAN_PANIC: values hold an interface
)

// at is the word at offset off of memory address p.
func at(p, off uintptr) uintptr { return *(*uintptr)(unsafe.Pointer(p + off)) }

// byteAt is the byte at offset off of memory address p.
func byteAt(p, off uintptr) uint8 { return *(*uint8)(unsafe.Pointer(p + off)) }

// field is the address of the descriptor of t's field i.
func (t Type) field(i int) uintptr {
	if i < 0 || i >= t.NumField() {
		panic("rt: field index out of range")
	}
	return at(t.p, descFields) + uintptr(i)*fieldDescSize
}

// Addr is the descriptor's address; TypeAt is the Type at such an address.
func (t Type) Addr() uintptr { return t.p }
func TypeAt(p uintptr) Type  { return Type{p} }

// String returns the type as reflect prints it (main.T, []int, map[string]int).
func (t Type) String() string

func (t Type) Kind() Kind {
	if t.p == 0 {
		return Invalid
	}
	return Kind(byteAt(t.p, descKind))
}
func (t Type) PkgPath() string
func (t Type) Elem() Type {
	if t.p == 0 {
		return Type{}
	}
	return Type{at(t.p, descElem)}
}
func (t Type) Key() Type {
	if t.p == 0 {
		return Type{}
	}
	return Type{at(t.p, descKey)}
}
func (t Type) Len() int {
	if t.p == 0 {
		return 0
	}
	return int(at(t.p, descLen))
}
func (t Type) Size() uintptr {
	if t.p == 0 {
		return 0
	}
	return at(t.p, descSize)
}
func (t Type) NumField() int {
	if t.p == 0 {
		return 0
	}
	return int(at(t.p, descNFields))
}
func (t Type) NumMethod() int
func (t Type) Comparable() bool {
	return t.p != 0 && byteAt(t.p, descFlags)&flagComparable != 0
}

// EqCanPanic reports whether comparing (or hashing) values of t may panic:
// they hold an interface, whose dynamic value may not be comparable.
func (t Type) EqCanPanic() bool {
	return t.p != 0 && byteAt(t.p, descFlags)&flagEqCanPanic != 0
}

// FieldName returns the name of struct field i; FieldExported and FieldEmbedded
// describe it, FieldTag is its tag.
func (t Type) FieldName(i int) string {
	return *(*string)(unsafe.Pointer(t.field(i) + fieldName))
}
func (t Type) FieldTag(i int) string {
	return *(*string)(unsafe.Pointer(t.field(i) + fieldTag))
}
func (t Type) FieldExported(i int) bool { return at(t.field(i), fieldFlags)&fieldExported != 0 }
func (t Type) FieldEmbedded(i int) bool { return at(t.field(i), fieldFlags)&fieldEmbedded != 0 }

// FieldType and FieldOffset describe struct field i.
func (t Type) FieldType(i int) Type      { return Type{at(t.field(i), fieldTyp)} }
func (t Type) FieldOffset(i int) uintptr { return at(t.field(i), fieldOffset) }

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

// A Method is an entry of a type descriptor's method table (abi.rs:
// MethodDesc).
type Method struct {
	Name string
	// PkgPath is the package of an unexported method ("" when exported).
	PkgPath string
	// Type is the method's signature, without the receiver.
	Type Type
	// FuncType and Func are the type and the static func value of the
	// method's method expression (the receiver first), for an exported method
	// of a type not an interface in a program with reflect's method lookups;
	// else the zero Type and 0.
	FuncType Type
	Func     uintptr
}

// MethodTable returns the method table of t, sorted by name: an interface
// type's methods, or another type's methods that some interface of the
// program can call — all its exported ones in a program with reflect's
// method lookups.
func (t Type) MethodTable() []Method {
	p, n := at(t.p, descMethods), at(t.p, descNMethods)
	if t.Kind() == Interface {
		p, n = at(t.p, descIMethods), at(t.p, descNIMethods)
	}
	ms := make([]Method, n)
	for i := range ms {
		d := p + uintptr(i)*methodDescSize
		ms[i] = Method{
			Name:     *(*string)(unsafe.Pointer(d + methodName)),
			PkgPath:  *(*string)(unsafe.Pointer(d + methodPkg)),
			Type:     Type{at(d, methodMtyp)},
			FuncType: Type{at(d, methodFtyp)},
			Func:     at(d, methodTfn),
		}
	}
	return ms
}

// Implements reports whether typ implements interface type iface.
func Implements(iface, typ Type) bool

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
func ValueOf(x any) Value {
	t := TypeOf(x)
	if t.p == 0 {
		return Value{}
	}
	p := DataOf(x)
	if byteAt(t.p, descFlags)&flagDirectData != 0 {
		// the value is the data word itself: give it an address
		w := new(uintptr)
		*w = p
		p = uintptr(unsafe.Pointer(w))
	}
	return Value{t: t, p: p}
}

// At returns a Value of type t viewing the memory at p.
func At(t Type, p uintptr) Value { return Value{t: t, p: p} }

// Zero returns a Value of a new zero value of type t (not addressable).
func Zero(t Type) Value { return Value{t: t, p: t.alloc()} }

func (t Type) alloc() uintptr

// MakeSlice returns a Value of a new slice of slice type st, of length n and
// capacity c (0 <= n <= c, checked by the caller), its elements zero.
func MakeSlice(st Type, n, c int) Value {
	v := Zero(st)
	*(*uintptr)(unsafe.Pointer(v.p)) = st.Elem().allocN(c)
	*(*int)(unsafe.Pointer(v.p + 8)) = n
	*(*int)(unsafe.Pointer(v.p + 16)) = c
	return v
}

// allocN returns fresh zeroed memory for n values of the type, as an array.
func (t Type) allocN(n int) uintptr

// PtrTo returns the type *t.
func (t Type) PtrTo() Type

// ArraySlice returns, for an array type [N]E, the type []E.
func (t Type) ArraySlice() Type

// A TypeSpec describes a type for MakeType (natives/maketype.rs: TypeSpec).
type TypeSpec struct {
	Kind Kind
	// Name is the type's string, as reflect prints it.
	Name string
	Elem Type
	Key  Type
	// Len is an array's length, a channel's direction, or 1 for a variadic
	// func.
	Len uintptr
	// Types are a func's parameters, then its results.
	Types  []Type
	NumIn  int
	Fields []FieldSpec
}

// A FieldSpec describes a struct field for MakeType.
type FieldSpec struct {
	Name     string
	Type     Type
	Tag      string
	Embedded bool
	Exported bool
}

// The layout maketype.rs reads, which its test checks against these; each
// variable below compiles only if the layout here is the same (a difference
// is an array length other than 0, or a negative one).
const (
	specName          = 8
	specElem          = 24
	specLen           = 40
	specTypes         = 48
	specFields        = 80
	specSize          = 104
	fieldSpecSize     = 48
	fieldSpecEmbedded = 40
)

var (
	_ [0]int = [unsafe.Offsetof(TypeSpec{}.Name) - specName]int{}
	_ [0]int = [unsafe.Offsetof(TypeSpec{}.Elem) - specElem]int{}
	_ [0]int = [unsafe.Offsetof(TypeSpec{}.Len) - specLen]int{}
	_ [0]int = [unsafe.Offsetof(TypeSpec{}.Types) - specTypes]int{}
	_ [0]int = [unsafe.Offsetof(TypeSpec{}.Fields) - specFields]int{}
	_ [0]int = [unsafe.Sizeof(TypeSpec{}) - specSize]int{}
	_ [0]int = [unsafe.Sizeof(FieldSpec{}) - fieldSpecSize]int{}
	_ [0]int = [unsafe.Offsetof(FieldSpec{}.Embedded) - fieldSpecEmbedded]int{}
)

// MakeType returns the type spec describes: the program's descriptor of the
// type when it has one, else one made at the first request and kept for the
// program's life.
func MakeType(spec *TypeSpec) Type

// CallFunc returns, for a func type, the static func value through which
// reflect calls a func value of the type (abi.rs: TypeDesc.call).
func (t Type) CallFunc() uintptr { return at(t.p, descCall) }

// MakeFuncCode returns, for a func type, the code of the func values of the
// type that reflect's MakeFunc makes (abi.rs: TypeDesc.make_func).
func (t Type) MakeFuncCode() uintptr { return at(t.p, descMake) }

// Align returns the alignment of values of the type in memory.
func (t Type) Align() int { return int(*(*uint32)(unsafe.Pointer(t.p + descAlign))) }

// MakeMap returns a Value of a new map of map type mt, with room for about
// hint entries.
func MakeMap(mt Type, hint int) Value {
	v := Zero(mt)
	*(*uintptr)(unsafe.Pointer(v.p)) = makeMap(mt, hint)
	return v
}

// MakeChan returns a Value of a new channel of channel type ct with a buffer
// of size elements (size >= 0, checked by the caller).
func MakeChan(ct Type, size int) Value {
	v := Zero(ct)
	*(*uintptr)(unsafe.Pointer(v.p)) = makeChan(ct, size)
	return v
}

func makeMap(mt Type, hint int) uintptr

// GrowSlice makes room for n more elements (n >= 0) in the slice v views, as
// append would: when its capacity is short, a new backing array of the
// capacity append gives, holding its elements.
func (v Value) GrowSlice(n int) {
	et := v.t.Elem()
	data, length, capacity := (*uintptr)(unsafe.Pointer(v.p)), at(v.p, 8), (*uintptr)(unsafe.Pointer(v.p+16))
	if int(length)+n <= int(*capacity) {
		return
	}
	c := grownCap(et, int(length)+n, int(*capacity))
	p := et.allocN(c)
	if size := length * et.Size(); size > 0 {
		copy(unsafe.Slice((*byte)(unsafe.Pointer(p)), size), unsafe.Slice((*byte)(unsafe.Pointer(*data)), size))
	}
	*data, *capacity = p, uintptr(c)
}

func grownCap(et Type, newLen, oldCap int) int

// Results of ChanSend and ChanRecv (runtime/src/chan.rs).
const (
	SendOK     = 0
	SendClosed = 1
	RecvClosed = 0
	RecvOK     = 1
	WouldBlock = 2
)

// ChanSend sends the value at ep on channel c (a channel's word; nil blocks
// forever): when block, waiting as c <- x does; else only if it can now, as
// a select with a default does. ChanRecv receives into ep on the same terms.
// Neither panics: a send on a closed channel is SendClosed.
func ChanSend(c, ep uintptr, block bool) uint64
func ChanRecv(c, ep uintptr, block bool) uint64

// A SelectCase is a case of Select (abi.rs: SCase): channel C (nil: never
// ready), the value to send or where a received one goes, and Kind 0 to
// receive or SelectSend to send.
type SelectCase struct {
	C, Elem uintptr
	Kind    uint64
}

const (
	SelectSend     = 1
	selectCaseSize = 24
)

var _ [0]int = [unsafe.Sizeof(SelectCase{}) - selectCaseSize]int{}

// Select runs a select over the n cases at cases, as compiled code's does:
// it returns the case chosen (-1 for none, when it does not block) and, for
// a receive, whether it got a value (RecvOK), or for a send 2 when the
// channel was closed.
func Select(cases *SelectCase, n int, block bool) (int, uint64)
func makeChan(ct Type, size int) uintptr

// ReflectValue, set when package reflect is in the program, gives the Value
// a reflect.Value views, so that fmt prints a reflect.Value as the value it
// holds, as Go's fmt does.
var ReflectValue func(x any) (Value, bool)

// Addr is the address of the value v views.
func (v Value) Addr() uintptr { return v.p }

// ReadOnly reports whether v was obtained through an unexported field.
func (v Value) ReadOnly() bool { return v.flag&flagRO != 0 }

// WithType is v viewed as a value of type t, whose memory layout is v's
// type's (identical underlying types).
func (v Value) WithType(t Type) Value {
	v.t = t
	return v
}

// AsReadOnly is v marked as obtained through an unexported field.
func (v Value) AsReadOnly() Value {
	v.flag |= flagRO
	return v
}

func (v Value) IsValid() bool      { return !v.t.IsNil() }
func (v Value) Type() Type         { return v.t }
func (v Value) Kind() Kind         { return v.t.Kind() }
func (v Value) CanInterface() bool { return v.flag&flagRO == 0 }

func (v Value) Bool() bool { return *(*bool)(unsafe.Pointer(v.p)) }
func (v Value) Int() int64 {
	switch v.t.Size() {
	case 1:
		return int64(*(*int8)(unsafe.Pointer(v.p)))
	case 2:
		return int64(*(*int16)(unsafe.Pointer(v.p)))
	case 4:
		return int64(*(*int32)(unsafe.Pointer(v.p)))
	}
	return *(*int64)(unsafe.Pointer(v.p))
}
func (v Value) Uint() uint64 {
	switch v.t.Size() {
	case 1:
		return uint64(*(*uint8)(unsafe.Pointer(v.p)))
	case 2:
		return uint64(*(*uint16)(unsafe.Pointer(v.p)))
	case 4:
		return uint64(*(*uint32)(unsafe.Pointer(v.p)))
	}
	return *(*uint64)(unsafe.Pointer(v.p))
}
func (v Value) Float() float64 {
	if v.t.Size() == 4 {
		return float64(*(*float32)(unsafe.Pointer(v.p)))
	}
	return *(*float64)(unsafe.Pointer(v.p))
}
func (v Value) Complex() complex128 {
	if v.t.Size() == 8 {
		return complex128(*(*complex64)(unsafe.Pointer(v.p)))
	}
	return *(*complex128)(unsafe.Pointer(v.p))
}
func (v Value) String() string { return *(*string)(unsafe.Pointer(v.p)) }

// Pointer returns the word of a pointer, map, channel, func or unsafe.Pointer.
func (v Value) Pointer() uintptr { return at(v.p, 0) }

// IsNil reports whether a pointer, map, slice, channel, func or interface is nil.
func (v Value) IsNil() bool { return at(v.p, 0) == 0 }

// Len returns the length of an array, slice, string, map or channel.
func (v Value) Len() int {
	switch v.Kind() {
	case Array:
		return v.t.Len()
	case Slice, String:
		return int(at(v.p, 8))
	case Map:
		if m := at(v.p, 0); m != 0 {
			return int(at(m, 0)) // a map's first word is its count
		}
	case Chan:
		return len(*asChan(v.p))
	}
	return 0
}

// Cap returns the capacity of a slice, array or channel.
func (v Value) Cap() int {
	switch v.Kind() {
	case Array:
		return v.t.Len()
	case Slice:
		return int(at(v.p, 16))
	case Chan:
		return cap(*asChan(v.p))
	}
	return 0
}

// asChan is the channel at p, whatever its element type: len and cap read the
// same words of any channel (and give 0 for nil and for a timer's).
func asChan(p uintptr) *chan struct{} { return (*chan struct{})(unsafe.Pointer(p)) }

// Index returns element i of an array, slice or string.
func (v Value) Index(i int) Value {
	if v.t.p == 0 {
		return Value{}
	}
	base := v.p
	if v.Kind() == Slice {
		base = at(v.p, 0)
	}
	e := v.t.Elem()
	return Value{t: e, p: base + uintptr(i)*e.Size(), flag: v.flag}
}

// Field returns field i of a struct.
func (v Value) Field(i int) Value {
	if v.t.p == 0 {
		return Value{}
	}
	f := v.t.field(i)
	flag := v.flag
	if at(f, fieldFlags)&fieldExported == 0 {
		flag |= flagRO
	}
	return Value{t: Type{at(f, fieldTyp)}, p: v.p + at(f, fieldOffset), flag: flag}
}

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
func (v Value) MapIndex(k Value) Value {
	k.mustHash()
	return mapIndex(v.t, v.p, k.p, v.flag)
}

func mapIndex(mt Type, m uintptr, k uintptr, flag uintptr) Value

// MapAssign sets the element for key k in map v to e (a nil map panics as an
// assignment to it does); MapDelete removes key k. k and e are of the map's
// key and element types.
func (v Value) MapAssign(k, e Value) {
	k.mustHash()
	if at(v.p, 0) == 0 {
		var m map[int]int
		m[0] = 0 // the runtime's panic
	}
	mapAssign(v.t, v.p, k.p, e.p)
}

func (v Value) MapDelete(k Value) {
	k.mustHash()
	mapDelete(v.t, v.p, k.p)
}

// mustHash panics as the runtime does for a map key whose dynamic value cannot
// be hashed (an interface holding a slice, or a struct or array with one),
// before a native map operation meets it: only compiled code raises the
// runtime's panics.
func (k Value) mustHash() {
	if k.t.EqCanPanic() {
		probe := map[any]bool{}
		probe[k.Interface()] = true
	}
}

func mapAssign(mt Type, m, k, e uintptr)

// MapClear deletes every entry of the map v.
func (v Value) MapClear() { mapClear(v.t, v.p) }

func mapClear(mt Type, m uintptr)
func mapDelete(mt Type, m, k uintptr)

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
func StoreIfAssignable(target any, v any) bool {
	t := TypeOf(target)
	return t.Kind() == Pointer && storeAt(t.Elem(), DataOf(target), v)
}

// StoreAt stores x into v, a variable, if x's dynamic type is assignable to
// v's type (identical, or implementing it when it is an interface).
func (v Value) StoreAt(x any) bool { return storeAt(v.t, v.p, x) }

func storeAt(t Type, p uintptr, x any) bool

// StoreBits stores the low bits of v into *target, which points to a value of
// a boolean, integer or floating-point kind (of its size).
func StoreBits(target any, v uint64)

// StoreString stores v into *target, which points to a value of string kind.
func StoreString(target any, v string)

// Godebug returns the value of setting name in $GODEBUG ("" when unset); a
// later name=value overrides an earlier one, as in Go.
func Godebug(name string) string
