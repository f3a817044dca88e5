// Package binary translates between numbers and byte sequences, as Go's
// encoding/binary: fixed-size integers in either byte order, varints, and
// fixed-size values (numbers, bools, and arrays, slices and structs of them)
// read and written through reflection.
package binary

import (
	"errors"
	"io"
	"math"
	"reflect"
)

// A ByteOrder specifies how to convert byte slices into unsigned integers.
type ByteOrder interface {
	Uint16([]byte) uint16
	Uint32([]byte) uint32
	Uint64([]byte) uint64
	PutUint16([]byte, uint16)
	PutUint32([]byte, uint32)
	PutUint64([]byte, uint64)
	String() string
}

// AppendByteOrder specifies how to append unsigned integers to byte slices.
type AppendByteOrder interface {
	AppendUint16([]byte, uint16) []byte
	AppendUint32([]byte, uint32) []byte
	AppendUint64([]byte, uint64) []byte
	String() string
}

// LittleEndian is the little-endian implementation of ByteOrder and
// AppendByteOrder.
var LittleEndian littleEndian

// BigEndian is the big-endian implementation of ByteOrder and AppendByteOrder.
var BigEndian bigEndian

// NativeEndian is the native-endian implementation of ByteOrder and
// AppendByteOrder: little-endian, on amd64.
var NativeEndian nativeEndian

type nativeEndian struct {
	littleEndian
}

type littleEndian struct{}

// Each accessor indexes its last byte first, so that a short slice panics with
// the index Go's does.

func (littleEndian) Uint16(b []byte) uint16 {
	_ = b[1]
	return uint16(b[0]) | uint16(b[1])<<8
}

func (littleEndian) PutUint16(b []byte, v uint16) {
	_ = b[1]
	b[0] = byte(v)
	b[1] = byte(v >> 8)
}

func (littleEndian) AppendUint16(b []byte, v uint16) []byte {
	return append(b, byte(v), byte(v>>8))
}

