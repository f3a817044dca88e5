// Timers and tickers stopped and reset in every state, with Go 1.23's
// synchronous channels: Reset re-arms a stopped or fired timer, a time sent
// but not received is taken back by Stop and Reset (the timer counts as not
// fired), Ticker.Reset changes the period, AfterFunc's function runs again.
package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

func stale(c <-chan time.Time) string {
	select {
	case <-c:
		return "a stale value"
	default:
		return "nothing"
	}
}

func main() {
	t := time.NewTimer(time.Hour)
	fmt.Println("stop an armed timer:", t.Stop(), "again:", t.Stop())
	fmt.Println("reset it:", t.Reset(time.Millisecond))
	<-t.C
	fmt.Println("fired after reset; stop now:", t.Stop())

	t = time.NewTimer(time.Hour)
	fmt.Println("reset an armed timer:", t.Reset(time.Millisecond))
	<-t.C
	fmt.Println("fired")

	t = time.NewTimer(time.Millisecond)
	time.Sleep(20 * time.Millisecond)
	fmt.Println("stop a fired, unreceived timer:", t.Stop(), "then C holds", stale(t.C))

	t = time.NewTimer(time.Millisecond)
	time.Sleep(20 * time.Millisecond)
	fmt.Println("reset a fired, unreceived timer:", t.Reset(time.Hour), "then C holds", stale(t.C))
	t.Stop()

	var runs atomic.Int32
	done := make(chan bool, 2)
	f := time.AfterFunc(time.Millisecond, func() { runs.Add(1); done <- true })
	<-done
	fmt.Println("AfterFunc ran; reset:", f.Reset(time.Millisecond))
	<-done
	fmt.Println("ran again:", runs.Load(), "stop:", f.Stop())

	tk := time.NewTicker(time.Hour)
	tk.Reset(time.Millisecond)
	for i := 0; i < 3; i++ {
		<-tk.C
	}
	fmt.Println("three ticks at the new period")
	time.Sleep(20 * time.Millisecond)
	tk.Stop()
	fmt.Println("stopped ticker's C holds", stale(tk.C))
	tk.Reset(time.Millisecond)
	<-tk.C
	tk.Stop()
	fmt.Println("a stopped ticker ticks again after Reset")

	defer func() { fmt.Println("recovered:", recover()) }()
	tk.Reset(0)
}
