// Package reflect implements run-time reflection over minigo's type
// descriptors, through internal/rt (the services fmt is built on).
//
// What is here: TypeOf and the Type methods that describe a type (String,
// Name, PkgPath, Kind, Size, Elem, Key, Len, fields, func parameters,
// Implements, Comparable); ValueOf and the Value methods that read values,
// walk into them (Elem, Field, Index, MapKeys, MapIndex) and set addressable
// ones; DeepEqual, Indirect and Swapper. What is not: struct tags, methods by
// index or name, Call and MakeFunc, and the constructors of new types and
// of values other than Zero (New, MakeSlice, StructOf...): their names are
// Go's API, so a program using them is told minigo does not support them.
package reflect

import (
	"internal/rt"
	"strconv"
	"unsafe"
)

// A Kind represents the specific kind of type that a Type represents.
type Kind uint

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

// Ptr is the old name for the Pointer kind.
const Ptr = Pointer

var kindNames = []string{
	Invalid:       "invalid",
	Bool:          "bool",
	Int:           "int",
	Int8:          "int8",
	Int16:         "int16",
	Int32:         "int32",
	Int64:         "int64",
	Uint:          "uint",
	Uint8:         "uint8",
	Uint16:        "uint16",
	Uint32:        "uint32",
	Uint64:        "uint64",
	Uintptr:       "uintptr",
	Float32:       "float32",
	Float64:       "float64",
	Complex64:     "complex64",
	Complex128:    "complex128",
	Array:         "array",
	Chan:          "chan",
	Func:          "func",
	Interface:     "interface",
	Map:           "map",
	Pointer:       "ptr",
	Slice:         "slice",
	String:        "string",
	Struct:        "struct",
	UnsafePointer: "unsafe.Pointer",
}

// String returns the name of k.
func (k Kind) String() string {
	if uint(k) < uint(len(kindNames)) {
		return kindNames[uint(k)]
	}
	return "kind" + strconv.Itoa(int(k))
}

// Type is the representation of a Go type. Types are comparable: two Types
// are equal exactly when they represent identical types.
type Type interface {
	String() string
	Name() string
	PkgPath() string
	Kind() Kind
	Size() uintptr
	Bits() int
	Elem() Type
	Key() Type
	Len() int
	NumField() int
	Field(i int) StructField
	FieldByName(name string) (StructField, bool)
	NumMethod() int
	NumIn() int
	In(i int) Type
	NumOut() int
	Out(i int) Type
	IsVariadic() bool
	ChanDir() ChanDir
	Comparable() bool
	Implements(u Type) bool
	AssignableTo(u Type) bool
	common() rt.Type
}

// rtype is the Type of a type descriptor: a *rtype is the descriptor's
// address (as Go's is), so Types of identical types compare equal (the
// compiler emits one descriptor per type) and print as *reflect.rtype with %T.
// Its memory is the runtime's descriptor, read only through internal/rt.
type rtype struct{ _ byte }

// toType is the Type of a descriptor, nil for none (an interface holding a
// nil *rtype would not be nil).
func toType(t rt.Type) Type {
	if t.IsNil() {
		return nil
	}
	return (*rtype)(unsafe.Pointer(t.Addr()))
}

// TypeOf returns the dynamic type of i, or nil if i is nil.
func TypeOf(i any) Type { return toType(rt.TypeOf(i)) }

// TypeFor returns the Type that represents the type argument T.
func TypeFor[T any]() Type {
	var v T
	if t := TypeOf(v); t != nil {
		return t
	}
	return TypeOf((*T)(nil)).Elem()
}

func (t *rtype) common() rt.Type { return rt.TypeAt(uintptr(unsafe.Pointer(t))) }
func (t *rtype) String() string  { return t.common().String() }
func (t *rtype) Kind() Kind      { return Kind(t.common().Kind()) }
func (t *rtype) PkgPath() string {
	if t.Kind() == UnsafePointer {
		return "unsafe"
	}
	return t.common().PkgPath()
}
func (t *rtype) Size() uintptr    { return t.common().Size() }
func (t *rtype) NumMethod() int   { return t.common().NumMethod() }
func (t *rtype) Comparable() bool { return t.common().Comparable() }
func (t *rtype) IsVariadic() bool { t.must("IsVariadic", Func); return t.common().IsVariadic() }
func (t *rtype) NumIn() int       { t.must("NumIn", Func); return t.common().NumIn() }
func (t *rtype) NumOut() int      { t.must("NumOut", Func); return t.common().NumOut() }
func (t *rtype) In(i int) Type    { t.must("In", Func); return toType(t.common().In(i)) }
func (t *rtype) Out(i int) Type   { t.must("Out", Func); return toType(t.common().Out(i)) }
func (t *rtype) NumField() int    { t.must("NumField", Struct); return t.common().NumField() }
func (t *rtype) Key() Type        { t.must("Key", Map); return toType(t.common().Key()) }
func (t *rtype) Len() int         { t.must("Len", Array); return t.common().Len() }
func (t *rtype) AssignableTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.AssignableTo")
	}
	if u.Kind() == Interface {
		return t.Implements(u)
	}
	return Type(t) == u
}

// must panics as Go's reflect does when a method is called on a type of a
// kind it does not apply to.
func (t *rtype) must(method string, kinds ...Kind) {
	for _, k := range kinds {
		if t.Kind() == k {
			return
		}
	}
	panic("reflect: " + method + " of non-" + kinds[0].String() + " type " + t.String())
}

