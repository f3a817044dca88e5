// Package time provides functionality for measuring and displaying time, and the
// timers (Sleep, After, Tick, NewTimer) that the runtime's timer heap drives.
package time

// A Duration represents the elapsed time between two instants as an int64
// nanosecond count.
type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

// String returns a string representing the duration in the form "72h3m0.5s".
func (d Duration) String() string {
	var arr [32]byte
	n := d.format(&arr)
	return string(arr[n:])
}

func (d Duration) format(buf *[32]byte) int {
	w := len(buf)
	u := uint64(d)
	neg := d < 0
	if neg {
		u = -u
	}
	if u < uint64(Second) {
		var prec int
		w--
		buf[w] = 's'
		w--
		switch {
		case u == 0:
			buf[w] = '0'
			return w
		case u < uint64(Microsecond):
			prec = 0
			buf[w] = 'n'
		case u < uint64(Millisecond):
			prec = 3
			w--
			copy(buf[w:], "µ")
		default:
			prec = 6
			buf[w] = 'm'
		}
		w, u = fmtFrac(buf[:w], u, prec)
		w = fmtInt(buf[:w], u)
	} else {
		w--
		buf[w] = 's'
		w, u = fmtFrac(buf[:w], u, 9)
		w = fmtInt(buf[:w], u%60)
		u /= 60
		if u > 0 {
			w--
			buf[w] = 'm'
			w = fmtInt(buf[:w], u%60)
			u /= 60
			if u > 0 {
				w--
				buf[w] = 'h'
				w = fmtInt(buf[:w], u)
			}
		}
	}
	if neg {
		w--
		buf[w] = '-'
	}
	return w
}

// fmtFrac formats the fraction of v/10**prec (e.g., ".12345") into the tail of
// buf, omitting trailing zeros and the decimal point when the fraction is 0.
func fmtFrac(buf []byte, v uint64, prec int) (nw int, nv uint64) {
	w := len(buf)
	print := false
	for i := 0; i < prec; i++ {
		digit := v % 10
		print = print || digit != 0
		if print {
			w--
			buf[w] = byte(digit) + '0'
		}
		v /= 10
	}
	if print {
		w--
		buf[w] = '.'
	}
	return w, v
}

// fmtInt formats v into the tail of buf.
func fmtInt(buf []byte, v uint64) int {
	w := len(buf)
	if v == 0 {
		w--
		buf[w] = '0'
	} else {
		for v > 0 {
			w--
			buf[w] = byte(v%10) + '0'
			v /= 10
		}
	}
	return w
}

// Nanoseconds returns the duration as an integer nanosecond count.
func (d Duration) Nanoseconds() int64 { return int64(d) }

// Microseconds returns the duration as an integer microsecond count.
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

// Milliseconds returns the duration as an integer millisecond count.
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

// Seconds returns the duration as a floating point number of seconds.
func (d Duration) Seconds() float64 {
	sec := d / Second
	nsec := d % Second
	return float64(sec) + float64(nsec)/1e9
}

// Minutes returns the duration as a floating point number of minutes.
func (d Duration) Minutes() float64 {
	min := d / Minute
	nsec := d % Minute
	return float64(min) + float64(nsec)/(60*1e9)
}

// Hours returns the duration as a floating point number of hours.
func (d Duration) Hours() float64 {
	hour := d / Hour
	nsec := d % Hour
	return float64(hour) + float64(nsec)/(60*60*1e9)
}

// Truncate returns the result of rounding d toward zero to a multiple of m.
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// Round returns the result of rounding d to the nearest multiple of m, halfway
// values away from zero; m <= 0 returns d unchanged.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if r+r < m {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return minDuration
	}
	if r+r < m {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return maxDuration
}

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

var unitMap = map[string]uint64{
	"ns": uint64(Nanosecond),
	"us": uint64(Microsecond),
	"µs": uint64(Microsecond),
	"μs": uint64(Microsecond),
	"ms": uint64(Millisecond),
	"s":  uint64(Second),
	"m":  uint64(Minute),
	"h":  uint64(Hour),
}

// ParseDuration parses a duration string: a possibly signed sequence of decimal
// numbers, each with optional fraction and a unit suffix ("300ms", "-1.5h").
func ParseDuration(s string) (Duration, error) {
	orig := s
	var d uint64
	neg := false
	if s != "" {
		c := s[0]
		if c == '-' || c == '+' {
			neg = c == '-'
			s = s[1:]
		}
	}
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return 0, durationError("invalid duration ", orig)
	}
	for s != "" {
		var v, f uint64
		scale := 1.0
		var ok bool
		if !(s[0] == '.' || '0' <= s[0] && s[0] <= '9') {
			return 0, durationError("invalid duration ", orig)
		}
		pl := len(s)
		v, s, ok = leadingInt(s)
		if !ok {
			return 0, durationError("invalid duration ", orig)
		}
		pre := pl != len(s)
		post := false
		if s != "" && s[0] == '.' {
			s = s[1:]
			pl := len(s)
			f, scale, s = leadingFraction(s)
			post = pl != len(s)
		}
		if !pre && !post {
			return 0, durationError("invalid duration ", orig)
		}
		i := 0
		for ; i < len(s); i++ {
			c := s[i]
			if c == '.' || '0' <= c && c <= '9' {
				break
			}
		}
		if i == 0 {
			return 0, durationError("missing unit in duration ", orig)
		}
		u := s[:i]
		s = s[i:]
		unit, ok := unitMap[u]
		if !ok {
			return 0, durationError("unknown unit "+quote(u)+" in duration ", orig)
		}
		if v > 1<<63/unit {
			return 0, durationError("invalid duration ", orig)
		}
		v *= unit
		if f > 0 {
			v += uint64(float64(f) * (float64(unit) / scale))
			if v > 1<<63 {
				return 0, durationError("invalid duration ", orig)
			}
		}
		d += v
		if d > 1<<63 {
			return 0, durationError("invalid duration ", orig)
		}
	}
	if neg {
		return -Duration(d), nil
	}
	if d > 1<<63-1 {
		return 0, durationError("invalid duration ", orig)
	}
	return Duration(d), nil
}

