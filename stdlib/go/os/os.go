// Package os provides a platform-independent interface to operating system
// functionality: arguments, exit, environment, files and directories.
//
// Files are Unix descriptors. Every failing call returns Go's error values:
// *PathError (op, path, syscall.Errno) for operations on a named file,
// *LinkError for Rename, and the portable errors of io/fs, which errors.Is
// matches against the Errno inside.
package os

import (
	"errors"
	"internal/itoa"
	"io"
	"io/fs"
	"runtime"
	"syscall"
	"time"
)

// Portable errors of file operations (io/fs's).
var (
	ErrInvalid    = fs.ErrInvalid    // "invalid argument"
	ErrPermission = fs.ErrPermission // "permission denied"
	ErrExist      = fs.ErrExist      // "file already exists"
	ErrNotExist   = fs.ErrNotExist   // "file does not exist"
	ErrClosed     = fs.ErrClosed     // "file already closed"
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

// The file system calls (natives). Each returns Linux's errno, 0 on success.
func write(fd int, b []byte) (n int, errno int)
func read(fd int, b []byte) (n int, errno int)
func pread(fd int, b []byte, off int64) (n int, errno int)
func pwrite(fd int, b []byte, off int64) (n int, errno int)
func open(name string, flag int, perm uint32) (fd int, errno int)
func closefd(fd int) (errno int)
func seek(fd int, off int64, whence int) (pos int64, errno int)
func unlink(name string) (errno int)
func rmdir(name string) (errno int)
func mkdir(name string, perm uint32) (errno int)
func chdir(name string) (errno int)
func rename(from, to string) (errno int)
func stat(name string, fd int, follow bool) (size int64, mode uint32, mtime int64, dev, ino uint64, errno int)
func chmod(name string, fd int, mode uint32) (errno int)
func chown(name string, uid, gid int, follow bool) (errno int)
func fchown(fd, uid, gid int) (errno int)
func chtimes(name string, atime, mtime int64, keep int) (errno int)
func truncate(name string, fd int, size int64) (errno int)
func fsync(fd int) (errno int)
func link(old, new string, symbolic bool) (errno int)
func readlink(name string) (target string, errno int)
func executable() (path string, errno int)
func pipe() (r, w, errno int)
func getwd() (dir string, errno int)
func readdirnames(name string) (names []string, errno int)

// Flags to OpenFile (Linux's values); exactly one of O_RDONLY, O_WRONLY or O_RDWR.
const (
	O_RDONLY int = syscall.O_RDONLY // open the file read-only.
	O_WRONLY int = syscall.O_WRONLY // open the file write-only.
	O_RDWR   int = syscall.O_RDWR   // open the file read-write.
	O_APPEND int = syscall.O_APPEND // append data to the file when writing.
	O_CREATE int = syscall.O_CREAT  // create a new file if none exists.
	O_EXCL   int = syscall.O_EXCL   // used with O_CREATE, file must not exist.
	O_SYNC   int = syscall.O_SYNC   // open for synchronous I/O.
	O_TRUNC  int = syscall.O_TRUNC  // truncate regular writable file when opened.
)

// Seek whence values (deprecated in Go for io's).
const (
	SEEK_SET int = 0
	SEEK_CUR int = 1
	SEEK_END int = 2
)

const (
	PathSeparator     = '/' // OS-specific path separator
	PathListSeparator = ':' // OS-specific path list separator
	DevNull           = "/dev/null"
)

// IsPathSeparator reports whether c is a directory separator character.
func IsPathSeparator(c uint8) bool { return c == PathSeparator }

// File mode types, io/fs's.
type (
	FileInfo  = fs.FileInfo
	FileMode  = fs.FileMode
	PathError = fs.PathError
)

// The defined file mode bits (io/fs's).
const (
	ModeDir        = fs.ModeDir
	ModeAppend     = fs.ModeAppend
	ModeExclusive  = fs.ModeExclusive
	ModeTemporary  = fs.ModeTemporary
	ModeSymlink    = fs.ModeSymlink
	ModeDevice     = fs.ModeDevice
	ModeNamedPipe  = fs.ModeNamedPipe
	ModeSocket     = fs.ModeSocket
	ModeSetuid     = fs.ModeSetuid
	ModeSetgid     = fs.ModeSetgid
	ModeCharDevice = fs.ModeCharDevice
	ModeSticky     = fs.ModeSticky
	ModeIrregular  = fs.ModeIrregular
	ModeType       = fs.ModeType
	ModePerm       = fs.ModePerm
)

// LinkError records an error during a link or symlink or rename system call and
// the paths that caused it.
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string { return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error() }

func (e *LinkError) Unwrap() error { return e.Err }

// SyscallError records an error from a specific system call.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

func (e *SyscallError) Unwrap() error { return e.Err }

// Timeout reports whether this error represents a timeout.
func (e *SyscallError) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// IsTimeout returns a boolean indicating whether its argument is known to
// report that a timeout occurred: err (or the error a *PathError,
// *LinkError or *SyscallError wraps) has a Timeout method that says so.
func IsTimeout(err error) bool {
	switch e := err.(type) {
	case *PathError:
		err = e.Err
	case *LinkError:
		err = e.Err
	case *SyscallError:
		err = e.Err
	}
	t, ok := err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// The errors of deadlines and processes, as Go's os names them (minigo's
// files take no deadlines and it starts no processes, but programs compare
// errors with these).
var (
	ErrNoDeadline       = errors.New("file type does not support deadline")
	ErrDeadlineExceeded = error(&deadlineExceededError{})
	ErrProcessDone      = errors.New("os: process already finished")
	ErrNoHandle         = errors.New("os: process handle unavailable")
)

// deadlineExceededError is ErrDeadlineExceeded's type: a timeout.
type deadlineExceededError struct{}

func (e *deadlineExceededError) Error() string   { return "i/o timeout" }
func (e *deadlineExceededError) Timeout() bool   { return true }
func (e *deadlineExceededError) Temporary() bool { return true }

// NewSyscallError returns, as an error, a new SyscallError with the given system
// call name and error details; nil if err is nil.
func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{syscall, err}
}

// IsExist reports whether err says a file or directory already exists (it
// looks through *PathError, *LinkError and *SyscallError only, as Go's does).
func IsExist(err error) bool { return underlyingErrorIs(err, ErrExist) }

// IsNotExist reports whether err says a file or directory does not exist.
func IsNotExist(err error) bool { return underlyingErrorIs(err, ErrNotExist) }

// IsPermission reports whether err says permission is denied.
func IsPermission(err error) bool { return underlyingErrorIs(err, ErrPermission) }

func underlyingErrorIs(err, target error) bool {
	switch pe := err.(type) {
	case *PathError:
		err = pe.Err
	case *LinkError:
		err = pe.Err
	case *SyscallError:
		err = pe.Err
	}
	if err == target {
		return true
	}
	e, ok := err.(syscall.Errno)
	return ok && e.Is(target)
}

// pathErr is the error of op on name for errno e.
func pathErr(op, name string, e int) error {
	return &PathError{Op: op, Path: name, Err: syscall.Errno(e)}
}

// File is an open file descriptor.
type File struct {
	fd      int
	name    string
	closed  bool
	dirinfo []string // the unread names of a directory being listed
}

var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// NewFile returns a new File with the given file descriptor and name.
func NewFile(fd uintptr, name string) *File {
	f := &File{fd: int(fd), name: name}
	// as Go's: a file the program drops without closing it is closed once collected
	runtime.SetFinalizer(f, (*File).Close)
	return f
}

// Name returns the name of the file as presented to Open.
func (f *File) Name() string { return f.name }

// Fd returns the integer Unix file descriptor.
func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

// checkValid returns the error of op on a nil or closed file.
func (f *File) checkValid(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: op, Path: f.name, Err: ErrClosed}
	}
	return nil
}

