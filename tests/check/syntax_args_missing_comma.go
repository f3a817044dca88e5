// A call missing the comma between two arguments spread over lines.
package main

import "fmt"

func main() {
	fmt.Println("a",
		"b"
	)
}
