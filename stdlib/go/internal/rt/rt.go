// Package rt gives the standard library the runtime services Go code cannot
// express: type descriptors and raw memory of interface values (for fmt and sort).
// It is minigo's counterpart of Go's internal/reflectlite.
package rt

// SliceLen returns the length of the slice held by x.
func SliceLen(x any) int

// SliceSwap swaps elements i and j of the slice held by x.
func SliceSwap(x any, i, j int)

// IsNonNilPointer reports whether x holds a non-nil pointer.
func IsNonNilPointer(x any) bool

// StoreIfAssignable stores v into *target if v's dynamic type is assignable to the
// pointed-to type (identical, or implementing it when it is an interface).
func StoreIfAssignable(target any, v any) bool
