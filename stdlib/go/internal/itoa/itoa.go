// Package itoa formats integers for packages below strconv (os, syscall).
package itoa

// Itoa is strconv.Itoa.
func Itoa(val int) string {
	if val < 0 {
		return "-" + Uitoa(uint(-val))
	}
	return Uitoa(uint(val))
}

// Uitoa is strconv.FormatUint(val, 10).
func Uitoa(val uint) string {
	var buf [20]byte // big enough for 64 bits in decimal
	i := len(buf)
	for {
		i--
		buf[i] = byte('0' + val%10)
		val /= 10
		if val == 0 {
			break
		}
	}
	return string(buf[i:])
}