// Read reads up to len(b) bytes from the File; at end of file it returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if len(b) == 0 {
		return 0, nil
	}
	n, e := read(f.fd, b)
	if e != 0 {
		return 0, pathErr("read", f.name, e)
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// ReadAt reads len(b) bytes from the File starting at byte offset off; it returns
// a non-nil error when fewer bytes are read (io.EOF at end of file).
func (f *File) ReadAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if off < 0 {
		return 0, &PathError{Op: "readat", Path: f.name, Err: errors.New("negative offset")}
	}
	for len(b) > 0 {
		m, e := pread(f.fd, b, off)
		if e != 0 {
			err = pathErr("read", f.name, e)
			break
		}
		if m == 0 {
			return n, io.EOF
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return
}

// Write writes len(b) bytes from b to the File.
func (f *File) Write(b []byte) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	n, e := write(f.fd, b)
	if e != 0 {
		return n, pathErr("write", f.name, e)
	}
	if n != len(b) {
		return n, io.ErrShortWrite
	}
	return n, nil
}

// WriteString is like Write, but writes the contents of string s.
func (f *File) WriteString(s string) (n int, err error) {
	return f.Write([]byte(s))
}

// WriteAt writes len(b) bytes to the File starting at byte offset off.
func (f *File) WriteAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	if off < 0 {
		return 0, &PathError{Op: "writeat", Path: f.name, Err: errors.New("negative offset")}
	}
	for len(b) > 0 {
		m, e := pwrite(f.fd, b, off)
		if e != 0 {
			err = pathErr("write", f.name, e)
			break
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return
}

// Seek sets the offset for the next Read or Write on file to offset, interpreted
// according to whence: 0 means relative to the origin of the file, 1 relative
// to the current offset, and 2 relative to the end.
func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if err := f.checkValid("seek"); err != nil {
		return 0, err
	}
	pos, e := seek(f.fd, offset, whence)
	if e != 0 {
		return 0, pathErr("seek", f.name, e)
	}
	return pos, nil
}

// Close closes the File; a second Close returns an error.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	f.closed = true
	runtime.SetFinalizer(f, nil)
	if e := closefd(f.fd); e != 0 {
		return pathErr("close", f.name, e)
	}
	return nil
}

