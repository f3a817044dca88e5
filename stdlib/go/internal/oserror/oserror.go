// Package oserror defines errors values shared by io/fs, os and syscall, so that
// syscall.Errno can answer errors.Is without importing the packages above it.
package oserror

import "errors"

var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)
