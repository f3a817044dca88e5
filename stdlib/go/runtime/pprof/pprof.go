// Package pprof writes runtime profiling data in the text formats Go's
// runtime/pprof writes with debug > 0: the goroutine, threadcreate, heap and
// allocs profiles, custom profiles (NewProfile), and goroutine stack dumps
// (debug=2).
//
// minigo writes no protobuf profiles: WriteTo with debug=0 returns an error
// saying so, and the functions that only write them (WriteHeapProfile,
// StartCPUProfile) are not offered. The block and mutex profiles exist and
// are empty, as Go's are until a program sets their rates, which minigo does
// not support.
package pprof

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"text/tabwriter"
)

// A Profile is a collection of stack traces showing the call sequences that
// led to instances of a particular event, such as allocation. Packages can
// create and maintain their own profiles; the most common use is for tracking
// resources that must be explicitly closed, such as files or network
// connections.
//
// A Profile's methods can be called from multiple goroutines simultaneously.
type Profile struct {
	name string
	mu   sync.Mutex
	// m holds a custom profile's values, each with the stack that added it.
	m map[any][]uintptr
	// count and write are a built-in profile's.
	count func() int
	write func(io.Writer, int) error
}

// profiles records all registered profiles.
var profiles struct {
	mu sync.Mutex
	m  map[string]*Profile
}

var goroutineProfile = &Profile{name: "goroutine", count: runtime.NumGoroutine, write: writeGoroutine}

var threadcreateProfile = &Profile{name: "threadcreate", count: countThreadCreate, write: writeThreadCreate}

var heapProfile = &Profile{name: "heap", count: countHeap, write: writeHeap}

var allocsProfile = &Profile{name: "allocs", count: countHeap, write: writeHeap}

var blockProfile = &Profile{name: "block", count: countNone, write: writeContention("block")}

var mutexProfile = &Profile{name: "mutex", count: countNone, write: writeContention("mutex")}

var goroutineLeakProfile = &Profile{name: "goroutineleak", count: countNone, write: writeContention("goroutineleak")}

func lockProfiles() {
	profiles.mu.Lock()
	if profiles.m == nil {
		profiles.m = map[string]*Profile{
			"goroutine":     goroutineProfile,
			"goroutineleak": goroutineLeakProfile,
			"threadcreate":  threadcreateProfile,
			"heap":          heapProfile,
			"allocs":        allocsProfile,
			"block":         blockProfile,
			"mutex":         mutexProfile,
		}
	}
}

func unlockProfiles() {
	profiles.mu.Unlock()
}

// NewProfile creates a new profile with the given name. If a profile with
// that name already exists, NewProfile panics. The convention is to use a
// 'import/path.' prefix to create separate name spaces for each package.
func NewProfile(name string) *Profile {
	lockProfiles()
	defer unlockProfiles()
	if name == "" {
		panic("pprof: NewProfile with empty name")
	}
	if profiles.m[name] != nil {
		panic("pprof: NewProfile name already in use: " + name)
	}
	p := &Profile{name: name, m: map[any][]uintptr{}}
	profiles.m[name] = p
	return p
}

// Lookup returns the profile with the given name, or nil if no such profile
// exists.
func Lookup(name string) *Profile {
	lockProfiles()
	defer unlockProfiles()
	return profiles.m[name]
}

// Profiles returns a slice of all the known profiles, sorted by name.
func Profiles() []*Profile {
	lockProfiles()
	defer unlockProfiles()
	all := make([]*Profile, 0, len(profiles.m))
	for _, p := range profiles.m {
		all = append(all, p)
	}
	slices.SortFunc(all, func(a, b *Profile) int { return strings.Compare(a.name, b.name) })
	return all
}

// Name returns this profile's name, which can be passed to Lookup to reobtain
// the profile.
func (p *Profile) Name() string {
	return p.name
}

// Count returns the number of execution stacks currently in the profile.
func (p *Profile) Count() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.count != nil {
		return p.count()
	}
	return len(p.m)
}

// Add adds the current execution stack to the profile, associated with value.
// Add stores value in an internal map, so value must be suitable for use as a
// map key and will not be garbage collected until the corresponding call to
// Remove. Add panics if the profile already contains a stack for value.
//
// The skip parameter has the same meaning as runtime.Caller's skip and
// controls where the stack trace begins. Passing skip=0 begins the trace in
// the function calling Add.
func (p *Profile) Add(value any, skip int) {
	if p.name == "" {
		panic("pprof: use of uninitialized Profile")
	}
	if p.write != nil {
		panic("pprof: Add called on built-in Profile " + p.name)
	}
	stk := make([]uintptr, 32)
	n := runtime.Callers(skip+1, stk)
	stk = stk[:n]
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.m[value] != nil {
		panic("pprof: Profile.Add of duplicate value")
	}
	p.m[value] = stk
}

