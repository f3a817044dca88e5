package fs

import (
	"errors"
	"io"
	"sort"
	"time"
)

// A file system is anything that opens files by slash-separated names
// (ValidPath's). The optional interfaces let one answer ReadDir, ReadFile,
// Stat, Lstat and ReadLink directly; the functions of the same names use
// them when present and open the file otherwise.

// An FS provides access to a hierarchical file system.
type FS interface {
	// Open opens the named file. Errors should be *PathError, with Op
	// "open"; names that do not satisfy ValidPath are rejected with
	// ErrInvalid or ErrNotExist.
	Open(name string) (File, error)
}

// A File provides access to a single file.
type File interface {
	Stat() (FileInfo, error)
	Read([]byte) (int, error)
	Close() error
}

// A ReadDirFile is a directory file whose entries can be read with the
// ReadDir method.
type ReadDirFile interface {
	File
	ReadDir(n int) ([]DirEntry, error)
}

// ReadDirFS is the interface implemented by a file system that provides an
// optimized implementation of ReadDir.
type ReadDirFS interface {
	FS
	ReadDir(name string) ([]DirEntry, error)
}

// ReadFileFS is the interface implemented by a file system that provides an
// optimized implementation of ReadFile.
type ReadFileFS interface {
	FS
	ReadFile(name string) ([]byte, error)
}

// A StatFS is a file system with a Stat method.
type StatFS interface {
	FS
	Stat(name string) (FileInfo, error)
}

// ReadLinkFS is the interface implemented by a file system that supports
// reading symbolic links.
type ReadLinkFS interface {
	FS
	ReadLink(name string) (string, error)
	Lstat(name string) (FileInfo, error)
}

// ReadDir reads the named directory and returns a list of directory entries
// sorted by filename.
func ReadDir(fsys FS, name string) ([]DirEntry, error) {
	if fsys, ok := fsys.(ReadDirFS); ok {
		return fsys.ReadDir(name)
	}
	file, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	dir, ok := file.(ReadDirFile)
	if !ok {
		return nil, &PathError{Op: "readdir", Path: name, Err: errors.New("not implemented")}
	}
	list, err := dir.ReadDir(-1)
	sort.Slice(list, func(i, j int) bool { return list[i].Name() < list[j].Name() })
	return list, err
}

// ReadFile reads the named file from the file system fsys and returns its
// contents; reaching the end of the file is no error.
func ReadFile(fsys FS, name string) ([]byte, error) {
	if fsys, ok := fsys.(ReadFileFS); ok {
		return fsys.ReadFile(name)
	}
	file, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	var size int
	if info, err := file.Stat(); err == nil && int64(int(info.Size())) == info.Size() {
		size = int(info.Size())
	}
	data := make([]byte, 0, size+1)
	for {
		if len(data) >= cap(data) {
			data = append(data[:cap(data)], 0)[:len(data)]
		}
		n, err := file.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return data, err
		}
	}
}

// Stat returns a FileInfo describing the named file from the file system.
func Stat(fsys FS, name string) (FileInfo, error) {
	if fsys, ok := fsys.(StatFS); ok {
		return fsys.Stat(name)
	}
	file, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	return file.Stat()
}

// ReadLink returns the destination of the named symbolic link; a file system
// without links reports ErrInvalid.
func ReadLink(fsys FS, name string) (string, error) {
	sym, ok := fsys.(ReadLinkFS)
	if !ok {
		return "", &PathError{Op: "readlink", Path: name, Err: ErrInvalid}
	}
	return sym.ReadLink(name)
}

// Lstat returns a FileInfo describing the named file, not following a
// symbolic link (Stat, on a file system without links).
func Lstat(fsys FS, name string) (FileInfo, error) {
	sym, ok := fsys.(ReadLinkFS)
	if !ok {
		return Stat(fsys, name)
	}
	return sym.Lstat(name)
}

// FormatFileInfo returns a formatted version of info for human readability:
// mode, size, modification time and name ("-rw-r--r-- 100 2024-01-02
// 03:04:05 name"), a directory's name ending in a slash.
func FormatFileInfo(info FileInfo) string {
	name := info.Name()
	b := make([]byte, 0, 40+len(name))
	b = append(b, info.Mode().String()...)
	b = append(b, ' ')
	size := info.Size()
	usize := uint64(size)
	if size < 0 {
		b = append(b, '-')
		usize = uint64(-size)
	}
	var digits [20]byte
	i := len(digits)
	for {
		i--
		digits[i] = byte('0' + usize%10)
		usize /= 10
		if usize == 0 {
			break
		}
	}
	b = append(b, digits[i:]...)
	b = append(b, ' ')
	b = append(b, info.ModTime().Format(time.DateTime)...)
	b = append(b, ' ')
	b = append(b, name...)
	if info.IsDir() {
		b = append(b, '/')
	}
	return string(b)
}
