// crypto/rand: Read fills and never fails, Text's length and alphabet, Int's
// range and (with a reader of fixed bytes) Go's values, Prime's bit length
// and primality, and the errors and panic.
package main

import (
	"bytes"
	"crypto/rand"
	"errors"
	"fmt"
	"math/big"
	"strings"
)

type failing struct{}

func (failing) Read(p []byte) (int, error) { return 0, errors.New("no entropy") }

func main() {
	b := make([]byte, 1000)
	n, err := rand.Read(b)
	fmt.Println(n, err, !bytes.Equal(b, make([]byte, 1000)))
	b2 := make([]byte, 1000)
	rand.Read(b2)
	fmt.Println("differ:", !bytes.Equal(b, b2))
	large := make([]byte, 1<<20)
	n, err = rand.Reader.Read(large)
	fmt.Println(n, err)
	t := rand.Text()
	fmt.Println(len(t), strings.Trim(t, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") == "", t != rand.Text())

	max := new(bigInt).SetInt64(1000)
	seen := map[bool]int{}
	for i := 0; i < 200; i++ {
		v, err := rand.Int(rand.Reader, max)
		seen[v.Sign() >= 0 && v.Cmp(max) < 0 && err == nil]++
	}
	fmt.Println(seen)
	for _, c := range []struct {
		bytes string
		max   int64
	}{{"\xff\x10\x20\x30", 1000}, {"\x03\xe8\x03\xe7", 1000}, {"\x7f", 100}, {"", 1}, {"\x01", 2}, {"\xff\xff\xff", 256}} {
		v, err := rand.Int(strings.NewReader(c.bytes), new(bigInt).SetInt64(c.max))
		fmt.Println(v, err)
	}
	_, err = rand.Int(failing{}, new(bigInt).SetInt64(10))
	fmt.Println(err)
	for _, bits := range []int{2, 3, 8, 9, 64, 127, 256} {
		p, err := rand.Prime(strings.NewReader("ignored"), bits)
		fmt.Println(bits, p.BitLen(), p.ProbablyPrime(10), err)
	}
	_, err = rand.Prime(rand.Reader, 1)
	fmt.Println(err)
	defer func() { fmt.Println("recovered:", recover()) }()
	rand.Int(rand.Reader, new(bigInt))
}

type bigInt = big.Int
