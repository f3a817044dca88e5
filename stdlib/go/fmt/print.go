// Package fmt implements formatted I/O with functions analogous to C's printf.
// Values are inspected through internal/rt, minigo's counterpart of reflect.
package fmt

import (
	"internal/rt"
	"io"
	"os"
	"strconv"
	"sync"
	"sync/atomic"
	"unicode/utf8"
)

// Stringer is implemented by any value that has a String method, which defines the
// native format for that value.
type Stringer interface {
	String() string
}

// GoStringer is implemented by any value that has a GoString method, which defines
// the Go syntax for that value (%#v).
type GoStringer interface {
	GoString() string
}

// State represents the printer state passed to custom formatters.
type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

// Formatter is implemented by any value that has a Format method.
type Formatter interface {
	Format(f State, verb rune)
}

// FormatString returns the directive a Formatter was called for: a percent
// sign, the flags, width and precision state records, then verb.
func FormatString(state State, verb rune) string {
	var tmp [16]byte
	b := append(tmp[:0], '%')
	for _, c := range " +-#0" {
		if state.Flag(int(c)) {
			b = append(b, byte(c))
		}
	}
	if w, ok := state.Width(); ok {
		b = strconv.AppendInt(b, int64(w), 10)
	}
	if p, ok := state.Precision(); ok {
		b = append(b, '.')
		b = strconv.AppendInt(b, int64(p), 10)
	}
	b = utf8.AppendRune(b, verb)
	return string(b)
}

const (
	commaSpaceString  = ", "
	nilAngleString    = "<nil>"
	nilParenString    = "(nil)"
	nilString         = "nil"
	mapString         = "map["
	percentBangString = "%!"
	missingString     = "(MISSING)"
	badIndexString    = "(BADINDEX)"
	extraString       = "%!(EXTRA "
	badWidthString    = "%!(BADWIDTH)"
	badPrecString     = "%!(BADPREC)"
	noVerbString      = "%!(NOVERB)"
)

// A printer holds the state of one Print or Printf call.
type printer struct {
	buf []byte
	// the operand being printed, for error messages
	arg   any
	value rt.Value
	fmt   formatter
	// reordered: the last argument index came from [n]; goodArgNum: it was valid
	reordered  bool
	goodArgNum bool
	// erroring prevents calling handleMethods while printing a bad verb
	erroring bool
	// panicking is set while catchPanic prints a method's panic value
	panicking bool
	// for Errorf: whether %w is allowed, and the errors it wrapped
	wrapErrs   bool
	wrappedErr []int
}

// printers are reused, as Go's fmt reuses them: most calls then allocate
// nothing but their result.
var printers = sync.Pool{New: func() any { return new(printer) }}

// lastFreed is the printer freed last, taken first without the pool's
// mutex: a goroutine formatting in a loop reuses one printer at one atomic
// operation each way, where the pool's Get and Put lock and unlock.
var lastFreed atomic.Pointer[printer]

func newPrinter() *printer {
	p := lastFreed.Swap(nil)
	if p == nil {
		p = printers.Get().(*printer)
	}
	p.reordered, p.goodArgNum, p.erroring, p.panicking, p.wrapErrs = false, false, false, false, false
	p.fmt.init(&p.buf)
	return p
}

// free returns p to the pool, keeping its buffer unless that grew large.
func (p *printer) free() {
	if cap(p.buf) > 64<<10 {
		return
	}
	p.buf = p.buf[:0]
	p.arg = nil
	p.value = rt.Value{}
	p.wrappedErr = p.wrappedErr[:0]
	if !lastFreed.CompareAndSwap(nil, p) {
		printers.Put(p)
	}
}

// Write lets a printer be the State of a Formatter.
func (p *printer) Write(b []byte) (int, error) {
	p.buf = append(p.buf, b...)
	return len(b), nil
}

// WriteString appends s to the output.
func (p *printer) WriteString(s string) (int, error) {
	p.buf = append(p.buf, s...)
	return len(s), nil
}

