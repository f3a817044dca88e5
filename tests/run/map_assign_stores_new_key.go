package main

import (
	"fmt"
	"math"
	"strings"
	"unsafe"
)

// Assigning to a map entry whose key is already there stores the new key when
// equal keys can differ (gc's needkeyupdate): floats' +0 and -0, strings'
// storage, interfaces, and structs and arrays holding them. Keys that cannot
// differ when equal (integers, pointers) are left alone, and NaN keys are
// never equal, so each makes an entry.

type pair struct {
	f float64
	n int
}

func main() {
	negz := math.Copysign(0, -1)

	m := map[float64]string{0: "plus"}
	m[negz] = "minus"
	for k, v := range m {
		fmt.Println(k, v, math.Signbit(k))
	}
	m[0] += "!"
	for k, v := range m {
		fmt.Println(k, v, math.Signbit(k))
	}

	c := map[complex128]int{complex(0, 0): 1}
	c[complex(negz, negz)]++
	for k, v := range c {
		fmt.Println(k, v)
	}

	s1 := strings.Repeat("ab", 3)
	s2 := strings.Repeat("ab", 3)
	ms := map[string]int{s1: 1}
	ms[s2] = 2
	for k, v := range ms {
		fmt.Println(k, v, unsafe.StringData(k) == unsafe.StringData(s2), unsafe.StringData(k) == unsafe.StringData(s1))
	}

	mi := map[any]int{0.0: 1, "x": 2}
	mi[negz] = 3
	for k, v := range mi {
		if f, ok := k.(float64); ok {
			fmt.Println(f, v, math.Signbit(f))
		}
	}

	mp := map[pair]int{{0, 1}: 1}
	mp[pair{negz, 1}] = 2
	ma := map[[2]float64]int{{0, 1}: 1}
	ma[[2]float64{negz, 1}] = 2
	for k, v := range mp {
		fmt.Println(k, v, math.Signbit(k.f))
	}
	for k, v := range ma {
		fmt.Println(k, v, math.Signbit(k[0]))
	}

	nan := map[float64]int{}
	nan[math.NaN()] = 1
	nan[math.NaN()] = 2
	fmt.Println(len(nan))

	x, y := 1, 1
	mptr := map[*int]int{&x: 1}
	mptr[&y] = 2
	mptr[&x] = 3
	fmt.Println(len(mptr), mptr[&x], mptr[&y])
}
