package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
)

type P struct {
	A uint8
	b uint16
}

func main() {
	var buf bytes.Buffer
	fmt.Println(binary.Write(&buf, binary.BigEndian, P{1, 2}), buf.Bytes())
	var p P
	defer func() { fmt.Println("recovered:", recover()) }()
	binary.Read(&buf, binary.BigEndian, &p)
}
