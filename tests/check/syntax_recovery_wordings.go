package main

type T int

func () m() {}

func (a, b T) n() {}

func f3) int { return 3 }

func g() (int, int) {
	return return 1, 2
}

func main() {
	s := []int{1, , 2}
	for i := 0; i < 3; ++ {
	}
	g(), 1
	x := s[0:1 2]
	println(s, x)
}
