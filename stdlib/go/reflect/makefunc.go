package reflect

import (
	"internal/rt"
	"runtime"
	"unsafe"
)

// Functions made at run time. A func value MakeFunc makes points to a
// makeFuncImpl whose first word is code the compiler made for the func type
// (TypeDesc.make_func, FnKey::ReflectStub), where every func value keeps its
// code: called, that code asks makeFuncArgs for memory for its arguments,
// stores them there, and calls callReflect, which calls fn with them as
// Values and gives the code back its results in memory to return.

// makeFuncImpl is a func value MakeFunc made.
type makeFuncImpl struct {
	// code: the compiler's code for ftyp's func values (a func value's first
	// word is its code).
	code uintptr
	ftyp Type
	fn   func([]Value) []Value
	// A method value (Value.Method) has no fn: it calls method number
	// method of rcvr (see callMethod).
	rcvr   Value
	method int
}

// MakeFunc returns a new function of the given Type that wraps the function
// fn. When called, that new function converts its arguments to a slice of
// Values, runs fn, and returns fn's results, which must be assignable to its
// result types.
func MakeFunc(typ Type, fn func(args []Value) (results []Value)) Value {
	if typ.Kind() != Func {
		panic("reflect: call of MakeFunc with non-Func type")
	}
	code := typ.common().MakeFuncCode()
	if code == 0 {
		panic("reflect: minigo compiled no MakeFunc of " + typ.String())
	}
	v := Zero(typ)
	*(*unsafe.Pointer)(v.addr()) = unsafe.Pointer(&makeFuncImpl{code: code, ftyp: typ, fn: fn})
	return v
}

// makeFuncArgs returns where the code of the func value ctx (a makeFuncImpl)
// stores its arguments: an array of pointers, one to a variable of each
// parameter's type.
func makeFuncArgs(ctx unsafe.Pointer) unsafe.Pointer {
	ft := (*makeFuncImpl)(ctx).ftyp
	args := make([]unsafe.Pointer, ft.NumIn()+1) // never empty: its address is the array's
	for i := range ft.NumIn() {
		args[i] = Zero(ft.In(i)).addr()
	}
	return unsafe.Pointer(&args[0])
}

// callReflect calls the fn of the func value ctx (a makeFuncImpl) with the
// arguments args points to (see makeFuncArgs), and returns where its results
// are, as args points to arguments.
func callReflect(ctx, args unsafe.Pointer) unsafe.Pointer {
	impl := (*makeFuncImpl)(ctx)
	if impl.fn == nil {
		return callMethod(impl, args)
	}
	ft := impl.ftyp
	in := make([]Value, ft.NumIn())
	for i, p := range unsafe.Slice((*unsafe.Pointer)(args), len(in)) {
		in[i] = Value{v: rt.At(ft.In(i).common(), uintptr(p))}
	}
	out := impl.fn(in)
	if len(out) != ft.NumOut() {
		panic("reflect: wrong return count from function created by MakeFunc")
	}
	results := make([]unsafe.Pointer, len(out)+1)
	for i, v := range out {
		if !v.IsValid() {
			panic("reflect: function created by MakeFunc using " + funcName(impl.fn) + " returned zero Value")
		}
		if v.v.ReadOnly() {
			panic("reflect: function created by MakeFunc using " + funcName(impl.fn) + " returned value obtained from unexported field")
		}
		results[i] = v.assignTo("reflect.MakeFunc", ft.Out(i)).addr()
	}
	return unsafe.Pointer(&results[0])
}

// funcName names the function f for a panic, as Go's reflect does: by the
// function at the address the func value holds, which is the func value's
// memory, not code ("closure").
func funcName(f func([]Value) []Value) string {
	if rf := runtime.FuncForPC(*(*uintptr)(unsafe.Pointer(&f))); rf != nil {
		return rf.Name()
	}
	return "closure"
}
