package runtime

import "internal/rt"

// A boundsError describes a failed bounds check; Error formats it as gc does.
type boundsError struct {
	x      int64
	y      int
	signed bool
	code   uint8
}

const (
	boundsIndex = iota
	boundsSliceAlen
	boundsSliceAcap
	boundsSliceB
	boundsSlice3Alen
	boundsSlice3Acap
	boundsSlice3B
	boundsSlice3C
	boundsConvert
)

var boundsErrorFmt = [...]string{
	boundsIndex:      "index out of range [%x] with length %y",
	boundsSliceAlen:  "slice bounds out of range [:%x] with length %y",
	boundsSliceAcap:  "slice bounds out of range [:%x] with capacity %y",
	boundsSliceB:     "slice bounds out of range [%x:%y]",
	boundsSlice3Alen: "slice bounds out of range [::%x] with length %y",
	boundsSlice3Acap: "slice bounds out of range [::%x] with capacity %y",
	boundsSlice3B:    "slice bounds out of range [:%x:%y]",
	boundsSlice3C:    "slice bounds out of range [%x:%y:]",
	boundsConvert:    "cannot convert slice with length %x to array or pointer to array with length %y",
}

// When x is negative, y says nothing useful.
var boundsNegErrorFmt = [...]string{
	boundsIndex:      "index out of range [%x]",
	boundsSliceAlen:  "slice bounds out of range [:%x]",
	boundsSliceAcap:  "slice bounds out of range [:%x]",
	boundsSliceB:     "slice bounds out of range [%x:]",
	boundsSlice3Alen: "slice bounds out of range [::%x]",
	boundsSlice3Acap: "slice bounds out of range [::%x]",
	boundsSlice3B:    "slice bounds out of range [:%x:]",
	boundsSlice3C:    "slice bounds out of range [%x::]",
}

func (e boundsError) RuntimeError() {}

func (e boundsError) Error() string {
	f := boundsErrorFmt[e.code]
	if e.signed && e.x < 0 {
		f = boundsNegErrorFmt[e.code]
	}
	b := []byte("runtime error: ")
	for i := 0; i < len(f); i++ {
		c := f[i]
		if c != '%' {
			b = append(b, c)
			continue
		}
		i++
		switch f[i] {
		case 'x':
			b = appendIntStr(b, e.x, e.signed)
		case 'y':
			b = appendIntStr(b, int64(e.y), true)
		}
	}
	return string(b)
}

func appendIntStr(b []byte, v int64, signed bool) []byte {
	if signed && v < 0 {
		b = append(b, '-')
		return appendUint(b, uint64(-v))
	}
	return appendUint(b, uint64(v))
}

func appendUint(b []byte, v uint64) []byte {
	var buf [20]byte
	i := len(buf)
	for v >= 10 {
		i--
		buf[i] = byte(v%10 + '0')
		v /= 10
	}
	i--
	buf[i] = byte(v + '0')
	return append(b, buf[i:]...)
}

// An errorString is a runtime.Error with a fixed message after "runtime error: ".
type errorString string

func (e errorString) RuntimeError() {}
func (e errorString) Error() string { return "runtime error: " + string(e) }

// A plainError is a runtime.Error whose message has no "runtime error: " prefix.
type plainError string

func (e plainError) RuntimeError() {}
func (e plainError) Error() string { return string(e) }

// A PanicNilError happens when code calls panic(nil): since Go 1.21, recover
// returns one rather than nil (GODEBUG panicnil=1, the old way, is what Go
// gives only programs built in GOPATH mode or declaring an older Go).
type PanicNilError struct {
	// (makes the type unlike any other struct, as in Go)
	_ [0]*PanicNilError
}

func (*PanicNilError) Error() string { return "runtime error: panic called with nil argument" }
func (*PanicNilError) RuntimeError() {}

// A TypeAssertionError explains a failed type assertion.
type TypeAssertionError struct {
	_interface    rt.Type
	concrete      rt.Type
	asserted      rt.Type
	missingMethod string
}

func (*TypeAssertionError) RuntimeError() {}

func (e *TypeAssertionError) Error() string {
	inter := "interface"
	if !e._interface.IsNil() {
		inter = e._interface.String()
	}
	as := e.asserted.String()
	if e.concrete.IsNil() {
		return "interface conversion: " + inter + " is nil, not " + as
	}
	cs := e.concrete.String()
	if e.missingMethod == "" {
		msg := "interface conversion: " + inter + " is " + cs + ", not " + as
		if cs == as {
			if e.concrete.PkgPath() != e.asserted.PkgPath() {
				msg += " (types from different packages)"
			} else {
				msg += " (types from different scopes)"
			}
		}
		return msg
	}
	return "interface conversion: " + cs + " is not " + as + ": missing method " + e.missingMethod
}

// The functions below are called by compiled code when a check fails.

