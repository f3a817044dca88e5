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

// A Signal is a number describing a process signal. It implements the
// os.Signal interface.
type Signal int

// Signal is os.Signal's marker method.
func (s Signal) Signal() {}

func (s Signal) String() string {
	if 0 <= s && int(s) < len(signals) && signals[s] != "" {
		return signals[s]
	}
	return "signal " + itoa.Itoa(int(s))
}

// Signals (Linux, amd64).
const (
	SIGHUP    = Signal(0x1)
	SIGINT    = Signal(0x2)
	SIGQUIT   = Signal(0x3)
	SIGILL    = Signal(0x4)
	SIGTRAP   = Signal(0x5)
	SIGABRT   = Signal(0x6)
	SIGBUS    = Signal(0x7)
	SIGFPE    = Signal(0x8)
	SIGKILL   = Signal(0x9)
	SIGUSR1   = Signal(0xa)
	SIGSEGV   = Signal(0xb)
	SIGUSR2   = Signal(0xc)
	SIGPIPE   = Signal(0xd)
	SIGALRM   = Signal(0xe)
	SIGTERM   = Signal(0xf)
	SIGSTKFLT = Signal(0x10)
	SIGCHLD   = Signal(0x11)
	SIGCONT   = Signal(0x12)
	SIGSTOP   = Signal(0x13)
	SIGTSTP   = Signal(0x14)
	SIGTTIN   = Signal(0x15)
	SIGTTOU   = Signal(0x16)
	SIGURG    = Signal(0x17)
	SIGXCPU   = Signal(0x18)
	SIGXFSZ   = Signal(0x19)
	SIGVTALRM = Signal(0x1a)
	SIGPROF   = Signal(0x1b)
	SIGWINCH  = Signal(0x1c)
	SIGIO     = Signal(0x1d)
	SIGPWR    = Signal(0x1e)
	SIGSYS    = Signal(0x1f)
)

// signals are the descriptions strsignal(3) gives, as Go's table has them.
var signals = [...]string{
	1:  "hangup",
	2:  "interrupt",
	3:  "quit",
	4:  "illegal instruction",
	5:  "trace/breakpoint trap",
	6:  "aborted",
	7:  "bus error",
	8:  "floating point exception",
	9:  "killed",
	10: "user defined signal 1",
	11: "segmentation fault",
	12: "user defined signal 2",
	13: "broken pipe",
	14: "alarm clock",
	15: "terminated",
	16: "stack fault",
	17: "child exited",
	18: "continued",
	19: "stopped (signal)",
	20: "stopped",
	21: "stopped (tty input)",
	22: "stopped (tty output)",
	23: "urgent I/O condition",
	24: "CPU time limit exceeded",
	25: "file size limit exceeded",
	26: "virtual timer expired",
	27: "profiling timer expired",
	28: "window changed",
	29: "I/O possible",
	30: "power failure",
	31: "bad system call",
}

// errnoErr is a native's errno as an error: nil for 0.
func errnoErr(e int) error {
	if e == 0 {
		return nil
	}
	return Errno(e)
}

// Kill sends signal sig to the process pid.
func Kill(pid int, sig Signal) error {
	return errnoErr(kill(pid, int(sig)))
}

func kill(pid int, sig int) (errno int)

// Getpid returns the process id of the caller.
func Getpid() int

// Getppid returns the process id of the caller's parent.
func Getppid() int

// Getpagesize returns the size of a memory page.
func Getpagesize() int
