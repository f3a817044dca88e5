package fmt

import "internal/rt"

// sortedKeys returns a map's keys in the order Go's fmt prints them (its
// internal/fmtsort): numbers and strings ascending, false before true, NaN
// first, structs and arrays element by element, nil before non-nil.
func sortedKeys(m rt.Value) []rt.Value {
	keys := m.MapKeys()
	// a merge sort: stable and O(n log n) for big maps
	tmp := make([]rt.Value, len(keys))
	for width := 1; width < len(keys); width *= 2 {
		for lo := 0; lo < len(keys); lo += 2 * width {
			mid := min(lo+width, len(keys))
			hi := min(lo+2*width, len(keys))
			i, j, k := lo, mid, lo
			for i < mid && j < hi {
				if compare(keys[j], keys[i]) < 0 {
					tmp[k] = keys[j]
					j++
				} else {
					tmp[k] = keys[i]
					i++
				}
				k++
			}
			for ; i < mid; i++ {
				tmp[k] = keys[i]
				k++
			}
			for ; j < hi; j++ {
				tmp[k] = keys[j]
				k++
			}
		}
		keys, tmp = tmp, keys
	}
	return keys
}

func compare(a, b rt.Value) int {
	switch a.Kind() {
	case rt.Int, rt.Int8, rt.Int16, rt.Int32, rt.Int64:
		return cmpInt(a.Int(), b.Int())
	case rt.Uint, rt.Uint8, rt.Uint16, rt.Uint32, rt.Uint64, rt.Uintptr:
		x, y := a.Uint(), b.Uint()
		if x < y {
			return -1
		} else if x > y {
			return 1
		}
		return 0
	case rt.String:
		x, y := a.String(), b.String()
		if x < y {
			return -1
		} else if x > y {
			return 1
		}
		return 0
	case rt.Float32, rt.Float64:
		return cmpFloat(a.Float(), b.Float())
	case rt.Bool:
		x, y := a.Bool(), b.Bool()
		if x == y {
			return 0
		}
		if !x {
			return -1
		}
		return 1
	case rt.Pointer, rt.UnsafePointer, rt.Chan, rt.Func, rt.Map:
		x, y := a.Pointer(), b.Pointer()
		if x < y {
			return -1
		} else if x > y {
			return 1
		}
		return 0
	case rt.Struct:
		for i := 0; i < a.Type().NumField(); i++ {
			if c := compare(a.Field(i), b.Field(i)); c != 0 {
				return c
			}
		}
		return 0
	case rt.Array:
		for i := 0; i < a.Len(); i++ {
			if c := compare(a.Index(i), b.Index(i)); c != 0 {
				return c
			}
		}
		return 0
	case rt.Interface:
		x, y := a.Elem(), b.Elem()
		if !x.IsValid() || !y.IsValid() {
			return cmpInt(b2i(x.IsValid()), b2i(y.IsValid()))
		}
		if x.Type() != y.Type() {
			xs, ys := x.Type().String(), y.Type().String()
			if xs < ys {
				return -1
			}
			return 1
		}
		return compare(x, y)
	}
	return 0
}

func b2i(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

func cmpInt(x, y int64) int {
	if x < y {
		return -1
	} else if x > y {
		return 1
	}
	return 0
}

func cmpFloat(x, y float64) int {
	switch {
	case x != x && y != y:
		return 0
	case x != x:
		return -1
	case y != y:
		return 1
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}
