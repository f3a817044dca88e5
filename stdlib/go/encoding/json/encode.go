package json

import (
	"bytes"
	"encoding"
	"encoding/base64"
	"fmt"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"
)

// Marshal returns the JSON encoding of v, as Go's does: booleans, numbers and
// strings as JSON's (strings HTML-escaped and coerced to valid UTF-8), arrays
// and slices as arrays ([]byte as a base64 string, a nil slice as null), maps
// with string, integer or TextMarshaler keys as objects with sorted keys,
// structs as objects of their exported fields as the json tags name them
// (omitempty, omitzero, string, "-"), pointers and interfaces as what they
// point to or hold (nil as null); a Marshaler or TextMarshaler encodes itself.
// Channels, functions and complex numbers are an UnsupportedTypeError, NaN,
// infinities and cycles an UnsupportedValueError.
func Marshal(v any) ([]byte, error) {
	e := &encodeState{}
	if err := e.marshal(v, encOpts{escapeHTML: true}); err != nil {
		return nil, err
	}
	return e.Bytes(), nil
}

// MarshalIndent is like Marshal but applies Indent to format the output. Each
// JSON element in the output will begin on a new line beginning with prefix
// followed by one or more copies of indent according to the indentation
// nesting.
func MarshalIndent(v any, prefix, indent string) ([]byte, error) {
	b, err := Marshal(v)
	if err != nil {
		return nil, err
	}
	b2, err := appendIndent(nil, b, prefix, indent)
	if err != nil {
		return nil, err
	}
	return b2, nil
}

// Marshaler is the interface implemented by types that can marshal themselves
// into valid JSON.
type Marshaler interface {
	MarshalJSON() ([]byte, error)
}

// An UnsupportedTypeError is returned by Marshal when attempting to encode an
// unsupported value type.
type UnsupportedTypeError struct {
	Type reflect.Type
}

func (e *UnsupportedTypeError) Error() string {
	return "json: unsupported type: " + e.Type.String()
}

// An UnsupportedValueError is returned by Marshal when attempting to encode an
// unsupported value.
type UnsupportedValueError struct {
	Value reflect.Value
	Str   string
}

func (e *UnsupportedValueError) Error() string {
	return "json: unsupported value: " + e.Str
}

// Before Go 1.2, an InvalidUTF8Error was returned by Marshal when attempting
// to encode a string value with invalid UTF-8 sequences. As of Go 1.2, Marshal
// instead coerces the string to valid UTF-8 by replacing invalid bytes with
// the Unicode replacement rune U+FFFD.
//
// Deprecated: No longer used; kept for compatibility.
type InvalidUTF8Error struct {
	S string // the whole string value that caused the error
}

func (e *InvalidUTF8Error) Error() string {
	return "json: invalid UTF-8 in string: " + strconv.Quote(e.S)
}

// A MarshalerError represents an error from calling a MarshalJSON or
// MarshalText method.
type MarshalerError struct {
	Type       reflect.Type
	Err        error
	sourceFunc string
}

func (e *MarshalerError) Error() string {
	srcFunc := e.sourceFunc
	if srcFunc == "" {
		srcFunc = "MarshalJSON"
	}
	return "json: error calling " + srcFunc + " for type " + e.Type.String() + ": " + e.Err.Error()
}

// Unwrap returns the underlying error.
func (e *MarshalerError) Unwrap() error { return e.Err }

// An encodeState encodes one value into its buffer.
type encodeState struct {
	bytes.Buffer
	// ptrLevel counts the pointers, maps and slices being encoded: past
	// startDetectingCyclesAfter, ptrSeen holds them, and meeting one again
	// is a cycle.
	ptrLevel uint
	ptrSeen  map[identity]struct{}
}

const startDetectingCyclesAfter = 1000

// jsonError carries an encoding error up through the encoder (by panic) to
// marshal, which returns it; other panics pass.
type jsonError struct{ error }