func (littleEndian) Uint32(b []byte) uint32 {
	_ = b[3]
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

func (littleEndian) PutUint32(b []byte, v uint32) {
	_ = b[3]
	for i := 0; i < 4; i++ {
		b[i] = byte(v >> (8 * i))
	}
}

func (littleEndian) AppendUint32(b []byte, v uint32) []byte {
	return append(b, byte(v), byte(v>>8), byte(v>>16), byte(v>>24))
}

func (littleEndian) Uint64(b []byte) uint64 {
	_ = b[7]
	var v uint64
	for i := 7; i >= 0; i-- {
		v = v<<8 | uint64(b[i])
	}
	return v
}

func (littleEndian) PutUint64(b []byte, v uint64) {
	_ = b[7]
	for i := 0; i < 8; i++ {
		b[i] = byte(v >> (8 * i))
	}
}

func (littleEndian) AppendUint64(b []byte, v uint64) []byte {
	for i := 0; i < 8; i++ {
		b = append(b, byte(v>>(8*i)))
	}
	return b
}

func (littleEndian) String() string   { return "LittleEndian" }
func (littleEndian) GoString() string { return "binary.LittleEndian" }

type bigEndian struct{}

func (bigEndian) Uint16(b []byte) uint16 {
	_ = b[1]
	return uint16(b[1]) | uint16(b[0])<<8
}

func (bigEndian) PutUint16(b []byte, v uint16) {
	_ = b[1]
	b[0] = byte(v >> 8)
	b[1] = byte(v)
}

func (bigEndian) AppendUint16(b []byte, v uint16) []byte {
	return append(b, byte(v>>8), byte(v))
}

func (bigEndian) Uint32(b []byte) uint32 {
	_ = b[3]
	return uint32(b[3]) | uint32(b[2])<<8 | uint32(b[1])<<16 | uint32(b[0])<<24
}

func (bigEndian) PutUint32(b []byte, v uint32) {
	_ = b[3]
	for i := 0; i < 4; i++ {
		b[i] = byte(v >> (8 * (3 - i)))
	}
}

func (bigEndian) AppendUint32(b []byte, v uint32) []byte {
	return append(b, byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

func (bigEndian) Uint64(b []byte) uint64 {
	_ = b[7]
	var v uint64
	for i := 0; i < 8; i++ {
		v = v<<8 | uint64(b[i])
	}
	return v
}

func (bigEndian) PutUint64(b []byte, v uint64) {
	_ = b[7]
	for i := 0; i < 8; i++ {
		b[i] = byte(v >> (8 * (7 - i)))
	}
}

func (bigEndian) AppendUint64(b []byte, v uint64) []byte {
	for i := 7; i >= 0; i-- {
		b = append(b, byte(v>>(8*i)))
	}
	return b
}

func (bigEndian) String() string   { return "BigEndian" }
func (bigEndian) GoString() string { return "binary.BigEndian" }

func (nativeEndian) String() string   { return "NativeEndian" }
func (nativeEndian) GoString() string { return "binary.NativeEndian" }

// The longest varint encodings of integers of 16, 32 and 64 bits.
const (
	MaxVarintLen16 = 3
	MaxVarintLen32 = 5
	MaxVarintLen64 = 10
)

// AppendUvarint appends the varint encoding of x: seven bits a byte, least
// significant first, the top bit set on every byte but the last.
func AppendUvarint(buf []byte, x uint64) []byte {
	for x >= 0x80 {
		buf = append(buf, byte(x)|0x80)
		x >>= 7
	}
	return append(buf, byte(x))
}

// PutUvarint encodes x into buf (which must be large enough) and returns the
// number of bytes written.
func PutUvarint(buf []byte, x uint64) int {
	i := 0
	for x >= 0x80 {
		buf[i] = byte(x) | 0x80
		x >>= 7
		i++
	}
	buf[i] = byte(x)
	return i + 1
}

// Uvarint decodes a uint64 from buf and returns it with the number of bytes
// read; n == 0 if buf is too small, n < 0 (-n bytes read) if the value
// overflows 64 bits.
func Uvarint(buf []byte) (uint64, int) {
	var x uint64
	var s uint
	for i, b := range buf {
		if i == MaxVarintLen64 {
			return 0, -(i + 1) // overflow
		}
		if b < 0x80 {
			if i == MaxVarintLen64-1 && b > 1 {
				return 0, -(i + 1) // overflow
			}
			return x | uint64(b)<<s, i + 1
		}
		x |= uint64(b&0x7f) << s
		s += 7
	}
	return 0, 0
}

// zigzag maps signed to unsigned so that small magnitudes encode short.
func zigzag(x int64) uint64 {
	ux := uint64(x) << 1
	if x < 0 {
		ux = ^ux
	}
	return ux
}

// AppendVarint appends the varint encoding of x (zig-zag).
func AppendVarint(buf []byte, x int64) []byte { return AppendUvarint(buf, zigzag(x)) }

// PutVarint encodes x into buf and returns the number of bytes written.
func PutVarint(buf []byte, x int64) int { return PutUvarint(buf, zigzag(x)) }

// Varint decodes an int64 from buf, as Uvarint.
func Varint(buf []byte) (int64, int) {
	ux, n := Uvarint(buf)
	return unzigzag(ux), n
}

// unzigzag inverts zigzag.
func unzigzag(ux uint64) int64 {
	x := int64(ux >> 1)
	if ux&1 != 0 {
		x = ^x
	}
	return x
}

var errOverflow = errors.New("binary: varint overflows a 64-bit integer")

// ReadUvarint reads an encoded unsigned integer from r. The error is io.EOF
// only if no byte was read, io.ErrUnexpectedEOF if the input ends within the
// varint.
func ReadUvarint(r io.ByteReader) (uint64, error) {
	var x uint64
	var s uint
	for i := 0; i < MaxVarintLen64; i++ {
		b, err := r.ReadByte()
		if err != nil {
			if i > 0 && err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return x, err
		}
		if b < 0x80 {
			if i == MaxVarintLen64-1 && b > 1 {
				return x, errOverflow
			}
			return x | uint64(b)<<s, nil
		}
		x |= uint64(b&0x7f) << s
		s += 7
	}
	return x, errOverflow
}

// ReadVarint reads an encoded signed integer from r, as ReadUvarint.
func ReadVarint(r io.ByteReader) (int64, error) {
	ux, err := ReadUvarint(r)
	return unzigzag(ux), err
}

var errBufferTooSmall = errors.New("buffer too small")

// Read reads structured binary data from r into data, which must be a
// pointer to a fixed-size value or a slice of fixed-size values; bytes are
// decoded in order into successive fields (a blank field's are skipped).
func Read(r io.Reader, order ByteOrder, data any) error {
	v, size := decodable(data)
	if size < 0 {
		// Go's fast path reads a basic value's bytes before it finds it
		// is no pointer
		if n := basicSize(data); n > 0 {
			if _, err := io.ReadFull(r, make([]byte, n)); err != nil {
				return err
			}
		}
		return errors.New("binary.Read: invalid type " + reflect.TypeOf(data).String())
	}
	buf := make([]byte, size)
	if _, err := io.ReadFull(r, buf); err != nil {
		return err
	}
	(&coder{order, buf}).decode(v)
	return nil
}

// Decode decodes buf into data as Read does, returning the bytes it used.
func Decode(buf []byte, order ByteOrder, data any) (int, error) {
	v, size := decodable(data)
	if size < 0 {
		if n := basicSize(data); len(buf) < n {
			return 0, errBufferTooSmall
		}
		return 0, errors.New("binary.Decode: invalid type " + reflect.TypeOf(data).String())
	}
	if len(buf) < size {
		return 0, errBufferTooSmall
	}
	(&coder{order, buf[:size]}).decode(v)
	return size, nil
}

// basicSize is the size of data if it is a value of one of the basic types
// Go's fast paths take (exactly those types, not types defined from them).
func basicSize(data any) int {
	switch data.(type) {
	case bool, int8, uint8:
		return 1
	case int16, uint16:
		return 2
	case int32, uint32, float32:
		return 4
	case int64, uint64, float64:
		return 8
	}
	return 0
}

// decodable is the value Read and Decode fill in for data, and its size
// (-1 if data is neither a pointer nor a slice, or not of fixed size).
func decodable(data any) (reflect.Value, int) {
	switch v := reflect.ValueOf(data); v.Kind() {
	case reflect.Pointer:
		return v.Elem(), dataSize(v.Elem())
	case reflect.Slice:
		return v, dataSize(v)
	default:
		return v, -1
	}
}

// Write writes the binary representation of data, a fixed-size value or a
// slice of them (or a pointer to one), to w; a blank field is written as
// zeros.
func Write(w io.Writer, order ByteOrder, data any) error {
	v, size, err := encodable("binary.Write", data)
	if err != nil {
		return err
	}
	buf := make([]byte, size)
	(&coder{order, buf}).encode(v)
	_, err = w.Write(buf)
	return err
}

// Encode writes data's binary representation into buf, returning its size.
func Encode(buf []byte, order ByteOrder, data any) (int, error) {
	v, size, err := encodable("binary.Encode", data)
	if err != nil {
		return 0, err
	}
	if len(buf) < size {
		return 0, errBufferTooSmall
	}
	(&coder{order, buf[:size]}).encode(v)
	return size, nil
}

// Append appends data's binary representation to buf.
func Append(buf []byte, order ByteOrder, data any) ([]byte, error) {
	v, size, err := encodable("binary.Append", data)
	if err != nil {
		return nil, err
	}
	n := len(buf)
	buf = append(buf, make([]byte, size)...)
	(&coder{order, buf[n:]}).encode(v)
	return buf, nil
}

// encodable is the value Write, Encode and Append encode for data and its
// size, or the error function fn reports when it has none.
func encodable(fn string, data any) (reflect.Value, int, error) {
	v := reflect.Indirect(reflect.ValueOf(data))
	size := dataSize(v)
	if size < 0 {
		return v, 0, errors.New(fn + ": some values are not fixed-sized in type " + reflect.TypeOf(data).String())
	}
	return v, size, nil
}

// Size returns how many bytes Write would generate to encode v, which must
// be a fixed-size value or a slice of fixed-size values, or a pointer to
// such data; -1 otherwise.
func Size(v any) int { return dataSize(reflect.Indirect(reflect.ValueOf(v))) }

// dataSize is the encoded size of v: of its elements for a slice.
func dataSize(v reflect.Value) int {
	switch {
	case v.Kind() == reflect.Slice:
		if s := sizeof(v.Type().Elem()); s >= 0 {
			return s * v.Len()
		}
		return -1
	case v.IsValid():
		return sizeof(v.Type())
	}
	return -1
}

// sizeof is the encoded size of a value of type t; -1 if it has none (int,
// strings, pointers...).
func sizeof(t reflect.Type) int {
	switch t.Kind() {
	case reflect.Array:
		if s := sizeof(t.Elem()); s >= 0 {
			return s * t.Len()
		}
	case reflect.Struct:
		sum := 0
		for i := 0; i < t.NumField(); i++ {
			s := sizeof(t.Field(i).Type)
			if s < 0 {
				return -1
			}
			sum += s
		}
		return sum
	case reflect.Bool, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64,
		reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128:
		return int(t.Size())
	}
	return -1
}

// coder encodes values into buf, or decodes them from it, from its start on.
type coder struct {
	order ByteOrder
	buf   []byte
}

// next returns the next n bytes of buf, and moves past them.
func (c *coder) next(n int) []byte {
	b := c.buf[:n]
	c.buf = c.buf[n:]
	return b
}

// blank reports whether field i of struct v is a blank field Go's coder
// skips: one that cannot be set and is named _.
func blank(v reflect.Value, i int) bool {
	return !v.Field(i).CanSet() && v.Type().Field(i).Name == "_"
}

func (c *coder) encode(v reflect.Value) {
	switch v.Kind() {
	case reflect.Array, reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			c.encode(v.Index(i))
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if blank(v, i) {
				clear(c.next(sizeof(v.Field(i).Type())))
			} else {
				c.encode(v.Field(i))
			}
		}
	case reflect.Bool:
		b := c.next(1)
		b[0] = 0
		if v.Bool() {
			b[0] = 1
		}
	case reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		c.putUint(v.Type().Size(), uint64(v.Int()))
	case reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		c.putUint(v.Type().Size(), v.Uint())
	case reflect.Float32:
		c.order.PutUint32(c.next(4), math.Float32bits(float32(v.Float())))
	case reflect.Float64:
		c.order.PutUint64(c.next(8), math.Float64bits(v.Float()))
	case reflect.Complex64:
		x := v.Complex()
		c.order.PutUint32(c.next(4), math.Float32bits(float32(real(x))))
		c.order.PutUint32(c.next(4), math.Float32bits(float32(imag(x))))
	case reflect.Complex128:
		x := v.Complex()
		c.order.PutUint64(c.next(8), math.Float64bits(real(x)))
		c.order.PutUint64(c.next(8), math.Float64bits(imag(x)))
	}
}

// putUint writes the low size bytes of x.
func (c *coder) putUint(size uintptr, x uint64) {
	switch size {
	case 1:
		c.next(1)[0] = byte(x)
	case 2:
		c.order.PutUint16(c.next(2), uint16(x))
	case 4:
		c.order.PutUint32(c.next(4), uint32(x))
	default:
		c.order.PutUint64(c.next(8), x)
	}
}

// uint reads an unsigned integer of size bytes.
func (c *coder) uint(size uintptr) uint64 {
	switch size {
	case 1:
		return uint64(c.next(1)[0])
	case 2:
		return uint64(c.order.Uint16(c.next(2)))
	case 4:
		return uint64(c.order.Uint32(c.next(4)))
	default:
		return c.order.Uint64(c.next(8))
	}
}

func (c *coder) decode(v reflect.Value) {
	switch v.Kind() {
	case reflect.Array, reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			c.decode(v.Index(i))
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if blank(v, i) {
				c.next(sizeof(v.Field(i).Type()))
			} else {
				c.decode(v.Field(i))
			}
		}
	case reflect.Bool:
		v.SetBool(c.next(1)[0] != 0)
	case reflect.Int8:
		v.SetInt(int64(int8(c.uint(1))))
	case reflect.Int16:
		v.SetInt(int64(int16(c.uint(2))))
	case reflect.Int32:
		v.SetInt(int64(int32(c.uint(4))))
	case reflect.Int64:
		v.SetInt(int64(c.uint(8)))
	case reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(c.uint(v.Type().Size()))
	case reflect.Float32:
		v.SetFloat(float64(math.Float32frombits(uint32(c.uint(4)))))
	case reflect.Float64:
		v.SetFloat(math.Float64frombits(c.uint(8)))
	case reflect.Complex64:
		re := math.Float32frombits(uint32(c.uint(4)))
		im := math.Float32frombits(uint32(c.uint(4)))
		v.SetComplex(complex(float64(re), float64(im)))
	case reflect.Complex128:
		re := math.Float64frombits(c.uint(8))
		im := math.Float64frombits(c.uint(8))
		v.SetComplex(complex(re, im))
	}
}
