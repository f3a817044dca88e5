package main

func main() {
	done := make(chan struct{})
	var x int
	select {
	case done:
	case (chan struct{})(done):
	case x := 5:
	case x == 1:
	case <-done:
	}
	_ = x
}
