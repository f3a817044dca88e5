package reflect

import (
	"internal/rt"
	"strconv"
	"unicode"
	"unicode/utf8"
)

// Types made at run time. Each maker checks its arguments and spells the
// type's name as Go's reflect does; the runtime gives the program's own
// descriptor when the program has the type, so that a made type is identical
// to the compiled code's (a type assertion compares descriptors), and makes
// one otherwise, once (natives/maketype.rs). Made types have no methods.

// makeType is the type spec describes.
func makeType(spec *rt.TypeSpec) Type { return toType(rt.MakeType(spec)) }

// SliceOf returns the slice type with element type t.
func SliceOf(t Type) Type {
	return makeType(&rt.TypeSpec{Kind: rt.Slice, Name: "[]" + t.String(), Elem: t.common()})
}

// ArrayOf returns the array type with the given length and element type.
func ArrayOf(length int, elem Type) Type {
	if length < 0 {
		panic("reflect: negative length passed to ArrayOf")
	}
	if size := elem.Size(); size > 0 && uintptr(length) > ^uintptr(0)/size {
		panic("reflect.ArrayOf: array size would exceed virtual address space")
	}
	name := "[" + strconv.Itoa(length) + "]" + elem.String()
	return makeType(&rt.TypeSpec{Kind: rt.Array, Name: name, Elem: elem.common(), Len: uintptr(length)})
}

// MapOf returns the map type with the given key and element types.
func MapOf(key, elem Type) Type {
	if !key.Comparable() {
		panic("reflect.MapOf: invalid key type " + key.String())
	}
	name := "map[" + key.String() + "]" + elem.String()
	return makeType(&rt.TypeSpec{Kind: rt.Map, Name: name, Key: key.common(), Elem: elem.common()})
}

// ChanOf returns the channel type with the given direction and element type.
func ChanOf(dir ChanDir, t Type) Type {
	if t.Size() >= 1<<16 {
		panic("reflect.ChanOf: element size too large")
	}
	var name string
	switch s := t.String(); dir {
	case SendDir:
		name = "chan<- " + s
	case RecvDir:
		name = "<-chan " + s
	case BothDir:
		if s[0] == '<' {
			// "<-" would bind to the outer chan
			name = "chan (" + s + ")"
		} else {
			name = "chan " + s
		}
	default:
		panic("reflect.ChanOf: invalid dir")
	}
	return makeType(&rt.TypeSpec{Kind: rt.Chan, Name: name, Elem: t.common(), Len: uintptr(dir)})
}

// FuncOf returns the function type with the given argument and result types.
// The variadic argument controls whether the function is variadic; FuncOf
// panics if variadic is true and in[len(in)-1] is not a slice.
func FuncOf(in, out []Type, variadic bool) Type {
	if variadic && (len(in) == 0 || in[len(in)-1].Kind() != Slice) {
		panic("reflect.FuncOf: last arg of variadic func must be slice")
	}
	if len(in)+len(out) > 128 {
		panic("reflect.FuncOf: too many arguments")
	}
	spec := rt.TypeSpec{Kind: rt.Func, NumIn: len(in)}
	name := "func("
	for i, t := range in {
		if i > 0 {
			name += ", "
		}
		if variadic && i == len(in)-1 {
			name += "..." + t.Elem().String()
		} else {
			name += t.String()
		}
		spec.Types = append(spec.Types, t.common())
	}
	name += ")"
	if len(out) > 1 {
		name += " ("
	} else if len(out) == 1 {
		name += " "
	}
	for i, t := range out {
		if i > 0 {
			name += ", "
		}
		name += t.String()
		spec.Types = append(spec.Types, t.common())
	}
	if len(out) > 1 {
		name += ")"
	}
	if variadic {
		spec.Len = 1
	}
	spec.Name = name
	return makeType(&spec)
}

// StructOf returns the struct type containing fields. The Offset and Index
// fields are ignored and computed as they would be by the compiler.
func StructOf(fields []StructField) Type {
	spec := rt.TypeSpec{Kind: rt.Struct}
	name := "struct {"
	pkgpath := ""
	seen := map[string]bool{}
	for i, f := range fields {
		if f.Name == "" {
			panic("reflect.StructOf: field " + strconv.Itoa(i) + " has no name")
		}
		if !isValidFieldName(f.Name) {
			panic("reflect.StructOf: field " + strconv.Itoa(i) + " has invalid name")
		}
		if f.Type == nil {
			panic("reflect.StructOf: field " + strconv.Itoa(i) + " has no type")
		}
		if f.Anonymous && f.PkgPath != "" {
			panic("reflect.StructOf: field \"" + f.Name + "\" is anonymous but has PkgPath set")
		}
		if c := f.Name[0]; f.IsExported() && ('a' <= c && c <= 'z' || c == '_') {
			panic("reflect.StructOf: field \"" + f.Name + "\" is unexported but missing PkgPath")
		}
		if f.PkgPath != "" {
			if pkgpath == "" {
				pkgpath = f.PkgPath
			} else if pkgpath != f.PkgPath {
				panic("reflect.StructOf: fields with different PkgPath " + pkgpath + " and " + f.PkgPath)
			}
		}
		ft := f.Type
		if f.Anonymous {
			if ft.Kind() == Pointer {
				if k := ft.Elem().Kind(); k == Pointer || k == Interface {
					panic("reflect.StructOf: illegal embedded field type " + ft.String())
				}
			}
			if ft.NumMethod() > 0 || ft.Kind() == Pointer && ft.Elem().NumMethod() > 0 {
				panic("reflect.StructOf: minigo does not support promoting the methods of embedded field " + f.Name)
			}
		} else {
			name += " " + f.Name
		}
		if seen[f.Name] && f.Name != "_" {
			panic("reflect.StructOf: duplicate field " + f.Name)
		}
		seen[f.Name] = true
		name += " " + ft.String()
		if f.Tag != "" {
			name += " " + strconv.Quote(string(f.Tag))
		}
		if i < len(fields)-1 {
			name += ";"
		}
		spec.Fields = append(spec.Fields, rt.FieldSpec{Name: f.Name, Type: ft.common(), Tag: string(f.Tag), Embedded: f.Anonymous, Exported: f.IsExported()})
	}
	if len(fields) > 0 {
		name += " "
	}
	spec.Name = name + "}"
	return makeType(&spec)
}

// isValidFieldName reports whether name is an identifier.
func isValidFieldName(name string) bool {
	for i, c := range name {
		if i == 0 && !isLetter(c) {
			return false
		}
		if !(isLetter(c) || unicode.IsDigit(c)) {
			return false
		}
	}
	return len(name) > 0
}

func isLetter(c rune) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_' || c >= utf8.RuneSelf && unicode.IsLetter(c)
}
