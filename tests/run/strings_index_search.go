// strings and bytes Index, IndexByte, Count, Contains and LastIndex checked
// against a naive search on texts over small alphabets (many false candidates)
// and at every boundary.
package main

import (
	"bytes"
	"fmt"
	"math/rand"
	"strings"
)

func naive(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func main() {
	r := rand.New(rand.NewSource(7))
	alpha := []string{"ab", "abc", "a\x00\xff"}
	mismatches, checked, found := 0, 0, 0
	for _, a := range alpha {
		for trial := 0; trial < 3000; trial++ {
			n := r.Intn(200)
			b := make([]byte, n)
			for i := range b {
				b[i] = a[r.Intn(len(a))]
			}
			s := string(b)
			m := 1 + r.Intn(6)
			sb := make([]byte, m)
			for i := range sb {
				sb[i] = a[r.Intn(len(a))]
			}
			sub := string(sb)
			if trial%5 == 0 && n > m {
				at := r.Intn(n - m)
				sub = s[at : at+m]
			}
			want := naive(s, sub)
			checked++
			if want >= 0 {
				found++
			}
			if strings.Index(s, sub) != want || bytes.Index(b, []byte(sub)) != want {
				mismatches++
			}
			if strings.Contains(s, sub) != (want >= 0) {
				mismatches++
			}
			if strings.IndexByte(s, sub[0]) != naive(s, sub[:1]) || bytes.IndexByte(b, sub[0]) != naive(s, sub[:1]) {
				mismatches++
			}
		}
	}
	fmt.Println("checked", checked, "found", found, "mismatches", mismatches)
	// a long run of candidates that fail, then the match
	long := strings.Repeat("a", 100000) + "b"
	fmt.Println(strings.Index(long, "ab"), strings.Index(long, "aab"), strings.Index(long, "ba"), strings.Count(long, "aa"))
	fmt.Println(bytes.Index([]byte(long), []byte("ab")), bytes.Count([]byte(long), []byte("a")))
	fmt.Println(strings.Index("", "a"), strings.Index("a", ""), strings.Index("abc", "abcd"), strings.Index("abc", "abc"))
	fmt.Println(strings.IndexByte("", 'x'), strings.IndexByte("héllo", 0xa9), bytes.IndexByte(nil, 0))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.LastIndex("go gopher", "go"))
}
