package os

import (
	"errors"
	"internal/bytealg"
	"io/fs"
)

// DirFS returns a file system (an fs.FS) for the tree of files rooted at the
// directory dir. Its names are slash-separated and relative (fs.ValidPath);
// errors name files as the file system does, not as the operating system
// does. It follows symbolic links, which may lead out of the tree.
func DirFS(dir string) fs.FS {
	return dirFS(dir)
}

type dirFS string

// join is name's path in the operating system, or op's error.
func (dir dirFS) join(op, name string) (string, error) {
	var err error
	switch {
	case dir == "":
		err = errors.New("os: DirFS with empty root")
	case !fs.ValidPath(name) || bytealg.IndexByteString(name, 0) >= 0:
		err = ErrInvalid
	case IsPathSeparator(dir[len(dir)-1]):
		return string(dir) + name, nil
	default:
		return string(dir) + string(PathSeparator) + name, nil
	}
	return "", &PathError{Op: op, Path: name, Err: err}
}

// renamed is err with the file a *PathError names renamed to name.
func renamed(err error, name string) error {
	if e, ok := err.(*PathError); ok {
		e.Path = name
	}
	return err
}

func (dir dirFS) Open(name string) (fs.File, error) {
	full, err := dir.join("open", name)
	if err != nil {
		return nil, err
	}
	f, err := Open(full)
	if err != nil {
		return nil, renamed(err, name)
	}
	return f, nil
}

func (dir dirFS) ReadFile(name string) ([]byte, error) {
	full, err := dir.join("readfile", name)
	if err != nil {
		return nil, err
	}
	b, err := ReadFile(full)
	if err != nil {
		return nil, renamed(err, name)
	}
	return b, nil
}

func (dir dirFS) ReadDir(name string) ([]DirEntry, error) {
	full, err := dir.join("readdir", name)
	if err != nil {
		return nil, err
	}
	entries, err := ReadDir(full)
	if err != nil {
		return nil, renamed(err, name)
	}
	return entries, nil
}

func (dir dirFS) Stat(name string) (fs.FileInfo, error) {
	full, err := dir.join("stat", name)
	if err != nil {
		return nil, err
	}
	fi, err := Stat(full)
	if err != nil {
		return nil, renamed(err, name)
	}
	return fi, nil
}

func (dir dirFS) Lstat(name string) (fs.FileInfo, error) {
	full, err := dir.join("lstat", name)
	if err != nil {
		return nil, err
	}
	fi, err := Lstat(full)
	if err != nil {
		return nil, renamed(err, name)
	}
	return fi, nil
}

func (dir dirFS) ReadLink(name string) (string, error) {
	full, err := dir.join("readlink", name)
	if err != nil {
		return "", err
	}
	target, err := Readlink(full)
	if err != nil {
		return "", renamed(err, name)
	}
	return target, nil
}
