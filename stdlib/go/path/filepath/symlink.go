package filepath

import (
	"errors"
	"io/fs"
	"os"
	"strings"
	"syscall"
)

// EvalSymlinks returns the path name after the evaluation of any symbolic
// links. If path is relative the result will be relative to the current
// directory, unless one of the components is an absolute symbolic link.
// EvalSymlinks calls Clean on the result.
func EvalSymlinks(path string) (string, error) {
	// vol is the root the path is resolved from ("/" or ""), dest the part
	// resolved so far; a link met replaces itself in what is left of path,
	// and the walk goes on from its target.
	vol := ""
	if strings.HasPrefix(path, "/") {
		vol = "/"
	}
	dest := vol
	links := 0
	for start, end := len(vol), len(vol); start < len(path); start = end {
		for start < len(path) && path[start] == '/' {
			start++
		}
		end = start
		for end < len(path) && path[end] != '/' {
			end++
		}
		switch comp := path[start:end]; comp {
		case "":
			return Clean(dest), nil
		case ".":
			continue
		case "..":
			// back up over dest's last component, unless it has none after
			// the root or it is a ".." that had to stay (Clean does the rest)
			r := strings.LastIndexByte(dest[len(vol):], '/')
			if r < 0 || dest[len(vol)+r+1:] == ".." {
				if len(dest) > len(vol) {
					dest += "/"
				}
				dest += ".."
			} else {
				dest = dest[:len(vol)+r]
			}
			continue
		}
		if dest != "" && !strings.HasSuffix(dest, "/") {
			dest += "/"
		}
		dest += path[start:end]
		fi, err := os.Lstat(dest)
		if err != nil {
			return "", err
		}
		if fi.Mode()&fs.ModeSymlink == 0 {
			if !fi.Mode().IsDir() && end < len(path) {
				return "", syscall.ENOTDIR
			}
			continue
		}
		links++
		if links > 255 {
			return "", errors.New("EvalSymlinks: too many links")
		}
		link, err := os.Readlink(dest)
		if err != nil {
			return "", err
		}
		path = link + path[end:]
		if strings.HasPrefix(link, "/") {
			vol, dest, end = "/", "/", 1
			continue
		}
		// a relative link replaces the last component of dest
		if r := strings.LastIndexByte(dest[len(vol):], '/'); r >= 0 {
			dest = dest[:len(vol)+r]
		} else {
			dest = vol
		}
		end = 0
	}
	return Clean(dest), nil
}

// HasPrefix exists for historical compatibility and should not be used.
//
// Deprecated: HasPrefix does not respect path boundaries and does not ignore
// case when required.
func HasPrefix(p, prefix string) bool {
	return strings.HasPrefix(p, prefix)
}
