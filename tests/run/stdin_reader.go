// Reads its standard input (stdin_reader.in) through a bufio.Reader: a line at
// a time, a rune at a time, then the rest with io.ReadAll.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

func main() {
	in := bufio.NewReader(os.Stdin)
	header, err := in.ReadString('\n')
	fmt.Printf("header %q %v\n", header, err)
	n, _ := strconv.Atoi(strings.TrimSpace(header))
	sum := 0
	for i := 0; i < n; i++ {
		line, err := in.ReadString('\n')
		if err != nil {
			fmt.Println("short input:", err)
			return
		}
		v, err := strconv.Atoi(strings.TrimSpace(line))
		if err != nil {
			fmt.Println(err)
			continue
		}
		sum += v
	}
	fmt.Println("sum", sum)
	for i := 0; i < 4; i++ {
		r, size, err := in.ReadRune()
		fmt.Printf("%q %d %v\n", r, size, err)
	}
	in.UnreadRune()
	rest, err := io.ReadAll(in)
	fmt.Printf("%q %v\n", rest, err)
	b, err := in.ReadByte()
	fmt.Println(b, err)
	line, err := in.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
}