// Stat returns the FileInfo structure describing file.
func (f *File) Stat() (FileInfo, error) {
	if err := f.checkValid("stat"); err != nil {
		return nil, err
	}
	size, mode, mtime, dev, ino, e := stat("", f.fd, true)
	if e != 0 {
		return nil, pathErr("stat", f.name, e)
	}
	return newFileStat(basename(f.name), size, mode, mtime, dev, ino), nil
}

// Readdir reads the directory named by f and returns up to n FileInfo values
// (all remaining ones when n <= 0), in directory order.
func (f *File) Readdir(n int) ([]FileInfo, error) {
	entries, err := f.ReadDir(n)
	infos := make([]FileInfo, len(entries))
	for i, e := range entries {
		infos[i], _ = e.Info()
	}
	return infos, err
}

// ReadDir reads the directory named by f and returns up to n entries (all
// remaining ones when n <= 0), in directory order.
func (f *File) ReadDir(n int) ([]DirEntry, error) {
	names, err := f.Readdirnames(n)
	entries := make([]DirEntry, 0, len(names))
	for _, name := range names {
		size, mode, mtime, dev, ino, e := stat(f.name+"/"+name, -1, false)
		if e != 0 {
			continue // removed since it was listed
		}
		entries = append(entries, dirEntry{newFileStat(name, size, mode, mtime, dev, ino)})
	}
	return entries, err
}

