// Package atomic provides low-level atomic memory primitives. The functions are
// compiler intrinsics (single instructions).
package atomic

import (
	"internal/rt"
	"unsafe"
)

func AddInt32(addr *int32, delta int32) (new int32)
func AddInt64(addr *int64, delta int64) (new int64)
func AddUint32(addr *uint32, delta uint32) (new uint32)
func AddUint64(addr *uint64, delta uint64) (new uint64)
func AddUintptr(addr *uintptr, delta uintptr) (new uintptr)

func LoadInt32(addr *int32) (val int32)
func LoadInt64(addr *int64) (val int64)
func LoadUint32(addr *uint32) (val uint32)
func LoadUint64(addr *uint64) (val uint64)
func LoadUintptr(addr *uintptr) (val uintptr)

func StoreInt32(addr *int32, val int32)
func StoreInt64(addr *int64, val int64)
func StoreUint32(addr *uint32, val uint32)
func StoreUint64(addr *uint64, val uint64)
func StoreUintptr(addr *uintptr, val uintptr)

func SwapInt32(addr *int32, new int32) (old int32)
func SwapInt64(addr *int64, new int64) (old int64)
func SwapUint32(addr *uint32, new uint32) (old uint32)
func SwapUint64(addr *uint64, new uint64) (old uint64)
func SwapUintptr(addr *uintptr, new uintptr) (old uintptr)

func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool)
func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool)
func CompareAndSwapUint32(addr *uint32, old, new uint32) (swapped bool)
func CompareAndSwapUint64(addr *uint64, old, new uint64) (swapped bool)
func CompareAndSwapUintptr(addr *uintptr, old, new uintptr) (swapped bool)

func LoadPointer(addr *unsafe.Pointer) (val unsafe.Pointer)
func StorePointer(addr *unsafe.Pointer, val unsafe.Pointer)
func SwapPointer(addr *unsafe.Pointer, new unsafe.Pointer) (old unsafe.Pointer)
func CompareAndSwapPointer(addr *unsafe.Pointer, old, new unsafe.Pointer) (swapped bool)

// The And and Or functions apply the bitwise operation with mask to *addr and
// return the old value.
func AndInt32(addr *int32, mask int32) (old int32)
func AndInt64(addr *int64, mask int64) (old int64)
func AndUint32(addr *uint32, mask uint32) (old uint32)
func AndUint64(addr *uint64, mask uint64) (old uint64)
func AndUintptr(addr *uintptr, mask uintptr) (old uintptr)
func OrInt32(addr *int32, mask int32) (old int32)
func OrInt64(addr *int64, mask int64) (old int64)
func OrUint32(addr *uint32, mask uint32) (old uint32)
func OrUint64(addr *uint64, mask uint64) (old uint64)
func OrUintptr(addr *uintptr, mask uintptr) (old uintptr)

// noCopy and align64 are Go's markers (for go vet's copylocks check, and
// 8-byte alignment on 32-bit platforms): zero-size fields that make the
// typed atomics print as Go's do.
type noCopy struct{}

type align64 struct{}

// An Int32 is an atomic int32.
type Int32 struct {
	_ noCopy
	v int32
}

func (x *Int32) Load() int32                        { return LoadInt32(&x.v) }
func (x *Int32) Store(val int32)                    { StoreInt32(&x.v, val) }
func (x *Int32) Swap(new int32) (old int32)         { return SwapInt32(&x.v, new) }
func (x *Int32) CompareAndSwap(old, new int32) bool { return CompareAndSwapInt32(&x.v, old, new) }
func (x *Int32) Add(delta int32) (new int32)        { return AddInt32(&x.v, delta) }
func (x *Int32) And(mask int32) (old int32)         { return AndInt32(&x.v, mask) }
func (x *Int32) Or(mask int32) (old int32)          { return OrInt32(&x.v, mask) }

