package runtime

// The calling goroutine's stack, as runtime.Caller, Callers and FuncForPC see
// it: frames counted from the innermost, inlined calls counted as frames of
// their own. A program counter from Callers is the return address into its
// frame's code, one from Caller the call's (the return address less one); the
// frames inlined at one address are told apart by bits above 1<<48 (Go also
// gives inlined frames program counters of their own).

// caller returns frame skip of the calling goroutine, 0 being the function
// that calls caller (a native).
func caller(skip int) (pc uintptr, file string, line int, ok bool)

// callers stores the program counters of the frames from skip on (0: the
// function that calls callers) into pc (a native).
func callers(skip int, pc []uintptr) int

// funcInfo describes the function holding pc (a native).
func funcInfo(pc uintptr) (name string, entry uintptr, file string, line int, ok bool)

// Caller reports file and line number information about function invocations
// on the calling goroutine's stack. The argument skip is the number of stack
// frames to ascend, with 0 identifying the caller of Caller.
func Caller(skip int) (pc uintptr, file string, line int, ok bool) {
	return caller(skip + 1)
}

// Callers fills the slice pc with the return program counters of function
// invocations on the calling goroutine's stack. The argument skip is the number
// of stack frames to skip before recording in pc, with 0 identifying the frame
// for Callers itself and 1 identifying the caller of Callers. It returns the
// number of entries written to pc.
func Callers(skip int, pc []uintptr) int {
	if len(pc) == 0 {
		return 0
	}
//line extern.go:341
	return callers(skip, pc)
}

// A Func represents a Go function in the running binary.
type Func struct {
	name  string
	entry uintptr
}

// FuncForPC returns a *Func describing the function that contains the given
// program counter address, or else nil. For code inlined there, it is the
// innermost inlined function, with the entry of the function holding it.
func FuncForPC(pc uintptr) *Func {
	name, entry, _, _, ok := funcInfo(pc)
	if !ok {
		return nil
	}
	return &Func{name: name, entry: entry}
}

// Name returns the name of the function.
func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return f.name
}

// Entry returns the entry address of the function.
func (f *Func) Entry() uintptr { return f.entry }

// FileLine returns the file name and line number of the source code
// corresponding to the program counter pc.
func (f *Func) FileLine(pc uintptr) (file string, line int) {
	_, _, file, line, _ = funcInfo(pc)
	return
}

// Frames may be used to get function/file/line information for a slice of PC
// values returned by Callers.
type Frames struct {
	pcs []uintptr // the program counters not yet returned
}

// Frame is the information returned by Frames for each call frame.
type Frame struct {
	PC       uintptr // the program counter of the call (the return address less one)
	Func     *Func   // nil when unknown or inlined
	Function string  // the package path-qualified function name
	File     string
	Line     int
	Entry    uintptr // the entry of the function holding the frame
}

// CallersFrames takes a slice of PC values returned by Callers and prepares to
// return function/file/line information.
func CallersFrames(callers []uintptr) *Frames {
	return &Frames{pcs: callers}
}

// Next returns a Frame representing the next call frame in the slice of PC
// values, and whether there are more frames after it.
func (ci *Frames) Next() (frame Frame, more bool) {
	for len(ci.pcs) > 0 {
		pc := ci.pcs[0] - 1 // the call, not the return address
		ci.pcs = ci.pcs[1:]
		if name, entry, file, line, ok := funcInfo(pc); ok {
			// (without the inlining depth Callers keeps in the high bits)
			call := pc & (1<<48 - 1)
			return Frame{PC: call, Func: &Func{name, entry}, Function: name, File: file, Line: line, Entry: entry}, len(ci.pcs) > 0
		}
	}
	return Frame{}, false
}

// Stack formats a stack trace of the calling goroutine into buf and returns the
// number of bytes written to buf. If all is true, Stack formats stack traces of
// all other goroutines into buf after the trace for the current goroutine.
func Stack(buf []byte, all bool) int { return copy(buf, stacktrace(all)) }

// stacktrace is the calling goroutine's traceback (and, with all, the others').
func stacktrace(all bool) string
