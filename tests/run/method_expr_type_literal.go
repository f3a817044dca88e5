// Method expressions on type literals: interface{ M() }.M and struct{ T }.M.
package main

import "fmt"

type S struct{ n int }

func (S) Hello(who string) string { return "hello " + who }
func (s *S) Inc()                  { s.n++ }

type T = S

func main() {
	f := interface{ Hello(string) string }.Hello
	fmt.Println(f(S{}, "interface"))
	g := interface {
		Inc()
	}.Inc
	s := &S{}
	g(s)
	g(s)
	fmt.Println(s.n)
	h := struct{ S }.Hello
	fmt.Println(h(struct{ S }{}, "struct"))
	fmt.Printf("%T\n", f)
}
