// nqueens counts the placements of N queens on an N×N board, one goroutine per
// first-row column, and prints a solution of the 8-queens puzzle.
package main

import "fmt"

func solve(n, row int, cols, d1, d2 []bool, board []int) int {
	if row == n {
		return 1
	}
	count := 0
	for c := 0; c < n; c++ {
		if cols[c] || d1[row+c] || d2[row-c+n-1] {
			continue
		}
		cols[c], d1[row+c], d2[row-c+n-1] = true, true, true
		board[row] = c
		count += solve(n, row+1, cols, d1, d2, board)
		cols[c], d1[row+c], d2[row-c+n-1] = false, false, false
	}
	return count
}

func count(n int) int {
	results := make(chan int)
	for c := 0; c < n; c++ {
		go func(c int) {
			cols, d1, d2 := make([]bool, n), make([]bool, 2*n), make([]bool, 2*n)
			board := make([]int, n)
			cols[c], d1[c], d2[n-1-c] = true, true, true
			board[0] = c
			results <- solve(n, 1, cols, d1, d2, board)
		}(c)
	}
	total := 0
	for c := 0; c < n; c++ {
		total += <-results
	}
	return total
}

func first(n int) []int {
	board := make([]int, n)
	var place func(row int) bool
	place = func(row int) bool {
		if row == n {
			return true
		}
		for c := 0; c < n; c++ {
			ok := true
			for r := 0; r < row; r++ {
				if board[r] == c || board[r]-c == r-row || board[r]-c == row-r {
					ok = false
					break
				}
			}
			if ok {
				board[row] = c
				if place(row + 1) {
					return true
				}
			}
		}
		return false
	}
	place(0)
	return board
}

func main() {
	for n := 4; n <= 10; n++ {
		fmt.Printf("%2d queens: %d solutions\n", n, count(n))
	}
	for _, c := range first(8) {
		line := []byte("........")
		line[c] = 'Q'
		fmt.Println(string(line))
	}
}
