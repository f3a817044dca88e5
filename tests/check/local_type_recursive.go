package main

func main() {
	type Loop Loop
	type Holder struct{ h Holder }
	type Keyed struct{ kids map[Keyed]int }
	type List struct{ next *List }
	var l List
	_ = l.next
}
