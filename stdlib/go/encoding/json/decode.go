package json

import (
	"encoding"
	"encoding/base64"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// Unmarshal parses the JSON-encoded data and stores the result in the value
// pointed to by v, as Go's does: the input is checked whole first (a
// SyntaxError and nothing stored), then decoded, allocating pointers, maps and
// slices as needed; object keys match struct members exactly or else up to
// case; values of the wrong type are an UnmarshalTypeError, reported after
// the rest of the input is decoded. Into an empty interface go bool, float64
// (or Number), string, []any, map[string]any and nil.
func Unmarshal(data []byte, v any) error {
	if rv := reflect.ValueOf(v); rv.Kind() != reflect.Pointer || rv.IsNil() {
		return &InvalidUnmarshalError{reflect.TypeOf(v)}
	}
	var d decodeState
	if err := checkValid(data, &d.scan); err != nil {
		return err
	}
	d.init(data)
	return d.unmarshal(v)
}

// Unmarshaler is the interface implemented by types that can unmarshal a JSON
// description of themselves. The input can be assumed to be a valid encoding
// of a JSON value. UnmarshalJSON must copy the JSON data if it wishes to retain
// the data after returning.
type Unmarshaler interface {
	UnmarshalJSON([]byte) error
}

// An UnmarshalTypeError describes a JSON value that was not appropriate for a
// value of a specific Go type.
type UnmarshalTypeError struct {
	Value  string       // description of JSON value - "bool", "array", "number -5"
	Type   reflect.Type // type of Go value it could not be assigned to
	Offset int64        // error occurred after reading Offset bytes
	Struct string       // name of the root type containing the field
	Field  string       // the full path from root node to the value
	Err    error        // may be nil
}

func (e *UnmarshalTypeError) Error() string {
	var s string
	if e.Struct != "" || e.Field != "" {
		// a path ending in an array index does not name a struct field
		intoWhat := "Go struct field "
		i := strings.LastIndexByte(e.Field, '.') + len(".")
		if len(e.Field[i:]) > 0 && strings.TrimRight(e.Field[i:], "0123456789") == "" {
			intoWhat = ""
		}
		s = "json: cannot unmarshal " + e.Value + " into " + intoWhat + e.Struct + "." + e.Field + " of type " + e.Type.String()
	} else {
		s = "json: cannot unmarshal " + e.Value + " into Go value of type " + e.Type.String()
	}
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

// Unwrap returns the underlying error.
func (e *UnmarshalTypeError) Unwrap() error { return e.Err }

// An UnmarshalFieldError describes a JSON object key that led to an
// unexported (and therefore unwritable) struct field.
//
// Deprecated: No longer used; kept for compatibility.
type UnmarshalFieldError struct {
	Key   string
	Type  reflect.Type
	Field reflect.StructField
}

func (e *UnmarshalFieldError) Error() string {
	return "json: cannot unmarshal object key " + strconv.Quote(e.Key) + " into unexported field " + e.Field.Name + " of type " + e.Type.String()
}

// An InvalidUnmarshalError describes an invalid argument passed to Unmarshal.
// (The argument to Unmarshal must be a non-nil pointer.)
type InvalidUnmarshalError struct {
	Type reflect.Type
}

func (e *InvalidUnmarshalError) Error() string {
	if e.Type == nil {
		return "json: Unmarshal(nil)"
	}
	if e.Type.Kind() != reflect.Pointer {
		return "json: Unmarshal(non-pointer " + e.Type.String() + ")"
	}
	return "json: Unmarshal(nil " + e.Type.String() + ")"
}

// A Number represents a JSON number literal.
type Number string

// String returns the literal text of the number.
func (n Number) String() string { return string(n) }

// Float64 returns the number as a float64.
func (n Number) Float64() (float64, error) {
	return strconv.ParseFloat(string(n), 64)
}

// Int64 returns the number as an int64.
func (n Number) Int64() (int64, error) {
	return strconv.ParseInt(string(n), 10, 64)
}

// isValidNumber reports whether s is a valid JSON number literal.
func isValidNumber(s string) bool {
	if s == "" || s[0] != '-' && (s[0] < '0' || s[0] > '9') {
		return false
	}
	var sc scanner
	sc.reset()
	for i := 0; i < len(s); i++ {
		if op := sc.step(s[i]); op != scanBeginLiteral && op != scanContinue {
			return false
		}
	}
	return sc.eof() != scanError
}

// A decodeState decodes one value of data, which the scanner accepted: it
// reads by recursive descent and need not check the syntax again.
type decodeState struct {
	data []byte
	off  int // the next byte to read
	scan scanner
	// root is the name of the type decoded into (what v points to), and path
	// where in it the decoder is: the JSON names of struct members, array
	// indices and map keys. A type error says where it happened with them.
	root                  string
	path                  []string
	savedError            error
	useNumber             bool
	disallowUnknownFields bool
}

func (d *decodeState) init(data []byte) {
	d.data = data
	d.off = 0
	d.savedError = nil
	d.path = d.path[:0]
}

func (d *decodeState) unmarshal(v any) error {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return &InvalidUnmarshalError{reflect.TypeOf(v)}
	}
	d.root = rv.Type().Elem().Name()
	if err := d.value(rv); err != nil {
		return d.addErrorContext(err)
	}
	return d.savedError
}

// saveError keeps the first error of the decoding, which goes on.
func (d *decodeState) saveError(err error) {
	if d.savedError == nil {
		d.savedError = d.addErrorContext(err)
	}
}

// addErrorContext gives a type error the path it happened at.
func (d *decodeState) addErrorContext(err error) error {
	if err, ok := err.(*UnmarshalTypeError); ok && len(d.path) > 0 {
		err.Struct = d.root
		err.Field = strings.Join(d.path, ".")
	}
	return err
}

// typeError saves the error of a value of JSON kind value (with its
// literal's text for numbers) not fitting t, at offset.
func (d *decodeState) typeError(value string, t reflect.Type, offset int) {
	d.saveError(&UnmarshalTypeError{Value: value, Type: t, Offset: int64(offset)})
}

func (d *decodeState) skipSpace() {
	for d.off < len(d.data) && isSpace(d.data[d.off]) {
		d.off++
	}
}

// skip passes over the value at d.off.
func (d *decodeState) skip() {
	d.skipSpace()
	switch d.data[d.off] {
	case '{', '[':
		depth := 0
		for {
			c := d.data[d.off]
			d.off++
			switch c {
			case '"':
				d.off--
				d.literal()
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					return
				}
			}
		}
	default:
		d.literal()
	}
}

