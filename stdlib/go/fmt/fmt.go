// Package fmt implements formatted I/O with functions analogous to C's printf and
// scanf.
package fmt

import (
	"errors"
	"os"
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

// Writer is what the Fprint functions write to (io.Writer).
type Writer interface {
	Write(p []byte) (n int, err error)
}

func Println(a ...any) (n int, err error) { return Fprintln(os.Stdout, a...) }
func Print(a ...any) (n int, err error)   { return Fprint(os.Stdout, a...) }
func Printf(format string, a ...any) (n int, err error) {
	return Fprintf(os.Stdout, format, a...)
}
func Sprintln(a ...any) string                { return sprint(a, true) }
func Sprint(a ...any) string                  { return sprint(a, false) }
func Sprintf(format string, a ...any) string  { return sprintf(format, a) }
func Errorf(format string, a ...any) error    { return errors.New(Sprintf(format, a...)) }
func Fprintln(w Writer, a ...any) (int, error) { return w.Write([]byte(Sprintln(a...))) }
func Fprint(w Writer, a ...any) (int, error)   { return w.Write([]byte(Sprint(a...))) }
func Fprintf(w Writer, format string, a ...any) (int, error) {
	return w.Write([]byte(Sprintf(format, a...)))
}

func sprint(a []any, ln bool) string
func sprintf(format string, a []any) string