func (p *printer) Width() (int, bool)     { return p.fmt.wid, p.fmt.widPresent }
func (p *printer) Precision() (int, bool) { return p.fmt.prec, p.fmt.precPresent }

func (p *printer) Flag(b int) bool {
	switch b {
	case '-':
		return p.fmt.minus
	case '+':
		return p.fmt.plus || p.fmt.plusV
	case '#':
		return p.fmt.sharp || p.fmt.sharpV
	case ' ':
		return p.fmt.space
	case '0':
		return p.fmt.zero
	}
	return false
}

// Fprintf formats according to a format specifier and writes to w.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	p := newPrinter()
	p.doPrintf(format, a)
	n, err = w.Write(p.buf)
	p.free()
	return
}

// Printf formats according to a format specifier and writes to standard output.
func Printf(format string, a ...any) (n int, err error) {
	return Fprintf(os.Stdout, format, a...)
}

// Sprintf formats according to a format specifier and returns the string.
func Sprintf(format string, a ...any) string {
	p := newPrinter()
	p.doPrintf(format, a)
	s := string(p.buf)
	p.free()
	return s
}

// Appendf formats according to a format specifier and appends to b.
func Appendf(b []byte, format string, a ...any) []byte {
	p := newPrinter()
	p.doPrintf(format, a)
	b = append(b, p.buf...)
	p.free()
	return b
}

// Fprint formats using the default formats and writes to w. Spaces are added
// between operands when neither is a string.
func Fprint(w io.Writer, a ...any) (n int, err error) {
	p := newPrinter()
	p.doPrint(a)
	n, err = w.Write(p.buf)
	p.free()
	return
}

// Print formats using the default formats and writes to standard output.
func Print(a ...any) (n int, err error) {
	return Fprint(os.Stdout, a...)
}

// Sprint formats using the default formats and returns the string.
func Sprint(a ...any) string {
	p := newPrinter()
	p.doPrint(a)
	s := string(p.buf)
	p.free()
	return s
}

// Append formats using the default formats and appends to b.
func Append(b []byte, a ...any) []byte {
	p := newPrinter()
	p.doPrint(a)
	b = append(b, p.buf...)
	p.free()
	return b
}

// Fprintln formats using the default formats, always adding spaces between
// operands and a newline, and writes to w.
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	p := newPrinter()
	p.doPrintln(a)
	n, err = w.Write(p.buf)
	p.free()
	return
}

// Println formats using the default formats and writes to standard output.
func Println(a ...any) (n int, err error) {
	return Fprintln(os.Stdout, a...)
}

// Sprintln formats using the default formats and returns the string.
func Sprintln(a ...any) string {
	p := newPrinter()
	p.doPrintln(a)
	s := string(p.buf)
	p.free()
	return s
}

// Appendln formats using the default formats and appends to b.
func Appendln(b []byte, a ...any) []byte {
	p := newPrinter()
	p.doPrintln(a)
	b = append(b, p.buf...)
	p.free()
	return b
}

func (p *printer) unknownType(v rt.Value) {
	if !v.IsValid() {
		p.buf = append(p.buf, nilAngleString...)
		return
	}
	p.buf = append(p.buf, '?')
	p.buf = append(p.buf, v.Type().String()...)
	p.buf = append(p.buf, '?')
}

// badVerb writes %!verb(type=value).
func (p *printer) badVerb(verb rune) {
	p.erroring = true
	p.buf = append(p.buf, percentBangString...)
	p.buf = utf8.AppendRune(p.buf, verb)
	p.buf = append(p.buf, '(')
	switch {
	case p.arg != nil:
		p.buf = append(p.buf, rt.TypeOf(p.arg).String()...)
		p.buf = append(p.buf, '=')
		p.printArg(p.arg, 'v')
	case p.value.IsValid():
		p.buf = append(p.buf, p.value.Type().String()...)
		p.buf = append(p.buf, '=')
		p.printValue(p.value, 'v', 0)
	default:
		p.buf = append(p.buf, nilAngleString...)
	}
	p.buf = append(p.buf, ')')
	p.erroring = false
}

