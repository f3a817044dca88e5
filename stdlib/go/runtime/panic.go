package runtime

// The calls of deferred functions carry the lines of Go's runtime/panic.go
// (line directives), which tracebacks print for the frames of gopanic and
// Goexit.

import "internal/rt"

// A _panic is one active panic (or runtime.Goexit) of a goroutine.
type _panic struct {
	arg  any
	link *_panic
	// depth of the frame running the deferred calls (gopanic's): the distance
	// from the top of the goroutine's stack to its frame pointer
	depth      uintptr
	recovered  bool
	repanicked bool
	goexit     bool
	// how far popdefer has walked the stack for deferred calls
	scan uintptr
}

// gopanic implements panic(v): it runs the goroutine's deferred calls, newest
// first; when one of them recovers, execution continues by returning normally
// from the function that deferred it. Without recovery it prints the panic and
// the goroutine's stack and ends the program with status 2.
//
// panic(nil) panics with a *PanicNilError, as `go run` does since Go 1.21.
func gopanic(e any) {
	if e == nil {
		e = new(PanicNilError)
	}
	p := &_panic{arg: e, link: getpanic(), depth: framedepth()}
	setpanic(p)
	for {
		fn, depth := popdefer(&p.scan)
		if fn == nil {
			break
		}
//line panic.go:859
		fn()
		if p.recovered {
			// p is over, and so is every panic whose gopanic frame the
			// resumption discards (they were aborted by later ones)
			q := p.link
			for q != nil && q.depth > depth {
				q = q.link
			}
			setpanic(q)
			recovery(depth)
		}
	}
	preprintpanics(p)
	startpanic()
	printpanics(p)
	dieAfterPanic()
}

// gorecover implements recover(): depth is that of the frame of the function
// that called recover (or of the function a deferred recover() recovers for).
// Only a function called by gopanic itself (a deferred call run by a panic),
// maybe through wrappers, can recover. Without a panic, no frame is walked.
func gorecover(depth uintptr) any {
	p := getpanic()
	if p == nil || p.goexit || p.recovered || wrappedcaller(depth) != p.depth {
		return nil
	}
	p.recovered = true
	return p.arg
}

// Goexit terminates the goroutine that calls it after running its deferred calls;
// no other goroutine is affected.
func Goexit() {
	p := &_panic{goexit: true, link: getpanic(), depth: framedepth()}
	setpanic(p)
	for {
		fn, _ := popdefer(&p.scan)
		if fn == nil {
			break
		}
//line panic.go:694
		fn()
	}
	goexit1()
}

// The goroutine's innermost panic.
func getpanic() *_panic
func setpanic(p *_panic)

// popdefer removes the goroutine's newest deferred call and returns it with the
// depth of the frame that deferred it (nil if there is none); scan is the
// panic's state of its walk of the stack.
func popdefer(scan *uintptr) (func(), uintptr)

// framedepth is the depth of the calling function's frame (a compiler intrinsic).
func framedepth() uintptr

// wrappedcaller is the depth of the caller of the frame at depth, passing over
// wrappers' frames (the compiler's method wrappers and reflect's): whom
// recover() compares with the panic's frame.
func wrappedcaller(depth uintptr) uintptr

// recovery resumes the frame at depth at its landing pad; it does not return.
func recovery(depth uintptr)

// goexit1 ends the calling goroutine.
func goexit1()

type stringer interface {
	String() string
}

// preprintpanics turns error and Stringer panic values into the strings printed,
// and marks a panic that repeats the value of the next one (a recovered panic
// raised again) so it is printed once.
func preprintpanics(p *_panic) {
	for p != nil {
		if p.link != nil && sameIface(p.link.arg, p.arg) {
			p.link.repanicked = true
			p = p.link
			continue
		}
		switch v := p.arg.(type) {
		case error:
			p.arg = v.Error()
		case stringer:
			p.arg = v.String()
		}
		p = p.link
	}
}

// sameIface reports whether two interface values have the same type and data
// words (not ==, which could panic or call nothing at all).
func sameIface(a, b any) bool {
	return rt.TypeOf(a) == rt.TypeOf(b) && rt.DataOf(a) == rt.DataOf(b)
}

func printpanics(p *_panic) {
	if p.link != nil {
		printpanics(p.link)
		if p.link.repanicked {
			return
		}
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
	case complex64:
		print(v)
	case complex128:
		print(v)
	case string:
		printindented(v)
	default:
		printanycustomtype(v)
	}
}

// printindented prints s with a tab after each newline, so that every line of
// a panic's message is indented under its first.
func printindented(s string) {
	for {
		i := 0
		for i < len(s) && s[i] != '\n' {
			i++
		}
		if i == len(s) {
			break
		}
		print(s[:i+1], "\t")
		s = s[i+1:]
	}
	print(s)
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
	case rt.Float32:
		// as a float32 prints: the shortest digits that round to it
		print(ts, "(", float32(rt.ValueOf(v).Float()), ")")
	case rt.Float64:
		print(ts, "(", rt.ValueOf(v).Float(), ")")
	case rt.Complex64:
		print(ts, complex64(rt.ValueOf(v).Complex()))
	case rt.Complex128:
		print(ts, rt.ValueOf(v).Complex())
	case rt.String:
		print(ts, `("`)
		printindented(rt.ValueOf(v).String())
		print(`")`)
	default:
		print("(", ts, ") ")
		printhex(rt.DataOf(v))
	}
}

// printhex prints v as print prints a pointer: 0x and lower-case hex digits.
func printhex(v uintptr) {
	var buf [2 + 16]byte
	i := len(buf)
	for {
		i--
		buf[i] = "0123456789abcdef"[v%16]
		v /= 16
		if v == 0 {
			break
		}
	}
	i -= 2
	buf[i], buf[i+1] = '0', 'x'
	print(string(buf[i:]))
}

// setsigpanic notes that the goroutine's panic is a memory fault, which a
// fatal panic reports as Go reports the signal.
func setsigpanic()

// startpanic waits until no other goroutine is printing an unrecovered panic.
// It is called after preprintpanics, which runs the panic values' Error and
// String methods: no user code runs while a goroutine holds the panic lock.
func startpanic()

// dieAfterPanic prints the goroutine's trace and exits with status 2 (once
// every goroutine that called startpanic has printed).
func dieAfterPanic()
