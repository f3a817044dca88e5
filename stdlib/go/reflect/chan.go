package reflect

import "internal/rt"

// Channel operations through reflection: the runtime's own send, receive and
// select (rt.ChanSend, ChanRecv, Select), which park the goroutine as the
// compiled operations do; the values go by memory of the element type. The
// line directives give the frames of a goroutine blocked here (a deadlock's
// traceback) Go 1.27's functions, files and lines.

// Send sends x on the channel v. It panics if v's kind is not Chan or if x's
// type is not the same type as v's element type.
func (v Value) Send(x Value) {
	v.mustBe("Send", Chan)
	v.mustBeExported("Send")
//line value.go:2139
	v.send("Send", x, true)
}

// TrySend attempts to send x on the channel v but will not block. It reports
// whether the value was sent.
func (v Value) TrySend(x Value) bool {
	v.mustBe("TrySend", Chan)
	v.mustBeExported("TrySend")
//line value.go:2489
	return v.send("TrySend", x, false)
}

func (v Value) send(op string, x Value, block bool) bool {
	t := v.Type()
	if t.ChanDir()&SendDir == 0 {
		panic("reflect: send on recv-only channel")
	}
	x.mustBeExported(op)
	x = x.assignTo("reflect.Value.Send", t.Elem())
//line value.go:2157
	switch chansend(v.chanWord(), uintptr(x.addr()), block) {
	case rt.WouldBlock:
		return false
	case rt.SendClosed:
		panicSendClosed()
	}
	return true
}

// Recv receives and returns a value from the channel v. The receive blocks
// until a value is ready. The boolean value ok is true if the value x
// corresponds to a send on the channel, false if it is a zero value received
// because the channel is closed.
func (v Value) Recv() (x Value, ok bool) {
	v.mustBe("Recv", Chan)
	v.mustBeExported("Recv")
//line value.go:2106
	return v.recv(true)
}

// TryRecv attempts to receive a value from the channel v but will not block.
// If the receive delivers a value, x is the transferred value and ok is true.
// If the receive cannot finish without blocking, x is the zero Value. If the
// channel is closed, x is the zero value for the channel's element type and
// ok is false.
func (v Value) TryRecv() (x Value, ok bool) {
	v.mustBe("TryRecv", Chan)
	v.mustBeExported("TryRecv")
//line value.go:2479
	return v.recv(false)
}

func (v Value) recv(block bool) (Value, bool) {
	t := v.Type()
	if t.ChanDir()&RecvDir == 0 {
		panic("reflect: recv on send-only channel")
	}
	x := Zero(t.Elem())
//line value.go:2126
	switch chanrecv(v.chanWord(), uintptr(x.addr()), block) {
	case rt.WouldBlock:
		return Value{}, false
	case rt.RecvClosed:
		return x, false
	}
	return x, true
}

// chanrecv, chansend and chansend0 are Go's frames of a blocked receive
// and send.
func chanrecv(c, ep uintptr, block bool) uint64 {
//line ../runtime/chan.go:815
	return rt.ChanRecv(c, ep, block)
}

func chansend(c, ep uintptr, block bool) uint64 {
//line value.go:3761
	return chansend0(c, ep, block)
}

func chansend0(c, ep uintptr, block bool) uint64 {
//line ../runtime/chan.go:810
	return rt.ChanSend(c, ep, block)
}

// chanWord is the channel v holds.
func (v Value) chanWord() uintptr { return *(*uintptr)(v.addr()) }

// panicSendClosed raises the runtime's panic of a send on a closed channel
// (only compiled code raises the runtime's panics).
func panicSendClosed() {
	c := make(chan struct{})
	close(c)
	c <- struct{}{}
}

// A SelectDir describes the communication direction of a select case.
type SelectDir int

const (
	_             SelectDir = iota
	SelectSend              // case Chan <- Send
	SelectRecv              // case <-Chan:
	SelectDefault           // default
)

// A SelectCase describes a single case in a select operation. The kind of
// case depends on Dir, the communication direction.
type SelectCase struct {
	Dir  SelectDir // direction of case
	Chan Value     // channel to use (for send or receive)
	Send Value     // value to send (for send)
}

// Select executes a select operation described by the list of cases. Like
// the Go select statement, it blocks until at least one of the cases can
// proceed, makes a uniform pseudo-random choice, and then executes that case.
// It returns the index of the chosen case and, if that case was a receive
// operation, the value received and a boolean indicating whether the value
// corresponds to a send on the channel (as opposed to a zero value received
// because the channel is closed).
func Select(cases []SelectCase) (chosen int, recv Value, recvOK bool) {
//line value.go:2970
	return select0(cases)
}

// select0 and rselect are Go's frames of a blocked Select.
func select0(cases []SelectCase) (chosen int, recv Value, recvOK bool) {
	if len(cases) > 65536 {
		panic("reflect.Select: too many cases (max 65536)")
	}
	run := make([]rt.SelectCase, 0, len(cases))
	index := make([]int, 0, len(cases)) // the case of each of run's
	into := make([]Value, len(cases))   // where each receive goes
	dflt := -1
	for i, c := range cases {
		switch c.Dir {
		default:
			panic("reflect.Select: invalid Dir")
		case SelectDefault:
			if dflt >= 0 {
				panic("reflect.Select: multiple default cases")
			}
			dflt = i
			if c.Chan.IsValid() {
				panic("reflect.Select: default case has Chan value")
			}
			if c.Send.IsValid() {
				panic("reflect.Select: default case has Send value")
			}
			continue
		case SelectSend:
			rc := rt.SelectCase{Kind: rt.SelectSend}
			if ch := c.Chan; ch.IsValid() {
				t := ch.selectChan(SendDir, "reflect.Select: SendDir case using recv-only channel")
				v := c.Send
				if !v.IsValid() {
					panic("reflect.Select: SendDir case missing Send value")
				}
				v.mustBeExported(notAMethod)
				rc.C, rc.Elem = ch.chanWord(), uintptr(v.assignTo("reflect.Select", t.Elem()).addr())
			}
			run = append(run, rc)
		case SelectRecv:
			if c.Send.IsValid() {
				panic("reflect.Select: RecvDir case has Send value")
			}
			var rc rt.SelectCase
			if ch := c.Chan; ch.IsValid() {
				t := ch.selectChan(RecvDir, "reflect.Select: RecvDir case using send-only channel")
				into[i] = Zero(t.Elem())
				rc.C, rc.Elem = ch.chanWord(), uintptr(into[i].addr())
			}
			run = append(run, rc)
		}
		index = append(index, i)
	}
//line value.go:3056
	k, ok := rselect(run, dflt < 0)
	if k < 0 {
		return dflt, Value{}, false
	}
	chosen = index[k]
	if cases[chosen].Dir == SelectRecv {
		return chosen, into[chosen], ok == rt.RecvOK
	}
	if ok != 0 {
		panicSendClosed()
	}
	return chosen, Value{}, false
}

// selectChan checks the channel ch of a Select case, which must allow
// direction dir (else the panic is wrongDir), and returns its type.
func (ch Value) selectChan(dir ChanDir, wrongDir string) Type {
	ch.mustBe(notAMethod, Chan)
	ch.mustBeExported(notAMethod)
	t := ch.Type()
	if t.ChanDir()&dir == 0 {
		panic(wrongDir)
	}
	return t
}

func rselect(cases []rt.SelectCase, block bool) (int, uint64) {
	var first *rt.SelectCase
	if len(cases) > 0 {
		first = &cases[0]
	}
//line ../runtime/select.go:616
	return rt.Select(first, len(cases), block)
}