func (p *printer) fmtBool(v bool, verb rune) {
	switch verb {
	case 't', 'v':
		p.fmt.fmtBoolean(v)
	default:
		p.badVerb(verb)
	}
}

// fmt0x64 formats a uint64 in hexadecimal, with or without the 0x prefix.
func (p *printer) fmt0x64(v uint64, leading0x bool) {
	sharp := p.fmt.sharp
	p.fmt.sharp = leading0x
	p.fmt.fmtInteger(v, 16, false, 'v', ldigits)
	p.fmt.sharp = sharp
}

func (p *printer) fmtInteger(v uint64, isSigned bool, verb rune) {
	switch verb {
	case 'v':
		if p.fmt.sharpV && !isSigned {
			p.fmt0x64(v, true)
		} else {
			p.fmt.fmtInteger(v, 10, isSigned, verb, ldigits)
		}
	case 'd':
		p.fmt.fmtInteger(v, 10, isSigned, verb, ldigits)
	case 'b':
		p.fmt.fmtInteger(v, 2, isSigned, verb, ldigits)
	case 'o', 'O':
		p.fmt.fmtInteger(v, 8, isSigned, verb, ldigits)
	case 'x':
		p.fmt.fmtInteger(v, 16, isSigned, verb, ldigits)
	case 'X':
		p.fmt.fmtInteger(v, 16, isSigned, verb, udigits)
	case 'c':
		p.fmt.fmtC(v)
	case 'q':
		p.fmt.fmtQc(v)
	case 'U':
		p.fmt.fmtUnicode(v)
	default:
		p.badVerb(verb)
	}
}

func (p *printer) fmtFloat(v float64, size int, verb rune) {
	switch verb {
	case 'v':
		p.fmt.fmtFloat(v, size, 'g', -1)
	case 'b', 'g', 'G', 'x', 'X':
		p.fmt.fmtFloat(v, size, verb, -1)
	case 'f', 'e', 'E':
		p.fmt.fmtFloat(v, size, verb, 6)
	case 'F':
		p.fmt.fmtFloat(v, size, 'f', 6)
	default:
		p.badVerb(verb)
	}
}

// fmtComplex formats both parts with the float verb, the imaginary part always
// signed: (1+2i).
func (p *printer) fmtComplex(v complex128, size int, verb rune) {
	// reject a bad verb before writing the parenthesis
	switch verb {
	case 'v', 'b', 'g', 'G', 'x', 'X', 'f', 'F', 'e', 'E':
		oldPlus := p.fmt.plus
		p.buf = append(p.buf, '(')
		p.fmtFloat(real(v), size/2, verb)
		p.fmt.plus = true
		p.fmtFloat(imag(v), size/2, verb)
		p.buf = append(p.buf, "i)"...)
		p.fmt.plus = oldPlus
	default:
		p.badVerb(verb)
	}
}

func (p *printer) fmtString(v string, verb rune) {
	switch verb {
	case 'v':
		if p.fmt.sharpV {
			p.fmt.fmtQ(v)
		} else {
			p.fmt.fmtS(v)
		}
	case 's':
		p.fmt.fmtS(v)
	case 'x':
		p.fmt.fmtSx(v, ldigits)
	case 'X':
		p.fmt.fmtSx(v, udigits)
	case 'q':
		p.fmt.fmtQ(v)
	default:
		p.badVerb(verb)
	}
}

func (p *printer) fmtBytes(v []byte, verb rune, typeString string) {
	switch verb {
	case 'v', 'd':
		if p.fmt.sharpV {
			p.buf = append(p.buf, typeString...)
			if v == nil {
				p.buf = append(p.buf, nilParenString...)
				return
			}
			p.buf = append(p.buf, '{')
			for i, c := range v {
				if i > 0 {
					p.buf = append(p.buf, commaSpaceString...)
				}
				p.fmt0x64(uint64(c), true)
			}
			p.buf = append(p.buf, '}')
		} else {
			p.buf = append(p.buf, '[')
			for i, c := range v {
				if i > 0 {
					p.buf = append(p.buf, ' ')
				}
				p.fmt.fmtInteger(uint64(c), 10, false, verb, ldigits)
			}
			p.buf = append(p.buf, ']')
		}
	case 's':
		p.fmt.fmtBs(v)
	case 'x':
		p.fmt.fmtBx(v, ldigits)
	case 'X':
		p.fmt.fmtBx(v, udigits)
	case 'q':
		p.fmt.fmtQ(string(v))
	default:
		p.printValue(rt.ValueOf(v), verb, 0)
	}
}

