package runtime

import "unsafe"

// SetFinalizer sets the finalizer associated with obj to the provided
// finalizer function. When the garbage collector finds an unreachable block
// with an associated finalizer, it clears the association and runs
// finalizer(obj) in a separate goroutine. This makes obj reachable again, but
// now without an associated finalizer. Assuming that SetFinalizer is not called
// again, the next time the garbage collector sees that obj is unreachable, it
// will free obj.
//
// SetFinalizer(obj, nil) clears any finalizer associated with obj.
func SetFinalizer(obj any, finalizer any) {
	if msg := setFinalizer(obj, finalizer, runfinq); msg != "" {
		fatal(msg)
	}
}

// setFinalizer attaches finalizer to obj (the runtime's checks are Go's);
// runner is the finalizer goroutine's function. It returns the fatal error Go
// throws, or "".
func setFinalizer(obj any, finalizer any, runner func()) string

// fatal ends the program with "fatal error: msg" and the goroutine's traceback.
func fatal(msg string)

// KeepAlive marks its argument as currently reachable. It is a call the
// compiler cannot remove, so the argument is live (in a register or a stack
// slot the collector scans) until this point.
func KeepAlive(x any)

// runfinq is the finalizer goroutine: it runs the finalizers of objects the
// collector found unreachable, one after another, and ends when none is left
// (the runtime starts it again when it queues more). A finalizer's parameter is
// the object's pointer, or an interface holding it (iword is then the
// interface's first word); its results are ignored.
func runfinq() {
	for {
		fn, iword, p, ok := nextFinalizer()
		if !ok {
			return
		}
		if iword == 0 {
			(*(*func(unsafe.Pointer))(unsafe.Pointer(&fn)))(p)
		} else {
			(*(*func(uintptr, unsafe.Pointer))(unsafe.Pointer(&fn)))(iword, p)
		}
	}
}

// nextFinalizer takes the next queued finalizer: its func value, interface
// word and argument; ok is false when the queue is empty.
func nextFinalizer() (fn uintptr, iword uintptr, p unsafe.Pointer, ok bool)
