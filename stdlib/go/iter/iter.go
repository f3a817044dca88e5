// Package iter defines the iterator function types that range-over-func loops
// and packages slices and maps use.
//
// minigo does not offer Pull and Pull2 (they need coroutines).
package iter

// Seq is an iterator over single values: it calls yield for each value in turn
// and stops early when yield returns false.
type Seq[V any] func(yield func(V) bool)

// Seq2 is an iterator over pairs of values.
type Seq2[K, V any] func(yield func(K, V) bool)
