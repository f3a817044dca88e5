package main

import "fmt"

type MyErr struct{ code int }

func (e MyErr) Error() string { return fmt.Sprintf("my error %d", e.code) }

func main() {
	fmt.Println("start")
	panic(MyErr{42})
}