// Remove removes the execution stack associated with value from the profile.
// It is a no-op if the value is not in the profile.
func (p *Profile) Remove(value any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	delete(p.m, value)
}

// WriteTo writes a pprof-formatted snapshot of the profile to w. If a write to
// w returns an error, WriteTo returns that error. Otherwise, WriteTo returns
// nil.
//
// The debug parameter enables additional output. Passing debug=0 writes the
// gzip-compressed protocol buffer described in
// https://github.com/google/pprof/tree/main/proto#overview, which minigo does
// not write (it returns an error). Passing debug=1 writes the legacy text
// format with comments translating addresses to function names and line
// numbers, so that a programmer can read the profile without tools.
//
// The predefined profiles may assign meaning to other debug values; for
// example, when printing the "goroutine" profile, debug=2 means to print the
// goroutine stacks in the same form that a Go program uses when dying due to
// an unrecovered panic.
func (p *Profile) WriteTo(w io.Writer, debug int) error {
	if p.name == "" {
		panic("pprof: use of zero Profile")
	}
	if debug <= 0 {
		return errors.New("minigo does not support the protocol buffer format of profile " + p.name + " (debug=0)")
	}
	if p.write != nil {
		return p.write(w, debug)
	}
	p.mu.Lock()
	all := make([][]uintptr, 0, len(p.m))
	for _, stk := range p.m {
		all = append(all, stk)
	}
	p.mu.Unlock()
	// map order is random: the output's is not
	slices.SortFunc(all, slices.Compare)
	return printCountProfile(w, p.name, all)
}

// printCountProfile writes stacks as a count profile: each distinct stack
// with how many times it occurs, most frequent first.
func printCountProfile(w io.Writer, name string, stacks [][]uintptr) error {
	var keys []string
	count := map[string]int{}
	index := map[string]int{}
	for i, stk := range stacks {
		k := fmt.Sprint(stk)
		if _, ok := count[k]; !ok {
			index[k] = i
			keys = append(keys, k)
		}
		count[k]++
	}
	sort.SliceStable(keys, func(i, j int) bool { return count[keys[i]] > count[keys[j]] })
	tw := tabwriter.NewWriter(w, 1, 8, 1, '\t', 0)
	fmt.Fprintf(tw, "%s profile: total %d\n", name, len(stacks))
	for _, k := range keys {
		fmt.Fprintf(tw, "%d @", count[k])
		stk := stacks[index[k]]
		for _, pc := range stk {
			fmt.Fprintf(tw, " %#x", pc)
		}
		fmt.Fprint(tw, "\n")
		printStackRecord(tw, stk, false)
	}
	return tw.Flush()
}

// printStackRecord prints the function + source line information for a single
// stack trace: runtime functions at its top are left out unless nothing else
// is there, and runtime.goexit always.
func printStackRecord(w io.Writer, stk []uintptr, allFrames bool) {
	show := allFrames
	if len(stk) > 0 && slices.Max(stk) == 0 {
		// a stack not recorded (threadcreate's)
		fmt.Fprintf(w, "#\t0x0\n\n")
		return
	}
	frames := runtime.CallersFrames(stk)
	for {
		frame, more := frames.Next()
		name := frame.Function
		if name == "" {
			show = true
			fmt.Fprintf(w, "#\t%#x\n", frame.PC)
		} else if name != "runtime.goexit" && (show || !strings.HasPrefix(name, "runtime.")) {
			show = true
			fmt.Fprintf(w, "#\t%#x\t%s+%#x\t%s:%d\n", frame.PC, name, frame.PC-frame.Entry, frame.File, frame.Line)
		}
		if !more {
			break
		}
	}
	if !show {
		printStackRecord(w, stk, true)
		return
	}
	fmt.Fprintf(w, "\n")
}

func countNone() int { return 0 }

// writeContention writes an empty contention profile (block, mutex): minigo
// records no contention events.
func writeContention(name string) func(io.Writer, int) error {
	return func(w io.Writer, debug int) error {
		return errors.New("minigo does not support contention profiles: profile " + name + " has no events")
	}
}

func writeGoroutine(w io.Writer, debug int) error {
	if debug >= 2 {
		return writeGoroutineStacks(w)
	}
	var p []runtime.StackRecord
	n, ok := runtime.GoroutineProfile(nil)
	for {
		p = make([]runtime.StackRecord, n+10)
		n, ok = runtime.GoroutineProfile(p)
		if ok {
			p = p[:n]
			break
		}
	}
	stacks := make([][]uintptr, len(p))
	for i := range p {
		stacks[i] = p[i].Stack()
	}
	return printCountProfile(w, "goroutine", stacks)
}