func panicIndex(x int, y int) { panic(boundsError{x: int64(x), signed: true, y: y, code: boundsIndex}) }
func panicIndexU(x uint, y int) {
	panic(boundsError{x: int64(x), signed: false, y: y, code: boundsIndex})
}
func panicSliceAlen(x int, y int) {
	panic(boundsError{x: int64(x), signed: true, y: y, code: boundsSliceAlen})
}
func panicSliceAcap(x int, y int) {
	panic(boundsError{x: int64(x), signed: true, y: y, code: boundsSliceAcap})
}
func panicSliceB(x int, y int) {
	panic(boundsError{x: int64(x), signed: true, y: y, code: boundsSliceB})
}
func panicSlice3Alen(x int, y int) {
	panic(boundsError{x: int64(x), signed: true, y: y, code: boundsSlice3Alen})
}
func panicSlice3Acap(x int, y int) {
	panic(boundsError{x: int64(x), signed: true, y: y, code: boundsSlice3Acap})
}
func panicSlice3B(x int, y int) {
	panic(boundsError{x: int64(x), signed: true, y: y, code: boundsSlice3B})
}
func panicSlice3C(x int, y int) {
	panic(boundsError{x: int64(x), signed: true, y: y, code: boundsSlice3C})
}
func panicSliceConvert(x int, y int) {
	panic(boundsError{x: int64(x), signed: true, y: y, code: boundsConvert})
}

// The U variants report an unsigned first operand (a uint64 index past 1<<63).
func panicSliceAlenU(x uint, y int) {
	panic(boundsError{x: int64(x), signed: false, y: y, code: boundsSliceAlen})
}
func panicSliceAcapU(x uint, y int) {
	panic(boundsError{x: int64(x), signed: false, y: y, code: boundsSliceAcap})
}
func panicSliceBU(x uint, y int) {
	panic(boundsError{x: int64(x), signed: false, y: y, code: boundsSliceB})
}
func panicSlice3AlenU(x uint, y int) {
	panic(boundsError{x: int64(x), signed: false, y: y, code: boundsSlice3Alen})
}
func panicSlice3AcapU(x uint, y int) {
	panic(boundsError{x: int64(x), signed: false, y: y, code: boundsSlice3Acap})
}
func panicSlice3BU(x uint, y int) {
	panic(boundsError{x: int64(x), signed: false, y: y, code: boundsSlice3B})
}
func panicSlice3CU(x uint, y int) {
	panic(boundsError{x: int64(x), signed: false, y: y, code: boundsSlice3C})
}

// panicrangestate: an iterator called the yield function of a range-over-func
// loop after the loop stopped it (state 1) or ended (state -1).
func panicrangestate(state int) {
	if state == -1 {
		panic(errorString("range function continued iteration after whole loop exit"))
	}
	panic(errorString("range function continued iteration after function for loop body returned false"))
}

func panicdivide() { panic(errorString("integer divide by zero")) }
func panicshift()  { panic(errorString("negative shift amount")) }
func panicmem() {
	setsigpanic()
	panic(errorString("invalid memory address or nil pointer dereference"))
}
func panicnilmap() { panic(plainError("assignment to entry in nil map")) }

// unsafeslicecheck checks the arguments of unsafe.Slice (what = "Slice") or
// unsafe.String: len elements of size bytes at ptr must fit in the address
// space above ptr, and a nil ptr allows only len 0.
func unsafeslicecheck(what string, size, ptr uintptr, len int) {
	if len < 0 {
		panic(errorString("unsafe." + what + ": len out of range"))
	}
	if size == 0 {
		if ptr == 0 && len > 0 {
			panic(errorString("unsafe." + what + ": ptr is nil and len is not zero"))
		}
		return
	}
	if uintptr(len) > -ptr/size {
		if ptr == 0 {
			panic(errorString("unsafe." + what + ": ptr is nil and len is not zero"))
		}
		panic(errorString("unsafe." + what + ": len out of range"))
	}
}

// panicwrap reports a value method called through a nil pointer: the method
// wrapper of *T for T's method has no T to copy.
func panicwrap(pkg, typ, meth string) {
	panic(plainError("value method " + pkg + "." + typ + "." + meth + " called using nil *" + typ + " pointer"))
}
func panicmakeslicelen() { panic(errorString("makeslice: len out of range")) }
func panicmakeslicecap() { panic(errorString("makeslice: cap out of range")) }
func panicgrowslicelen() { panic(errorString("growslice: len out of range")) }

// unhashable returns (and clears) the dynamic type a map operation could not
// hash, and whether the map was nil or empty (a native: g.unhashable).
func unhashable() (t rt.Type, empty bool)

// panicunhashable: a map operation met a key whose dynamic type cannot be
// hashed. Go words it as a runtime error, or, for a nil or empty map, as an
// unhashableTypeError.
func panicunhashable() {
	t, empty := unhashable()
	if empty {
		panic(unhashableTypeError{t})
	}
	panic(errorString("hash of unhashable type " + t.String()))
}

// unhashableTypeError is the panic of a lookup or delete of an unhashable key
// in a nil or empty map.
type unhashableTypeError struct{ t rt.Type }

func (unhashableTypeError) RuntimeError() {}

func (e unhashableTypeError) Error() string { return "hash of unhashable type: " + e.t.String() }
func panicuncomparable(t rt.Type) {
	panic(errorString("comparing uncomparable type " + t.String()))
}

// panicdottype reports a failed x.(T): have is x's dynamic type (nil for a nil
// interface), want is T, iface is x's static interface type.
func panicdottype(have, want, iface rt.Type) {
	panic(&TypeAssertionError{iface, have, want, ""})
}

// panicmissing reports a failed conversion to an interface type that the dynamic
// type does not implement.
func panicmissing(have, want, iface rt.Type) {
	panic(&TypeAssertionError{iface, have, want, rt.MissingMethod(want, have)})
}

func panicsendclosed()   { panic(plainError("send on closed channel")) }
func panicclosenil()     { panic(plainError("close of nil channel")) }
func panicclosedclosed() { panic(plainError("close of closed channel")) }
func panicmakechan()     { panic(plainError("makechan: size out of range")) }