// Name returns the type's name within its package ("" for unnamed types).
func (t *rtype) Name() string {
	s := t.String()
	if pkg := t.common().PkgPath(); pkg != "" {
		// main.T, pkg.List[main.T]: the package's name, then the name
		for i := len(pkg) - 1; i >= 0; i-- {
			if pkg[i] == '/' {
				pkg = pkg[i+1:]
				break
			}
		}
		if len(s) > len(pkg) && s[:len(pkg)] == pkg && s[len(pkg)] == '.' {
			return s[len(pkg)+1:]
		}
		return s
	}
	switch k := t.Kind(); {
	case k == UnsafePointer:
		return "Pointer"
	case k >= Bool && k <= Complex128 || k == String:
		return s
	case s == "error":
		return s
	}
	return ""
}

// Bits returns the size of a numeric type in bits.
func (t *rtype) Bits() int {
	k := t.Kind()
	if k < Int || k > Complex128 {
		panic("reflect: Bits of non-arithmetic Type " + t.String())
	}
	return int(t.Size()) * 8
}

func (t *rtype) Elem() Type {
	switch t.Kind() {
	case Array, Chan, Map, Pointer, Slice:
		return toType(t.common().Elem())
	}
	panic("reflect: Elem of invalid type " + t.String())
}

// ChanDir returns a channel type's direction.
func (t *rtype) ChanDir() ChanDir {
	t.must("ChanDir", Chan)
	return ChanDir(t.common().ChanDir())
}

// Implements reports whether the type implements the interface type u.
func (t *rtype) Implements(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.Implements")
	}
	if u.Kind() != Interface {
		panic("reflect: non-interface type passed to Type.Implements")
	}
	return rt.MissingMethod(u.common(), t.common()) == ""
}

// A ChanDir is a channel type's direction.
type ChanDir int

const (
	RecvDir ChanDir = 1 << iota
	SendDir
	BothDir = RecvDir | SendDir
)

func (d ChanDir) String() string {
	switch d {
	case SendDir:
		return "chan<-"
	case RecvDir:
		return "<-chan"
	case BothDir:
		return "chan"
	}
	return "ChanDir" + strconv.Itoa(int(d))
}

// A StructField describes a single field in a struct.
type StructField struct {
	Name      string
	PkgPath   string // empty for exported fields
	Type      Type
	Tag       StructTag
	Offset    uintptr
	Index     []int
	Anonymous bool
}

// A StructTag is a field's tag: by convention `key:"value"` pairs separated
// by spaces, each value a Go string literal.
type StructTag string

// Get returns the value for key in the tag, or "" (Lookup tells an empty
// value from none).
func (tag StructTag) Get(key string) string {
	v, _ := tag.Lookup(key)
	return v
}

// Lookup returns the value for key in the tag, and whether the tag has it.
// A pair that does not follow the convention ends the search.
func (tag StructTag) Lookup(key string) (value string, ok bool) {
	t := string(tag)
	for t != "" {
		for t != "" && t[0] == ' ' {
			t = t[1:]
		}
		// a key is a run of printable characters other than space, quote
		// and colon, followed by a colon and a quoted value
		n := 0
		for n < len(t) && t[n] > ' ' && t[n] != ':' && t[n] != '"' && t[n] != 0x7f {
			n++
		}
		if n == 0 || n+1 >= len(t) || t[n] != ':' || t[n+1] != '"' {
			return "", false
		}
		name := t[:n]
		t = t[n+1:]
		end := 1
		for end < len(t) && t[end] != '"' {
			if t[end] == '\\' {
				end++
			}
			end++
		}
		if end >= len(t) {
			return "", false
		}
		quoted := t[:end+1]
		t = t[end+1:]
		if name == key {
			v, err := strconv.Unquote(quoted)
			return v, err == nil
		}
	}
	return "", false
}

// IsExported reports whether the field is exported.
func (f StructField) IsExported() bool { return f.PkgPath == "" }

// Field returns the i'th field of a struct type.
func (t *rtype) Field(i int) StructField {
	t.must("Field", Struct)
	if i < 0 || i >= t.common().NumField() {
		panic("reflect: Field index out of bounds")
	}
	f := StructField{
		Name:      t.common().FieldName(i),
		Type:      toType(t.common().FieldType(i)),
		Tag:       StructTag(t.common().FieldTag(i)),
		Offset:    t.common().FieldOffset(i),
		Index:     []int{i},
		Anonymous: t.common().FieldEmbedded(i),
	}
	if !t.common().FieldExported(i) {
		f.PkgPath = t.PkgPath()
		if f.PkgPath == "" {
			f.PkgPath = "main"
		}
	}
	return f
}

// FieldByName returns the struct field with the given name, looking
// through embedded structs breadth first as Go's selectors do.
func (t *rtype) FieldByName(name string) (StructField, bool) {
	t.must("FieldByName", Struct)
	type level struct {
		t     *rtype
		index []int
	}
	current := []level{{t, nil}}
	seen := map[*rtype]bool{}
	for len(current) > 0 {
		var next []level
		var found StructField
		count := 0
		for _, l := range current {
			if seen[l.t] {
				continue
			}
			seen[l.t] = true
			for i := 0; i < l.t.common().NumField(); i++ {
				f := l.t.Field(i)
				index := append(append([]int(nil), l.index...), i)
				if f.Name == name {
					count++
					f.Index = index
					found = f
					continue
				}
				if f.Anonymous {
					ft := f.Type
					if ft.Kind() == Pointer {
						ft = ft.Elem()
					}
					if ft.Kind() == Struct {
						next = append(next, level{ft.(*rtype), index})
					}
				}
			}
		}
		if count == 1 {
			return found, true
		}
		if count > 1 {
			return StructField{}, false
		}
		current = next
	}
	return StructField{}, false
}