func (e *encodeState) marshal(v any, opts encOpts) (err error) {
	defer func() {
		if r := recover(); r != nil {
			je, ok := r.(jsonError)
			if !ok {
				panic(r)
			}
			err = je.error
		}
	}()
	e.value(reflect.ValueOf(v), opts)
	return nil
}

func (e *encodeState) error(err error) {
	panic(jsonError{err})
}

type encOpts struct {
	// quoted: the value is a field with the ",string" option.
	quoted bool
	// escapeHTML: <, > and & are escaped within strings.
	escapeHTML bool
}

var (
	marshalerType     = reflect.TypeFor[Marshaler]()
	textMarshalerType = reflect.TypeFor[encoding.TextMarshaler]()
	numberType        = reflect.TypeFor[Number]()
	isZeroerType      = reflect.TypeFor[interface{ IsZero() bool }]()
)

// value encodes v (an invalid Value is null).
func (e *encodeState) value(v reflect.Value, opts encOpts) {
	if !v.IsValid() {
		e.WriteString("null")
		return
	}
	e.typed(v, opts, true)
}

// typed encodes v by its type; allowAddr: a value whose pointer is a
// Marshaler or TextMarshaler marshals itself when addressable.
func (e *encodeState) typed(v reflect.Value, opts encOpts, allowAddr bool) {
	t := v.Type()
	m := marshalersOf(t)
	switch {
	case m&addrMarshaler != 0 && allowAddr && v.CanAddr():
		e.marshaler(v.Addr(), opts)
		return
	case m&valueMarshaler != 0:
		e.marshaler(v, opts)
		return
	case m&addrTextMarshaler != 0 && allowAddr && v.CanAddr():
		e.textMarshaler(v.Addr(), opts)
		return
	case m&valueTextMarshaler != 0:
		e.textMarshaler(v, opts)
		return
	}
	switch t.Kind() {
	case reflect.Bool:
		b := mayAppendQuote(e.AvailableBuffer(), opts.quoted)
		b = strconv.AppendBool(b, v.Bool())
		e.Write(mayAppendQuote(b, opts.quoted))
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		b := mayAppendQuote(e.AvailableBuffer(), opts.quoted)
		b = strconv.AppendInt(b, v.Int(), 10)
		e.Write(mayAppendQuote(b, opts.quoted))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		b := mayAppendQuote(e.AvailableBuffer(), opts.quoted)
		b = strconv.AppendUint(b, v.Uint(), 10)
		e.Write(mayAppendQuote(b, opts.quoted))
	case reflect.Float32, reflect.Float64:
		e.float(v, opts)
	case reflect.String:
		e.string(v, opts)
	case reflect.Interface:
		if v.IsNil() {
			e.WriteString("null")
			return
		}
		e.value(v.Elem(), opts)
	case reflect.Struct:
		e.structValue(v, opts)
	case reflect.Map:
		e.mapValue(v, opts)
	case reflect.Slice:
		e.sliceValue(v, opts)
	case reflect.Array:
		e.array(v, opts)
	case reflect.Pointer:
		if v.IsNil() {
			e.WriteString("null")
			return
		}
		id := e.enter(v)
		e.value(v.Elem(), opts)
		e.leave(id)
	default:
		e.error(&UnsupportedTypeError{t})
	}
}

// Which of the marshaling methods a type has (marshalersOf).
const (
	valueMarshaler     = 1 << iota // the type is a Marshaler
	addrMarshaler                  // a pointer to it (of a non-pointer type) is
	valueTextMarshaler             // the type is a TextMarshaler
	addrTextMarshaler              // a pointer to it is
)

var marshalers sync.Map // map[reflect.Type]int

// marshalersOf says which marshaling methods t has, found once per type.
func marshalersOf(t reflect.Type) int {
	if m, ok := marshalers.Load(t); ok {
		return m.(int)
	}
	m := 0
	if t.Implements(marshalerType) {
		m |= valueMarshaler
	}
	if t.Implements(textMarshalerType) {
		m |= valueTextMarshaler
	}
	if t.Kind() != reflect.Pointer {
		p := reflect.PointerTo(t)
		if p.Implements(marshalerType) {
			m |= addrMarshaler
		}
		if p.Implements(textMarshalerType) {
			m |= addrTextMarshaler
		}
	}
	marshalers.Store(t, m)
	return m
}

