package main

import (
	"fmt"
	"reflect"
	"sort"
	"sync"
)

type msg struct {
	id   int
	text string
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panics:", r)
		}
	}()
	f()
}

func main() {
	// buffered: send, receive, try
	ch := make(chan msg, 2)
	v := reflect.ValueOf(ch)
	v.Send(reflect.ValueOf(msg{1, "one"}))
	fmt.Println(v.TrySend(reflect.ValueOf(msg{2, "two"})), v.TrySend(reflect.ValueOf(msg{3, "three"})), v.Len())
	x, ok := v.Recv()
	fmt.Printf("%+v %v\n", x.Interface(), ok)
	x, ok = v.TryRecv()
	fmt.Printf("%+v %v\n", x.Interface(), ok)
	x, ok = v.TryRecv()
	fmt.Println(x.IsValid(), ok)
	close(ch)
	x, ok = v.Recv()
	fmt.Printf("%+v %v %v\n", x.Interface(), ok, x.Type())
	x, ok = v.TryRecv()
	fmt.Println(x.IsValid(), ok)

	// unbuffered, between goroutines: the receiver parks in Recv
	pipe := make(chan []int)
	pv := reflect.ValueOf(pipe)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; i < 3; i++ {
			pipe <- []int{i, i * i}
		}
		close(pipe)
	}()
	for {
		x, ok := pv.Recv()
		if !ok {
			break
		}
		fmt.Println("got", x.Interface())
	}
	wg.Wait()
	done := make(chan string)
	go func() { done <- <-done + "!" }()
	reflect.ValueOf(done).Send(reflect.ValueOf("ping"))
	fmt.Println(<-done)

	// a send of a value assignable to the element type
	anyCh := make(chan any, 1)
	reflect.ValueOf(anyCh).Send(reflect.ValueOf(42))
	fmt.Println(<-anyCh)

	// Select: a fan-in over a number of channels known at run time
	var chans []chan int
	var cases []reflect.SelectCase
	for i := 0; i < 4; i++ {
		c := make(chan int)
		chans = append(chans, c)
		cases = append(cases, reflect.SelectCase{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(c)})
		go func(i int) {
			for j := 0; j < 3; j++ {
				c <- i*10 + j
			}
			close(c)
		}(i)
	}
	var got []int
	for open := len(cases); open > 0; {
		i, x, ok := reflect.Select(cases)
		if !ok {
			cases[i].Chan = reflect.Value{} // a nil channel: never ready
			open--
			continue
		}
		got = append(got, int(x.Int()))
	}
	sort.Ints(got)
	fmt.Println(got)

	// default, send cases, a nil channel
	out := make(chan string, 1)
	var nilCh chan int
	sel := []reflect.SelectCase{
		{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(nilCh)},
		{Dir: reflect.SelectSend, Chan: reflect.ValueOf(out), Send: reflect.ValueOf("sent")},
		{Dir: reflect.SelectDefault},
	}
	i, rv, rok := reflect.Select(sel)
	fmt.Println(i, rv.IsValid(), rok, <-out)
	out <- "full"
	i, rv, rok = reflect.Select(sel)
	fmt.Println(i, rv.IsValid(), rok)
	fmt.Println(reflect.SelectSend, reflect.SelectRecv, reflect.SelectDefault)

	// Go's panics
	try("Send on int", func() { reflect.ValueOf(1).Send(reflect.ValueOf(1)) })
	try("Recv on recv-only", func() { reflect.ValueOf((chan<- int)(make(chan int))).Recv() })
	try("Send on recv-only", func() { reflect.ValueOf((<-chan int)(make(chan int))).Send(reflect.ValueOf(1)) })
	try("Send wrong type", func() { reflect.ValueOf(make(chan int, 1)).Send(reflect.ValueOf("x")) })
	try("Send zero Value", func() { reflect.ValueOf(make(chan int, 1)).Send(reflect.Value{}) })
	closed := make(chan int, 1)
	close(closed)
	try("Send on closed", func() { reflect.ValueOf(closed).Send(reflect.ValueOf(1)) })
	try("TrySend on closed", func() { reflect.ValueOf(closed).TrySend(reflect.ValueOf(1)) })
	try("Select send on closed", func() {
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectSend, Chan: reflect.ValueOf(closed), Send: reflect.ValueOf(2)}})
	})
	try("Select two defaults", func() {
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectDefault}, {Dir: reflect.SelectDefault}})
	})
	try("Select bad dir", func() { reflect.Select([]reflect.SelectCase{{}}) })
	try("Select recv with send", func() {
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(closed), Send: reflect.ValueOf(1)}})
	})
	try("Select missing send", func() {
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectSend, Chan: reflect.ValueOf(out)}})
	})
	try("Select default with chan", func() {
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectDefault, Chan: reflect.ValueOf(out)}})
	})
	try("Select send-only recv", func() {
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectRecv, Chan: reflect.ValueOf((chan<- int)(make(chan int)))}})
	})
	try("Select not a chan", func() {
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(3)}})
	})
	i, rv, rok = reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(closed)}})
	fmt.Println(i, rv, rok)
}
