package time

// A Location maps time instants to the zone in use at that time: UTC, a fixed
// zone, the system's local zone (whose rules the C library applies from TZ
// and /etc/localtime, as Go reads them), or a location of the tz database
// (zoneinfo_read.go).
type Location struct {
	name   string
	zone   string // abbreviation of a fixed zone
	offset int    // seconds east of UTC of a fixed zone
	local  bool   // the system's zone
	// A location of the tz database (zoneinfo_read.go): its zones (nil for
	// the others), the changes between them in time order, and the rule
	// for the times after the last change ("" if none).
	zones  []zone
	tx     []zoneTrans
	extend string
}

var utcLoc = Location{name: "UTC", zone: "UTC"}

// UTC represents Universal Coordinated Time (UTC).
var UTC *Location = &utcLoc

var localLoc = Location{name: "Local", local: true}

// Local represents the system's local time zone.
var Local *Location = &localLoc

func init() {
	localLoc.name = localName()
	if localLoc.name == "UTC" {
		// Go's local zone is then UTC's itself, whatever the C library makes
		// of the TZ it could not find
		localLoc.local, localLoc.zone = false, "UTC"
	}
}

// localName is the name Go gives the local zone, from TZ: "Local" for
// /etc/localtime, the zone or zone file TZ names, or "UTC" (a native).
func localName() string

// String returns a descriptive name for the time zone information.
func (l *Location) String() string { return l.get().name }

func (l *Location) get() *Location {
	if l == nil {
		return &utcLoc
	}
	return l
}

// lookup returns the abbreviation and offset of the zone in effect at Unix
// time sec.
func (l *Location) lookup(sec int64) (name string, offset int) {
	l = l.get()
	if l.local {
		name, offset, _ = localZone(sec)
		return name, offset
	}
	if l.zones != nil {
		name, offset, _, _, _ = l.lookupTZ(sec)
		return name, offset
	}
	return l.zone, l.offset
}

// localZone is the system zone at Unix time sec (the C library's localtime_r),
// and whether it is daylight saving time.
func localZone(sec int64) (name string, offset int, isDST bool)

// IsDST reports whether the time in the configured location is in Daylight
// Savings Time (never in UTC and fixed zones).
func (t Time) IsDST() bool {
	l := t.Location()
	switch {
	case l.local:
		_, _, dst := localZone(t.Unix())
		return dst
	case l.zones != nil:
		_, _, _, _, dst := l.lookupTZ(t.Unix())
		return dst
	}
	return false
}

// ZoneBounds returns the bounds of the time zone in effect at time t: the zone
// begins at start and the next zone begins at end. A zone that begins (or
// ends) beyond what is known has a zero start (or end), and so do UTC's and
// fixed zones' bounds. The local zone's changes are found by searching the C
// library's answers, a month at a time and then to the second, up to 1,000
// years away.
func (t Time) ZoneBounds() (start, end Time) {
	l := t.Location()
	if l.zones != nil {
		_, _, s, e, _ := l.lookupTZ(t.Unix())
		if s != alpha {
			start = Unix(s, 0).In(l)
		}
		if e != omega {
			end = Unix(e, 0).In(l)
		}
		return
	}
	if !l.local {
		return
	}
	sec := t.Unix()
	name, offset, dst := localZone(sec)
	same := func(s int64) bool {
		n, o, d := localZone(s)
		return n == name && o == offset && d == dst
	}
	const step, reach = 30 * secondsPerDay, 1000 * 366 * secondsPerDay
	// the second after the last one before sec in another zone
	for s := sec - step; s > sec-reach; s -= step {
		if !same(s) {
			start = Unix(zoneChange(s, s+step, same), 0).In(l)
			break
		}
	}
	for s := sec + step; s < sec+reach; s += step {
		if !same(s) {
			end = Unix(zoneChange(s-step, s, func(s int64) bool { return !same(s) }), 0).In(l)
			break
		}
	}
	return
}

// zoneChange is the first second in (lo, hi] at which inZone holds, for
// inZone false at lo and true at hi.
func zoneChange(lo, hi int64, inZone func(int64) bool) int64 {
	for hi-lo > 1 {
		mid := lo + (hi-lo)/2
		if inZone(mid) {
			hi = mid
		} else {
			lo = mid
		}
	}
	return hi
}

// FixedZone returns a Location that always uses the given zone name and offset
// (seconds east of UTC).
func FixedZone(name string, offset int) *Location {
	return &Location{name: name, zone: name, offset: offset}
}

type zoneError struct{ msg string }

func (e *zoneError) Error() string { return e.msg }
