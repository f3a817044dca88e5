package main

import (
	"fmt"
	"sort"
	"strings"
)

type Query[T any] struct {
	items   []T
	filters []func(T) bool
	less    func(a, b T) bool
	limit   int
}

func From[T any](items []T) *Query[T] { return &Query[T]{items: items, limit: -1} }

func (q *Query[T]) Where(f func(T) bool) *Query[T] {
	q.filters = append(q.filters, f)
	return q
}

func (q *Query[T]) OrderBy(less func(a, b T) bool) *Query[T] {
	q.less = less
	return q
}

func (q *Query[T]) Limit(n int) *Query[T] {
	q.limit = n
	return q
}

func (q *Query[T]) Run() []T {
	var out []T
next:
	for _, it := range q.items {
		for _, f := range q.filters {
			if !f(it) {
				continue next
			}
		}
		out = append(out, it)
	}
	if q.less != nil {
		sort.SliceStable(out, func(i, j int) bool { return q.less(out[i], out[j]) })
	}
	if q.limit >= 0 && len(out) > q.limit {
		out = out[:q.limit]
	}
	return out
}

type user struct {
	name string
	age  int
}

func main() {
	users := []user{{"ann", 31}, {"bob", 17}, {"cid", 45}, {"dee", 31}, {"eve", 22}}
	adults := From(users).
		Where(func(u user) bool { return u.age >= 18 }).
		OrderBy(func(a, b user) bool { return a.age < b.age }).
		Limit(3).
		Run()
	fmt.Println(adults)
	words := From(strings.Fields("the quick brown fox jumps over the lazy dog")).
		Where(func(s string) bool { return len(s) > 3 }).
		OrderBy(func(a, b string) bool { return a > b }).
		Run()
	fmt.Println(words)
}
