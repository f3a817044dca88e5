// eratosthenes: a sieve of Eratosthenes over a []bool, its flags counted again
// and again and the gaps between primes scanned for their extremes
// (data-dependent branches: the count and the running extremes are
// branch-free in gc's code, a mispredicted branch each in naive code).
package main

import "fmt"

const n = 4_000_000

func main() {
	composite := make([]bool, n+1)
	for i := 2; i*i <= n; i++ {
		if !composite[i] {
			for j := i * i; j <= n; j += i {
				composite[j] = true
			}
		}
	}
	count := 0
	for round := 0; round < 20; round++ {
		for _, c := range composite[2:] {
			if !c {
				count++
			}
		}
	}
	minGap, maxGap, last := n, 0, 2
	for i := 3; i <= n; i++ {
		if !composite[i] {
			gap := i - last
			if gap < minGap {
				minGap = gap
			}
			if gap > maxGap {
				maxGap = gap
			}
			last = i
		}
	}
	fmt.Println(count/20, minGap, maxGap)
}
