package main

import "fmt"

// Text is anything indexable as bytes.
type Text interface{ ~string | ~[]byte }

func CountByte[T Text](s T, b byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == b {
			n++
		}
	}
	return n
}

func HasPrefix[T Text](s, prefix T) bool {
	return len(s) >= len(prefix) && string(s[:len(prefix)]) == string(prefix)
}

type Path string

func Join[S ~string](parts []S, sep S) S {
	var out S
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func main() {
	fmt.Println(CountByte("banana", 'a'), CountByte([]byte("xxyx"), 'x'), CountByte(Path("/a/b"), '/'))
	fmt.Println(HasPrefix("golang", "go"), HasPrefix([]byte("ab"), []byte("abc")))
	p := Join([]Path{"usr", "local", "bin"}, "/")
	fmt.Printf("%v %T\n", p, p)
}