// An Int64 is an atomic int64.
type Int64 struct {
	_ noCopy
	_ align64
	v int64
}

func (x *Int64) Load() int64                        { return LoadInt64(&x.v) }
func (x *Int64) Store(val int64)                    { StoreInt64(&x.v, val) }
func (x *Int64) Swap(new int64) (old int64)         { return SwapInt64(&x.v, new) }
func (x *Int64) CompareAndSwap(old, new int64) bool { return CompareAndSwapInt64(&x.v, old, new) }
func (x *Int64) Add(delta int64) (new int64)        { return AddInt64(&x.v, delta) }
func (x *Int64) And(mask int64) (old int64)         { return AndInt64(&x.v, mask) }
func (x *Int64) Or(mask int64) (old int64)          { return OrInt64(&x.v, mask) }

// A Uint32 is an atomic uint32.
type Uint32 struct {
	_ noCopy
	v uint32
}

func (x *Uint32) Load() uint32                        { return LoadUint32(&x.v) }
func (x *Uint32) Store(val uint32)                    { StoreUint32(&x.v, val) }
func (x *Uint32) Swap(new uint32) (old uint32)        { return SwapUint32(&x.v, new) }
func (x *Uint32) CompareAndSwap(old, new uint32) bool { return CompareAndSwapUint32(&x.v, old, new) }
func (x *Uint32) Add(delta uint32) (new uint32)       { return AddUint32(&x.v, delta) }
func (x *Uint32) And(mask uint32) (old uint32)        { return AndUint32(&x.v, mask) }
func (x *Uint32) Or(mask uint32) (old uint32)         { return OrUint32(&x.v, mask) }

// A Uint64 is an atomic uint64.
type Uint64 struct {
	_ noCopy
	_ align64
	v uint64
}

func (x *Uint64) Load() uint64                        { return LoadUint64(&x.v) }
func (x *Uint64) Store(val uint64)                    { StoreUint64(&x.v, val) }
func (x *Uint64) Swap(new uint64) (old uint64)        { return SwapUint64(&x.v, new) }
func (x *Uint64) CompareAndSwap(old, new uint64) bool { return CompareAndSwapUint64(&x.v, old, new) }
func (x *Uint64) Add(delta uint64) (new uint64)       { return AddUint64(&x.v, delta) }
func (x *Uint64) And(mask uint64) (old uint64)        { return AndUint64(&x.v, mask) }
func (x *Uint64) Or(mask uint64) (old uint64)         { return OrUint64(&x.v, mask) }

// A Bool is an atomic boolean value.
type Bool struct {
	_ noCopy
	v uint32
}

