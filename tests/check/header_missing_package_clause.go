// A file without a package clause: the go command reads a file's package
// clause and imports before the compiler sees it, and reports go/parser's error.

import "fmt"

func main() { fmt.Println() }