// Readdirnames reads the names of the directory named by f (up to n of them when
// n > 0, then io.EOF at the end), in directory order.
func (f *File) Readdirnames(n int) (names []string, err error) {
	if err := f.checkValid("readdirent"); err != nil {
		return nil, err
	}
	if f.dirinfo == nil {
		all, e := readdirnames(f.name)
		if e != 0 {
			return nil, pathErr("readdirent", f.name, e)
		}
		f.dirinfo = all
	}
	if n <= 0 || n > len(f.dirinfo) {
		if n > 0 && len(f.dirinfo) == 0 {
			return nil, io.EOF
		}
		n = len(f.dirinfo)
	}
	names = f.dirinfo[:n:n]
	f.dirinfo = f.dirinfo[n:]
	if names == nil {
		names = []string{}
	}
	return names, nil
}

// Open opens the named file for reading.
func Open(name string) (*File, error) { return OpenFile(name, O_RDONLY, 0) }

// Create creates or truncates the named file, with mode 0666 (before umask).
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// OpenFile is the generalized open call: flag is O_RDONLY etc., perm the mode
// of a file it creates.
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd, e := open(name, flag|syscall.O_CLOEXEC, syscallMode(perm))
	if e != 0 {
		return nil, pathErr("open", name, e)
	}
	return NewFile(uintptr(fd), name), nil
}

// syscallMode converts a FileMode's permission and special bits to open(2)'s.
func syscallMode(m FileMode) uint32 {
	o := uint32(m.Perm())
	if m&ModeSetuid != 0 {
		o |= 0o4000
	}
	if m&ModeSetgid != 0 {
		o |= 0o2000
	}
	if m&ModeSticky != 0 {
		o |= 0o1000
	}
	return o
}

// ReadFile reads the named file and returns its contents; a successful call
// returns err == nil, not io.EOF.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	size := 512
	if info, err := f.Stat(); err == nil && info.Size() > 0 && int64(int(info.Size())) == info.Size() {
		size = int(info.Size()) + 1 // one byte for final read at EOF
	}
	data := make([]byte, 0, size)
	for {
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return data, err
		}
		if len(data) >= cap(data) {
			d := append(data[:cap(data)], 0)
			data = d[:len(data)]
		}
	}
}

// WriteFile writes data to the named file, creating it with perm (before umask)
// if necessary, truncating it otherwise.
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}

// Remove removes the named file or (empty) directory.
func Remove(name string) error {
	e := unlink(name)
	if e == 0 {
		return nil
	}
	e1 := rmdir(name)
	if e1 == 0 {
		return nil
	}
	// Both failed: the directory's error unless it was not one.
	if syscall.Errno(e1) != syscall.ENOTDIR {
		e = e1
	}
	return pathErr("remove", name, e)
}

// RemoveAll removes path and any children it contains; a path that does not
// exist is not an error.
func RemoveAll(path string) error {
	if path == "" {
		return nil
	}
	if path == "." || hasSuffix(path, "/.") {
		return &PathError{Op: "RemoveAll", Path: path, Err: syscall.EINVAL}
	}
	err := Remove(path)
	if err == nil || IsNotExist(err) {
		return nil
	}
	_, mode, _, _, _, e := stat(path, -1, false)
	if e != 0 {
		if syscall.Errno(e) == syscall.ENOENT {
			return nil
		}
		return pathErr("lstat", path, e)
	}
	if mode&sIFMT != sIFDIR {
		return err
	}
	names, e := readdirnames(path)
	if e != 0 {
		return pathErr("open", path, e)
	}
	for _, name := range names {
		if err := RemoveAll(path + "/" + name); err != nil {
			return err
		}
	}
	if e := rmdir(path); e != 0 && syscall.Errno(e) != syscall.ENOENT {
		return pathErr("unlinkat", path, e)
	}
	return nil
}

// Mkdir creates a new directory with the specified name and permission bits
// (before umask).
func Mkdir(name string, perm FileMode) error {
	if e := mkdir(name, syscallMode(perm)); e != 0 {
		return pathErr("mkdir", name, e)
	}
	return nil
}