func b32(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

func (x *Bool) Load() bool               { return LoadUint32(&x.v) != 0 }
func (x *Bool) Store(val bool)           { StoreUint32(&x.v, b32(val)) }
func (x *Bool) Swap(new bool) (old bool) { return SwapUint32(&x.v, b32(new)) != 0 }
func (x *Bool) CompareAndSwap(old, new bool) bool {
	return CompareAndSwapUint32(&x.v, b32(old), b32(new))
}

// A Uintptr is an atomic uintptr. The zero value is zero.
type Uintptr struct {
	_ noCopy
	v uintptr
}

func (x *Uintptr) Load() uintptr                        { return LoadUintptr(&x.v) }
func (x *Uintptr) Store(val uintptr)                    { StoreUintptr(&x.v, val) }
func (x *Uintptr) Swap(new uintptr) (old uintptr)       { return SwapUintptr(&x.v, new) }
func (x *Uintptr) CompareAndSwap(old, new uintptr) bool { return CompareAndSwapUintptr(&x.v, old, new) }
func (x *Uintptr) Add(delta uintptr) (new uintptr)      { return AddUintptr(&x.v, delta) }
func (x *Uintptr) And(mask uintptr) (old uintptr)       { return AndUintptr(&x.v, mask) }
func (x *Uintptr) Or(mask uintptr) (old uintptr)        { return OrUintptr(&x.v, mask) }

// A Pointer is an atomic pointer of type *T. The zero value is a nil *T.
// (The collector stops the world to mark, so a store needs no write barrier.)
type Pointer[T any] struct {
	// a Pointer[T] does not convert to a Pointer[U]
	_ [0]*T
	_ noCopy
	v unsafe.Pointer
}

func (x *Pointer[T]) Load() *T { return (*T)(LoadPointer(&x.v)) }

func (x *Pointer[T]) Store(val *T) { StorePointer(&x.v, unsafe.Pointer(val)) }

func (x *Pointer[T]) Swap(new *T) (old *T) { return (*T)(SwapPointer(&x.v, unsafe.Pointer(new))) }

func (x *Pointer[T]) CompareAndSwap(old, new *T) (swapped bool) {
	return CompareAndSwapPointer(&x.v, unsafe.Pointer(old), unsafe.Pointer(new))
}

// A Value provides an atomic load and store of a consistently typed value.
//
// It holds only the value, as Go's does (so that it prints as Go's): its
// operations take one of valueLocks, chosen by the Value's address, which
// never changes (the collector moves no object, and an addressed local lives
// on the goroutine's side stack, which is not copied).
type Value struct {
	v any
}

// valueLocks are the spin locks of every Value, striped by address.
var valueLocks [64]uint32

// lockWord is v's lock among valueLocks.
func (v *Value) lockWord() *uint32 {
	return &valueLocks[uintptr(unsafe.Pointer(v))>>4%uintptr(len(valueLocks))]
}

func (v *Value) lock() {
	for !CompareAndSwapUint32(v.lockWord(), 0, 1) {
	}
}

func (v *Value) unlock() { StoreUint32(v.lockWord(), 0) }

// Load returns the value set by the most recent Store (nil if there was none).
func (v *Value) Load() (val any) {
	v.lock()
	val = v.v
	v.unlock()
	return
}

// Store sets the value of the Value v to val. All calls to Store for a given
// Value must use values of the same concrete type.
//
// Its panics, as Swap's and CompareAndSwap's, are in the method itself, at Go's
// lines, so that tracebacks show Go's frames; the lock is released by a
// deferred call.
func (v *Value) Store(val any) {
	if val == nil {
//line value.go:49
		panic("sync/atomic: store of nil value into Value")
	}
	v.lock()
	defer v.unlock()
	if v.v != nil && rt.TypeOf(v.v) != rt.TypeOf(val) {
//line value.go:78
		panic("sync/atomic: store of inconsistently typed value into Value")
	}
	v.v = val
}

// Swap stores new into Value and returns the previous value, nil if the Value
// is empty. All calls to Swap for a given Value must use values of the same
// concrete type.
func (v *Value) Swap(new any) (old any) {
	if new == nil {
//line value.go:92
		panic("sync/atomic: swap of nil value into Value")
	}
	v.lock()
	defer v.unlock()
	if v.v != nil && rt.TypeOf(v.v) != rt.TypeOf(new) {
//line value.go:121
		panic("sync/atomic: swap of inconsistently typed value into Value")
	}
	old, v.v = v.v, new
	return old
}

// CompareAndSwap executes the compare-and-swap operation for the Value: if it
// holds old (compared with ==, which panics for uncomparable types), it is set
// to new. All calls for a given Value must use values of the same concrete type.
func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	if new == nil {
//line value.go:136
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	if old != nil && rt.TypeOf(old) != rt.TypeOf(new) {
//line value.go:142
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	v.lock()
	defer v.unlock()
	if v.v != nil && rt.TypeOf(v.v) != rt.TypeOf(new) {
//line value.go:172
		panic("sync/atomic: compare and swap of inconsistently typed value into Value")
	}
	if v.v != old {
		return false
	}
	v.v = new
	return true
}
