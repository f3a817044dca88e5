package main

import "fmt"

type Animal struct {
	Name string
}

func (a Animal) Speak() string { return a.Name + " makes a sound" }
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

func main() {
	d := Dog{Animal{"Rex"}, "lab"}
	fmt.Println(d.Speak(), "/", d.Animal.Speak())
	d.Rename("Max")
	fmt.Println(d.Name)
	p := Puppy{&d, 1}
	fmt.Println(p.Speak(), p.Breed)
	var s Speaker = p
	fmt.Println(s.Speak())
	s = &d.Animal
	fmt.Println(s.Speak())
}
