package main

import "fmt"

func level3() {
	panic("deep")
}

func level2() {
	defer fmt.Println("level2 defer runs")
	level3()
	fmt.Println("not reached 2")
}

func level1() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("level1 caught: ", r)
		}
	}()
	level2()
	return "normal"
}

func nestedDefers() {
	defer func() {
		defer func() {
			fmt.Println("inner recover:", recover())
		}()
		panic("from outer defer")
	}()
	fmt.Println("nestedDefers body")
}

func repanic() {
	defer func() {
		r := recover()
		fmt.Println("second catch:", r)
	}()
	defer func() {
		r := recover()
		panic(fmt.Sprint("re-", r))
	}()
	panic("first")
}

func main() {
	fmt.Println(level1())
	nestedDefers()
	repanic()
	for i := 0; i < 3; i++ {
		func() {
			defer func() { fmt.Println("iteration", i, recover()) }()
			if i%2 == 1 {
				panic(i)
			}
		}()
	}
}