func (p *printer) fmtPointer(value rt.Value, verb rune) {
	var u uintptr
	switch value.Kind() {
	case rt.Chan, rt.Func, rt.Map, rt.Pointer, rt.Slice, rt.UnsafePointer:
		u = value.Pointer()
	default:
		p.badVerb(verb)
		return
	}
	switch verb {
	case 'v':
		if p.fmt.sharpV {
			p.buf = append(p.buf, '(')
			p.buf = append(p.buf, value.Type().String()...)
			p.buf = append(p.buf, ")("...)
			if u == 0 {
				p.buf = append(p.buf, nilString...)
			} else {
				p.fmt0x64(uint64(u), true)
			}
			p.buf = append(p.buf, ')')
		} else {
			if u == 0 {
				p.fmt.padString(nilAngleString)
			} else {
				p.fmt0x64(uint64(u), !p.fmt.sharp)
			}
		}
	case 'p':
		p.fmt0x64(uint64(u), !p.fmt.sharp)
	case 'b', 'o', 'd', 'x', 'X':
		p.fmtInteger(uint64(u), false, verb)
	default:
		p.badVerb(verb)
	}
}

// handleMethods formats p.arg with its Format, GoString, Error or String method
// when it has one that applies; it reports whether it did (also when the method
// panicked: catchPanic printed that instead).
func (p *printer) handleMethods(verb rune) (handled bool) {
	if p.erroring {
		return false
	}
	if verb == 'w' {
		// %w is %v of an error operand (of Errorf)
		err, ok := p.arg.(error)
		if !ok || !p.wrapErrs {
			p.badVerb(verb)
			return true
		}
		_ = err
		verb = 'v'
	}
	if formatter, ok := p.arg.(Formatter); ok {
		handled = true
		defer p.catchPanic(p.arg, verb, "Format")
		formatter.Format(p, verb)
		return true
	}
	if p.fmt.sharpV {
		if stringer, ok := p.arg.(GoStringer); ok {
			handled = true
			defer p.catchPanic(p.arg, verb, "GoString")
			p.fmt.fmtS(stringer.GoString())
			return true
		}
		return false
	}
	switch verb {
	case 'v', 's', 'x', 'X', 'q':
		switch v := p.arg.(type) {
		case error:
			handled = true
			defer p.catchPanic(p.arg, verb, "Error")
			p.fmtString(v.Error(), verb)
			return true
		case Stringer:
			handled = true
			defer p.catchPanic(p.arg, verb, "String")
			p.fmtString(v.String(), verb)
			return true
		}
	}
	return false
}

// catchPanic, deferred around a call of the operand's Format, GoString, Error
// or String method, prints what Go prints when that method panics: <nil> when
// the operand is a nil pointer (the likeliest cause: a method that does not
// guard against a nil receiver), else %!verb(PANIC=String method: value).
func (p *printer) catchPanic(arg any, verb rune, method string) {
	err := recover()
	if err == nil {
		return
	}
	if t := rt.TypeOf(arg); t.Kind() == rt.Pointer && rt.DataOf(arg) == 0 {
		p.buf = append(p.buf, nilAngleString...)
		return
	}
	if p.panicking {
		// the panic value's own method panicked: printing cannot succeed
		panic(err)
	}
	oldFlags, oldWid, oldPrec := p.fmt.fmtFlags, p.fmt.wid, p.fmt.prec
	p.fmt.clearflags()
	p.buf = append(p.buf, "%!"...)
	p.buf = utf8.AppendRune(p.buf, verb)
	p.buf = append(p.buf, "(PANIC="...)
	p.buf = append(p.buf, method...)
	p.buf = append(p.buf, " method: "...)
	p.panicking = true
	p.printArg(err, 'v')
	p.panicking = false
	p.buf = append(p.buf, ')')
	p.fmt.fmtFlags, p.fmt.wid, p.fmt.prec = oldFlags, oldWid, oldPrec
}

