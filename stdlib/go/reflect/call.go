package reflect

import "unsafe"

// Calls through reflection. The compiler gives every func type of a program
// with package reflect a function that calls a func value of that type with
// arguments taken from memory and stores its results to memory (TypeDesc.call,
// FnKey::ReflectCall): it takes the func value and two arrays of pointers, one
// to each argument and one to where each result goes. Everything else — the
// checks, the variadic slice, converting arguments to the parameter types — is
// Go code here, as in Go's reflect. The line directives give the frames a
// traceback shows through a call the file and lines of Go 1.27's reflect.

// Call calls the function v with the input arguments in. For example, if
// len(in) == 3, v.Call(in) represents the Go call v(in[0], in[1], in[2]).
// Call panics if v's Kind is not Func. It returns the output results as
// Values. If v is a variadic function, Call creates the variadic slice
// parameter itself, copying in the corresponding values.
func (v Value) Call(in []Value) []Value {
	v.mustBe("Call", Func)
	v.mustBeExported("Call")
//line value.go:369
	return v.call("Call", in)
}

// CallSlice calls the variadic function v with the input arguments in,
// assigning the slice in[len(in)-1] to v's final variadic argument: the Go
// call v(in[0], in[1], in[2]...).
func (v Value) CallSlice(in []Value) []Value {
	v.mustBe("CallSlice", Func)
	v.mustBeExported("CallSlice")
//line value.go:384
	return v.call("CallSlice", in)
}

// call checks in against v's parameters as Go's reflect does (op names the
// method in its panics), makes the variadic slice, and calls v.
func (v Value) call(op string, in []Value) []Value {
	v.checkMethodValue(op)
	fn := *(*unsafe.Pointer)(v.addr())
	if fn == nil {
//line value.go:408
		panic("reflect.Value.Call: call of nil function")
	}
	t := v.Type()
	n := t.NumIn()
	isSlice := op == "CallSlice"
	isVariadic := t.IsVariadic()
	if isSlice {
		if !isVariadic {
//line value.go:416
			panic("reflect: CallSlice of non-variadic function")
		}
		if len(in) < n {
//line value.go:419
			panic("reflect: CallSlice with too few input arguments")
		}
		if len(in) > n {
//line value.go:422
			panic("reflect: CallSlice with too many input arguments")
		}
	} else {
		if isVariadic {
			n--
		}
		if len(in) < n {
//line value.go:429
			panic("reflect: Call with too few input arguments")
		}
		if !isVariadic && len(in) > n {
//line value.go:432
			panic("reflect: Call with too many input arguments")
		}
	}
	for _, x := range in {
		if x.Kind() == Invalid {
//line value.go:437
			panic("reflect: " + op + " using zero Value argument")
		}
	}
	for i := 0; i < n; i++ {
		if xt, targ := in[i].Type(), t.In(i); !xt.AssignableTo(targ) {
//line value.go:442
			panic("reflect: " + op + " using " + xt.String() + " as type " + targ.String())
		}
	}
	if !isSlice && isVariadic {
		m := len(in) - n
		slice := MakeSlice(t.In(n), m, m)
		elem := t.In(n).Elem()
		for i := 0; i < m; i++ {
			x := in[n+i]
			if xt := x.Type(); !xt.AssignableTo(elem) {
//line value.go:453
				panic("reflect: cannot use " + xt.String() + " as type " + elem.String() + " in " + op)
			}
			slice.Index(i).Set(x)
		}
		in = append(in[:n:n], slice)
	}
	if len(in) != t.NumIn() {
//line value.go:465
		panic("reflect.Value.Call: wrong argument count")
	}

	args := make([]unsafe.Pointer, len(in))
	for i, x := range in {
		x.mustBeExported(op)
		args[i] = x.assignTo("reflect.Value.Call", t.In(i)).addr()
	}
	out := make([]Value, t.NumOut())
	results := make([]unsafe.Pointer, len(out))
	for i := range out {
		out[i] = Zero(t.Out(i))
		results[i] = out[i].addr()
	}
	var call func(fn, args, results unsafe.Pointer)
	*(*uintptr)(unsafe.Pointer(&call)) = t.common().CallFunc()
	if call == nil {
		panic("reflect: minigo compiled no call of " + t.String())
	}
//line value.go:586
	call(fn, unsafe.Pointer(unsafe.SliceData(args)), unsafe.Pointer(unsafe.SliceData(results)))
	return out
}
