// hash/adler32 and hash/crc64: checksums of known inputs and of inputs past
// adler32's reduction interval, incremental writes, custom tables, Sum's
// byte order, and marshaled states restored (and refused).
package main

import (
	"encoding"
	"fmt"
	"hash"
	"hash/adler32"
	"hash/crc64"
	"strings"
)

func main() {
	inputs := []string{"", "a", "abc", "Wikipedia", "The quick brown fox jumps over the lazy dog", strings.Repeat("\xff", 5552), strings.Repeat("\xff", 5553), strings.Repeat("xyz\x80", 100000)}
	iso, ecma := crc64.MakeTable(crc64.ISO), crc64.MakeTable(crc64.ECMA)
	custom := crc64.MakeTable(0x95AC9329AC4BC9B5)
	for _, s := range inputs {
		fmt.Printf("%d: adler32 %08x crc64 iso %016x ecma %016x custom %016x\n", len(s), adler32.Checksum([]byte(s)),
			crc64.Checksum([]byte(s), iso), crc64.Checksum([]byte(s), ecma), crc64.Checksum([]byte(s), custom))
	}
	fmt.Println(iso == crc64.MakeTable(crc64.ISO), iso[1], ecma[255], custom[128], adler32.Size, crc64.Size)

	// incremental writes give the whole input's checksum
	a, c := adler32.New(), crc64.New(ecma)
	data := []byte(inputs[7])
	for i := 0; i < len(data); i += 7777 {
		j := min(i+7777, len(data))
		a.Write(data[i:j])
		c.Write(data[i:j])
	}
	fmt.Printf("%08x %016x %x %x\n", a.Sum32(), c.Sum64(), a.Sum([]byte("pre")), c.Sum(nil))
	fmt.Println(a.Size(), a.BlockSize(), c.Size(), c.BlockSize())
	fmt.Println(crc64.Update(crc64.Checksum([]byte("hello "), iso), iso, []byte("world")) == crc64.Checksum([]byte("hello world"), iso))

	// marshal in the middle of a stream, restore into a fresh hash
	for _, h := range []hash.Hash{adler32.New(), crc64.New(iso), crc64.New(custom)} {
		h.Write([]byte("first half, "))
		state, err := h.(encoding.BinaryMarshaler).MarshalBinary()
		fmt.Printf("%x %v\n", state, err)
		var fresh hash.Hash
		switch h.(type) {
		case hash.Hash32:
			fresh = adler32.New()
		default:
			fresh = crc64.New(iso)
		}
		err = fresh.(encoding.BinaryUnmarshaler).UnmarshalBinary(state)
		fmt.Println("restore:", err)
		if err == nil {
			h.Write([]byte("second half"))
			fresh.Write([]byte("second half"))
			fmt.Printf("%x %x\n", h.Sum(nil), fresh.Sum(nil))
		}
		fmt.Println(fresh.(encoding.BinaryUnmarshaler).UnmarshalBinary([]byte("bad state")))
		fmt.Println(fresh.(encoding.BinaryUnmarshaler).UnmarshalBinary(append(state, 0)))
		cl, err := h.(hash.Cloner).Clone()
		fmt.Printf("clone: %x %v\n", cl.(hash.Hash).Sum(nil), err)
	}
	a.Reset()
	c.Reset()
	fmt.Printf("%08x %016x\n", a.Sum32(), c.Sum64())
}
