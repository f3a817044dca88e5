// math/rand: a seeded Source gives Go's sequence for every method; the
// top-level functions are randomly seeded (only ranges checked).
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	for _, seed := range []int64{1, 42, -7, 0, 1 << 40} {
		r := rand.New(rand.NewSource(seed))
		fmt.Println(seed, r.Int63(), r.Int31(), r.Uint32(), r.Uint64(), r.Int(), r.Intn(100), r.Int63n(1e15), r.Int31n(7), r.Float64(), r.Float32())
		fmt.Println(r.Perm(10), r.Intn(1<<40), r.Int63n(1<<20))
		s := []string{"a", "b", "c", "d", "e", "f"}
		r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
		buf := make([]byte, 5)
		r.Read(buf)
		buf2 := make([]byte, 11)
		r.Read(buf2)
		fmt.Println(s, buf, buf2)
		r.Seed(seed + 1)
		fmt.Println(r.Int63())
	}
	src := rand.NewSource(99)
	fmt.Println(src.Int63(), src.(rand.Source64).Uint64())
	// the top-level functions are randomly seeded: only ranges are checked
	n := rand.Intn(10)
	f := rand.Float64()
	p := rand.Perm(5)
	rand.Seed(1)
	fmt.Println(n >= 0 && n < 10, f >= 0 && f < 1, len(p))
	defer func() { fmt.Println("recovered:", recover()) }()
	rand.Intn(0)
}