// literal passes over the string, number or keyword at d.off and returns it.
func (d *decodeState) literal() []byte {
	start := d.off
	if d.data[d.off] == '"' {
		d.off++
		for d.data[d.off] != '"' {
			if d.data[d.off] == '\\' {
				d.off++
			}
			d.off++
		}
		d.off++
		return d.data[start:d.off]
	}
	for d.off < len(d.data) {
		switch d.data[d.off] {
		case ',', '}', ']', ':', ' ', '\t', '\r', '\n':
			return d.data[start:d.off]
		}
		d.off++
	}
	return d.data[start:d.off]
}

// value decodes the value at d.off into v; an invalid v skips it.
func (d *decodeState) value(v reflect.Value) error {
	d.skipSpace()
	if !v.IsValid() {
		d.skip()
		return nil
	}
	switch d.data[d.off] {
	case '{':
		return d.object(v)
	case '[':
		return d.array(v)
	}
	return d.literalStore(d.literal(), v)
}

// indirect walks down v allocating pointers as needed, until it gets to a
// non-pointer. If it encounters an Unmarshaler, indirect stops and returns
// that. If decodingNull is true, indirect stops at the first settable pointer
// so it can be set to nil.
func indirect(v reflect.Value, decodingNull bool) (Unmarshaler, encoding.TextUnmarshaler, reflect.Value) {
	v0 := v
	haveAddr := false
	// a named addressable value may have its methods on its pointer
	if v.Kind() != reflect.Pointer && v.Type().Name() != "" && v.CanAddr() {
		haveAddr = true
		v = v.Addr()
	}
	for {
		// an interface holding a non-nil pointer decodes into what it points to
		if v.Kind() == reflect.Interface && !v.IsNil() {
			e := v.Elem()
			if e.Kind() == reflect.Pointer && !e.IsNil() && (!decodingNull || e.Elem().Kind() == reflect.Pointer) {
				haveAddr = false
				v = e
				continue
			}
		}
		if v.Kind() != reflect.Pointer {
			break
		}
		if decodingNull && v.CanSet() {
			break
		}
		// a pointer to an interface holding the pointer itself (v = &v) ends
		// the walk
		if v.Elem().Kind() == reflect.Interface && v.Elem().Elem().IsValid() && v.Elem().Elem().Kind() == reflect.Pointer && v.Elem().Elem().Pointer() == v.Pointer() {
			v = v.Elem()
			break
		}
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		if v.Type().NumMethod() > 0 && v.CanInterface() {
			if u, ok := v.Interface().(Unmarshaler); ok {
				return u, nil, reflect.Value{}
			}
			if !decodingNull {
				if u, ok := v.Interface().(encoding.TextUnmarshaler); ok {
					return nil, u, reflect.Value{}
				}
			}
		}
		if haveAddr {
			v = v0 // back from the round trip through Addr
			haveAddr = false
		} else {
			v = v.Elem()
		}
	}
	return nil, nil, v
}