// enter and leave bracket the encoding of a pointer, map or slice v: past
// startDetectingCyclesAfter levels, meeting again one being encoded (the same
// address, type and length) is a cycle. enter returns what leave takes.
func (e *encodeState) enter(v reflect.Value) *identity {
	e.ptrLevel++
	if e.ptrLevel <= startDetectingCyclesAfter {
		return nil
	}
	id := identity{v.UnsafePointer(), v.Type(), 0}
	if v.Kind() == reflect.Slice {
		id.len = v.Len()
	}
	if e.ptrSeen == nil {
		e.ptrSeen = map[identity]struct{}{}
	}
	if _, ok := e.ptrSeen[id]; ok {
		e.error(&UnsupportedValueError{v, fmt.Sprintf("encountered a cycle via %s", v.Type())})
	}
	e.ptrSeen[id] = struct{}{}
	return &id
}

func (e *encodeState) leave(id *identity) {
	if id != nil {
		delete(e.ptrSeen, *id)
	}
	e.ptrLevel--
}

// identity is what makes a pointer, map or slice the same one again.
type identity struct {
	ptr unsafe.Pointer
	typ reflect.Type
	len int
}

func mayAppendQuote(b []byte, quoted bool) []byte {
	if quoted {
		b = append(b, '"')
	}
	return b
}

// marshaler calls v's MarshalJSON and writes its result, compacted; an error
// (or output that is not JSON) is a MarshalerError.
func (e *encodeState) marshaler(v reflect.Value, opts encOpts) {
	if v.Kind() == reflect.Pointer && v.IsNil() {
		e.WriteString("null")
		return
	}
	m, ok := v.Interface().(Marshaler)
	if !ok {
		e.WriteString("null")
		return
	}
	b, err := m.MarshalJSON()
	if err == nil {
		b, err = appendCompact(e.AvailableBuffer(), b, opts.escapeHTML)
	}
	if err != nil {
		e.error(&MarshalerError{addressed(v.Type()), err, "MarshalJSON"})
	}
	e.Write(b)
}

// addressed is the type a MarshalerError names for a marshaler of type t: Go
// 1.27 calls methods through a pointer to the value, so a pointer type.
func addressed(t reflect.Type) reflect.Type {
	if t.Kind() == reflect.Pointer {
		return t
	}
	return reflect.PointerTo(t)
}

// textMarshaler writes v's MarshalText as a string.
func (e *encodeState) textMarshaler(v reflect.Value, opts encOpts) {
	if v.Kind() == reflect.Pointer && v.IsNil() {
		e.WriteString("null")
		return
	}
	m, ok := v.Interface().(encoding.TextMarshaler)
	if !ok {
		e.WriteString("null")
		return
	}
	b, err := m.MarshalText()
	if err != nil {
		e.error(&MarshalerError{addressed(v.Type()), err, "MarshalText"})
	}
	e.Write(appendString(e.AvailableBuffer(), string(b), opts.escapeHTML))
}

// float writes a float.
func (e *encodeState) float(v reflect.Value, opts encOpts) {
	b := mayAppendQuote(e.AvailableBuffer(), opts.quoted)
	b = e.appendFloat(b, v)
	e.Write(mayAppendQuote(b, opts.quoted))
}

