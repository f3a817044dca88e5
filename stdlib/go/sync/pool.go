package sync

// A Pool is a set of temporary objects that may be individually saved and
// retrieved. Get returns the most recently Put object, or New's result when
// the pool is empty. As in Go, a collection sets aside what the pool holds
// and the next one drops it (the runtime's pool.rs): Get takes from what was
// put since the last collection, then from what was set aside.
type Pool struct {
	mu         Mutex
	items      []any
	victim     []any
	registered bool // on the runtime's list of pools to clean at the next collection

	// New optionally specifies a function to generate a value when Get would
	// otherwise return nil.
	New func() any
}

// registerPool puts p on the runtime's list of pools to clean at the next
// collection (with p.mu held; the collector leaves a pool whose mutex is
// held as it is, so these fields change only under it).
func registerPool(p *Pool)

// Put adds x to the pool.
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.mu.Lock()
	if !p.registered {
		p.registered = true
		registerPool(p)
	}
	p.items = append(p.items, x)
	p.mu.Unlock()
}

// Get selects an item from the Pool, removes it, and returns it; if the pool
// is empty it returns the result of calling p.New (nil without New).
func (p *Pool) Get() any {
	p.mu.Lock()
	if x, ok := pop(&p.items); ok {
		p.mu.Unlock()
		return x
	}
	if x, ok := pop(&p.victim); ok {
		p.mu.Unlock()
		return x
	}
	p.mu.Unlock()
	if p.New != nil {
		return p.New()
	}
	return nil
}

// pop takes the last element of *s, if any.
func pop(s *[]any) (any, bool) {
	n := len(*s)
	if n == 0 {
		return nil, false
	}
	x := (*s)[n-1]
	(*s)[n-1] = nil
	*s = (*s)[:n-1]
	return x, true
}