// MkdirAll creates a directory named path, along with any necessary parents. If
// path is already a directory, MkdirAll does nothing and returns nil.
func MkdirAll(path string, perm FileMode) error {
	if dir, err := Stat(path); err == nil {
		if dir.IsDir() {
			return nil
		}
		return &PathError{Op: "mkdir", Path: path, Err: syscall.ENOTDIR}
	}
	i := len(path)
	for i > 0 && path[i-1] == '/' { // skip trailing separators
		i--
	}
	j := i
	for j > 0 && path[j-1] != '/' { // scan back over the last element
		j--
	}
	if j > 1 {
		if err := MkdirAll(path[:j-1], perm); err != nil {
			return err
		}
	}
	err := Mkdir(path, perm)
	if err != nil {
		// It may have been created meanwhile, or be "x/." or "x/..".
		if dir, err1 := Lstat(path); err1 == nil && dir.IsDir() {
			return nil
		}
		return err
	}
	return nil
}

// Rename renames (moves) oldpath to newpath.
func Rename(oldpath, newpath string) error {
	if e := rename(oldpath, newpath); e != 0 {
		return &LinkError{"rename", oldpath, newpath, syscall.Errno(e)}
	}
	return nil
}

// Chdir changes the current working directory to the named directory.
func Chdir(dir string) error {
	if e := chdir(dir); e != 0 {
		return pathErr("chdir", dir, e)
	}
	return nil
}

// Getwd returns a rooted path name corresponding to the current directory.
func Getwd() (dir string, err error) {
	dir, e := getwd()
	if e != 0 {
		return "", NewSyscallError("getwd", syscall.Errno(e))
	}
	return dir, nil
}

// TempDir returns the default directory to use for temporary files: $TMPDIR,
// or /tmp.
func TempDir() string {
	dir := Getenv("TMPDIR")
	if dir == "" {
		dir = "/tmp"
	}
	return dir
}

// tempSeq makes temporary names differ between calls; the clock makes them
// differ between runs.
var tempSeq uint32

func nextRandom() string {
	tempSeq++
	v := uint32(time.Now().UnixNano()) ^ tempSeq*2654435761
	return itoa.Uitoa(uint(v))
}

// prefixAndSuffix splits pattern by its last "*".
func prefixAndSuffix(pattern string) (prefix, suffix string, err error) {
	for i := 0; i < len(pattern); i++ {
		if IsPathSeparator(pattern[i]) {
			return "", "", errPatternHasSeparator
		}
	}
	for i := len(pattern) - 1; i >= 0; i-- {
		if pattern[i] == '*' {
			return pattern[:i], pattern[i+1:], nil
		}
	}
	return pattern, "", nil
}

var errPatternHasSeparator = errors.New("pattern contains path separator")

// CreateTemp creates a new temporary file in dir (TempDir() when ""), named
// from pattern with its last "*" (or its end) replaced by a random string, and
// opens it for reading and writing.
func CreateTemp(dir, pattern string) (*File, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := prefixAndSuffix(pattern)
	if err != nil {
		return nil, &PathError{Op: "createtemp", Path: pattern, Err: err}
	}
	for try := 0; ; try++ {
		name := dir + "/" + prefix + nextRandom() + suffix
		f, err := OpenFile(name, O_RDWR|O_CREATE|O_EXCL, 0600)
		if IsExist(err) && try < 10000 {
			continue
		}
		return f, err
	}
}

// MkdirTemp creates a new temporary directory in dir, named as CreateTemp names
// files, and returns its path.
func MkdirTemp(dir, pattern string) (string, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := prefixAndSuffix(pattern)
	if err != nil {
		return "", &PathError{Op: "mkdirtemp", Path: pattern, Err: err}
	}
	for try := 0; ; try++ {
		name := dir + "/" + prefix + nextRandom() + suffix
		err := Mkdir(name, 0700)
		if err == nil {
			return name, nil
		}
		if IsExist(err) && try < 10000 {
			continue
		}
		return "", err
	}
}

// Stat returns a FileInfo describing the named file (following links).
func Stat(name string) (FileInfo, error) { return statName("stat", name, true) }

