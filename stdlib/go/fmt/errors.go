package fmt

import "errors"

// Errorf formats according to a format specifier and returns the string as an
// error. An operand of the %w verb is wrapped: the error's Unwrap returns it (or,
// for several %w, all of them).
func Errorf(format string, a ...any) error {
	p := newPrinter()
	defer p.free()
	p.wrapErrs = true
	p.doPrintf(format, a)
	s := string(p.buf)
	switch len(p.wrappedErr) {
	case 0:
		return errors.New(s)
	case 1:
		w := &wrapError{msg: s}
		w.err, _ = a[p.wrappedErr[0]].(error)
		return w
	}
	if p.reordered {
		sortInts(p.wrappedErr)
	}
	var errs []error
	for i, argNum := range p.wrappedErr {
		if i > 0 && p.wrappedErr[i-1] == argNum {
			continue
		}
		if e, ok := a[argNum].(error); ok {
			errs = append(errs, e)
		}
	}
	return &wrapErrors{s, errs}
}

func sortInts(s []int) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }
func (e *wrapError) Unwrap() error { return e.err }

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string   { return e.msg }
func (e *wrapErrors) Unwrap() []error { return e.errs }
