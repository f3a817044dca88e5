package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
)

type Header struct {
	Magic   [4]byte
	Version uint16
	Flags   int16
	_       [2]byte
	Size    uint32
	Ratio   float32
	Big     float64
	Ok      bool
	Z       complex64
	Pts     [2]struct{ X, Y int8 }
}

type Bad struct {
	N int
	S string
}

func main() {
	var buf bytes.Buffer
	h := Header{Magic: [4]byte{'G', 'O', 'B', 'N'}, Version: 3, Flags: -2, Size: 1 << 20, Ratio: 1.5, Big: math.Pi, Ok: true, Z: complex(1, -2)}
	h.Pts[1].Y = -7
	fmt.Println(binary.Size(h), binary.Size(&h), binary.Size([]Header{h, h}), binary.Size(Bad{}), binary.Size(3), binary.Size(int32(3)), binary.Size([]uint16{1, 2}))
	fmt.Println(binary.Write(&buf, binary.BigEndian, h))
	fmt.Printf("% x\n", buf.Bytes())
	var h2 Header
	fmt.Println(binary.Read(bytes.NewReader(buf.Bytes()), binary.BigEndian, &h2), h2 == h, h2)
	fmt.Println(binary.Write(&buf, binary.LittleEndian, []int32{-1, 2, 3}))
	fmt.Println(binary.Write(&buf, binary.LittleEndian, uint16(0xBEEF)), binary.Write(&buf, binary.LittleEndian, true))
	fmt.Println(binary.Write(&buf, binary.LittleEndian, 5), binary.Write(&buf, binary.LittleEndian, Bad{}), binary.Write(&buf, binary.LittleEndian, "str"))
	fmt.Printf("% x\n", buf.Bytes()[buf.Len()-15:])
	xs := make([]int32, 3)
	r := bytes.NewReader(buf.Bytes()[binary.Size(h):])
	fmt.Println(binary.Read(r, binary.LittleEndian, xs), xs)
	var u uint16
	var b bool
	fmt.Println(binary.Read(r, binary.LittleEndian, &u), u, binary.Read(r, binary.LittleEndian, &b), b)
	fmt.Println(binary.Read(r, binary.LittleEndian, &u), binary.Read(bytes.NewReader([]byte{1}), binary.LittleEndian, &u))
	var n int
	fmt.Println(binary.Read(r, binary.LittleEndian, &n), binary.Read(r, binary.LittleEndian, u))
	out, err := binary.Append([]byte{0xAA}, binary.BigEndian, struct{ A, B uint16 }{1, 2})
	fmt.Println(out, err)
	_, err = binary.Append(nil, binary.BigEndian, []any{1})
	fmt.Println(err)
	dst := make([]byte, 3)
	k, err := binary.Encode(dst, binary.LittleEndian, uint32(7))
	fmt.Println(k, err)
	k, err = binary.Encode(dst, binary.LittleEndian, [3]uint8{1, 2, 3})
	fmt.Println(k, err, dst)
	var arr [2]uint8
	k, err = binary.Decode([]byte{9, 8, 7}, binary.LittleEndian, &arr)
	fmt.Println(k, err, arr)
	k, err = binary.Decode([]byte{9}, binary.LittleEndian, &arr)
	fmt.Println(k, err, arr)
	var f64 float64
	fmt.Println(binary.Read(bytes.NewReader([]byte{0, 0, 0, 0, 0, 0, 0xf0, 0x3f}), binary.LittleEndian, &f64), f64)
}
