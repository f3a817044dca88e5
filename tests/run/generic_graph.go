package main

import "fmt"

type Graph[N comparable] struct {
	edges map[N][]N
	order []N
}

func NewGraph[N comparable]() *Graph[N] { return &Graph[N]{edges: map[N][]N{}} }

func (g *Graph[N]) node(n N) {
	if _, ok := g.edges[n]; !ok {
		g.edges[n] = nil
		g.order = append(g.order, n)
	}
}

func (g *Graph[N]) Edge(a, b N) {
	g.node(a)
	g.node(b)
	g.edges[a] = append(g.edges[a], b)
}

// BFS returns the nodes reachable from start with their distances, in visiting order.
func (g *Graph[N]) BFS(start N) ([]N, map[N]int) {
	dist := map[N]int{start: 0}
	queue := []N{start}
	var seen []N
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		seen = append(seen, n)
		for _, m := range g.edges[n] {
			if _, ok := dist[m]; !ok {
				dist[m] = dist[n] + 1
				queue = append(queue, m)
			}
		}
	}
	return seen, dist
}

// TopoSort orders the nodes so that every edge points forward (nil on a cycle).
func TopoSort[N comparable](g *Graph[N]) []N {
	indeg := map[N]int{}
	for _, n := range g.order {
		for _, m := range g.edges[n] {
			indeg[m]++
		}
	}
	var out, ready []N
	for _, n := range g.order {
		if indeg[n] == 0 {
			ready = append(ready, n)
		}
	}
	for len(ready) > 0 {
		n := ready[0]
		ready = ready[1:]
		out = append(out, n)
		for _, m := range g.edges[n] {
			if indeg[m]--; indeg[m] == 0 {
				ready = append(ready, m)
			}
		}
	}
	if len(out) != len(g.order) {
		return nil
	}
	return out
}

type pos struct{ x, y int }

func main() {
	g := NewGraph[string]()
	g.Edge("shirt", "tie")
	g.Edge("tie", "jacket")
	g.Edge("pants", "shoes")
	g.Edge("pants", "belt")
	g.Edge("belt", "jacket")
	fmt.Println(TopoSort(g))
	seen, dist := g.BFS("pants")
	fmt.Println(seen, dist["jacket"])
	grid := NewGraph[pos]()
	grid.Edge(pos{0, 0}, pos{0, 1})
	grid.Edge(pos{0, 1}, pos{1, 1})
	grid.Edge(pos{1, 1}, pos{0, 0})
	fmt.Println(TopoSort(grid) == nil, len(grid.order))
	_, d := grid.BFS(pos{0, 0})
	fmt.Println(d[pos{1, 1}])
}
