package os

import (
	"io"
	"syscall"
	"time"
)

// A file's attributes: permissions, owner, times, size, and durability. Each
// failing call is a *PathError naming the operation as Go's does.

// Chmod changes the mode of the named file to mode (its permission bits and
// ModeSetuid, ModeSetgid, ModeSticky); a symbolic link's target changes.
func Chmod(name string, mode FileMode) error {
	if e := chmod(name, -1, syscallMode(mode)); e != 0 {
		return pathErr("chmod", name, e)
	}
	return nil
}

// Chown changes the numeric uid and gid of the named file (of a symbolic
// link's target). A uid or gid of -1 means not to change that value.
func Chown(name string, uid, gid int) error {
	if e := chown(name, uid, gid, true); e != 0 {
		return pathErr("chown", name, e)
	}
	return nil
}

// Lchown changes the numeric uid and gid of the named file, of a symbolic link
// itself rather than its target.
func Lchown(name string, uid, gid int) error {
	if e := chown(name, uid, gid, false); e != 0 {
		return pathErr("lchown", name, e)
	}
	return nil
}

// Chtimes changes the access and modification times of the named file; a
// zero time.Time leaves that time as it is.
func Chtimes(name string, atime time.Time, mtime time.Time) error {
	keep := 0
	if atime.IsZero() {
		keep |= 1
	}
	if mtime.IsZero() {
		keep |= 2
	}
	if e := chtimes(name, atime.UnixNano(), mtime.UnixNano(), keep); e != 0 {
		return pathErr("chtimes", name, e)
	}
	return nil
}

// Truncate changes the size of the named file.
func Truncate(name string, size int64) error {
	if e := truncate(name, -1, size); e != 0 {
		return pathErr("truncate", name, e)
	}
	return nil
}

// Chmod changes the mode of the file to mode.
func (f *File) Chmod(mode FileMode) error {
	if err := f.checkValid("chmod"); err != nil {
		return err
	}
	if e := chmod("", f.fd, syscallMode(mode)); e != 0 {
		return pathErr("chmod", f.name, e)
	}
	return nil
}

// Chown changes the numeric uid and gid of the file.
func (f *File) Chown(uid, gid int) error {
	if err := f.checkValid("chown"); err != nil {
		return err
	}
	if e := fchown(f.fd, uid, gid); e != 0 {
		return pathErr("chown", f.name, e)
	}
	return nil
}

// Truncate changes the size of the file. It does not change the I/O offset.
func (f *File) Truncate(size int64) error {
	if err := f.checkValid("truncate"); err != nil {
		return err
	}
	if e := truncate("", f.fd, size); e != 0 {
		return pathErr("truncate", f.name, e)
	}
	return nil
}

// Sync commits the current contents of the file to stable storage.
func (f *File) Sync() error {
	if err := f.checkValid("sync"); err != nil {
		return err
	}
	if e := fsync(f.fd); e != 0 {
		return pathErr("sync", f.name, e)
	}
	return nil
}

// Chdir changes the current working directory to the file, which must be a
// directory.
func (f *File) Chdir() error {
	if err := f.checkValid("chdir"); err != nil {
		return err
	}
	return Chdir(f.name)
}

// ReadFrom implements io.ReaderFrom: it copies r into the file.
func (f *File) ReadFrom(r io.Reader) (n int64, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	return io.Copy(fileWithoutReadFrom{f}, r)
}

// WriteTo implements io.WriterTo: it copies the file into w.
func (f *File) WriteTo(w io.Writer) (n int64, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	return io.Copy(w, fileWithoutWriteTo{f})
}

// The File's Write and Read alone, so that io.Copy does not call ReadFrom or
// WriteTo back.
type fileWithoutReadFrom struct{ f *File }

func (w fileWithoutReadFrom) Write(b []byte) (int, error) { return w.f.Write(b) }

type fileWithoutWriteTo struct{ f *File }

func (r fileWithoutWriteTo) Read(b []byte) (int, error) { return r.f.Read(b) }

// Link creates newname as a hard link to the oldname file.
func Link(oldname, newname string) error {
	if e := link(oldname, newname, false); e != 0 {
		return &LinkError{"link", oldname, newname, syscall.Errno(e)}
	}
	return nil
}

// Symlink creates newname as a symbolic link to oldname.
func Symlink(oldname, newname string) error {
	if e := link(oldname, newname, true); e != 0 {
		return &LinkError{"symlink", oldname, newname, syscall.Errno(e)}
	}
	return nil
}

// Readlink returns the destination of the named symbolic link.
func Readlink(name string) (string, error) {
	target, e := readlink(name)
	if e != 0 {
		return "", pathErr("readlink", name, e)
	}
	return target, nil
}

// Pipe returns a connected pair of Files; reads from r return bytes written
// to w.
func Pipe() (r *File, w *File, err error) {
	rfd, wfd, e := pipe()
	if e != 0 {
		return nil, nil, NewSyscallError("pipe2", syscall.Errno(e))
	}
	return NewFile(uintptr(rfd), "|0"), NewFile(uintptr(wfd), "|1"), nil
}

// Executable returns the path name for the executable that started the
// current process (for a minigo program, the minigo binary running it).
func Executable() (string, error) {
	path, e := executable()
	if e != 0 {
		return "", NewSyscallError("readlink", syscall.Errno(e))
	}
	const deleted = " (deleted)"
	if len(path) > len(deleted) && path[len(path)-len(deleted):] == deleted {
		path = path[:len(path)-len(deleted)]
	}
	return path, nil
}

// SameFile reports whether fi1 and fi2 describe the same file: the same
// device and inode. It reports false for FileInfos not made by this package.
func SameFile(fi1, fi2 FileInfo) bool {
	a, ok1 := fi1.(*fileStat)
	b, ok2 := fi2.(*fileStat)
	return ok1 && ok2 && a.dev == b.dev && a.ino == b.ino
}
