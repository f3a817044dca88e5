package main

import (
	"errors"
	"fmt"
	"os"
)

func main() {
	fmt.Println(os.ErrDeadlineExceeded, os.ErrNoDeadline, os.ErrProcessDone, os.ErrNoHandle)
	fmt.Println(os.IsTimeout(os.ErrDeadlineExceeded), os.IsTimeout(&os.PathError{Op: "read", Path: "x", Err: os.ErrDeadlineExceeded}), os.IsTimeout(errors.New("x")), os.IsTimeout(nil))
	se := os.NewSyscallError("poll", os.ErrDeadlineExceeded).(*os.SyscallError)
	fmt.Println(se, se.Timeout(), os.IsTimeout(se), errors.Is(se, os.ErrDeadlineExceeded))
	_, err := os.Open("/nonexistent/file")
	fmt.Println(os.IsTimeout(err), err.(*os.PathError).Timeout())
}
