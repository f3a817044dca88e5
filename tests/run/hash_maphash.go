package main

import (
	"fmt"
	"hash/maphash"
	"strings"
)

type point struct {
	x, y int
	f    float64
}

type key interface{ k() }
type ik int

func (ik) k() {}

func main() {
	seed := maphash.MakeSeed()
	long := strings.Repeat("abcdefghij", 50)
	var h maphash.Hash
	h.SetSeed(seed)
	h.WriteString(long[:100])
	h.WriteString(long[100:300])
	h.WriteByte(long[300])
	h.Write([]byte(long[301:]))
	fmt.Println(h.Sum64() == maphash.String(seed, long), maphash.String(seed, long) == maphash.Bytes(seed, []byte(long)))
	for _, n := range []int{0, 1, 127, 128, 129, 255, 256, 257} {
		var g maphash.Hash
		g.SetSeed(seed)
		for i := 0; i < n; i++ {
			g.WriteByte(long[i])
		}
		var k maphash.Hash
		k.SetSeed(seed)
		k.Write([]byte(long[:n]))
		fmt.Print(g.Sum64() == maphash.String(seed, long[:n]), k.Sum64() == g.Sum64(), " ")
	}
	fmt.Println()
	other := maphash.MakeSeed()
	fmt.Println(maphash.String(seed, "x") != maphash.String(other, "x"), maphash.String(seed, "x") != maphash.String(seed, "y"))
	h.Reset()
	fmt.Println(h.Sum64() == maphash.String(seed, ""), h.Seed() == seed, h.Size(), h.BlockSize(), len(h.Sum([]byte("ab"))))
	c, _ := h.Clone()
	h.WriteString("more")
	fmt.Println(c.(*maphash.Hash).Sum64() == maphash.String(seed, ""), h.Sum64() == maphash.String(seed, "more"))

	// comparable values
	fmt.Println(maphash.Comparable(seed, point{1, 2, 0.0}) == maphash.Comparable(seed, point{1, 2, -0.0}),
		maphash.Comparable(seed, point{1, 2, 3}) != maphash.Comparable(seed, point{2, 1, 3}),
		maphash.Comparable(seed, "s") == maphash.Comparable(seed, "s"),
		maphash.Comparable[any](seed, 1) == maphash.Comparable[any](seed, 1),
		maphash.Comparable[key](seed, ik(3)) == maphash.Comparable[key](seed, ik(3)),
		maphash.Comparable(seed, [2]string{"a", "b"}) != maphash.Comparable(seed, [2]string{"b", "a"}))
	var a, b maphash.Hash
	a.SetSeed(seed)
	b.SetSeed(seed)
	maphash.WriteComparable(&a, point{1, 2, 3})
	maphash.WriteComparable(&b, point{1, 2, 3})
	fmt.Println(a.Sum64() == b.Sum64())
	a.WriteString("z")
	maphash.WriteComparable(&a, 5)
	b.WriteString("z")
	maphash.WriteComparable(&b, 5)
	fmt.Println(a.Sum64() == b.Sum64())
	var ch maphash.ComparableHasher[string]
	var hs maphash.Hasher[string] = ch
	var x, y maphash.Hash
	x.SetSeed(seed)
	y.SetSeed(seed)
	hs.Hash(&x, "k")
	hs.Hash(&y, "k")
	fmt.Println(x.Sum64() == y.Sum64(), hs.Equal("a", "a"), hs.Equal("a", "b"))

	// a zero Hash picks its own seed
	var z maphash.Hash
	z.WriteString("abc")
	fmt.Println(z.Sum64() == maphash.String(z.Seed(), "abc"))

	for _, f := range []func(){
		func() { maphash.String(maphash.Seed{}, "x") },
		func() { maphash.Bytes(maphash.Seed{}, nil) },
		func() { var h maphash.Hash; h.SetSeed(maphash.Seed{}) },
		func() { maphash.Comparable[any](seed, []int{1}) },
		func() { maphash.Comparable(maphash.Seed{}, 1) },
	} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			f()
		}()
	}
}
