package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(-45), strconv.FormatInt(255, 16), strconv.FormatInt(-8, 2), strconv.FormatUint(1<<63, 36))
	for _, s := range []string{"123", "-9", "abc", "99999999999999999999", "", "0x1f", "+5", " 1"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	v, err := strconv.ParseInt("-80", 16, 8)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("0x1F", 0, 64)
	fmt.Println(v, err)
	u, err := strconv.ParseUint("300", 10, 8)
	fmt.Println(u, err)
	f, err := strconv.ParseFloat("3.25", 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("1e500", 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("nope", 64)
	fmt.Println(f, err)
	b, err := strconv.ParseBool("TRUE")
	fmt.Println(b, err)
	b, err = strconv.ParseBool("yes")
	fmt.Println(b, err)
	fmt.Println(strconv.Quote("hi\n\"there\""), strconv.QuoteRune('☺'), strconv.QuoteToASCII("é"))
	s, err := strconv.Unquote(`"a\tb"`)
	fmt.Println(s, err)
	_, err = strconv.Unquote("bad")
	fmt.Println(err)
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(0.1, 'e', -1, 32), strconv.FormatBool(false))
	fmt.Println(string(strconv.AppendInt([]byte("n="), 42, 10)), strconv.IntSize)
}
