package reflect

// visit is a comparison in progress: DeepEqual assumes two pointers or maps
// already being compared (a cycle) are equal, as Go's does.
type visit struct {
	a1, a2 uintptr
	typ    Type
}

// DeepEqual reports whether x and y are "deeply equal": values of identical
// types whose corresponding elements, fields, pointed-to values and map
// entries are deeply equal, as Go's reflect.DeepEqual defines it (NaNs are
// unequal, nil and empty slices or maps are not deeply equal, funcs are equal
// only when both are nil).
func DeepEqual(x, y any) bool {
	if x == nil || y == nil {
		return x == y
	}
	v1, v2 := ValueOf(x), ValueOf(y)
	if v1.Type() != v2.Type() {
		return false
	}
	return deepValueEqual(v1, v2, map[visit]bool{})
}

func deepValueEqual(v1, v2 Value, visited map[visit]bool) bool {
	if !v1.IsValid() || !v2.IsValid() {
		return v1.IsValid() == v2.IsValid()
	}
	if v1.Type() != v2.Type() {
		return false
	}
	switch v1.Kind() {
	case Pointer, Map:
		if v1.IsNil() || v2.IsNil() {
			return v1.IsNil() == v2.IsNil()
		}
		if v1.Pointer() == v2.Pointer() {
			return true
		}
		k := visit{v1.Pointer(), v2.Pointer(), v1.Type()}
		if visited[k] {
			return true
		}
		visited[k] = true
	}
	switch v1.Kind() {
	case Array:
		for i := 0; i < v1.Len(); i++ {
			if !deepValueEqual(v1.Index(i), v2.Index(i), visited) {
				return false
			}
		}
		return true
	case Slice:
		if v1.IsNil() != v2.IsNil() || v1.Len() != v2.Len() {
			return false
		}
		if v1.Len() == 0 || v1.Pointer() == v2.Pointer() {
			return true
		}
		for i := 0; i < v1.Len(); i++ {
			if !deepValueEqual(v1.Index(i), v2.Index(i), visited) {
				return false
			}
		}
		return true
	case Interface:
		if v1.IsNil() || v2.IsNil() {
			return v1.IsNil() == v2.IsNil()
		}
		return deepValueEqual(v1.Elem(), v2.Elem(), visited)
	case Pointer:
		return deepValueEqual(v1.Elem(), v2.Elem(), visited)
	case Struct:
		for i := 0; i < v1.NumField(); i++ {
			if !deepValueEqual(v1.Field(i), v2.Field(i), visited) {
				return false
			}
		}
		return true
	case Map:
		if v1.Len() != v2.Len() {
			return false
		}
		for _, k := range v1.MapKeys() {
			e1, e2 := v1.MapIndex(k), v2.MapIndex(k)
			if !e2.IsValid() || !deepValueEqual(e1, e2, visited) {
				return false
			}
		}
		return true
	case Func:
		return v1.IsNil() && v2.IsNil()
	case Bool:
		return v1.v.Bool() == v2.v.Bool()
	case Int, Int8, Int16, Int32, Int64:
		return v1.v.Int() == v2.v.Int()
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return v1.v.Uint() == v2.v.Uint()
	case Float32, Float64:
		return v1.v.Float() == v2.v.Float()
	case Complex64, Complex128:
		return v1.v.Complex() == v2.v.Complex()
	case String:
		return v1.v.String() == v2.v.String()
	case Chan, UnsafePointer:
		return v1.v.Pointer() == v2.v.Pointer()
	}
	panic("reflect: DeepEqual of unknown kind " + v1.Kind().String())
}
