package main

import "fmt"

func main() {
	grid := [][]int{{1}}
	fmt.Println(grid, len(grid[0]){
	}
}