// printArg prints one operand of a Print or Printf call.
func (p *printer) printArg(arg any, verb rune) {
	p.arg = arg
	p.value = rt.Value{}
	if arg == nil {
		switch verb {
		case 'T', 'v':
			p.fmt.padString(nilAngleString)
		default:
			p.badVerb(verb)
		}
		return
	}
	switch verb {
	case 'T':
		p.fmt.fmtS(rt.TypeOf(arg).String())
		return
	case 'p':
		p.fmtPointer(rt.ValueOf(arg), 'p')
		return
	}
	switch f := arg.(type) {
	case bool:
		p.fmtBool(f, verb)
	case float32:
		p.fmtFloat(float64(f), 32, verb)
	case float64:
		p.fmtFloat(f, 64, verb)
	case complex64:
		p.fmtComplex(complex128(f), 64, verb)
	case complex128:
		p.fmtComplex(f, 128, verb)
	case int:
		p.fmtInteger(uint64(f), true, verb)
	case int8:
		p.fmtInteger(uint64(f), true, verb)
	case int16:
		p.fmtInteger(uint64(f), true, verb)
	case int32:
		p.fmtInteger(uint64(f), true, verb)
	case int64:
		p.fmtInteger(uint64(f), true, verb)
	case uint:
		p.fmtInteger(uint64(f), false, verb)
	case uint8:
		p.fmtInteger(uint64(f), false, verb)
	case uint16:
		p.fmtInteger(uint64(f), false, verb)
	case uint32:
		p.fmtInteger(uint64(f), false, verb)
	case uint64:
		p.fmtInteger(f, false, verb)
	case uintptr:
		p.fmtInteger(uint64(f), false, verb)
	case string:
		p.fmtString(f, verb)
	case []byte:
		p.fmtBytes(f, verb, "[]byte")
	default:
		if rt.ReflectValue != nil {
			if v, ok := rt.ReflectValue(f); ok {
				p.printReflectValue(v, verb)
				return
			}
		}
		if !p.handleMethods(verb) {
			p.printValue(rt.ValueOf(f), verb, 0)
		}
	}
}

// printReflectValue prints the value a reflect.Value holds, with its methods
// when it may be extracted (printValue does not apply them at depth 0).
func (p *printer) printReflectValue(v rt.Value, verb rune) {
	if v.IsValid() && v.CanInterface() {
		p.arg = v.Interface()
		if p.handleMethods(verb) {
			return
		}
	}
	p.printValue(v, verb, 0)
}

