// hash/fnv and hash/crc32: sums, marshaled states, clones, and errors.
package main

import (
	"encoding"
	"fmt"
	"hash"
	"hash/crc32"
	"hash/fnv"
)

func main() {
	inputs := []string{"", "a", "hello, world", "The quick brown fox jumps over the lazy dog"}
	hashes := []func() hash.Hash{
		func() hash.Hash { return fnv.New32() }, func() hash.Hash { return fnv.New32a() },
		func() hash.Hash { return fnv.New64() }, func() hash.Hash { return fnv.New64a() },
		fnv.New128, fnv.New128a,
		func() hash.Hash { return crc32.NewIEEE() },
		func() hash.Hash { return crc32.New(crc32.MakeTable(crc32.Castagnoli)) },
		func() hash.Hash { return crc32.New(crc32.MakeTable(crc32.Koopman)) },
	}
	for _, mk := range hashes {
		for _, s := range inputs {
			h := mk()
			h.Write([]byte(s))
			fmt.Printf("%x ", h.Sum(nil))
		}
		h := mk()
		h.Write([]byte("split "))
		state, err := h.(encoding.BinaryMarshaler).MarshalBinary()
		h2 := mk()
		err2 := h2.(encoding.BinaryUnmarshaler).UnmarshalBinary(state)
		h2.Write([]byte("input"))
		c, _ := h2.(hash.Cloner).Clone()
		h2.Reset()
		fmt.Printf("| %x %v %v %x %x %d %d\n", state, err, err2, c.Sum([]byte("pre")), h2.Sum(nil), h.Size(), h.BlockSize())
		fmt.Println(h2.(encoding.BinaryUnmarshaler).UnmarshalBinary([]byte("bad")), h2.(encoding.BinaryUnmarshaler).UnmarshalBinary(append(state, 0)))
	}
	h32 := fnv.New32a()
	h32.Write([]byte("go"))
	h64 := fnv.New64()
	h64.Write([]byte("go"))
	fmt.Println(h32.Sum32(), h64.Sum64(), crc32.ChecksumIEEE([]byte("go")), crc32.Checksum([]byte("go"), crc32.MakeTable(crc32.Castagnoli)))
	fmt.Println(crc32.Update(crc32.ChecksumIEEE([]byte("hello, ")), crc32.IEEETable, []byte("world")) == crc32.ChecksumIEEE([]byte("hello, world")), crc32.Size)
	ie := crc32.NewIEEE()
	st, _ := ie.(encoding.BinaryMarshaler).MarshalBinary()
	fmt.Println(crc32.New(crc32.MakeTable(crc32.Koopman)).(encoding.BinaryUnmarshaler).UnmarshalBinary(st))
}