// appendFloat appends float v as ECMAScript's Number.prototype.toString does:
// the shortest decimal that reads back as the same number, in exponent form
// below 1e-6 and from 1e21. NaN and the infinities are unsupported.
func (e *encodeState) appendFloat(b []byte, v reflect.Value) []byte {
	bits := v.Type().Bits()
	f := v.Float()
	if math.IsInf(f, 0) || math.IsNaN(f) {
		e.error(&UnsupportedValueError{v, strconv.FormatFloat(f, 'g', -1, bits)})
	}
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 {
		if bits == 64 && (abs < 1e-6 || abs >= 1e21) || bits == 32 && (float32(abs) < 1e-6 || float32(abs) >= 1e21) {
			format = 'e'
		}
	}
	b = strconv.AppendFloat(b, f, format, -1, bits)
	if format == 'e' {
		// e-09 is e-9
		n := len(b)
		if n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

// string writes a string (a Number as its literal).
func (e *encodeState) string(v reflect.Value, opts encOpts) {
	if v.Type() == numberType {
		numStr := v.String()
		// the zero Number is 0
		if numStr == "" {
			numStr = "0"
		}
		if !isValidNumber(numStr) {
			err := fmt.Errorf("cannot parse %q as JSON number: %w", numStr, strconv.ErrSyntax)
			e.error(&MarshalerError{reflect.PointerTo(numberType), err, "MarshalJSONTo"})
		}
		b := mayAppendQuote(e.AvailableBuffer(), opts.quoted)
		b = append(b, numStr...)
		e.Write(mayAppendQuote(b, opts.quoted))
		return
	}
	if opts.quoted {
		// the string's JSON, as a JSON string
		b := appendString(nil, v.String(), opts.escapeHTML)
		e.Write(appendString(e.AvailableBuffer(), string(b), false))
		return
	}
	e.Write(appendString(e.AvailableBuffer(), v.String(), opts.escapeHTML))
}

// isEmptyValue: what omitempty omits.
func isEmptyValue(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Interface, reflect.Pointer:
		return v.IsZero()
	}
	return false
}

// isZero: what omitzero omits: a value whose IsZero method says so, else the
// zero value.
func isZero(v reflect.Value) bool {
	t := v.Type()
	switch {
	case t.Kind() == reflect.Interface && t.Implements(isZeroerType):
		return v.IsNil() || v.Elem().Kind() == reflect.Pointer && v.Elem().IsNil() ||
			v.Interface().(interface{ IsZero() bool }).IsZero()
	case t.Kind() == reflect.Pointer && t.Implements(isZeroerType):
		return v.IsNil() || v.Interface().(interface{ IsZero() bool }).IsZero()
	case t.Implements(isZeroerType):
		return v.Interface().(interface{ IsZero() bool }).IsZero()
	case reflect.PointerTo(t).Implements(isZeroerType):
		if !v.CanAddr() {
			v2 := reflect.New(t).Elem()
			v2.Set(v)
			v = v2
		}
		return v.Addr().Interface().(interface{ IsZero() bool }).IsZero()
	}
	return v.IsZero()
}

func (e *encodeState) structValue(v reflect.Value, opts encOpts) {
	next := byte('{')
	fields := cachedTypeFields(v.Type())
FieldLoop:
	for i := range fields.list {
		f := &fields.list[i]
		fv := v
		for _, i := range f.index {
			if fv.Kind() == reflect.Pointer {
				// a member of a nil embedded pointer is absent
				if fv.IsNil() {
					continue FieldLoop
				}
				fv = fv.Elem()
			}
			fv = fv.Field(i)
		}
		if f.omitEmpty && isEmptyValue(fv) || f.omitZero && isZero(fv) {
			continue
		}
		e.WriteByte(next)
		next = ','
		if opts.escapeHTML {
			e.WriteByte('"')
			e.Write(appendHTMLEscape(e.AvailableBuffer(), []byte(f.name)))
			e.WriteString(`":`)
		} else {
			e.WriteString(`"` + f.name + `":`)
		}
		opts.quoted = f.quoted
		e.value(fv, opts)
	}
	if next == '{' {
		e.WriteString("{}")
	} else {
		e.WriteByte('}')
	}
}

func (e *encodeState) mapValue(v reflect.Value, opts encOpts) {
	t := v.Type()
	if !plainKey(t.Key()) && !t.Key().Implements(textMarshalerType) {
		e.error(&UnsupportedTypeError{t})
	}
	if v.IsNil() {
		e.WriteString("null")
		return
	}
	id := e.enter(v)
	e.WriteByte('{')
	type keyed struct {
		ks string
		v  reflect.Value
	}
	var kvs []keyed
	for it := v.MapRange(); it.Next(); {
		ks, err := e.resolveKeyName(it.Key())
		if err != nil {
			e.error(&MarshalerError{addressed(t.Key()), err, "MarshalText"})
		}
		kvs = append(kvs, keyed{ks, it.Value()})
	}
	slices.SortFunc(kvs, func(a, b keyed) int { return strings.Compare(a.ks, b.ks) })
	for i, kv := range kvs {
		if i > 0 {
			e.WriteByte(',')
		}
		e.Write(appendString(e.AvailableBuffer(), kv.ks, opts.escapeHTML))
		e.WriteByte(':')
		e.value(kv.v, opts)
	}
	e.WriteByte('}')
	e.leave(id)
}

// plainKey reports whether map keys of type t are object keys by their kind
// (a string as it is, a number as its JSON number); other keys must be
// TextMarshalers (or their pointers TextUnmarshalers).
func plainKey(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.String,
		reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64:
		return true
	}
	return false
}

