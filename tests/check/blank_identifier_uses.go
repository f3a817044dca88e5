// The blank identifier is neither a value nor a type, and blank fields and
// methods are never found by a selector.
package _

type T struct {
	_ int
	x int
}

func (T) _() {}

func f() {
	v := _
	var w _
	t := T{}
	_ = t._
	t._()
	_, _ = v, w
}
