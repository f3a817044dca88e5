// math/big text marshaling: Int, Rat and Float as encoding.TextMarshaler,
// Int's JSON forms (null for nil), and the unmarshal errors' texts.
package main

import (
	"encoding"
	"fmt"
	"math/big"
)

func main() {
	var ms []encoding.TextMarshaler
	ms = append(ms, big.NewInt(-42), big.NewRat(3, 4), big.NewRat(10, 5), new(big.Rat), big.NewFloat(2.5))
	for _, m := range ms {
		t, err := m.MarshalText()
		fmt.Printf("%T %s %v\n", m, t, err)
	}
	var nilInt *big.Int
	j, err := nilInt.MarshalJSON()
	fmt.Println(string(j), err)
	j, _ = big.NewInt(7).MarshalJSON()
	fmt.Println(string(j))
	x := big.NewInt(5)
	fmt.Println(x.UnmarshalJSON([]byte("null")), x, x.UnmarshalJSON([]byte("0x10")), x, x.UnmarshalText([]byte("1.5")), x)
	r := new(big.Rat)
	fmt.Println(r.UnmarshalText([]byte("0x1p-2")), r, r.UnmarshalText([]byte("1/0")), r)
	a, _ := big.NewRat(1, 3).AppendText([]byte("r="))
	b, _ := big.NewInt(9).AppendText([]byte("i="))
	fmt.Println(string(a), string(b))
}
