// encoding/binary: both byte orders, appending, varints (and their overflow and
// short-buffer results), and a short slice's panic.
package main

import (
	"encoding/binary"
	"fmt"
)

func main() {
	b := []byte{1, 2, 3, 4, 5, 6, 7, 8, 9}
	for _, o := range []binary.ByteOrder{binary.LittleEndian, binary.BigEndian, binary.NativeEndian} {
		fmt.Printf("%v %#v %x %x %x\n", o, o, o.Uint16(b), o.Uint32(b), o.Uint64(b))
		buf := make([]byte, 8)
		o.PutUint16(buf, 0xabcd)
		fmt.Printf(" %x", buf)
		o.PutUint32(buf, 0xdeadbeef)
		fmt.Printf(" %x", buf)
		o.PutUint64(buf, 0x0102030405060708)
		fmt.Printf(" %x\n", buf)
		a := o.(binary.AppendByteOrder)
		out := a.AppendUint16([]byte{0xff}, 0x1234)
		out = a.AppendUint32(out, 0x89abcdef)
		out = a.AppendUint64(out, 1<<63|5)
		fmt.Printf(" %x\n", out)
	}
	for _, x := range []uint64{0, 1, 127, 128, 300, 1<<32 - 1, 1 << 63, ^uint64(0)} {
		buf := make([]byte, binary.MaxVarintLen64)
		n := binary.PutUvarint(buf, x)
		y, m := binary.Uvarint(buf[:n])
		fmt.Printf("uvarint %d: % x -> %d %d %x\n", x, buf[:n], y, m, binary.AppendUvarint(nil, x))
	}
	for _, x := range []int64{0, 1, -1, 63, -64, 64, -65, 1<<63 - 1, -1 << 63} {
		buf := make([]byte, binary.MaxVarintLen64)
		n := binary.PutVarint(buf, x)
		y, m := binary.Varint(buf[:n])
		fmt.Printf("varint %d: % x -> %d %d %x\n", x, buf[:n], y, m, binary.AppendVarint([]byte{}, x))
	}
	for _, in := range [][]byte{nil, {0x80}, {0xff, 0xff}, {0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x02}, {0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01}, {0x81, 0x01, 0x99}} {
		x, n := binary.Uvarint(in)
		v, m := binary.Varint(in)
		fmt.Println("decode", in, x, n, v, m)
	}
	fmt.Println(binary.MaxVarintLen16, binary.MaxVarintLen32)
	defer func() { fmt.Println("recovered:", recover()) }()
	binary.BigEndian.Uint32([]byte{1, 2})
}
