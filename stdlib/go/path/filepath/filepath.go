// Package filepath implements utility routines for manipulating filename
// paths in a way compatible with the target operating system-defined file
// paths. On Linux, paths are slash-separated, so the lexical functions are
// package path's.
package filepath

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"
)

const (
	Separator     = os.PathSeparator
	ListSeparator = os.PathListSeparator
)

// ErrBadPattern indicates a pattern was malformed (it is path's: on Linux
// the two packages match alike).
var ErrBadPattern = path.ErrBadPattern

// SkipDir and SkipAll are the values a WalkFunc returns to skip a directory
// or everything left.
var (
	SkipDir = fs.SkipDir
	SkipAll = fs.SkipAll
)

// Clean returns the shortest path name equivalent to path by purely lexical
// processing (see path.Clean).
func Clean(p string) string { return path.Clean(p) }

// Split splits path immediately following the final Separator.
func Split(p string) (dir, file string) { return path.Split(p) }

// Join joins any number of path elements into a single path, separating them
// with Separator and Cleaning the result.
func Join(elem ...string) string { return path.Join(elem...) }

// Ext returns the file name extension used by path.
func Ext(p string) string { return path.Ext(p) }

// Base returns the last element of path.
func Base(p string) string { return path.Base(p) }

// Dir returns all but the last element of path.
func Dir(p string) string { return path.Dir(p) }

// IsAbs reports whether the path is absolute.
func IsAbs(p string) bool { return path.IsAbs(p) }

// Match reports whether name matches the shell file name pattern (see
// path.Match).
func Match(pattern, name string) (matched bool, err error) { return path.Match(pattern, name) }

// ToSlash and FromSlash convert between Separator and '/': the same on Linux.
func ToSlash(p string) string   { return p }
func FromSlash(p string) string { return p }

// VolumeName returns the leading volume name: none on Linux.
func VolumeName(p string) string { return "" }

// SplitList splits a list of paths joined by ListSeparator, as in PATH.
func SplitList(p string) []string {
	if p == "" {
		return []string{}
	}
	return strings.Split(p, string(ListSeparator))
}

// IsLocal reports whether path, using lexical analysis only, is local: within
// the directory it is evaluated in, not empty, and not absolute.
func IsLocal(p string) bool {
	if IsAbs(p) || p == "" {
		return false
	}
	hasDots := false
	for q := p; q != ""; {
		var part string
		part, q, _ = strings.Cut(q, "/")
		if part == "." || part == ".." {
			hasDots = true
			break
		}
	}
	if hasDots {
		p = Clean(p)
	}
	return p != ".." && !strings.HasPrefix(p, "../")
}

// Localize converts a slash-separated path into an operating system path: it
// fails when the path is not valid (fs.ValidPath) or contains a NUL.
func Localize(p string) (string, error) {
	if !fs.ValidPath(p) || strings.IndexByte(p, 0) >= 0 {
		return "", errors.New("invalid path")
	}
	return p, nil
}

// Abs returns an absolute representation of path, joined to the working
// directory if it is not absolute, and Cleaned.
func Abs(p string) (string, error) {
	if IsAbs(p) {
		return Clean(p), nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	return Join(wd, p), nil
}

// Rel returns a relative path that is lexically equivalent to targpath when
// joined to basepath. An error is returned if targpath cannot be made relative
// to basepath (one is absolute and the other not, or basepath climbs out with
// .. where targpath does not).
func Rel(basepath, targpath string) (string, error) {
	base, targ := Clean(basepath), Clean(targpath)
	if targ == base {
		return ".", nil
	}
	if base == "." {
		base = ""
	}
	cannot := errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	if IsAbs(base) != IsAbs(targ) {
		return "", cannot
	}
	// b0 and t0: where the first differing elements start
	b0, t0 := 0, 0
	for {
		bi := elemEnd(base, b0)
		ti := elemEnd(targ, t0)
		if base[b0:bi] != targ[t0:ti] {
			if base[b0:bi] == ".." {
				return "", cannot
			}
			break
		}
		if bi == len(base) && ti == len(targ) {
			break
		}
		b0, t0 = min(bi+1, len(base)), min(ti+1, len(targ))
	}
	if b0 == len(base) {
		return targ[t0:], nil
	}
	// up out of what is left of base, then down into what is left of targ
	up := ".." + strings.Repeat("/..", strings.Count(base[b0:], "/"))
	if t0 == len(targ) {
		return up, nil
	}
	return up + "/" + targ[t0:], nil
}

// elemEnd is where the element of p starting at i ends.
func elemEnd(p string, i int) int {
	if j := strings.IndexByte(p[i:], '/'); j >= 0 {
		return i + j
	}
	return len(p)
}

// WalkFunc is the type of the function called by Walk to visit each file or
// directory (see Walk).
type WalkFunc func(path string, info fs.FileInfo, err error) error

// Walk walks the file tree rooted at root, calling fn for each file or
// directory in the tree, including root, in lexical order. It does not follow
// symbolic links. fn may return SkipDir to skip a directory (or the rest of
// the directory a file is in) and SkipAll to stop.
func Walk(root string, fn WalkFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walk(root, info, fn)
	}
	if err == SkipDir || err == SkipAll {
		return nil
	}
	return err
}

