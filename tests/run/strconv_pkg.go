package main

import (
	"fmt"
	"strconv"
)

func main() {
	n, err := strconv.Atoi("12345")
	fmt.Println(n+1, err)
	_, err = strconv.Atoi("abc")
	fmt.Println(err)
	i, _ := strconv.ParseInt("-ff", 16, 64)
	fmt.Println(i)
	u, err := strconv.ParseUint("300", 10, 8)
	fmt.Println(u, err)
	f, _ := strconv.ParseFloat("3.25", 64)
	fmt.Println(f * 2)
	b, _ := strconv.ParseBool("true")
	fmt.Println(b)
	fmt.Println(strconv.Itoa(-42), strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16))
	fmt.Println(strconv.Quote("hi\n\"there\""), strconv.QuoteRune('☺'))
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1e21, 'g', -1, 64))
	s, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", s, err)
	fmt.Println(strconv.FormatBool(false))
}
