package fs

import "path"

// WalkDir walks the file tree rooted at root, calling fn for each file or
// directory in the tree, including root, in lexical order within each
// directory. fn decides what a failure to read a directory means, and may
// return SkipDir (skip the directory, or the rest of the one a file is in)
// or SkipAll (stop). WalkDir does not follow symbolic links.
func WalkDir(fsys FS, root string, fn WalkDirFunc) error {
	info, err := Stat(fsys, root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walkDir(fsys, root, FileInfoToDirEntry(info), fn)
	}
	if err == SkipDir || err == SkipAll {
		return nil
	}
	return err
}

// walkDir visits name (entry d) and, if it is a directory fn does not skip,
// everything in it.
func walkDir(fsys FS, name string, d DirEntry, fn WalkDirFunc) error {
	if err := fn(name, d, nil); err != nil || !d.IsDir() {
		if err == SkipDir && d.IsDir() {
			err = nil
		}
		return err
	}
	entries, err := ReadDir(fsys, name)
	if err != nil {
		// the directory is reported a second time, with the error
		if err = fn(name, d, err); err != nil {
			if err == SkipDir {
				err = nil
			}
			return err
		}
	}
	for _, e := range entries {
		if err := walkDir(fsys, path.Join(name, e.Name()), e, fn); err != nil {
			if err == SkipDir {
				break
			}
			return err
		}
	}
	return nil
}
