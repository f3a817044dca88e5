package reflect

import (
	"internal/rt"
	"iter"
	"unsafe"
)

// Methods by index and by name. A type descriptor's method table lists the
// methods some interface of the program can call; once the program compiles
// one of reflect's method lookups (Type.Method, Value.MethodByName... outside
// this package, as gc's usemethod recognizes them), the compiler lists every
// exported method too, each with the func value and the type of its method
// expression (MethodDesc.tfn, ftyp): what Method.Func and Method.Type are.
// A method value (Value.Method) is a func value made as MakeFunc makes one,
// whose call (callMethod) calls the method expression with the receiver.

// Method represents a single method.
type Method struct {
	// Name is the method name.
	Name string

	// PkgPath is the package path that qualifies a lower case (unexported)
	// method name. It is empty for upper case (exported) method names.
	PkgPath string

	Type  Type  // method type
	Func  Value // func with receiver as first argument
	Index int   // index for Type.Method
}

// IsExported reports whether the method is exported.
func (m Method) IsExported() bool { return m.PkgPath == "" }

// methods is t's method set as reflect indexes it: an interface type's
// methods, another type's exported methods, sorted by name.
func (t *rtype) methods() []rt.Method {
	ms := t.common().MethodTable()
	if t.Kind() == Interface {
		return ms
	}
	n := 0
	for _, m := range ms {
		if m.PkgPath == "" {
			ms[n] = m
			n++
		}
	}
	return ms[:n]
}

// Method returns the i'th method in the type's method set: for a type not an
// interface, with its method expression as Func and that func's type as
// Type; for an interface type, the method's signature as Type and no Func.
func (t *rtype) Method(i int) (m Method) {
	ms := t.methods()
	if t.Kind() == Interface {
		if i < 0 || i >= len(ms) {
			return
		}
		return Method{Name: ms[i].Name, PkgPath: ms[i].PkgPath, Type: toType(ms[i].Type), Index: i}
	}
	if i < 0 || i >= len(ms) || i >= t.NumMethod() {
		panic("reflect: Method index out of range")
	}
	p := ms[i]
	if p.FuncType.IsNil() {
		panic("reflect: minigo compiled no method expression of " + t.String() + "." + p.Name)
	}
	fn := new(uintptr)
	*fn = p.Func
	m.Name = p.Name
	m.Type = toType(p.FuncType)
	m.Func = Value{v: rt.At(p.FuncType, uintptr(unsafe.Pointer(fn)))}
	m.Index = i
	return m
}

// MethodByName returns the method with that name in the type's method set
// and a boolean indicating if the method was found.
func (t *rtype) MethodByName(name string) (m Method, ok bool) {
	for i, p := range t.methods() {
		if p.Name == name {
			return t.Method(i), true
		}
	}
	return Method{}, false
}

// Methods returns an iterator over the type's methods, as Method(i) for each
// i below NumMethod.
func (t *rtype) Methods() iter.Seq[Method] {
	return func(yield func(Method) bool) {
		for i := range t.NumMethod() {
			if !yield(t.Method(i)) {
				return
			}
		}
	}
}

// Method returns a function value corresponding to v's i'th method. The
// arguments to a Call on the returned function should not include a
// receiver; the returned function will always use v as the receiver.
func (v Value) Method(i int) Value {
	if !v.IsValid() {
		panic(&ValueError{"reflect.Value.Method", Invalid})
	}
	t := v.Type().(*rtype)
	if uint(i) >= uint(t.NumMethod()) {
		panic("reflect: Method index out of range")
	}
	if v.Kind() == Interface && v.IsNil() {
		panic("reflect: Method on nil interface value")
	}
	mt := t.methods()[i].Type
	f := Value{v: rt.Zero(mt)}
	impl := &makeFuncImpl{code: mt.MakeFuncCode(), ftyp: toType(mt), rcvr: v, method: i}
	if impl.code == 0 {
		panic("reflect: minigo compiled no method value of " + t.String() + "." + t.methods()[i].Name)
	}
	*(*unsafe.Pointer)(f.addr()) = unsafe.Pointer(impl)
	if v.v.ReadOnly() {
		f.v = f.v.AsReadOnly()
	}
	return f
}

// MethodByName returns a function value corresponding to the method of v
// with the given name, the zero Value if there is none.
func (v Value) MethodByName(name string) Value {
	if !v.IsValid() {
		panic(&ValueError{"reflect.Value.MethodByName", Invalid})
	}
	m, ok := v.Type().(*rtype).MethodByName(name)
	if !ok {
		return Value{}
	}
	return v.Method(m.Index)
}

// Methods returns an iterator over v's methods, with the function value of
// each (Value.Method).
func (v Value) Methods() iter.Seq2[Method, Value] {
	t := v.Type().(*rtype)
	n := v.NumMethod()
	return func(yield func(Method, Value) bool) {
		for i := range n {
			if !yield(t.Method(i), v.Method(i)) {
				return
			}
		}
	}
}

// methodReceiver returns the receiver and the method expression that a call
// of method value i of v (see Value.Method) calls: for an interface, those of
// the value it holds now, as Go's reflect calls through its itab. op names
// the operation in the panics.
func methodReceiver(op string, v Value, i int) (rcvr, fn Value) {
	t := v.Type().(*rtype)
	m := t.methods()[i]
	if m.PkgPath != "" {
		panic("reflect: " + op + " of unexported method")
	}
	if v.Kind() != Interface {
		return v, t.Method(i).Func
	}
	if v.IsNil() {
		panic("reflect: " + op + " of method on nil interface value")
	}
	rcvr = v.Elem()
	dm, _ := rcvr.Type().(*rtype).MethodByName(m.Name)
	return rcvr, dm.Func
}

// checkMethodValue panics as methodReceiver does when v is a method value
// (Value.Method) that cannot be called: Go's reflect checks before it calls
// one (op "Call", "CallSlice") or makes an interface of one ("Interface").
func (v Value) checkMethodValue(op string) {
	if v.Kind() != Func {
		return
	}
	p := *(*unsafe.Pointer)(v.addr())
	if p == nil || *(*uintptr)(p) != v.Type().common().MakeFuncCode() {
		return
	}
	if impl := (*makeFuncImpl)(p); impl.fn == nil {
		methodReceiver(op, impl.rcvr, impl.method)
	}
}

// callMethod is callReflect for a method value: it calls the method
// expression with the receiver and the arguments args points to (see
// makeFuncArgs), and returns where the results are. Like callReflect, it is
// a wrapper: tracebacks leave it out and recover looks through it.
func callMethod(impl *makeFuncImpl, args unsafe.Pointer) unsafe.Pointer {
	rcvr, fn := methodReceiver("call", impl.rcvr, impl.method)
	ft := fn.Type()
	n := impl.ftyp.NumIn()
	in := make([]unsafe.Pointer, n+1)
	in[0] = rcvr.addr()
	copy(in[1:], unsafe.Slice((*unsafe.Pointer)(args), n))
	results := make([]unsafe.Pointer, ft.NumOut()+1) // never empty: its address is the array's
	for i := range ft.NumOut() {
		results[i] = Zero(ft.Out(i)).addr()
	}
	var call func(fn, args, results unsafe.Pointer)
	*(*uintptr)(unsafe.Pointer(&call)) = ft.common().CallFunc()
	call(*(*unsafe.Pointer)(fn.addr()), unsafe.Pointer(&in[0]), unsafe.Pointer(&results[0]))
	return unsafe.Pointer(&results[0])
}