func walk(p string, info fs.FileInfo, fn WalkFunc) error {
	if !info.IsDir() {
		return fn(p, info, nil)
	}
	names, err := readDirNames(p)
	err1 := fn(p, info, err)
	// a read error is reported again, after the names read before it
	if err != nil || err1 != nil {
		return err1
	}
	for _, name := range names {
		filename := Join(p, name)
		fileInfo, err := os.Lstat(filename)
		if err != nil {
			if err := fn(filename, fileInfo, err); err != nil && err != SkipDir {
				return err
			}
			continue
		}
		err = walk(filename, fileInfo, fn)
		if err != nil && (!fileInfo.IsDir() || err != SkipDir) {
			return err
		}
	}
	return nil
}

// readDirNames reads the names in directory dir, sorted.
func readDirNames(dir string) ([]string, error) {
	f, err := os.Open(dir)
	if err != nil {
		return nil, err
	}
	names, err := f.Readdirnames(-1)
	f.Close()
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	return names, nil
}

// WalkDir walks the file tree rooted at root, calling fn for each file or
// directory in the tree, including root, in lexical order, with the directory
// entries os.ReadDir gives (cheaper than Walk's FileInfo).
func WalkDir(root string, fn fs.WalkDirFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walkDir(root, fs.FileInfoToDirEntry(info), fn)
	}
	if err == SkipDir || err == SkipAll {
		return nil
	}
	return err
}

func walkDir(p string, d fs.DirEntry, fn fs.WalkDirFunc) error {
	if err := fn(p, d, nil); err != nil || !d.IsDir() {
		if err == SkipDir && d.IsDir() {
			err = nil // skipped the directory itself
		}
		return err
	}
	dirs, err := os.ReadDir(p)
	if err != nil {
		// the directory once more, with the error
		if err = fn(p, d, err); err != nil {
			if err == SkipDir && d.IsDir() {
				err = nil
			}
			return err
		}
	}
	for _, d1 := range dirs {
		if err := walkDir(Join(p, d1.Name()), d1, fn); err != nil {
			if err == SkipDir {
				break
			}
			return err
		}
	}
	return nil
}

// Glob returns the names of all files matching pattern, or nil if there is
// no matching file. The only possible error is ErrBadPattern; I/O errors
// (such as a directory that cannot be read) are ignored.
func Glob(pattern string) (matches []string, err error) {
	return globDepth(pattern, 0)
}

// globDepth is Glob of a directory pattern `depth` separators into the
// original one (Go's limit of 10,000 keeps a hostile pattern from recursing
// without end).
func globDepth(pattern string, depth int) (matches []string, err error) {
	if depth == 10000 {
		return nil, ErrBadPattern
	}
	if _, err := Match(pattern, ""); err != nil {
		return nil, err
	}
	if !hasMeta(pattern) {
		if _, err := os.Lstat(pattern); err != nil {
			return nil, nil
		}
		return []string{pattern}, nil
	}
	dir, file := Split(pattern)
	dir = cleanGlobPath(dir)
	if !hasMeta(dir) {
		return glob(dir, file, nil)
	}
	if dir == pattern { // a pattern such as "[" that Split cannot shorten
		return nil, ErrBadPattern
	}
	dirs, err := globDepth(dir, depth+1)
	if err != nil {
		return nil, err
	}
	for _, d := range dirs {
		if matches, err = glob(d, file, matches); err != nil {
			return matches, err
		}
	}
	return matches, nil
}

// cleanGlobPath prepares the directory part of a pattern for globbing.
func cleanGlobPath(p string) string {
	switch p {
	case "":
		return "."
	case "/":
		return p
	}
	return p[:len(p)-1] // the trailing separator
}

// glob appends to matches the names in dir that match pattern (which has no
// separator), in lexical order.
func glob(dir, pattern string, matches []string) ([]string, error) {
	fi, err := os.Stat(dir)
	if err != nil || !fi.IsDir() {
		return matches, nil
	}
	f, err := os.Open(dir)
	if err != nil {
		return matches, nil
	}
	names, _ := f.Readdirnames(-1) // what could be read
	f.Close()
	sort.Strings(names)
	for _, n := range names {
		matched, err := Match(pattern, n)
		if err != nil {
			return matches, err
		}
		if matched {
			matches = append(matches, Join(dir, n))
		}
	}
	return matches, nil
}

// hasMeta reports whether path contains any of the magic characters Match
// recognizes.
func hasMeta(p string) bool {
	return strings.ContainsAny(p, `*?[\`)
}
