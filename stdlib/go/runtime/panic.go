package runtime

import "internal/rt"

// A _panic is one active panic of a goroutine.
type _panic struct {
	arg        any
	link       *_panic
	recovered  bool
	repanicked bool
	goexit     bool
}

// gopanic implements panic(v). Without a deferred call that recovers, it prints
// the panic (values, then the goroutine) and ends the program with status 2.
func gopanic(v any) {
	if v == nil {
		v = new(PanicNilError)
	}
	p := &_panic{arg: v}
	fatalpanic(p)
}

// A PanicNilError happens when code calls panic(nil).
type PanicNilError struct {
	_ [0]*PanicNilError
}

func (*PanicNilError) Error() string { return "panic called with nil argument (use runtime.Goexit instead?)" }
func (*PanicNilError) RuntimeError() {}

type stringer interface {
	String() string
}

func fatalpanic(p *_panic) {
	preprintpanics(p)
	printpanics(p)
	dieAfterPanic()
}

// preprintpanics turns error and Stringer panic values into the strings printed.
func preprintpanics(p *_panic) {
	for p != nil {
		switch v := p.arg.(type) {
		case error:
			p.arg = v.Error()
		case stringer:
			p.arg = v.String()
		}
		p = p.link
	}
}

func printpanics(p *_panic) {
	if p.link != nil {
		printpanics(p.link)
		if !p.link.goexit {
			print("\t")
		}
	}
	if p.goexit {
		return
	}
	print("panic: ")
	printpanicval(p.arg)
	if p.recovered && p.repanicked {
		print(" [recovered, repanicked]")
	} else if p.recovered {
		print(" [recovered]")
	}
	print("\n")
}

// printpanicval prints a panic value the way the Go runtime does.
func printpanicval(v any) {
	switch v := v.(type) {
	case nil:
		print("nil")
	case bool:
		print(v)
	case int:
		print(v)
	case int8:
		print(v)
	case int16:
		print(v)
	case int32:
		print(v)
	case int64:
		print(v)
	case uint:
		print(v)
	case uint8:
		print(v)
	case uint16:
		print(v)
	case uint32:
		print(v)
	case uint64:
		print(v)
	case uintptr:
		print(v)
	case float32:
		print(v)
	case float64:
		print(v)
	case string:
		print(v)
	default:
		printanycustomtype(v)
	}
}

// printanycustomtype prints a value of a named type: main.T(3), or (main.T) 0x... .
func printanycustomtype(v any) {
	t := rt.TypeOf(v)
	ts := t.String()
	switch t.Kind() {
	case rt.Bool:
		print(ts, "(", rt.ValueOf(v).Bool(), ")")
	case rt.Int, rt.Int8, rt.Int16, rt.Int32, rt.Int64:
		print(ts, "(", rt.ValueOf(v).Int(), ")")
	case rt.Uint, rt.Uint8, rt.Uint16, rt.Uint32, rt.Uint64, rt.Uintptr:
		print(ts, "(", rt.ValueOf(v).Uint(), ")")
	case rt.Float32, rt.Float64:
		print(ts, "(", rt.ValueOf(v).Float(), ")")
	case rt.String:
		print(ts, `("`, rt.ValueOf(v).String(), `")`)
	default:
		print("(", ts, ") ", rt.DataOf(v))
	}
}

// dieAfterPanic prints the goroutine's trace and exits with status 2.
func dieAfterPanic()