// printValue prints a value found inside another (depth > 0) or one without
// methods that apply.
func (p *printer) printValue(value rt.Value, verb rune, depth int) {
	// nested values get their methods too, if they are accessible
	if depth > 0 && value.IsValid() && value.CanInterface() {
		p.arg = value.Interface()
		if p.handleMethods(verb) {
			return
		}
	}
	p.arg = nil
	p.value = value

	switch f := value; value.Kind() {
	case rt.Invalid:
		if depth == 0 {
			p.buf = append(p.buf, "<invalid reflect.Value>"...)
		} else {
			switch verb {
			case 'v':
				p.buf = append(p.buf, nilAngleString...)
			default:
				p.badVerb(verb)
			}
		}
	case rt.Bool:
		p.fmtBool(f.Bool(), verb)
	case rt.Int, rt.Int8, rt.Int16, rt.Int32, rt.Int64:
		p.fmtInteger(uint64(f.Int()), true, verb)
	case rt.Uint, rt.Uint8, rt.Uint16, rt.Uint32, rt.Uint64, rt.Uintptr:
		p.fmtInteger(f.Uint(), false, verb)
	case rt.Float32:
		p.fmtFloat(f.Float(), 32, verb)
	case rt.Float64:
		p.fmtFloat(f.Float(), 64, verb)
	case rt.Complex64:
		p.fmtComplex(f.Complex(), 64, verb)
	case rt.Complex128:
		p.fmtComplex(f.Complex(), 128, verb)
	case rt.String:
		p.fmtString(f.String(), verb)
	case rt.Map:
		if p.fmt.sharpV {
			p.buf = append(p.buf, f.Type().String()...)
			if f.IsNil() {
				p.buf = append(p.buf, nilParenString...)
				return
			}
			p.buf = append(p.buf, '{')
		} else {
			p.buf = append(p.buf, mapString...)
		}
		keys, elems := sortedEntries(f)
		for i, k := range keys {
			if i > 0 {
				if p.fmt.sharpV {
					p.buf = append(p.buf, commaSpaceString...)
				} else {
					p.buf = append(p.buf, ' ')
				}
			}
			p.printValue(k, verb, depth+1)
			p.buf = append(p.buf, ':')
			p.printValue(elems[i], verb, depth+1)
		}
		if p.fmt.sharpV {
			p.buf = append(p.buf, '}')
		} else {
			p.buf = append(p.buf, ']')
		}
	case rt.Struct:
		if p.fmt.sharpV {
			p.buf = append(p.buf, f.Type().String()...)
		}
		p.buf = append(p.buf, '{')
		t := f.Type()
		for i := 0; i < t.NumField(); i++ {
			if i > 0 {
				if p.fmt.sharpV {
					p.buf = append(p.buf, commaSpaceString...)
				} else {
					p.buf = append(p.buf, ' ')
				}
			}
			if p.fmt.plusV || p.fmt.sharpV {
				p.buf = append(p.buf, t.FieldName(i)...)
				p.buf = append(p.buf, ':')
			}
			p.printValue(f.Field(i), verb, depth+1)
		}
		p.buf = append(p.buf, '}')
	case rt.Interface:
		value := f.Elem()
		if !value.IsValid() {
			if p.fmt.sharpV {
				p.buf = append(p.buf, f.Type().String()...)
				p.buf = append(p.buf, nilParenString...)
			} else {
				p.buf = append(p.buf, nilAngleString...)
			}
		} else {
			p.printValue(value, verb, depth+1)
		}
	case rt.Array, rt.Slice:
		switch verb {
		case 's', 'q', 'x', 'X':
			// byte slices and arrays are treated as strings by these verbs
			t := f.Type()
			if t.Elem().Kind() == rt.Uint8 {
				p.fmtBytes(f.Bytes(), verb, t.String())
				return
			}
		}
		if p.fmt.sharpV {
			p.buf = append(p.buf, f.Type().String()...)
			if f.Kind() == rt.Slice && f.IsNil() {
				p.buf = append(p.buf, nilParenString...)
				return
			}
			p.buf = append(p.buf, '{')
			for i := 0; i < f.Len(); i++ {
				if i > 0 {
					p.buf = append(p.buf, commaSpaceString...)
				}
				p.printValue(f.Index(i), verb, depth+1)
			}
			p.buf = append(p.buf, '}')
		} else {
			p.buf = append(p.buf, '[')
			for i := 0; i < f.Len(); i++ {
				if i > 0 {
					p.buf = append(p.buf, ' ')
				}
				p.printValue(f.Index(i), verb, depth+1)
			}
			p.buf = append(p.buf, ']')
		}
	case rt.Pointer:
		// a pointer at the top level to an array, slice, struct or map prints
		// as & and what it points to
		if depth == 0 && f.Pointer() != 0 {
			switch a := f.Elem(); a.Kind() {
			case rt.Array, rt.Slice, rt.Struct, rt.Map:
				p.buf = append(p.buf, '&')
				p.printValue(a, verb, depth+1)
				return
			}
		}
		p.fmtPointer(f, verb)
	case rt.Chan, rt.Func, rt.UnsafePointer:
		p.fmtPointer(f, verb)
	default:
		p.unknownType(f)
	}
}

