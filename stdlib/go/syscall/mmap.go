// Memory mappings: Mmap, Munmap, Mprotect and Madvise, as Go's on Linux. A
// mapping is a []byte over memory outside the Go heap; Munmap takes only a
// slice Mmap returned, whole, as Go checks it (by the address of its last
// byte, in the table of active mappings).

package syscall

import (
	"sync"
	"unsafe"
)

// Protections, mapping flags and advice (Linux, amd64).
const (
	PROT_NONE      = 0x0
	PROT_READ      = 0x1
	PROT_WRITE     = 0x2
	PROT_EXEC      = 0x4
	PROT_GROWSDOWN = 0x1000000
	PROT_GROWSUP   = 0x2000000

	MAP_SHARED     = 0x1
	MAP_PRIVATE    = 0x2
	MAP_TYPE       = 0xf
	MAP_FIXED      = 0x10
	MAP_ANON       = 0x20
	MAP_ANONYMOUS  = 0x20
	MAP_32BIT      = 0x40
	MAP_GROWSDOWN  = 0x100
	MAP_DENYWRITE  = 0x800
	MAP_EXECUTABLE = 0x1000
	MAP_LOCKED     = 0x2000
	MAP_NORESERVE  = 0x4000
	MAP_POPULATE   = 0x8000
	MAP_NONBLOCK   = 0x10000
	MAP_STACK      = 0x20000
	MAP_HUGETLB    = 0x40000
	MAP_FILE       = 0x0

	MADV_NORMAL      = 0x0
	MADV_RANDOM      = 0x1
	MADV_SEQUENTIAL  = 0x2
	MADV_WILLNEED    = 0x3
	MADV_DONTNEED    = 0x4
	MADV_REMOVE      = 0x9
	MADV_DONTFORK    = 0xa
	MADV_DOFORK      = 0xb
	MADV_MERGEABLE   = 0xc
	MADV_UNMERGEABLE = 0xd
	MADV_HUGEPAGE    = 0xe
	MADV_NOHUGEPAGE  = 0xf
	MADV_HWPOISON    = 0x64
)

// The system calls (natives); each returns Linux's errno, 0 on success.
func mmap(length uintptr, prot, flags, fd int, offset int64) (addr uintptr, errno int)
func munmap(addr, length uintptr) (errno int)
func mprotect(addr, length uintptr, prot int) (errno int)
func madvise(addr, length uintptr, advice int) (errno int)

// The active mappings, by the address of their last byte.
var mappings struct {
	sync.Mutex
	active map[*byte][]byte
}

// Mmap maps length bytes of the file fd (or anonymous memory) from offset.
func Mmap(fd int, offset int64, length int, prot int, flags int) (data []byte, err error) {
	if length <= 0 {
		return nil, EINVAL
	}
	addr, errno := mmap(uintptr(length), prot, flags, fd, offset)
	if errno != 0 {
		return nil, Errno(errno)
	}
	b := unsafe.Slice((*byte)(unsafe.Pointer(addr)), length)
	mappings.Lock()
	defer mappings.Unlock()
	if mappings.active == nil {
		mappings.active = make(map[*byte][]byte)
	}
	mappings.active[&b[cap(b)-1]] = b
	return b, nil
}

// Munmap unmaps a mapping Mmap returned.
func Munmap(b []byte) (err error) {
	if len(b) == 0 || len(b) != cap(b) {
		return EINVAL
	}
	mappings.Lock()
	defer mappings.Unlock()
	last := &b[cap(b)-1]
	m := mappings.active[last]
	if m == nil || &m[0] != &b[0] {
		return EINVAL
	}
	if errno := munmap(uintptr(unsafe.Pointer(&b[0])), uintptr(len(b))); errno != 0 {
		return Errno(errno)
	}
	delete(mappings.active, last)
	return nil
}

// start is the address of b's first byte (of a zero byte for an empty b, as Go passes).
func start(b []byte) uintptr {
	if len(b) == 0 {
		return uintptr(unsafe.Pointer(&zero))
	}
	return uintptr(unsafe.Pointer(&b[0]))
}

var zero uintptr

// Mprotect sets the protection of the pages of b.
func Mprotect(b []byte, prot int) (err error) {
	return errnoErr(mprotect(start(b), uintptr(len(b)), prot))
}

// Madvise advises the kernel about the use of the pages of b.
func Madvise(b []byte, advice int) (err error) {
	return errnoErr(madvise(start(b), uintptr(len(b)), advice))
}
