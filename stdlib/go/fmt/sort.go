package fmt

import "internal/rt"

// sortedEntries returns a map's keys and elements in the order Go's fmt
// prints them (its internal/fmtsort): numbers and strings ascending, false
// before true, NaN first, structs and arrays element by element, nil before
// non-nil.
func sortedEntries(m rt.Value) (keys, elems []rt.Value) {
	kv := m.MapEntries()
	n := len(kv) / 2
	// a merge sort of the entries' indices: stable and O(n log n)
	order, tmp := make([]int, n), make([]int, n)
	for i := range order {
		order[i] = i
	}
	for width := 1; width < n; width *= 2 {
		for lo := 0; lo < n; lo += 2 * width {
			mid := min(lo+width, n)
			hi := min(lo+2*width, n)
			i, j, k := lo, mid, lo
			for i < mid && j < hi {
				if compare(kv[2*order[j]], kv[2*order[i]]) < 0 {
					tmp[k] = order[j]
					j++
				} else {
					tmp[k] = order[i]
					i++
				}
				k++
			}
			k += copy(tmp[k:], order[i:mid])
			copy(tmp[k:], order[j:hi])
		}
		order, tmp = tmp, order
	}
	keys, elems = make([]rt.Value, n), make([]rt.Value, n)
	for i, e := range order {
		keys[i], elems[i] = kv[2*e], kv[2*e+1]
	}
	return keys, elems
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
