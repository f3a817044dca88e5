// A pipe made after a file was read and closed gets the file's descriptor
// number: reading it must wait for the writer (another goroutine, with one P
// too) as a pipe's read does, not as a regular file's, which never waits.
package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"
)

func main() {
	name := filepath.Join(os.TempDir(), fmt.Sprintf("minigo-fd-%d", os.Getpid()))
	if err := os.WriteFile(name, []byte("from the file\n"), 0o600); err != nil {
		panic(err)
	}
	defer os.Remove(name)
	for round := 0; round < 3; round++ {
		f, err := os.Open(name)
		if err != nil {
			panic(err)
		}
		b, _ := io.ReadAll(f)
		f.Close()
		fmt.Print(round, " ", string(b))

		r, w, err := os.Pipe()
		if err != nil {
			panic(err)
		}
		go func() {
			time.Sleep(5 * time.Millisecond)
			fmt.Fprintf(w, "from the pipe, round %d\n", round)
			w.Close()
		}()
		b, _ = io.ReadAll(r)
		r.Close()
		fmt.Print(round, " ", string(b))
	}
}