// writeGoroutineStacks writes every goroutine's stack as a dying program's
// traceback does.
func writeGoroutineStacks(w io.Writer) error {
	buf := make([]byte, 1<<20)
	for {
		n := runtime.Stack(buf, true)
		if n < len(buf) {
			buf = buf[:n]
			break
		}
		buf = make([]byte, 2*len(buf))
	}
	_, err := w.Write(buf)
	return err
}

func countThreadCreate() int {
	n, _ := runtime.ThreadCreateProfile(nil)
	return n
}

func writeThreadCreate(w io.Writer, debug int) error {
	n, _ := runtime.ThreadCreateProfile(nil)
	p := make([]runtime.StackRecord, n)
	runtime.ThreadCreateProfile(p)
	stacks := make([][]uintptr, n)
	for i := range p {
		stacks[i] = p[i].Stack0[:]
	}
	return printCountProfile(w, "threadcreate", stacks)
}

func countHeap() int {
	n, _ := runtime.MemProfile(nil, true)
	return n
}

// writeHeap writes the heap profile in the legacy text format: a header with
// the totals, each record with its stack, then the memory statistics minigo
// keeps.
func writeHeap(w io.Writer, debug int) error {
	var p []runtime.MemProfileRecord
	n, ok := runtime.MemProfile(nil, true)
	for {
		p = make([]runtime.MemProfileRecord, n+50)
		n, ok = runtime.MemProfile(p, true)
		if ok {
			p = p[:n]
			break
		}
	}
	sort.Slice(p, func(i, j int) bool { return p[i].InUseBytes() > p[j].InUseBytes() })
	b := bufio.NewWriter(w)
	tw := tabwriter.NewWriter(b, 1, 8, 1, '\t', 0)
	var total runtime.MemProfileRecord
	for i := range p {
		r := &p[i]
		total.AllocBytes += r.AllocBytes
		total.AllocObjects += r.AllocObjects
		total.FreeBytes += r.FreeBytes
		total.FreeObjects += r.FreeObjects
	}
	// the rate pprof expects is twice MemProfileRate; alloc must not equal
	// inuse (pprof would read a 2-column profile)
	rate := 2 * runtime.MemProfileRate
	inUseBytes := total.InUseBytes()
	allocBytes := total.AllocBytes
	if inUseBytes == allocBytes {
		allocBytes++
	}
	fmt.Fprintf(tw, "heap profile: %d: %d [%d: %d] @ heap/%d\n", total.InUseObjects(), inUseBytes, total.AllocObjects, allocBytes, rate)
	for i := range p {
		r := &p[i]
		fmt.Fprintf(tw, "%d: %d [%d: %d] @", r.InUseObjects(), r.InUseBytes(), r.AllocObjects, r.AllocBytes)
		for _, pc := range r.Stack() {
			fmt.Fprintf(tw, " %#x", pc)
		}
		fmt.Fprintf(tw, "\n")
		printStackRecord(tw, r.Stack(), false)
	}
	var s runtime.MemStats
	runtime.ReadMemStats(&s)
	fmt.Fprintf(tw, "\n# runtime.MemStats\n")
	fmt.Fprintf(tw, "# Alloc = %d\n", s.Alloc)
	fmt.Fprintf(tw, "# TotalAlloc = %d\n", s.TotalAlloc)
	fmt.Fprintf(tw, "# Sys = %d\n", s.Sys)
	fmt.Fprintf(tw, "# Lookups = %d\n", s.Lookups)
	fmt.Fprintf(tw, "# Mallocs = %d\n", s.Mallocs)
	fmt.Fprintf(tw, "# Frees = %d\n", s.Frees)
	fmt.Fprintf(tw, "# HeapAlloc = %d\n", s.HeapAlloc)
	fmt.Fprintf(tw, "# HeapSys = %d\n", s.HeapSys)
	fmt.Fprintf(tw, "# HeapIdle = %d\n", s.HeapIdle)
	fmt.Fprintf(tw, "# HeapInuse = %d\n", s.HeapInuse)
	fmt.Fprintf(tw, "# HeapReleased = %d\n", s.HeapReleased)
	fmt.Fprintf(tw, "# HeapObjects = %d\n", s.HeapObjects)
	fmt.Fprintf(tw, "# NextGC = %d\n", s.NextGC)
	fmt.Fprintf(tw, "# LastGC = %d\n", s.LastGC)
	fmt.Fprintf(tw, "# PauseNs = %d\n", s.PauseNs)
	fmt.Fprintf(tw, "# NumGC = %d\n", s.NumGC)
	fmt.Fprintf(tw, "# NumForcedGC = %d\n", s.NumForcedGC)
	tw.Flush()
	return b.Flush()
}