// Lstat returns a FileInfo describing the named file; a symbolic link is
// described itself.
func Lstat(name string) (FileInfo, error) { return statName("lstat", name, false) }

func statName(op, name string, follow bool) (FileInfo, error) {
	size, mode, mtime, dev, ino, e := stat(name, -1, follow)
	if e != 0 {
		return nil, pathErr(op, name, e)
	}
	return newFileStat(basename(name), size, mode, mtime, dev, ino), nil
}

// ReadDir reads the named directory and returns its entries sorted by filename.
func ReadDir(name string) ([]DirEntry, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	dirs, err := f.ReadDir(-1)
	for i := 1; i < len(dirs); i++ { // insertion sort: directories are small
		for j := i; j > 0 && dirs[j].Name() < dirs[j-1].Name(); j-- {
			dirs[j], dirs[j-1] = dirs[j-1], dirs[j]
		}
	}
	return dirs, err
}

// A DirEntry is an entry read from a directory.
type DirEntry = fs.DirEntry

type dirEntry struct{ fs *fileStat }

func (d dirEntry) Name() string            { return d.fs.name }
func (d dirEntry) IsDir() bool             { return d.fs.IsDir() }
func (d dirEntry) Type() FileMode          { return d.fs.mode.Type() }
func (d dirEntry) Info() (FileInfo, error) { return d.fs, nil }
func (d dirEntry) String() string          { return fs.FormatDirEntry(d) }

// st_mode's type bits.
const (
	sIFMT   = 0o170000
	sIFBLK  = 0o060000
	sIFCHR  = 0o020000
	sIFDIR  = 0o040000
	sIFIFO  = 0o010000
	sIFLNK  = 0o120000
	sIFSOCK = 0o140000
)

// fileStat is the FileInfo of Stat, Lstat and File.Stat.
type fileStat struct {
	name    string
	size    int64
	mode    FileMode
	modTime time.Time
	sys     uint32 // st_mode
	dev     uint64 // the device and inode: the file's identity
	ino     uint64
}

func (fs *fileStat) Name() string       { return fs.name }
func (fs *fileStat) Size() int64        { return fs.size }
func (fs *fileStat) Mode() FileMode     { return fs.mode }
func (fs *fileStat) ModTime() time.Time { return fs.modTime }
func (fs *fileStat) IsDir() bool        { return fs.mode.IsDir() }
func (fs *fileStat) Sys() any           { return fs.sys }

// newFileStat converts stat(2)'s mode to a FileMode as Go's os does.
func newFileStat(name string, size int64, mode uint32, mtime int64, dev, ino uint64) *fileStat {
	m := FileMode(mode & 0777)
	switch mode & sIFMT {
	case sIFBLK:
		m |= ModeDevice
	case sIFCHR:
		m |= ModeDevice | ModeCharDevice
	case sIFDIR:
		m |= ModeDir
	case sIFIFO:
		m |= ModeNamedPipe
	case sIFLNK:
		m |= ModeSymlink
	case sIFSOCK:
		m |= ModeSocket
	}
	if mode&0o4000 != 0 {
		m |= ModeSetuid
	}
	if mode&0o2000 != 0 {
		m |= ModeSetgid
	}
	if mode&0o1000 != 0 {
		m |= ModeSticky
	}
	return &fileStat{name: name, size: size, mode: m, modTime: time.Unix(0, mtime), sys: mode, dev: dev, ino: ino}
}

// basename removes trailing slashes and the leading directory name.
func basename(name string) string {
	i := len(name) - 1
	for ; i > 0 && name[i] == '/'; i-- {
		name = name[0:i]
	}
	for i--; i >= 0; i-- {
		if name[i] == '/' {
			name = name[i+1:]
			break
		}
	}
	return name
}

func hasSuffix(s, suffix string) bool {
	return len(s) >= len(suffix) && s[len(s)-len(suffix):] == suffix
}
