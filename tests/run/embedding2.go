package main

import "fmt"

type Animal struct{ Name string }

func (a Animal) Speak() string  { return a.Name + " makes a sound" }
func (a *Animal) Rename(n string) { a.Name = n }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Speak() string { return d.Name + " barks" }

type Puppy struct {
	*Dog
	Age int
}

type Speaker interface{ Speak() string }

type Logger struct{ prefix string }

func (l Logger) Log(s string) { fmt.Println(l.prefix + s) }

type Service struct {
	Logger
	name string
}

func main() {
	d := Dog{Animal{"Rex"}, "lab"}
	fmt.Println(d.Speak(), d.Animal.Speak(), d.Name)
	d.Rename("Max")
	fmt.Println(d.Name)
	p := Puppy{&d, 1}
	fmt.Println(p.Speak(), p.Name, p.Breed)
	p.Rename("Tiny")
	fmt.Println(d.Name)
	var s Speaker = d
	fmt.Println(s.Speak())
	s = p
	fmt.Println(s.Speak())
	s = &d.Animal
	fmt.Println(s.Speak())
	svc := Service{Logger{"[svc] "}, "x"}
	svc.Log("started")
	f := svc.Log
	f("via method value")
	g := Logger.Log
	g(svc.Logger, "via method expression")
}
