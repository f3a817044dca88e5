// Timer and ticker channels are synchronous since Go 1.23: len and cap are 0,
// even when the timer has fired and nobody has received its time yet. Other
// channels (buffered, unbuffered, nil) report their own.
package main

import (
	"fmt"
	"time"
)

func lencap(name string, c <-chan time.Time) {
	fmt.Println(name, len(c), cap(c))
}

func main() {
	t := time.NewTimer(time.Millisecond)
	lencap("armed timer", t.C)
	time.Sleep(20 * time.Millisecond)
	lencap("fired timer", t.C)
	fmt.Println("stop after firing, time not taken:", t.Stop())
	t.Reset(time.Millisecond)
	time.Sleep(20 * time.Millisecond)
	lencap("reset timer, fired", t.C)
	<-t.C
	lencap("received", t.C)

	tk := time.NewTicker(time.Millisecond)
	time.Sleep(10 * time.Millisecond)
	lencap("ticker", tk.C)
	<-tk.C
	tk.Stop()

	a := time.After(time.Millisecond)
	time.Sleep(10 * time.Millisecond)
	lencap("after", a)
	<-a

	// a channel of times that is no timer's
	own := make(chan time.Time, 3)
	own <- time.Time{}
	lencap("own buffered", own)
	var none chan time.Time
	lencap("nil", none)
	ints := make(chan int, 4)
	ints <- 1
	ints <- 2
	fmt.Println("ints", len(ints), cap(ints))
}