// beginComposite begins decoding the array or object (kind) at d.off into
// v: done when an Unmarshaler took it or a TextUnmarshaler cannot, else the
// value to fill (pointers allocated on the way).
func (d *decodeState) beginComposite(v reflect.Value, kind string) (pv reflect.Value, done bool, err error) {
	start := d.off
	u, ut, pv := indirect(v, false)
	if u != nil {
		d.skip()
		return pv, true, u.UnmarshalJSON(d.data[start:d.off])
	}
	if ut != nil {
		d.typeError(kind, v.Type(), start+1)
		d.skip()
		return pv, true, nil
	}
	return pv, false, nil
}

// array decodes the array at d.off into v.
func (d *decodeState) array(v reflect.Value) error {
	start := d.off
	v, done, err := d.beginComposite(v, "array")
	if done {
		return err
	}
	switch v.Kind() {
	case reflect.Interface:
		if v.NumMethod() == 0 {
			v.Set(reflect.ValueOf(d.arrayInterface()))
			return nil
		}
		d.typeError("array", v.Type(), start)
		d.skip()
		return nil
	case reflect.Array, reflect.Slice:
	default:
		d.typeError("array", v.Type(), start+1)
		d.skip()
		return nil
	}
	d.off++
	i := 0
	for {
		d.skipSpace()
		if d.data[d.off] == ']' {
			d.off++
			break
		}
		// a slice grows (keeping what its array held beyond its length)
		if v.Kind() == reflect.Slice {
			if i >= v.Cap() {
				v.Grow(1)
			}
			if i >= v.Len() {
				v.SetLen(i + 1)
			}
		}
		elem := reflect.Value{} // past a fixed array's end: skipped
		if i < v.Len() {
			elem = v.Index(i)
		}
		d.path = append(d.path, strconv.Itoa(i))
		if err := d.value(elem); err != nil {
			return err
		}
		d.path = d.path[:len(d.path)-1]
		i++
		d.skipSpace()
		if d.data[d.off] == ',' {
			d.off++
		}
	}
	if i < v.Len() {
		if v.Kind() == reflect.Array {
			for ; i < v.Len(); i++ {
				v.Index(i).SetZero()
			}
		} else {
			v.SetLen(i)
		}
	}
	if i == 0 && v.Kind() == reflect.Slice {
		v.Set(reflect.MakeSlice(v.Type(), 0, 0))
	}
	return nil
}

var textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()

// object decodes the object at d.off into v.
func (d *decodeState) object(v reflect.Value) error {
	start := d.off
	v, done, err := d.beginComposite(v, "object")
	if done {
		return err
	}
	t := v.Type()
	if v.Kind() == reflect.Interface {
		if v.NumMethod() == 0 {
			v.Set(reflect.ValueOf(d.objectInterface()))
		} else {
			d.typeError("object", t, start)
			d.skip()
		}
		return nil
	}
	var fields structFields
	switch v.Kind() {
	case reflect.Map:
		if !plainKey(t.Key()) && !reflect.PointerTo(t.Key()).Implements(textUnmarshalerType) {
			d.typeError("object", t, start+1)
			d.skip()
			return nil
		}
		if v.IsNil() {
			v.Set(reflect.MakeMap(t))
		}
	case reflect.Struct:
		fields = cachedTypeFields(t)
	default:
		d.typeError("object", t, start+1)
		d.skip()
		return nil
	}

	var mapElem reflect.Value
	d.off++
	for {
		d.skipSpace()
		if d.data[d.off] == '}' {
			d.off++
			break
		}
		key, _ := unquoteBytes(d.literal())
		keyEnd := d.off

		var subv reflect.Value
		destring := false   // the value is in a string, to be decoded from it
		unsettable := false // the member is in a nil embedded pointer to an unexported struct
		if v.Kind() == reflect.Map {
			if !mapElem.IsValid() {
				mapElem = reflect.New(t.Elem()).Elem()
			} else {
				mapElem.SetZero()
			}
			subv = mapElem
		} else {
			f := fields.byExactName[string(key)]
			if f == nil {
				f = fields.byFoldedName[foldName(string(key))]
			}
			if f != nil {
				subv = v
				destring = f.quoted
				for _, ind := range f.index {
					if subv.Kind() == reflect.Pointer {
						if subv.IsNil() {
							// an embedded pointer to an unexported struct
							// cannot be allocated
							if !subv.CanSet() {
								unsettable = true
								subv = reflect.Value{}
								destring = false
								break
							}
							subv.Set(reflect.New(subv.Type().Elem()))
						}
						subv = subv.Elem()
					}
					subv = subv.Field(ind)
				}
			} else if d.disallowUnknownFields {
				d.saveError(fmt.Errorf("json: unknown field %q", key))
			}
		}
		// (the path names the key as the input spells it)
		d.path = append(d.path, string(key))

		d.skipSpace()
		d.off++ // ':'
		d.skipSpace()
		if unsettable {
			d.skipSpace()
			err := &UnmarshalTypeError{Value: kindOf(d.data[d.off]), Type: t, Err: errors.New("cannot set embedded pointer to unexported struct type")}
			d.skip()
			err.Offset = int64(d.off)
			d.saveError(err)
		} else if destring {
			if err := d.valueQuoted(subv); err != nil {
				return err
			}
		} else if err := d.value(subv); err != nil {
			return err
		}

		// a map's element was decoded aside: store it under its key
		if v.Kind() == reflect.Map {
			kt := t.Key()
			var kv reflect.Value
			if reflect.PointerTo(kt).Implements(textUnmarshalerType) {
				kv = reflect.New(kt)
				if err := kv.Interface().(encoding.TextUnmarshaler).UnmarshalText(key); err != nil {
					return err
				}
				kv = kv.Elem()
			} else {
				switch kt.Kind() {
				case reflect.String:
					kv = reflect.New(kt).Elem()
					kv.SetString(string(key))
				case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
					s := string(key)
					n, err := strconv.ParseInt(s, 10, 64)
					if err != nil || kt.OverflowInt(n) {
						d.typeError("number "+s, kt, keyEnd)
						break
					}
					kv = reflect.New(kt).Elem()
					kv.SetInt(n)
				case reflect.Float32, reflect.Float64:
					s := string(key)
					n, err := strconv.ParseFloat(s, kt.Bits())
					if err != nil || !isValidNumber(s) || kt.OverflowFloat(n) {
						d.typeError("number "+s, kt, keyEnd)
						break
					}
					kv = reflect.New(kt).Elem()
					kv.SetFloat(n)
				default:
					s := string(key)
					n, err := strconv.ParseUint(s, 10, 64)
					if err != nil || kt.OverflowUint(n) {
						d.typeError("number "+s, kt, keyEnd)
						break
					}
					kv = reflect.New(kt).Elem()
					kv.SetUint(n)
				}
			}
			if kv.IsValid() {
				v.SetMapIndex(kv, subv)
			}
		}

		d.path = d.path[:len(d.path)-1]
		d.skipSpace()
		if d.data[d.off] == ',' {
			d.off++
		}
	}
	return nil
}