// intFromArg gets the argNum'th element of a as an int, for * widths.
func intFromArg(a []any, argNum int) (num int, isInt bool, newArgNum int) {
	newArgNum = argNum
	if argNum < len(a) {
		num, isInt = a[argNum].(int)
		if !isInt {
			v := rt.ValueOf(a[argNum])
			switch v.Kind() {
			case rt.Int, rt.Int8, rt.Int16, rt.Int32, rt.Int64:
				n := v.Int()
				if int64(int(n)) == n {
					num = int(n)
					isInt = true
				}
			case rt.Uint, rt.Uint8, rt.Uint16, rt.Uint32, rt.Uint64, rt.Uintptr:
				n := v.Uint()
				if int64(n) >= 0 && uint64(int(n)) == n {
					num = int(n)
					isInt = true
				}
			}
		}
		newArgNum = argNum + 1
		if tooLarge(num) {
			num = 0
			isInt = false
		}
	}
	return
}

func tooLarge(x int) bool {
	const max int = 1e6
	return x > max || x < -max
}

// parsenum converts ASCII digits to an int.
func parsenum(s string, start, end int) (num int, isnum bool, newi int) {
	if start >= end {
		return 0, false, end
	}
	for newi = start; newi < end && '0' <= s[newi] && s[newi] <= '9'; newi++ {
		if tooLarge(num) {
			return 0, false, end
		}
		num = num*10 + int(s[newi]-'0')
		isnum = true
	}
	return
}

// parseArgNumber parses an explicit argument index [n] (1-based).
func parseArgNumber(format string) (index int, wid int, ok bool) {
	if len(format) < 3 {
		return 0, 1, false
	}
	for i := 1; i < len(format); i++ {
		if format[i] == ']' {
			width, ok, newi := parsenum(format, 1, i)
			if !ok || newi != i {
				return 0, i + 1, false
			}
			return width - 1, i + 1, true
		}
	}
	return 0, 1, false
}

// argNumber returns the next argument to use after an optional [n].
func (p *printer) argNumber(argNum int, format string, i int, numArgs int) (newArgNum, newi int, found bool) {
	if len(format) <= i || format[i] != '[' {
		return argNum, i, false
	}
	p.reordered = true
	index, wid, ok := parseArgNumber(format[i:])
	if ok && 0 <= index && index < numArgs {
		return index, i + wid, true
	}
	p.goodArgNum = false
	return argNum, i + wid, ok
}

func (p *printer) badArgNum(verb rune) {
	p.buf = append(p.buf, percentBangString...)
	p.buf = utf8.AppendRune(p.buf, verb)
	p.buf = append(p.buf, badIndexString...)
}

func (p *printer) missingArg(verb rune) {
	p.buf = append(p.buf, percentBangString...)
	p.buf = utf8.AppendRune(p.buf, verb)
	p.buf = append(p.buf, missingString...)
}

