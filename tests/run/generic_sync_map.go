package main

import (
	"fmt"
	"sort"
	"sync"
)

// SafeMap is a map guarded by a mutex.
type SafeMap[K comparable, V any] struct {
	mu sync.Mutex
	m  map[K]V
}

func NewSafeMap[K comparable, V any]() *SafeMap[K, V] { return &SafeMap[K, V]{m: make(map[K]V)} }

func (s *SafeMap[K, V]) Update(k K, f func(V) V) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[k] = f(s.m[k])
}

func (s *SafeMap[K, V]) Snapshot() map[K]V {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make(map[K]V, len(s.m))
	for k, v := range s.m {
		out[k] = v
	}
	return out
}

func ParallelEach[T any](xs []T, workers int, f func(T)) {
	var wg sync.WaitGroup
	ch := make(chan T)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for x := range ch {
				f(x)
			}
		}()
	}
	for _, x := range xs {
		ch <- x
	}
	close(ch)
	wg.Wait()
}

func main() {
	counts := NewSafeMap[string, int]()
	words := []string{"go", "rust", "go", "zig", "go", "rust"}
	ParallelEach(words, 3, func(w string) {
		counts.Update(w, func(n int) int { return n + 1 })
	})
	snap := counts.Snapshot()
	keys := make([]string, 0, len(snap))
	for k := range snap {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, snap[k])
	}
	lens := NewSafeMap[int, []string]()
	ParallelEach(words, 2, func(w string) {
		lens.Update(len(w), func(ws []string) []string { return append(ws, w) })
	})
	fmt.Println(len(lens.Snapshot()[2]), len(lens.Snapshot()[4]))
}
