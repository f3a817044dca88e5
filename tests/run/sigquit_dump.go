// SIGQUIT dumps every goroutine and exits with status 2, as Go does; syscall.Kill, Getpid and Signal names.
package main

import (
	"fmt"
	"syscall"
	"time"
)

func main() {
	ch := make(chan int)
	go func() { <-ch }()
	fmt.Println(syscall.SIGQUIT, syscall.SIGTERM, syscall.Signal(99), syscall.Getpagesize() > 0, syscall.Getppid() > 0)
	syscall.Kill(syscall.Getpid(), syscall.SIGQUIT)
	time.Sleep(time.Second)
	fmt.Println("not reached")
}