func (p *printer) doPrintf(format string, a []any) {
	end := len(format)
	argNum := 0
	afterIndex := false
	p.reordered = false
formatLoop:
	for i := 0; i < end; {
		p.goodArgNum = true
		lasti := i
		for i < end && format[i] != '%' {
			i++
		}
		if i > lasti {
			p.buf = append(p.buf, format[lasti:i]...)
		}
		if i >= end {
			break
		}
		i++ // skip %
		p.fmt.clearflags()
	simpleFormat:
		for ; i < end; i++ {
			c := format[i]
			switch c {
			case '#':
				p.fmt.sharp = true
			case '0':
				p.fmt.zero = true
			case '+':
				p.fmt.plus = true
			case '-':
				p.fmt.minus = true
			case ' ':
				p.fmt.space = true
			default:
				// fast path for a plain verb
				if 'a' <= c && c <= 'z' && argNum < len(a) {
					switch c {
					case 'w':
						p.wrappedErr = append(p.wrappedErr, argNum)
						fallthrough
					case 'v':
						p.fmt.sharpV = p.fmt.sharp
						p.fmt.sharp = false
						p.fmt.plusV = p.fmt.plus
						p.fmt.plus = false
					}
					p.printArg(a[argNum], rune(c))
					argNum++
					i++
					continue formatLoop
				}
				break simpleFormat
			}
		}

		argNum, i, afterIndex = p.argNumber(argNum, format, i, len(a))

		// width
		if i < end && format[i] == '*' {
			i++
			p.fmt.wid, p.fmt.widPresent, argNum = intFromArg(a, argNum)
			if !p.fmt.widPresent {
				p.buf = append(p.buf, badWidthString...)
			}
			if p.fmt.wid < 0 {
				p.fmt.wid = -p.fmt.wid
				p.fmt.minus = true
				p.fmt.zero = false
			}
			afterIndex = false
		} else {
			p.fmt.wid, p.fmt.widPresent, i = parsenum(format, i, end)
			if afterIndex && p.fmt.widPresent {
				p.goodArgNum = false
			}
		}

		// precision
		if i+1 <= end && i < end && format[i] == '.' {
			i++
			if afterIndex {
				p.goodArgNum = false
			}
			argNum, i, afterIndex = p.argNumber(argNum, format, i, len(a))
			if i < end && format[i] == '*' {
				i++
				p.fmt.prec, p.fmt.precPresent, argNum = intFromArg(a, argNum)
				if p.fmt.prec < 0 {
					p.fmt.prec = 0
					p.fmt.precPresent = false
				}
				if !p.fmt.precPresent {
					p.buf = append(p.buf, badPrecString...)
				}
				afterIndex = false
			} else {
				p.fmt.prec, p.fmt.precPresent, i = parsenum(format, i, end)
				if !p.fmt.precPresent {
					p.fmt.prec = 0
					p.fmt.precPresent = true
				}
			}
		}

		if !afterIndex {
			argNum, i, afterIndex = p.argNumber(argNum, format, i, len(a))
		}

		if i >= end {
			p.buf = append(p.buf, noVerbString...)
			break
		}

		verb, size := rune(format[i]), 1
		if verb >= utf8.RuneSelf {
			verb, size = utf8.DecodeRuneInString(format[i:])
		}
		i += size

		switch {
		case verb == '%':
			p.buf = append(p.buf, '%')
		case !p.goodArgNum:
			p.badArgNum(verb)
		case argNum >= len(a):
			p.missingArg(verb)
		case verb == 'w':
			p.wrappedErr = append(p.wrappedErr, argNum)
			fallthrough
		case verb == 'v':
			p.fmt.sharpV = p.fmt.sharp
			p.fmt.sharp = false
			p.fmt.plusV = p.fmt.plus
			p.fmt.plus = false
			fallthrough
		default:
			p.printArg(a[argNum], verb)
			argNum++
		}
	}

	// extra arguments, unless the format reordered them
	if !p.reordered && argNum < len(a) {
		p.fmt.clearflags()
		p.buf = append(p.buf, extraString...)
		// (indexed, not ranged over a[argNum:]: a subslice would leak a, which
		// callers then could not keep in their frames)
		for i := argNum; i < len(a); i++ {
			arg := a[i]
			if i > argNum {
				p.buf = append(p.buf, commaSpaceString...)
			}
			if arg == nil {
				p.buf = append(p.buf, nilAngleString...)
			} else {
				p.buf = append(p.buf, rt.TypeOf(arg).String()...)
				p.buf = append(p.buf, '=')
				p.printArg(arg, 'v')
			}
		}
		p.buf = append(p.buf, ')')
	}
}

func (p *printer) doPrint(a []any) {
	prevString := false
	for argNum, arg := range a {
		isString := arg != nil && rt.TypeOf(arg).Kind() == rt.String
		// a space between operands when neither is a string
		if argNum > 0 && !isString && !prevString {
			p.buf = append(p.buf, ' ')
		}
		p.printArg(arg, 'v')
		prevString = isString
	}
}

func (p *printer) doPrintln(a []any) {
	for argNum, arg := range a {
		if argNum > 0 {
			p.buf = append(p.buf, ' ')
		}
		p.printArg(arg, 'v')
	}
	p.buf = append(p.buf, '\n')
}
