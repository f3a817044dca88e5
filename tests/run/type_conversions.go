package main

import "fmt"

type Meters float64
type ID int
type Names []string

func main() {
	m := Meters(3.5)
	f := float64(m) * 2
	fmt.Println(m, f)
	var id ID = 7
	fmt.Println(int(id)+1, ID(3)*id)
	n := Names{"a", "b"}
	s := []string(n)
	fmt.Println(len(s), n)
	i16 := int16(300)
	fmt.Println(int32(int8(-1)), uint8(i16), int(uint8(255)))
	fmt.Println(uint32(1<<32-1), int64(int32(-2147483648)))
	f15 := float32(1.5)
	fmt.Println(float32(16777217), int(f15))
	var i interface{} = id
	fmt.Printf("%T %v\n", i, i)
	bs := []byte("abc")
	rs := []rune("héllo")
	fmt.Println(bs, rs, string(bs), string(rs))
}
