package main

import "fmt"

type A struct {
	N int `json:"n"`
}

type B struct {
	N int
}

func main() {
	xs := []struct {
		F string `tag`
	}{{"a"}}
	ys := ([]struct{ F string })(xs)
	a := A{1}
	b := B(a)
	pa := &a
	pb := (*B)(pa)
	m := map[string]struct{ V int `x` }{"k": {2}}
	fmt.Println(ys, b, pb.N, len(m))
	_ = (map[string]struct{ V int })(m)
}
