// Package reflect implements run-time reflection over minigo's type
// descriptors, through internal/rt (the services fmt is built on).
//
// What is here: TypeOf and the Type methods that describe a type (String,
// Name, PkgPath, Kind, Size, Align, Elem, Key, Len, fields and their tags,
// func parameters, Implements, Comparable, Overflow*); ValueOf and the Value
// methods that read values, walk into them (Elem, Field, Index, Slice,
// MapKeys, MapIndex), compare, convert and set them; the
// constructors of values of types the program has (New, Zero, MakeSlice,
// MakeMap, MakeChan, Append, Copy, PointerTo); DeepEqual, Indirect and
// Swapper. What is not: methods by index or name, Call and MakeFunc,
// channel sends and receives, and the constructors of new
// types (StructOf, SliceOf, FuncOf...): their names are Go's API, so a
// program using them is told minigo does not support them.
package reflect

import (
	"internal/rt"
	"iter"
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
	Align() int
	FieldAlign() int
	Elem() Type
	Key() Type
	Len() int
	NumField() int
	Field(i int) StructField
	FieldByName(name string) (StructField, bool)
	FieldByIndex(index []int) StructField
	FieldByNameFunc(match func(string) bool) (StructField, bool)
	Fields() iter.Seq[StructField]
	Ins() iter.Seq[Type]
	Outs() iter.Seq[Type]
	CanSeq() bool
	CanSeq2() bool
	NumMethod() int
	Method(int) Method
	MethodByName(string) (Method, bool)
	Methods() iter.Seq[Method]
	NumIn() int
	In(i int) Type
	NumOut() int
	Out(i int) Type
	IsVariadic() bool
	ChanDir() ChanDir
	Comparable() bool
	Implements(u Type) bool
	AssignableTo(u Type) bool
	ConvertibleTo(u Type) bool
	OverflowComplex(x complex128) bool
	OverflowFloat(x float64) bool
	OverflowInt(x int64) bool
	OverflowUint(x uint64) bool
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
	return directlyAssignable(u, t) || implements(u, t)
}

// directlyAssignable reports whether a value of type v can be assigned to a
// variable of type t without a conversion to an interface: identical types,
// or identical underlying types (tags included) one of them unnamed, or a
// bidirectional channel to an unnamed channel type of its element.
func directlyAssignable(t, v Type) bool {
	if t == v {
		return true
	}
	if t.Name() != "" && v.Name() != "" || t.Kind() != v.Kind() {
		return false
	}
	if t.Kind() == Chan && v.ChanDir() == BothDir && t.Elem() == v.Elem() {
		return true
	}
	return identicalUnderlying(t, v, true)
}

// implements reports whether t is an interface type that type v implements.
func implements(t, v Type) bool {
	return t.Kind() == Interface && v.Implements(t)
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
	return rt.Implements(u.common(), t.common())
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
	return t.fieldByNameFunc(func(s string) bool { return s == name })
}

// FieldByNameFunc returns the struct field with a name that satisfies the
// match function, looking as FieldByName does; none if several at the
// shallowest depth with one match.
func (t *rtype) FieldByNameFunc(match func(string) bool) (StructField, bool) {
	t.must("FieldByNameFunc", Struct)
	return t.fieldByNameFunc(match)
}

