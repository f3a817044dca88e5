#!/usr/bin/env python3
"""Writes a large, valid Go program (default 100,000 lines) for front-end speed tests."""
import sys

def main():
    target = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    out = ["package main", "", 'import "fmt"', "",
           "type Point struct {", "\tX, Y int", "\tName string", "}", "",
           "func (p Point) Dist(q Point) int {", "\tdx, dy := p.X-q.X, p.Y-q.Y", "\treturn dx*dx + dy*dy", "}", ""]
    i = 0
    while len(out) < target - 8:
        out += [
            f"// f{i} mixes loops, maps, slices, closures and method calls.",
            f"func f{i}(n int, s []int, m map[string]int) (int, error) {{",
            "\ttotal := 0",
            "\tfor i, v := range s {",
            "\t\tif v%2 == 0 && i < n {",
            "\t\t\ttotal += v * i",
            "\t\t} else {",
            "\t\t\ttotal -= v",
            "\t\t}",
            "\t}",
            f"\tkey := \"k{i}\"",
            "\tif c, ok := m[key]; ok {",
            "\t\ttotal += c",
            "\t}",
            "\tp := Point{X: n, Y: total, Name: key}",
            "\tq := &Point{1, 2, \"q\"}",
            "\tadd := func(a, b int) int { return a + b + p.Dist(*q) }",
            "\tswitch {",
            "\tcase total > 100:",
            "\t\treturn add(total, 1), nil",
            "\tcase total < -100:",
            f"\t\treturn 0, fmt.Errorf(\"f{i}: %d too small\", total)",
            "\t}",
            "\treturn add(total, n), nil",
            "}",
            "",
        ]
        i += 1
    out += ["func main() {", "\tm := map[string]int{\"k0\": 3}", "\ts := []int{1, 2, 3, 4}",
            "\tv, err := f0(3, s, m)", "\tfmt.Println(v, err)", "}"]
    sys.stdout.write("\n".join(out) + "\n")

main()