var nullLiteral = []byte("null")

// kindOf names the kind of the JSON value that begins with c, as type errors
// do.
func kindOf(c byte) string {
	switch c {
	case '{':
		return "object"
	case '[':
		return "array"
	case '"':
		return "string"
	case 't', 'f':
		return "bool"
	case 'n':
		return "null"
	}
	return "number"
}

// valueQuoted decodes the value of a ",string" member into v: a JSON string
// holding the literal of v's type (null leaves v as it is).
func (d *decodeState) valueQuoted(v reflect.Value) error {
	d.skipSpace()
	start := d.off
	switch c := d.data[d.off]; c {
	case '{', '[':
		d.skip()
		d.typeError(kindOf(c), v.Type(), start+1)
		return nil
	case '"':
	case 'n':
		d.literal()
		return nil
	default:
		d.literal()
		d.typeError(kindOf(c), v.Type(), d.off)
		return nil
	}
	s, _ := unquote(d.literal())
	if s == "null" {
		return d.literalStore(nullLiteral, v)
	}
	u, _, pv := indirect(v, false)
	if u != nil {
		return u.UnmarshalJSON([]byte(s))
	}
	v = pv
	var err error
	switch v.Kind() {
	case reflect.Bool:
		if s != "true" && s != "false" {
			d.saveError(&UnmarshalTypeError{Value: "string " + strconv.Quote(s), Type: v.Type(), Offset: int64(d.off), Err: strconv.ErrSyntax})
			return nil
		}
		v.SetBool(s == "true")
		return nil
	case reflect.String:
		var q string
		if q, err = unquoteLiteral(s); err != nil {
			d.saveError(&UnmarshalTypeError{Value: "string", Type: v.Type(), Offset: int64(d.off), Err: err})
			return nil
		}
		v.SetString(q)
		return nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		var n int64
		if n, err = strconv.ParseInt(s, 10, 64); err == nil && !v.OverflowInt(n) {
			v.SetInt(n)
			return nil
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		var n uint64
		if n, err = strconv.ParseUint(s, 10, 64); err == nil && !v.OverflowUint(n) {
			v.SetUint(n)
			return nil
		}
	default: // a float
		var n float64
		if n, err = strconv.ParseFloat(s, v.Type().Bits()); err == nil && !v.OverflowFloat(n) {
			v.SetFloat(n)
			return nil
		}
	}
	d.typeError("number "+s, v.Type(), d.off)
	return nil
}

// unquoteLiteral is the text of s, which must be one JSON string literal.
func unquoteLiteral(s string) (string, error) {
	if s == "" || s[0] != '"' {
		c := " "
		if s != "" {
			c = s[:1]
		}
		return "", &SyntaxError{"invalid character " + quoteChar(c) + " looking for beginning of object key string", 0}
	}
	var sc scanner
	if err := checkValid([]byte(s), &sc); err != nil {
		return "", err
	}
	q, _ := unquote([]byte(s))
	return q, nil
}

// convertNumber is a number for an empty interface: a float64, or a Number
// with UseNumber.
func (d *decodeState) convertNumber(s string) (any, error) {
	if d.useNumber {
		return Number(s), nil
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		// out of range: the error, and a zero float64 stored
		return 0.0, &UnmarshalTypeError{Value: "number " + s, Type: reflect.TypeFor[float64](), Offset: int64(d.off)}
	}
	return f, nil
}

// literalStore decodes literal item (a string, number, or keyword), which
// ends at d.off, into v.
func (d *decodeState) literalStore(item []byte, v reflect.Value) error {
	isNull := item[0] == 'n'
	u, ut, pv := indirect(v, isNull)
	if u != nil {
		return u.UnmarshalJSON(item)
	}
	if ut != nil {
		if item[0] != '"' {
			d.typeError(kindOf(item[0]), v.Type(), d.off)
			return nil
		}
		s, _ := unquoteBytes(item)
		return ut.UnmarshalText(s)
	}

	v = pv
	// a non-empty interface takes none: the error is at the value's start
	if v.Kind() == reflect.Interface && v.NumMethod() != 0 && !isNull {
		d.typeError(kindOf(item[0]), v.Type(), d.off-len(item))
		return nil
	}
	switch c := item[0]; c {
	case 'n': // null
		switch v.Kind() {
		case reflect.Interface, reflect.Pointer, reflect.Map, reflect.Slice:
			v.SetZero()
			// null leaves other kinds as they are
		}
	case 't', 'f':
		switch v.Kind() {
		default:
			d.typeError("bool", v.Type(), d.off)
		case reflect.Bool:
			v.SetBool(c == 't')
		case reflect.Interface:
			v.Set(reflect.ValueOf(c == 't'))
		}
	case '"':
		s, _ := unquoteBytes(item)
		switch v.Kind() {
		default:
			d.typeError("string", v.Type(), d.off)
		case reflect.Slice:
			if v.Type().Elem().Kind() != reflect.Uint8 {
				d.typeError("string", v.Type(), d.off)
				break
			}
			b := make([]byte, base64.StdEncoding.DecodedLen(len(s)))
			n, err := base64.StdEncoding.Decode(b, s)
			if err != nil {
				d.saveError(&UnmarshalTypeError{Value: "string", Type: v.Type(), Offset: int64(d.off), Err: err})
				break
			}
			v.SetBytes(b[:n])
		case reflect.String:
			t := string(s)
			if v.Type() == numberType && !isValidNumber(t) {
				d.saveError(&UnmarshalTypeError{Value: "string " + strconv.Quote(t), Type: v.Type(), Offset: int64(d.off), Err: strconv.ErrSyntax})
				break
			}
			v.SetString(t)
		case reflect.Interface:
			v.Set(reflect.ValueOf(string(s)))
		}
	default: // a number
		switch v.Kind() {
		default:
			if v.Kind() == reflect.String && v.Type() == numberType {
				v.SetString(string(item))
				break
			}
			d.typeError("number", v.Type(), d.off)
		case reflect.Interface:
			n, err := d.convertNumber(string(item))
			if err != nil {
				d.saveError(err)
			}
			v.Set(reflect.ValueOf(n))
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			n, err := strconv.ParseInt(string(item), 10, 64)
			if err != nil || v.OverflowInt(n) {
				d.typeError("number "+string(item), v.Type(), d.off)
				break
			}
			v.SetInt(n)
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
			n, err := strconv.ParseUint(string(item), 10, 64)
			if err != nil || v.OverflowUint(n) {
				d.typeError("number "+string(item), v.Type(), d.off)
				break
			}
			v.SetUint(n)
		case reflect.Float32, reflect.Float64:
			n, err := strconv.ParseFloat(string(item), v.Type().Bits())
			if err != nil || v.OverflowFloat(n) {
				d.typeError("number "+string(item), v.Type(), d.off)
				break
			}
			v.SetFloat(n)
		}
	}
	return nil
}

// valueInterface decodes the value at d.off as an empty interface holds it.
func (d *decodeState) valueInterface() any {
	d.skipSpace()
	switch d.data[d.off] {
	case '{':
		return d.objectInterface()
	case '[':
		return d.arrayInterface()
	}
	item := d.literal()
	switch c := item[0]; c {
	case 'n':
		return nil
	case 't', 'f':
		return c == 't'
	case '"':
		s, _ := unquote(item)
		return s
	}
	n, err := d.convertNumber(string(item))
	if err != nil {
		d.saveError(err)
	}
	return n
}

func (d *decodeState) arrayInterface() []any {
	v := make([]any, 0)
	d.off++
	for {
		d.skipSpace()
		if d.data[d.off] == ']' {
			d.off++
			return v
		}
		v = append(v, d.valueInterface())
		d.skipSpace()
		if d.data[d.off] == ',' {
			d.off++
		}
	}
}

func (d *decodeState) objectInterface() map[string]any {
	m := make(map[string]any)
	d.off++
	for {
		d.skipSpace()
		if d.data[d.off] == '}' {
			d.off++
			return m
		}
		key, _ := unquote(d.literal())
		d.skipSpace()
		d.off++ // ':'
		m[key] = d.valueInterface()
		d.skipSpace()
		if d.data[d.off] == ',' {
			d.off++
		}
	}
}

// getu4 decodes \uXXXX from the beginning of s, returning the hex value, or
// it returns -1.
func getu4(s []byte) rune {
	if len(s) < 6 || s[0] != '\\' || s[1] != 'u' {
		return -1
	}
	r, err := strconv.ParseUint(string(s[2:6]), 16, 32)
	if err != nil {
		return -1
	}
	return rune(r)
}

// unquote converts a quoted JSON string literal s into an actual string t.
func unquote(s []byte) (t string, ok bool) {
	b, ok := unquoteBytes(s)
	return string(b), ok
}

// unquoteBytes is the text of JSON string literal s: escapes decoded (a lone
// surrogate as U+FFFD), invalid UTF-8 coerced to U+FFFD.
func unquoteBytes(s []byte) (t []byte, ok bool) {
	if len(s) < 2 || s[0] != '"' || s[len(s)-1] != '"' {
		return
	}
	s = s[1 : len(s)-1]
	// most strings need nothing done
	r := 0
	for r < len(s) {
		c := s[r]
		if c == '\\' || c == '"' || c < ' ' {
			break
		}
		if c < utf8.RuneSelf {
			r++
			continue
		}
		rr, size := utf8.DecodeRune(s[r:])
		if rr == utf8.RuneError && size == 1 {
			break
		}
		r += size
	}
	if r == len(s) {
		return s, true
	}
	b := append(make([]byte, 0, len(s)+2*utf8.UTFMax), s[:r]...)
	for r < len(s) {
		switch c := s[r]; {
		case c == '\\':
			r++
			if r >= len(s) {
				return
			}
			switch s[r] {
			default:
				return
			case '"', '\\', '/', '\'':
				b = append(b, s[r])
				r++
			case 'b':
				b = append(b, '\b')
				r++
			case 'f':
				b = append(b, '\f')
				r++
			case 'n':
				b = append(b, '\n')
				r++
			case 'r':
				b = append(b, '\r')
				r++
			case 't':
				b = append(b, '\t')
				r++
			case 'u':
				r--
				rr := getu4(s[r:])
				if rr < 0 {
					return
				}
				r += 6
				if utf16.IsSurrogate(rr) {
					rr1 := getu4(s[r:])
					if dec := utf16.DecodeRune(rr, rr1); dec != unicode.ReplacementChar {
						r += 6
						b = utf8.AppendRune(b, dec)
						break
					}
					rr = unicode.ReplacementChar
				}
				b = utf8.AppendRune(b, rr)
			}
		case c == '"', c < ' ':
			return
		case c < utf8.RuneSelf:
			b = append(b, c)
			r++
		default:
			rr, size := utf8.DecodeRune(s[r:])
			r += size
			b = utf8.AppendRune(b, rr)
		}
	}
	return b, true
}