func (t *rtype) fieldByNameFunc(match func(string) bool) (StructField, bool) {
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
				if match(f.Name) {
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

// Align returns the alignment in bytes of a value of this type in memory;
// FieldAlign, as a struct field (the same on amd64).
func (t *rtype) Align() int      { return t.common().Align() }
func (t *rtype) FieldAlign() int { return t.common().Align() }

// FieldByIndex returns the nested field corresponding to index, through
// embedded pointers to structs.
func (t *rtype) FieldByIndex(index []int) StructField {
	t.must("FieldByIndex", Struct)
	f := StructField{Type: t}
	for n, i := range index {
		if n > 0 && f.Type.Kind() == Pointer && f.Type.Elem().Kind() == Struct {
			f.Type = f.Type.Elem()
		}
		f = f.Type.Field(i)
	}
	return f
}

// OverflowInt reports whether the int64 x cannot be represented by type t.
func (t *rtype) OverflowInt(x int64) bool {
	switch t.Kind() {
	case Int, Int8, Int16, Int32, Int64:
		return overflowInt(t, x)
	}
	panic("reflect: OverflowInt of non-int type " + t.String())
}

// OverflowUint reports whether the uint64 x cannot be represented by type t.
func (t *rtype) OverflowUint(x uint64) bool {
	switch t.Kind() {
	case Uint, Uintptr, Uint8, Uint16, Uint32, Uint64:
		return overflowUint(t, x)
	}
	panic("reflect: OverflowUint of non-uint type " + t.String())
}

// OverflowFloat reports whether the float64 x cannot be represented by type t.
func (t *rtype) OverflowFloat(x float64) bool {
	switch t.Kind() {
	case Float32:
		return overflowFloat32(x)
	case Float64:
		return false
	}
	panic("reflect: OverflowFloat of non-float type " + t.String())
}

// OverflowComplex reports whether the complex128 x cannot be represented by
// type t.
func (t *rtype) OverflowComplex(x complex128) bool {
	switch t.Kind() {
	case Complex64:
		return overflowFloat32(real(x)) || overflowFloat32(imag(x))
	case Complex128:
		return false
	}
	panic("reflect: OverflowComplex of non-complex type " + t.String())
}

// Fields returns an iterator over each StructField of a struct type.
func (t *rtype) Fields() iter.Seq[StructField] {
	t.must("Fields", Struct)
	return func(yield func(StructField) bool) {
		for i := range t.NumField() {
			if !yield(t.Field(i)) {
				return
			}
		}
	}
}

// Ins returns an iterator over the input parameter types of a func type.
func (t *rtype) Ins() iter.Seq[Type] {
	t.must("Ins", Func)
	return func(yield func(Type) bool) {
		for i := range t.NumIn() {
			if !yield(t.In(i)) {
				return
			}
		}
	}
}

// Outs returns an iterator over the result types of a func type.
func (t *rtype) Outs() iter.Seq[Type] {
	t.must("Outs", Func)
	return func(yield func(Type) bool) {
		for i := range t.NumOut() {
			if !yield(t.Out(i)) {
				return
			}
		}
	}
}

// CanSeq reports whether a Value of this type can be ranged over with one
// iteration variable (Value.Seq).
func (t *rtype) CanSeq() bool {
	switch t.Kind() {
	case Int8, Int16, Int32, Int64, Int, Uint8, Uint16, Uint32, Uint64, Uint, Uintptr, Array, Slice, Chan, String, Map:
		return true
	case Func:
		return t.isRangeFunc(1)
	case Pointer:
		return t.Elem().Kind() == Array
	}
	return false
}

// CanSeq2 reports whether a Value of this type can be ranged over with two
// iteration variables (Value.Seq2).
func (t *rtype) CanSeq2() bool {
	switch t.Kind() {
	case Array, Slice, String, Map:
		return true
	case Func:
		return t.isRangeFunc(2)
	case Pointer:
		return t.Elem().Kind() == Array
	}
	return false
}

// isRangeFunc reports whether t is func(yield func(...) bool) with n
// parameters of yield, its result the predeclared bool.
func (t *rtype) isRangeFunc(n int) bool {
	if t.NumIn() != 1 || t.NumOut() != 0 {
		return false
	}
	y := t.In(0)
	if y.Kind() != Func || y.NumIn() != n || y.NumOut() != 1 {
		return false
	}
	return y.Out(0).Kind() == Bool && y.Out(0).PkgPath() == ""
}

// VisibleFields returns all the visible fields in a struct type: those of
// its own and of its embedded structs that a selector could reach, each
// with its whole Index, in the order of a depth-first walk; fields hidden by
// a shallower one of the same name, and names at one depth more than once,
// are left out.
func VisibleFields(t Type) []StructField {
	if t == nil {
		panic("reflect: VisibleFields(nil)")
	}
	if t.Kind() != Struct {
		panic("reflect.VisibleFields of non-struct type")
	}
	w := visibleFields{byName: map[string]int{}, visiting: map[Type]bool{}}
	w.walk(t, nil)
	out := make([]StructField, 0, len(w.fields))
	for _, f := range w.fields {
		if f.Name != "" {
			out = append(out, f)
		}
	}
	return out
}

// visibleFields is VisibleFields' walk: fields found so far (a hidden one's
// Name cleared), byName each name's place in fields, visiting the struct
// types on the path (an embedding cycle ends there).
type visibleFields struct {
	fields   []StructField
	byName   map[string]int
	visiting map[Type]bool
}

func (w *visibleFields) walk(t Type, index []int) {
	if w.visiting[t] {
		return
	}
	w.visiting[t] = true
	for i := range t.NumField() {
		f := t.Field(i)
		f.Index = append(append([]int(nil), index...), i)
		add := true
		if at, ok := w.byName[f.Name]; ok {
			old := &w.fields[at]
			switch {
			case len(f.Index) == len(old.Index): // ambiguous: neither is visible
				old.Name = ""
				add = false
			case len(f.Index) < len(old.Index): // the shallower one hides the other
				old.Name = ""
			default:
				add = false
			}
		}
		if add {
			w.byName[f.Name] = len(w.fields)
			w.fields = append(w.fields, f)
		}
		if f.Anonymous {
			ft := f.Type
			if ft.Kind() == Pointer {
				ft = ft.Elem()
			}
			if ft.Kind() == Struct {
				w.walk(ft, f.Index)
			}
		}
	}
	delete(w.visiting, t)
}
