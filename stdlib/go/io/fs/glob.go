package fs

import "path"

// A GlobFS is a file system with a Glob method.
type GlobFS interface {
	FS
	Glob(pattern string) ([]string, error)
}

// Glob returns the names of all files matching pattern (path.Match's syntax)
// or nil if there is no matching file; the only possible error is
// path.ErrBadPattern. I/O errors are ignored.
func Glob(fsys FS, pattern string) (matches []string, err error) {
	return globWithLimit(fsys, pattern, 0)
}

func globWithLimit(fsys FS, pattern string, depth int) (matches []string, err error) {
	// a pattern of ten thousand directories is an attack, not a search
	const pathSeparatorsLimit = 10000
	if depth > pathSeparatorsLimit {
		return nil, path.ErrBadPattern
	}
	if fsys, ok := fsys.(GlobFS); ok {
		return fsys.Glob(pattern)
	}
	if _, err := path.Match(pattern, ""); err != nil {
		return nil, err
	}
	if !hasMeta(pattern) {
		if _, err = Stat(fsys, pattern); err != nil {
			return nil, nil
		}
		return []string{pattern}, nil
	}
	dir, file := path.Split(pattern)
	if dir == "" {
		dir = "."
	} else {
		dir = dir[:len(dir)-1]
	}
	if !hasMeta(dir) {
		return glob(fsys, dir, file, nil)
	}
	if dir == pattern {
		return nil, path.ErrBadPattern
	}
	dirs, err := globWithLimit(fsys, dir, depth+1)
	if err != nil {
		return nil, err
	}
	for _, d := range dirs {
		if matches, err = glob(fsys, d, file, matches); err != nil {
			return
		}
	}
	return
}

// glob adds to matches the names in directory dir that match pattern.
func glob(fs FS, dir, pattern string, matches []string) (m []string, e error) {
	m = matches
	entries, err := ReadDir(fs, dir)
	if err != nil {
		return
	}
	for _, entry := range entries {
		n := entry.Name()
		matched, err := path.Match(pattern, n)
		if err != nil {
			return m, err
		}
		if matched {
			m = append(m, path.Join(dir, n))
		}
	}
	return
}

// hasMeta reports whether path contains any of the magic characters
// recognized by path.Match.
func hasMeta(path string) bool {
	for i := 0; i < len(path); i++ {
		switch path[i] {
		case '*', '?', '[', '\\':
			return true
		}
	}
	return false
}
