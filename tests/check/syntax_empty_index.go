package main

func main() {
	m := map[string]int{}
	if v, ok := m[]; ok {
		println(v)
	}
	s := []int{1}
	println(s[])
}