// resolveKeyName is the object key of map key k: a number key is its JSON
// number.
func (e *encodeState) resolveKeyName(k reflect.Value) (string, error) {
	if k.Kind() == reflect.String {
		return k.String(), nil
	}
	if tm, ok := k.Interface().(encoding.TextMarshaler); ok {
		if k.Kind() == reflect.Pointer && k.IsNil() {
			return "", nil
		}
		buf, err := tm.MarshalText()
		return string(buf), err
	}
	switch k.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(k.Int(), 10), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return strconv.FormatUint(k.Uint(), 10), nil
	}
	return string(e.appendFloat(nil, k)), nil
}

func (e *encodeState) sliceValue(v reflect.Value, opts encOpts) {
	if v.IsNil() {
		e.WriteString("null")
		return
	}
	et := v.Type().Elem()
	// a []byte (whose element type marshals no way of its own) is base64
	if et.Kind() == reflect.Uint8 {
		p := reflect.PointerTo(et)
		if !p.Implements(marshalerType) && !p.Implements(textMarshalerType) {
			b := append(e.AvailableBuffer(), '"')
			b = base64.StdEncoding.AppendEncode(b, v.Bytes())
			e.Write(append(b, '"'))
			return
		}
	}
	id := e.enter(v)
	e.array(v, opts)
	e.leave(id)
}

func (e *encodeState) array(v reflect.Value, opts encOpts) {
	e.WriteByte('[')
	for i := 0; i < v.Len(); i++ {
		if i > 0 {
			e.WriteByte(',')
		}
		e.value(v.Index(i), opts)
	}
	e.WriteByte(']')
}

// appendString appends src as a JSON string: quotes, backslashes and control
// characters escaped, invalid UTF-8 bytes replaced by U+FFFD, U+2028 and U+2029 escaped (for
// JavaScript), and <, > and & too with escapeHTML.
func appendString(dst []byte, src string, escapeHTML bool) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(src); {
		if b := src[i]; b < utf8.RuneSelf {
			if b >= ' ' && b != '"' && b != '\\' && (!escapeHTML || b != '<' && b != '>' && b != '&') {
				i++
				continue
			}
			dst = append(dst, src[start:i]...)
			switch b {
			case '\\', '"':
				dst = append(dst, '\\', b)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hex[b>>4], hex[b&0xF])
			}
			i++
			start = i
			continue
		}
		c, size := utf8.DecodeRuneInString(src[i:])
		if c == utf8.RuneError && size == 1 {
			dst = append(dst, src[start:i]...)
			dst = append(dst, string(utf8.RuneError)...)
			i += size
			start = i
			continue
		}
		if c == '\u2028' || c == '\u2029' {
			dst = append(dst, src[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hex[c&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, src[start:]...)
	return append(dst, '"')
}
