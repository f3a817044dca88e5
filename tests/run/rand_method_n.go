package main

import (
	"fmt"
	"math/rand/v2"
	"time"
)

func main() {
	r := rand.New(rand.NewPCG(3, 4))
	fmt.Println(r.N(10), r.N(int64(1)<<40), r.N(uint8(200)), r.N(time.Duration(5*time.Second)))
	c := rand.New(rand.NewChaCha8([32]byte{9}))
	var sum int
	for i := 0; i < 1000; i++ {
		sum += c.N(100)
	}
	fmt.Println(sum, rand.N(1) == 0)
	defer func() { fmt.Println(recover()) }()
	r.N(0)
}
