// Package list is a doubly linked list, as Go's container/list.
//
// A List is a ring through a sentinel element, root: root.next is the front
// and root.prev the back, so inserting and removing never special-case the
// ends. The zero List is empty and ready to use: it becomes a ring on its
// first insertion (lazyInit). Elements know their list, so operations given an
// element of another list (or a removed one) do nothing, as Go's do.
package list

// Element is an element of a linked list.
type Element struct {
	// next and prev link the ring; nil once the element is removed.
	next, prev *Element
	// list is the list the element is in, nil once it is removed.
	list *List

	// Value is the value stored with this element.
	Value any
}

// Next returns the next list element or nil.
func (e *Element) Next() *Element {
	if n := e.next; e.list != nil && n != &e.list.root {
		return n
	}
	return nil
}

// Prev returns the previous list element or nil.
func (e *Element) Prev() *Element {
	if p := e.prev; e.list != nil && p != &e.list.root {
		return p
	}
	return nil
}

// List represents a doubly linked list. The zero value is an empty list.
type List struct {
	root Element
	len  int
}

// Init initializes or clears list l.
func (l *List) Init() *List {
	l.root.next = &l.root
	l.root.prev = &l.root
	l.len = 0
	return l
}

// New returns an initialized list.
func New() *List { return new(List).Init() }

// Len returns the number of elements of list l.
func (l *List) Len() int { return l.len }

// Front returns the first element of list l or nil if the list is empty.
func (l *List) Front() *Element {
	if l.len == 0 {
		return nil
	}
	return l.root.next
}

// Back returns the last element of list l or nil if the list is empty.
func (l *List) Back() *Element {
	if l.len == 0 {
		return nil
	}
	return l.root.prev
}

func (l *List) lazyInit() {
	if l.root.next == nil {
		l.Init()
	}
}

// link puts e in l right after at.
func (l *List) link(e, at *Element) *Element {
	e.prev = at
	e.next = at.next
	at.next.prev = e
	at.next = e
	e.list = l
	l.len++
	return e
}

// unlink takes e out of the ring (its links are left for the caller).
func unlink(e *Element) {
	e.prev.next = e.next
	e.next.prev = e.prev
}

// Remove removes e from l if e is an element of list l. It returns e.Value.
func (l *List) Remove(e *Element) any {
	if e.list == l {
		unlink(e)
		e.next, e.prev, e.list = nil, nil, nil
		l.len--
	}
	return e.Value
}

// relink moves e, an element of l, right after at.
func (l *List) relink(e, at *Element) {
	if e == at {
		return
	}
	unlink(e)
	l.len--
	l.link(e, at)
}

// PushFront inserts a new element with value v at the front of list l.
func (l *List) PushFront(v any) *Element {
	l.lazyInit()
	return l.link(&Element{Value: v}, &l.root)
}

// PushBack inserts a new element with value v at the back of list l.
func (l *List) PushBack(v any) *Element {
	l.lazyInit()
	return l.link(&Element{Value: v}, l.root.prev)
}

// InsertBefore inserts a new element with value v immediately before mark; if
// mark is not an element of l, the list is not modified.
func (l *List) InsertBefore(v any, mark *Element) *Element {
	if mark.list != l {
		return nil
	}
	return l.link(&Element{Value: v}, mark.prev)
}

// InsertAfter inserts a new element with value v immediately after mark; if
// mark is not an element of l, the list is not modified.
func (l *List) InsertAfter(v any, mark *Element) *Element {
	if mark.list != l {
		return nil
	}
	return l.link(&Element{Value: v}, mark)
}

// MoveToFront moves element e to the front of list l.
func (l *List) MoveToFront(e *Element) {
	if e.list != l || l.root.next == e {
		return
	}
	l.relink(e, &l.root)
}

// MoveToBack moves element e to the back of list l.
func (l *List) MoveToBack(e *Element) {
	if e.list != l || l.root.prev == e {
		return
	}
	l.relink(e, l.root.prev)
}

// MoveBefore moves element e to its new position before mark.
func (l *List) MoveBefore(e, mark *Element) {
	if e.list != l || e == mark || mark.list != l {
		return
	}
	l.relink(e, mark.prev)
}

// MoveAfter moves element e to its new position after mark.
func (l *List) MoveAfter(e, mark *Element) {
	if e.list != l || e == mark || mark.list != l {
		return
	}
	l.relink(e, mark)
}

// PushBackList inserts a copy of another list at the back of list l. The lists
// l and other may be the same.
func (l *List) PushBackList(other *List) {
	l.lazyInit()
	for i, e := other.Len(), other.Front(); i > 0; i, e = i-1, e.Next() {
		l.link(&Element{Value: e.Value}, l.root.prev)
	}
}

// PushFrontList inserts a copy of another list at the front of list l. The
// lists l and other may be the same.
func (l *List) PushFrontList(other *List) {
	l.lazyInit()
	for i, e := other.Len(), other.Back(); i > 0; i, e = i-1, e.Prev() {
		l.link(&Element{Value: e.Value}, &l.root)
	}
}
