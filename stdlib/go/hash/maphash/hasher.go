package maphash

// A Hasher is a type that implements hashing and equality for type T.
//
// A Hasher must be stateless. Hence, typically, a Hasher will be an empty
// struct.
type Hasher[T any] interface {
	// Hash updates hash to reflect the contents of value.
	//
	// If two values are Equal, they must also Hash the same. Specifically, if
	// Equal(a, b) is true, then Hash(h, a) and Hash(h, b) must write identical
	// streams to h.
	Hash(hash *Hash, value T)
	Equal(x, y T) bool
}

// ComparableHasher is an implementation of Hasher for comparable types. Its
// Equal(x, y) method is consistent with x == y.
type ComparableHasher[T comparable] struct {
	_ [0]func(T) // not comparable, and distinct for each T
}

func (ComparableHasher[T]) Hash(h *Hash, v T) { WriteComparable(h, v) }
func (ComparableHasher[T]) Equal(x, y T) bool { return x == y }
