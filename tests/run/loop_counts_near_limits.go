package main

import (
	"fmt"
	"math"
)

// Innermost counted loops are strip-mined for their preemption polls (the
// back-edge compares the counter with a limit at most 1024 iterations ahead):
// every loop below must run exactly as many times as its condition says,
// whatever the counter's type and wherever it starts and stops, across the
// limits, next to the type's extremes, and with break and continue.

func count64(from, to int64) (n int64, last int64) {
	for i := from; i < to; i++ {
		n++
		last = i
	}
	return
}

func count32(from, to int32) (n int, last int32) {
	for i := from; i < to; i++ {
		n++
		last = i
	}
	return
}

func countU64(from, to uint64) (n int, last uint64) {
	for i := from; i < to; i++ {
		n++
		last = i
	}
	return
}

func countU32(from, to uint32) (n int, last uint32) {
	for i := from; i < to; i++ {
		n++
		last = i
	}
	return
}

type small int16

func countSmall(from, to small) (n int) {
	for i := from; i < to; i++ {
		n++
	}
	return
}

func sumLen(xs []int) (s int) {
	for i := 0; i < len(xs); i++ {
		if xs[i]%3 == 0 {
			continue
		}
		s += xs[i]
	}
	return
}

func firstOver(xs []int, limit int) int {
	for i := range xs {
		if xs[i] > limit {
			return i
		}
	}
	return -1
}

func rangeInt(n int) (s int) {
	for i := range n {
		if i == 5000 {
			break
		}
		s += i
	}
	return
}

const bound = 3000

func constBound() (s int) {
	for i := 0; i < bound; i++ {
		s += i
	}
	return
}

// the body changes the counter or the bound: not strip-mined, still exact
func skips(n int) (visits int) {
	for i := 0; i < n; i++ {
		if i%1000 == 999 {
			i += 500
		}
		visits++
	}
	return
}

func shrinks(n int) (visits int) {
	for i := 0; i < n; i++ {
		if i == 1500 {
			n = 2000
		}
		visits++
	}
	return
}

func main() {
	fmt.Println(count64(0, 0))
	fmt.Println(count64(5, 3))
	fmt.Println(count64(-5000, 3000))
	fmt.Println(count64(0, 1024))
	fmt.Println(count64(0, 1025))
	fmt.Println(count64(math.MaxInt64-5, math.MaxInt64))
	fmt.Println(count64(math.MaxInt64-3000, math.MaxInt64))
	fmt.Println(count64(math.MinInt64, math.MinInt64+2049))
	fmt.Println(count32(math.MaxInt32-2000, math.MaxInt32))
	fmt.Println(count32(math.MinInt32, math.MinInt32+1500))
	fmt.Println(count32(-1, 1))
	fmt.Println(countU64(math.MaxUint64-3000, math.MaxUint64))
	fmt.Println(countU64(0, 2048))
	fmt.Println(countU64(10, 1))
	fmt.Println(countU32(math.MaxUint32-1030, math.MaxUint32))
	fmt.Println(countSmall(-30000, 30000))
	xs := make([]int, 4000)
	for i := range xs {
		xs[i] = i
	}
	fmt.Println(sumLen(xs), sumLen(nil))
	fmt.Println(firstOver(xs, 2500), firstOver(xs, 5000), firstOver(nil, 0))
	fmt.Println(rangeInt(100000), rangeInt(3000), rangeInt(-3))
	fmt.Println(constBound())
	fmt.Println(skips(5000), shrinks(5000))
}
