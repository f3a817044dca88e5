// Package bytealg holds the byte-searching loops of strings and bytes that Go
// writes in assembly; here they are natives over the C library's vectorised
// memchr.
package bytealg

// IndexByteString returns the index of the first c in s, or -1.
func IndexByteString(s string, c byte) int

// IndexByte returns the index of the first c in b, or -1.
func IndexByte(b []byte, c byte) int
