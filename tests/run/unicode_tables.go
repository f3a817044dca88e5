package main

import (
	"fmt"
	"hash/fnv"
	"sort"
	"unicode"
)

func digest(t *unicode.RangeTable) uint64 {
	h := fnv.New64a()
	for _, r := range t.R16 {
		fmt.Fprint(h, r.Lo, r.Hi, r.Stride)
	}
	for _, r := range t.R32 {
		fmt.Fprint(h, r.Lo, r.Hi, r.Stride)
	}
	return h.Sum64()
}

func show(name string, m map[string]*unicode.RangeTable) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(name, len(keys))
	for _, k := range keys {
		t := m[k]
		n := 0
		for r := rune(0); r <= unicode.MaxRune; r += 37 {
			if unicode.Is(t, r) {
				n++
			}
		}
		fmt.Println(k, len(t.R16), len(t.R32), t.LatinOffset, digest(t), n)
	}
}

func main() {
	fmt.Println(unicode.Version)
	show("categories", unicode.Categories)
	show("scripts", unicode.Scripts)
	show("properties", unicode.Properties)
	show("foldcategory", unicode.FoldCategory)
	show("foldscript", unicode.FoldScript)
	fmt.Println(len(unicode.CategoryAliases), unicode.CategoryAliases["Letter"])
	fmt.Println(unicode.Upper == unicode.Lu, unicode.Letter == unicode.L, unicode.Han == unicode.Scripts["Han"])
	// SimpleFold over every rune, and orbits of a few
	h := fnv.New64a()
	for r := rune(-2); r <= unicode.MaxRune+2; r++ {
		fmt.Fprint(h, unicode.SimpleFold(r))
	}
	fmt.Println(h.Sum64())
	for _, r := range []rune{'A', 'k', 'K', 's', 'ß', 'Σ', 'ς', 'İ', 'ǅ', '1', 0x1E9E, -1, unicode.MaxRune + 1} {
		fmt.Printf("%q:", r)
		x := r
		for i := 0; i < 5; i++ {
			x = unicode.SimpleFold(x)
			fmt.Printf(" %q", x)
			if x == r {
				break
			}
		}
		fmt.Println()
	}
	cnt := map[string]int{}
	for r := rune(0); r <= 0x30000; r++ {
		if unicode.IsMark(r) {
			cnt["mark"]++
		}
		if unicode.IsSymbol(r) {
			cnt["symbol"]++
		}
		if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) {
			cnt["cjk"]++
		}
		if unicode.IsOneOf(unicode.GraphicRanges, r) {
			cnt["graphic"]++
		}
		if unicode.In(r, unicode.PrintRanges...) {
			cnt["print"]++
		}
	}
	fmt.Println(cnt)
	s := "Hello, 世界! Ünïcödé ≠ ascii 😀 ١٢٣"
	for _, r := range s {
		fmt.Print(unicode.Is(unicode.Latin, r), unicode.Is(unicode.Han, r), unicode.In(r, unicode.Arabic, unicode.Nd), unicode.Is(unicode.Sm, r), unicode.Is(unicode.White_Space, r), " ")
	}
	fmt.Println()
}