type parseError struct{ msg string }

func (e *parseError) Error() string { return e.msg }

func durationError(msg, orig string) error { return &parseError{"time: " + msg + quote(orig)} }

func quote(s string) string { return "\"" + s + "\"" }

// leadingInt consumes the leading [0-9]* from s.
func leadingInt(s string) (x uint64, rem string, ok bool) {
	i := 0
	for ; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			break
		}
		if x > 1<<63/10 {
			return 0, rem, false
		}
		x = x*10 + uint64(c) - '0'
		if x > 1<<63 {
			return 0, rem, false
		}
	}
	return x, s[i:], true
}

// leadingFraction consumes the leading [0-9]* from s as a fraction.
func leadingFraction(s string) (x uint64, scale float64, rem string) {
	i := 0
	scale = 1
	overflow := false
	for ; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			break
		}
		if overflow {
			continue
		}
		if x > (1<<63-1)/10 {
			overflow = true
			continue
		}
		y := x*10 + uint64(c) - '0'
		if y > 1<<63 {
			overflow = true
			continue
		}
		x = y
		scale *= 10
	}
	return x, scale, s[i:]
}

// Abs returns the absolute value of d.
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == -1<<63:
		return 1<<63 - 1
	}
	return -d
}

// Sleep pauses the current goroutine for at least the duration d.
func Sleep(d Duration)

// The Timer type represents a single event: when it fires, the current time is
// sent on C (or, made by AfterFunc, its function is called).
//
// Its channel behaves as Go's since 1.23, which are synchronous: a time the
// timer sent but nobody received is not stale after Stop or Reset — they take
// it back, and the timer counts as not yet fired.
type Timer struct {
	C <-chan Time
	// c is C, to take a value back from; nil for AfterFunc's timers.
	c chan Time
	// f is AfterFunc's function, run again when the timer is reset.
	f  func()
	id int64
}

// NewTimer creates a new Timer that sends the current time on its channel after
// at least duration d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	return &Timer{C: c, c: c, id: startTimer(int64(d), 0, c)}
}

// Stop prevents the Timer from firing; it reports whether the call stopped it
// (false when the timer had fired, or been stopped, already).
func (t *Timer) Stop() bool {
	return stopAndDrain(t.id, t.c)
}

// Reset changes the timer to expire after duration d, whether it had fired or
// not; it reports whether the timer had been active.
func (t *Timer) Reset(d Duration) bool {
	active := stopAndDrain(t.id, t.c)
	if t.f != nil {
		t.id = startFuncTimer(int64(d), t.f)
	} else {
		t.id = startTimer(int64(d), 0, t.c)
	}
	return active
}

// stopAndDrain disarms timer id and takes back a time it sent on c that nobody
// received; whether the timer was still active (armed, or its time not taken).
func stopAndDrain(id int64, c chan Time) bool {
	active := stopTimer(id)
	select {
	case <-c:
		active = true
	default:
	}
	return active
}

// After waits for the duration to elapse and then sends the current time on the
// returned channel.
func After(d Duration) <-chan Time { return NewTimer(d).C }

// AfterFunc waits for the duration to elapse and then calls f in its own goroutine.
func AfterFunc(d Duration, f func()) *Timer {
	return &Timer{f: f, id: startFuncTimer(int64(d), f)}
}

// A Ticker holds a channel that delivers ticks of a clock at intervals.
type Ticker struct {
	C  <-chan Time
	c  chan Time
	id int64
}

// NewTicker returns a new Ticker sending the time on its channel every d.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
//line tick.go:38
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	return &Ticker{C: c, c: c, id: startTimer(int64(d), int64(d), c)}
}

// Stop turns off a ticker: no tick is received after it, not even one sent
// before.
func (t *Ticker) Stop() { stopAndDrain(t.id, t.c) }

// Reset stops a ticker and resets its period to d: the next tick arrives after
// d.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
//line tick.go:68
		panic("non-positive interval for Ticker.Reset")
	}
	stopAndDrain(t.id, t.c)
	t.id = startTimer(int64(d), int64(d), t.c)
}

// Tick is a convenience wrapper for NewTicker providing access to the ticking
// channel only.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}

// startTimer arms a runtime timer sending the time on c after when nanoseconds,
// then every period nanoseconds if period > 0; it returns the timer's id.
func startTimer(when int64, period int64, c chan Time) int64
func startFuncTimer(when int64, f func()) int64
func stopTimer(id int64) bool
