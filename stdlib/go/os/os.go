// Package os provides a platform-independent interface to operating system
// functionality: arguments, exit, environment, and the standard files.
package os

import "errors"

// Portable errors of file operations (Go's io/fs errors).
var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)

// Args hold the command-line arguments, starting with the program name.
var Args []string = runtime_args()

func runtime_args() []string

// Exit causes the current program to exit with the given status code; deferred
// functions are not run.
func Exit(code int)

// Getenv retrieves the value of the environment variable named by the key.
func Getenv(key string) string {
	v, _ := LookupEnv(key)
	return v
}

// LookupEnv retrieves the value of the environment variable named by the key and
// whether it is present.
func LookupEnv(key string) (string, bool)

// File is an open file descriptor (minigo offers the standard files).
type File struct {
	fd   int
	name string
}

var (
	Stdin  = &File{0, "/dev/stdin"}
	Stdout = &File{1, "/dev/stdout"}
	Stderr = &File{2, "/dev/stderr"}
)

// Name returns the name of the file as presented to Open.
func (f *File) Name() string { return f.name }

// Fd returns the integer Unix file descriptor.
func (f *File) Fd() uintptr { return uintptr(f.fd) }

// Write writes len(b) bytes from b to the File.
func (f *File) Write(b []byte) (n int, err error) {
	return write(f.fd, b), nil
}

// WriteString is like Write, but writes the contents of string s.
func (f *File) WriteString(s string) (n int, err error) {
	return f.Write([]byte(s))
}

// Read reads up to len(b) bytes from the File.
func (f *File) Read(b []byte) (n int, err error) {
	n = read(f.fd, b)
	if n == 0 && len(b) > 0 {
		return 0, EOF
	}
	return n, nil
}

func write(fd int, b []byte) int
func read(fd int, b []byte) int

// EOF is returned by Read when no more input is available.
var EOF = eofError{}

type eofError struct{}

func (eofError) Error() string { return "EOF" }
