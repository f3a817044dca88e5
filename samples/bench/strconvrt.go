// strconv round trips: integers and floats formatted and parsed back, and
// quoted strings unquoted.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	isum, fsum, qlen := 0, 0.0, 0
	for i := 0; i < 1_000_000; i++ {
		v := i*7919 - 3_000_000
		s := strconv.Itoa(v)
		n, err := strconv.Atoi(s)
		if err != nil || n != v {
			panic(s)
		}
		isum += n
		f := float64(i) * 1.0625e-3
		fs := strconv.FormatFloat(f, 'g', -1, 64)
		g, err := strconv.ParseFloat(fs, 64)
		if err != nil || g != f {
			panic(fs)
		}
		fsum += g
		h := strconv.FormatInt(int64(v), 16)
		w, _ := strconv.ParseInt(h, 16, 64)
		isum -= int(w)
		if i%10 == 0 {
			q := strconv.Quote("line\t" + s + "\n")
			u, _ := strconv.Unquote(q)
			qlen += len(u)
		}
	}
	fmt.Println(isum, fsum, qlen)
}
