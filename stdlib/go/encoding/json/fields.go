package json

import (
	"reflect"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// A field is a JSON member of a struct type: a field of the struct or, through
// embedded structs, of a struct it embeds.
type field struct {
	name string // the JSON name: the tag's, else the Go field's
	tag  bool   // the name came from the tag
	// index is the path to the field: Go's FieldByIndex (through embedded
	// pointers, which may be nil).
	index []int
	typ   reflect.Type // the field's type (an unnamed pointer's element type)

	omitEmpty bool
	omitZero  bool
	quoted    bool // the ",string" option on a field of a type it applies to
}

// structFields are a struct type's JSON members in field order, with the maps
// the decoder finds a key's member by.
type structFields struct {
	list         []field
	byExactName  map[string]*field
	byFoldedName map[string]*field
}

// typeFields lists the JSON members of struct type t by Go's rules: the
// exported fields, and those of embedded structs with no name in the tag,
// breadth first; a name present at several depths goes to the shallowest;
// several at that depth to the one tagged, if only one is, else to none.
func typeFields(t reflect.Type) structFields {
	current := []field{}
	next := []field{{typ: t}}
	// count[T]: how many times struct type T was embedded at this depth;
	// nextCount the same for the next.
	var count, nextCount map[reflect.Type]int
	visited := map[reflect.Type]bool{}
	var fields []field

	for len(next) > 0 {
		current, next = next, current[:0]
		count, nextCount = nextCount, map[reflect.Type]int{}
		for _, f := range current {
			if visited[f.typ] {
				continue
			}
			visited[f.typ] = true
			for i := 0; i < f.typ.NumField(); i++ {
				sf := f.typ.Field(i)
				if sf.Anonymous {
					t := sf.Type
					if t.Kind() == reflect.Pointer {
						t = t.Elem()
					}
					// an unexported embedded non-struct is ignored; an
					// unexported embedded struct may have exported fields
					if !sf.IsExported() && t.Kind() != reflect.Struct {
						continue
					}
				} else if !sf.IsExported() {
					continue
				}
				tag := sf.Tag.Get("json")
				if tag == "-" {
					continue
				}
				name, opts := parseTag(tag)
				if !isValidTag(name) {
					name = ""
				}
				index := append(slices.Clone(f.index), i)
				ft := sf.Type
				if ft.Name() == "" && ft.Kind() == reflect.Pointer {
					ft = ft.Elem()
				}
				quoted := false
				if opts.contains("string") {
					switch ft.Kind() {
					case reflect.Bool,
						reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
						reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
						reflect.Float32, reflect.Float64, reflect.String:
						quoted = true
					}
				}
				// a named field, or one not a struct: a member
				if name != "" || !sf.Anonymous || ft.Kind() != reflect.Struct {
					tagged := name != ""
					if name == "" {
						name = sf.Name
					}
					fields = append(fields, field{name: name, tag: tagged, index: index, typ: ft,
						omitEmpty: opts.contains("omitempty"), omitZero: opts.contains("omitzero"), quoted: quoted})
					if count[f.typ] > 1 {
						// the struct was embedded twice at this depth: its
						// members collide, and the duplicate removes them
						fields = append(fields, fields[len(fields)-1])
					}
					continue
				}
				// an embedded struct: its members are the next depth's
				nextCount[ft]++
				if nextCount[ft] == 1 {
					next = append(next, field{name: ft.Name(), index: index, typ: ft})
				}
			}
		}
	}

	// by name, then depth, then tagged first, then position
	slices.SortFunc(fields, func(a, b field) int {
		if c := strings.Compare(a.name, b.name); c != 0 {
			return c
		}
		if len(a.index) != len(b.index) {
			return len(a.index) - len(b.index)
		}
		if a.tag != b.tag {
			if a.tag {
				return -1
			}
			return 1
		}
		return slices.Compare(a.index, b.index)
	})
	out := fields[:0]
	for i := 0; i < len(fields); {
		j := i + 1
		for j < len(fields) && fields[j].name == fields[i].name {
			j++
		}
		// the first of a name is the dominant one, unless the second is as
		// shallow and as tagged
		if j-i == 1 || len(fields[i].index) != len(fields[i+1].index) || fields[i].tag != fields[i+1].tag {
			out = append(out, fields[i])
		}
		i = j
	}
	fields = out
	slices.SortFunc(fields, func(a, b field) int { return slices.Compare(a.index, b.index) })

	sf := structFields{list: fields, byExactName: map[string]*field{}, byFoldedName: map[string]*field{}}
	for i := range fields {
		f := &sf.list[i]
		sf.byExactName[f.name] = f
		if _, ok := sf.byFoldedName[foldName(f.name)]; !ok {
			sf.byFoldedName[foldName(f.name)] = f
		}
	}
	return sf
}

var fieldCache sync.Map // map[reflect.Type]structFields

// cachedTypeFields is typeFields, computed once per type.
func cachedTypeFields(t reflect.Type) structFields {
	if f, ok := fieldCache.Load(t); ok {
		return f.(structFields)
	}
	f, _ := fieldCache.LoadOrStore(t, typeFields(t))
	return f.(structFields)
}

// tagOptions is the part of a struct tag after the first comma.
type tagOptions string

// parseTag splits a struct field's json tag into its name and options.
func parseTag(tag string) (string, tagOptions) {
	name, opt, _ := strings.Cut(tag, ",")
	return name, tagOptions(opt)
}

// contains reports whether the comma-separated options hold optionName.
func (o tagOptions) contains(optionName string) bool {
	s := string(o)
	for s != "" {
		var name string
		name, s, _ = strings.Cut(s, ",")
		if name == optionName {
			return true
		}
	}
	return false
}

// isValidTag: a tag name is letters, digits and the punctuation Go allows
// (not quotes, backslash or comma).
func isValidTag(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		switch {
		case strings.ContainsRune("!#$%&()*+-./:;<=>?@[]^_{|}~ ", c):
		case !unicode.IsLetter(c) && !unicode.IsDigit(c):
			return false
		}
	}
	return true
}

// foldName is name in a form equal for names that differ only in case: the
// decoder matches object keys to members this way when no name is exact.
func foldName(name string) string {
	var out []byte
	for i := 0; i < len(name); {
		if c := name[i]; c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' {
				c -= 'a' - 'A'
			}
			out = append(out, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(name[i:])
		out = utf8.AppendRune(out, foldRune(r))
		i += n
	}
	return string(out)
}

// foldRune is the smallest rune of r's case-folding orbit.
func foldRune(r rune) rune {
	for {
		r2 := unicode.SimpleFold(r)
		if r2 <= r {
			return r2
		}
		r = r2
	}
}
