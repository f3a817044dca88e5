// Package syscall is the part of Go's syscall package that os's errors expose:
// Errno, its messages, and the error numbers and open flags programs compare
// against. The system calls themselves are os's natives.
package syscall

import (
	"internal/itoa"
	"internal/oserror"
)

// An Errno is an unsigned number describing an error condition (Linux's errno).
type Errno uintptr

// Error is the system's message for e, first letter lowercased as Go's table has it.
func (e Errno) Error() string {
	if s := errstr(int(e)); s != "" {
		return s
	}
	return "errno " + itoa.Uitoa(uint(e))
}

// errstr is the C library's strerror, with the first letter lowercased ("" for
// an unknown number).
func errstr(e int) string

// Is makes errors.Is(err, fs.ErrNotExist) and its kind true of the matching numbers.
func (e Errno) Is(target error) bool {
	switch target {
	case oserror.ErrPermission:
		return e == EACCES || e == EPERM
	case oserror.ErrExist:
		return e == EEXIST || e == ENOTEMPTY
	case oserror.ErrNotExist:
		return e == ENOENT
	}
	return false
}

// Temporary reports whether the error is temporary (interrupted or would block).
func (e Errno) Temporary() bool {
	return e == EINTR || e == EMFILE || e == ENFILE || e.Timeout()
}

// Timeout reports whether the error is a timeout.
func (e Errno) Timeout() bool {
	return e == EAGAIN || e == ETIMEDOUT
}

// Error numbers (Linux, amd64).
const (
	EPERM        Errno = 1
	ENOENT       Errno = 2
	EINTR        Errno = 4
	EIO          Errno = 5
	EBADF        Errno = 9
	EAGAIN       Errno = 11
	ENOMEM       Errno = 12
	EACCES       Errno = 13
	EEXIST       Errno = 17
	EXDEV        Errno = 18
	ENOTDIR      Errno = 20
	EISDIR       Errno = 21
	EINVAL       Errno = 22
	ENFILE       Errno = 23
	EMFILE       Errno = 24
	ENOSPC       Errno = 28
	ESPIPE       Errno = 29
	EROFS        Errno = 30
	EPIPE        Errno = 32
	ERANGE       Errno = 34
	ENAMETOOLONG Errno = 36
	ENOTEMPTY    Errno = 39
	ELOOP        Errno = 40
	ETIMEDOUT    Errno = 110
)

// Flags of open(2) (Linux, amd64).
const (
	O_RDONLY    = 0x0
	O_WRONLY    = 0x1
	O_RDWR      = 0x2
	O_CREAT     = 0x40
	O_EXCL      = 0x80
	O_TRUNC     = 0x200
	O_APPEND    = 0x400
	O_SYNC      = 0x101000
	O_CLOEXEC   = 0x80000
	O_DIRECTORY = 0x10000
)
