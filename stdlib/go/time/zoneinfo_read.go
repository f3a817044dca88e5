// Time zones of the tz database: LoadLocation reads the system's compiled zone
// files (TZif, RFC 8536) as Go does, from the ZONEINFO directory if set, then
// /usr/share/zoneinfo and the other Unix places.
//
// A zone file lists the zones a place has used (abbreviation, offset, daylight
// saving or not), the instants at which it moved from one to the next, and a
// POSIX TZ rule ("EST5EDT,M3.2.0,M11.1.0") for every year after the last
// listed change. A Location keeps the three as read (zones, tx, extend);
// lookup finds the last change at or before an instant, or applies the rule
// past the last one.

package time

import "errors"

// zone is one of a place's zones.
type zone struct {
	name   string // abbreviation, as "CET"
	offset int    // seconds east of UTC
	isDST  bool
}

// zoneTrans is a change of zone: from when on (Unix seconds), zone index.
type zoneTrans struct {
	when  int64
	index uint8
}

// The instants before and after every change: a zone in effect since alpha
// has no known start, one in effect until omega no known end.
const (
	alpha = -1 << 63
	omega = 1<<63 - 1
)

var errBadData = errors.New("malformed time zone information")

// The file calls zone files are read with: os's natives (time cannot import
// os, which imports time). Each returns Linux's errno, 0 on success.
func open(name string, flag int, perm uint32) (fd int, errno int)
func read(fd int, b []byte) (n int, errno int)
func closefd(fd int) (errno int)

// The directories LoadLocation looks in, after $ZONEINFO.
var zoneDirs = []string{"/usr/share/zoneinfo/", "/usr/share/lib/zoneinfo/", "/usr/lib/locale/TZ/", "/etc/zoneinfo/"}

// readZoneFile returns the contents of the file at path, or ok false if it
// cannot be read.
func readZoneFile(path string) (data []byte, ok bool) {
	fd, errno := open(path, 0, 0)
	if errno != 0 {
		return nil, false
	}
	defer closefd(fd)
	buf := make([]byte, 4096)
	for {
		n, errno := read(fd, buf[len(data):])
		if errno != 0 {
			return nil, false
		}
		if n == 0 {
			return data, true
		}
		data = buf[:len(data)+n]
		// zone files are a few kilobytes; a bigger file is no zone file
		if len(data) == len(buf) {
			if len(buf) >= 1<<20 {
				return nil, false
			}
			buf = append(buf, make([]byte, len(buf))...)
		}
	}
}

// LoadLocation returns the Location with the given name: "" or "UTC" for UTC,
// "Local" for Local, otherwise a location of the tz database, such as
// "America/New_York", read from the system's zone files.
func LoadLocation(name string) (*Location, error) {
	switch name {
	case "", "UTC":
		return UTC, nil
	case "Local":
		return Local, nil
	}
	if !validLocationName(name) {
		return nil, &zoneError{"time: invalid location name"}
	}
	dirs := zoneDirs
	if dir := zoneinfoEnv(); dir != "" {
		dirs = append([]string{dir + "/"}, dirs...)
	}
	var firstErr error
	for _, dir := range dirs {
		data, ok := readZoneFile(dir + name)
		if !ok {
			continue
		}
		loc, err := LoadLocationFromTZData(name, data)
		if err == nil {
			return loc, nil
		}
		if firstErr == nil {
			firstErr = err
		}
	}
	if firstErr != nil {
		return nil, firstErr
	}
	return nil, &zoneError{"unknown time zone " + name}
}

// zoneinfoEnv is $ZONEINFO: a directory of zone files to look in first.
func zoneinfoEnv() string {
	v, _ := lookupEnv("ZONEINFO")
	return v
}

func lookupEnv(key string) (string, bool)

// validLocationName reports whether name cannot reach outside a zone
// directory, as Go checks it: no "..", not starting with a slash.
func validLocationName(name string) bool {
	if name[0] == '/' || name[0] == '\\' {
		return false
	}
	for i := 0; i+1 < len(name); i++ {
		if name[i] == '.' && name[i+1] == '.' {
			return false
		}
	}
	return true
}

// tzReader reads the big-endian fields of a zone file.
type tzReader struct {
	b   []byte
	bad bool
}

func (r *tzReader) bytes(n int) []byte {
	if n < 0 || n > len(r.b) {
		r.bad = true
		return nil
	}
	p := r.b[:n]
	r.b = r.b[n:]
	return p
}

func (r *tzReader) uint(n int) uint64 {
	var v uint64
	for _, c := range r.bytes(n) {
		v = v<<8 | uint64(c)
	}
	return v
}

// LoadLocationFromTZData returns a Location with the given name from the
// contents of a zone file (TZif, version 1 to 4).
func LoadLocationFromTZData(name string, data []byte) (*Location, error) {
	r := &tzReader{b: data}
	if string(r.bytes(4)) != "TZif" {
		return nil, errBadData
	}
	version := r.bytes(1)
	r.bytes(15)
	if r.bad {
		return nil, errBadData
	}
	// the header's counts: UT/local indicators, standard/wall indicators,
	// leap seconds, transitions, zones, abbreviation bytes
	const isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = 0, 1, 2, 3, 4, 5
	var n [6]int
	for i := range n {
		n[i] = int(r.uint(4))
	}
	timeSize := 4
	if version[0] != 0 {
		// version 2 and later repeat the data with 64-bit times after the
		// 32-bit data, and add the rule: skip to them
		r.bytes(n[timecnt]*5 + n[typecnt]*6 + n[charcnt] + n[leapcnt]*8 + n[isstdcnt] + n[isutcnt])
		if string(r.bytes(4)) != "TZif" {
			return nil, errBadData
		}
		r.bytes(16)
		for i := range n {
			n[i] = int(r.uint(4))
		}
		timeSize = 8
	}
	if r.bad || n[typecnt] == 0 || n[typecnt] > 256 || n[isstdcnt] != 0 && n[isstdcnt] != n[typecnt] || n[isutcnt] != 0 && n[isutcnt] != n[typecnt] {
		return nil, errBadData
	}
	times := r.bytes(n[timecnt] * timeSize)
	indexes := r.bytes(n[timecnt])
	types := r.bytes(n[typecnt] * 6)
	abbrevs := r.bytes(n[charcnt])
	r.bytes(n[leapcnt]*(timeSize+4) + n[isstdcnt] + n[isutcnt])
	if r.bad {
		return nil, errBadData
	}
	loc := &Location{name: name}
	loc.zones = make([]zone, n[typecnt])
	for i := range loc.zones {
		t := &tzReader{b: types[i*6:]}
		offset := int(int32(t.uint(4)))
		isDST := t.uint(1) != 0
		at := int(t.uint(1))
		if at >= len(abbrevs) {
			return nil, errBadData
		}
		end := at
		for end < len(abbrevs) && abbrevs[end] != 0 {
			end++
		}
		loc.zones[i] = zone{name: string(abbrevs[at:end]), offset: offset, isDST: isDST}
	}
	loc.tx = make([]zoneTrans, n[timecnt])
	t := &tzReader{b: times}
	for i := range loc.tx {
		var when int64
		if timeSize == 8 {
			when = int64(t.uint(8))
		} else {
			when = int64(int32(t.uint(4)))
		}
		if int(indexes[i]) >= len(loc.zones) {
			return nil, errBadData
		}
		loc.tx[i] = zoneTrans{when: when, index: indexes[i]}
	}
	if timeSize == 8 {
		// the rule: a newline-enclosed POSIX TZ string
		if len(r.b) > 1 && r.b[0] == '\n' {
			for i := 1; i < len(r.b); i++ {
				if r.b[i] == '\n' {
					loc.extend = string(r.b[1:i])
					break
				}
			}
		}
	}
	return loc, nil
}

// lookupTZ is lookup for a location of the tz database: the zone in effect at
// Unix time sec, and when it began and ends (alpha and omega if unknown).
func (l *Location) lookupTZ(sec int64) (name string, offset int, start, end int64, isDST bool) {
	if len(l.tx) == 0 || sec < l.tx[0].when {
		z := &l.zones[l.firstZone()]
		end = omega
		if len(l.tx) > 0 {
			end = l.tx[0].when
		}
		return z.name, z.offset, alpha, end, z.isDST
	}
	// the last change at or before sec
	lo, hi := 0, len(l.tx)
	for hi-lo > 1 {
		m := int(uint(lo+hi) >> 1)
		if sec < l.tx[m].when {
			hi = m
		} else {
			lo = m
		}
	}
	z := &l.zones[l.tx[lo].index]
	start, end = l.tx[lo].when, omega
	if lo+1 < len(l.tx) {
		end = l.tx[lo+1].when
	} else if l.extend != "" {
		if name, offset, rstart, rend, isDST, ok := tzRule(l.extend, start, sec); ok {
			return name, offset, rstart, rend, isDST
		}
	}
	return z.name, z.offset, start, end, z.isDST
}

// firstZone is the zone of the times before the first change: the first zone
// if no change leads to it; else, if the first change is to daylight saving
// time, the closest standard zone listed before that change's zone; else the
// first standard zone, or the first zone if all are daylight saving.
func (l *Location) firstZone() int {
	used := false
	for _, t := range l.tx {
		if t.index == 0 {
			used = true
			break
		}
	}
	if !used {
		return 0
	}
	if len(l.tx) > 0 && l.zones[l.tx[0].index].isDST {
		for i := int(l.tx[0].index) - 1; i >= 0; i-- {
			if !l.zones[i].isDST {
				return i
			}
		}
	}
	for i := range l.zones {
		if !l.zones[i].isDST {
			return i
		}
	}
	return 0
}

// lookupName is the offset of the zone called name in effect at Unix time
// unix, or else of any of the location's zones called name (Parse's reading
// of a zone abbreviation).
func (l *Location) lookupName(name string, unix int64) (offset int, ok bool) {
	l = l.get()
	if l.zones == nil {
		if n, off := l.lookup(unix); n == name {
			return off, true
		}
		return 0, false
	}
	for _, z := range l.zones {
		if z.name == name {
			if n, off := l.lookup(unix - int64(z.offset)); n == z.name {
				return off, true
			}
		}
	}
	for _, z := range l.zones {
		if z.name == name {
			return z.offset, true
		}
	}
	return 0, false
}

// tzRule applies the POSIX TZ rule s (as "EST5EDT,M3.2.0,M11.1.0") at Unix
// time sec, after the last listed change, at lastTx: the zone and, close to
// a change, when it began and ends (otherwise the year's start and end, as
// in Go). ok is false if s cannot be read.
func tzRule(s string, lastTx, sec int64) (name string, offset int, start, end int64, isDST, ok bool) {
	stdName, s, ok := tzName(s)
	if !ok {
		return
	}
	stdOff, s, ok := tzOffset(s)
	if !ok {
		return
	}
	// POSIX offsets are west of UTC
	stdOff = -stdOff
	if s == "" || s[0] == ',' {
		// no daylight saving time
		return stdName, stdOff, lastTx, omega, false, true
	}
	dstName, s, ok := tzName(s)
	if !ok {
		return
	}
	dstOff := stdOff + secondsPerHour
	if s != "" && s[0] != ',' {
		if dstOff, s, ok = tzOffset(s); !ok {
			return
		}
		dstOff = -dstOff
	}
	if s == "" {
		// the rule of the United States, POSIX's default
		s = ",M3.2.0,M11.1.0"
	}
	if s[0] != ',' {
		return "", 0, 0, 0, false, false
	}
	startRule, s, ok := tzRuleSpec(s[1:])
	if !ok || s == "" || s[0] != ',' {
		return "", 0, 0, 0, false, false
	}
	endRule, s, ok := tzRuleSpec(s[1:])
	if !ok || s != "" {
		return "", 0, 0, 0, false, false
	}
	// seconds since the start of sec's year (UTC)
	year := Unix(sec, 0).UTC().Year()
	yearStart := Date(year, January, 1, 0, 0, 0, 0, UTC).Unix()
	ysec := sec - yearStart
	dstStart := startRule.seconds(year) - int64(stdOff)
	dstEnd := endRule.seconds(year) - int64(dstOff)
	dstIsDST, stdIsDST := true, false
	if dstEnd < dstStart {
		// the southern hemisphere: daylight saving time spans the new year
		dstStart, dstEnd = dstEnd, dstStart
		stdName, dstName = dstName, stdName
		stdOff, dstOff = dstOff, stdOff
		stdIsDST, dstIsDST = dstIsDST, stdIsDST
	}
	switch {
	case ysec < dstStart:
		return stdName, stdOff, yearStart, yearStart + dstStart, stdIsDST, true
	case ysec >= dstEnd:
		return stdName, stdOff, yearStart + dstEnd, yearStart + 365*secondsPerDay, stdIsDST, true
	}
	return dstName, dstOff, yearStart + dstStart, yearStart + dstEnd, dstIsDST, true
}

// tzName reads a zone abbreviation of a TZ rule: three or more letters, or
// any characters between < and >.
func tzName(s string) (name, rest string, ok bool) {
	if s == "" {
		return "", "", false
	}
	if s[0] == '<' {
		for i := 1; i < len(s); i++ {
			if s[i] == '>' {
				return s[1:i], s[i+1:], true
			}
		}
		return "", "", false
	}
	i := 0
	for i < len(s) && (s[i] >= 'A' && s[i] <= 'Z' || s[i] >= 'a' && s[i] <= 'z') {
		i++
	}
	if i < 3 {
		return "", "", false
	}
	return s[:i], s[i:], true
}

// tzOffset reads [+-]hh[:mm[:ss]] of a TZ rule, in seconds (hours up to 24*7,
// as a rule's time of day may be).
func tzOffset(s string) (off int, rest string, ok bool) {
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	var hours, mins, secs int
	if hours, s, ok = tzNum(s, 0, 24*7); !ok {
		return 0, "", false
	}
	if s != "" && s[0] == ':' {
		if mins, s, ok = tzNum(s[1:], 0, 59); !ok {
			return 0, "", false
		}
		if s != "" && s[0] == ':' {
			if secs, s, ok = tzNum(s[1:], 0, 59); !ok {
				return 0, "", false
			}
		}
	}
	off = hours*secondsPerHour + mins*secondsPerMinute + secs
	if neg {
		off = -off
	}
	return off, s, true
}

// tzNum reads a decimal number in [min, max].
func tzNum(s string, min, max int) (n int, rest string, ok bool) {
	x, rest, ok := leadingInt(s)
	if !ok || len(rest) == len(s) || x < uint64(min) || x > uint64(max) {
		return 0, "", false
	}
	return int(x), rest, true
}

// tzChange is when a TZ rule changes zone, in local time: day `day` of the
// year (kind 'J': 1 to 365, never counting February 29; kind 'n': 0 to 365),
// or (kind 'M') weekday `day` of week `week` (5: the last) of month `mon`;
// at `time` seconds past midnight.
type tzChange struct {
	kind            byte
	day, week, mon  int
	time            int
}

// tzRuleSpec reads Jn, n or Mm.w.d, then an optional /time (2:00 if none).
func tzRuleSpec(s string) (r tzChange, rest string, ok bool) {
	switch {
	case s == "":
		return r, "", false
	case s[0] == 'J':
		r.kind = 'J'
		r.day, s, ok = tzNum(s[1:], 1, 365)
	case s[0] == 'M':
		r.kind = 'M'
		if r.mon, s, ok = tzNum(s[1:], 1, 12); !ok || s == "" || s[0] != '.' {
			return r, "", false
		}
		if r.week, s, ok = tzNum(s[1:], 1, 5); !ok || s == "" || s[0] != '.' {
			return r, "", false
		}
		r.day, s, ok = tzNum(s[1:], 0, 6)
	default:
		r.kind = 'n'
		r.day, s, ok = tzNum(s, 0, 365)
	}
	if !ok {
		return r, "", false
	}
	r.time = 2 * secondsPerHour
	if s != "" && s[0] == '/' {
		if r.time, s, ok = tzOffset(s[1:]); !ok {
			return r, "", false
		}
	}
	return r, s, true
}

// seconds is when r falls in year, in local seconds since the year's start.
func (r tzChange) seconds(year int) int64 {
	var day int // days since January 1
	switch r.kind {
	case 'J':
		day = r.day - 1
		if isLeap(year) && r.day >= 60 {
			day++
		}
	case 'n':
		day = r.day
	default:
		first := Date(year, Month(r.mon), 1, 0, 0, 0, 0, UTC)
		d := (r.day - int(first.Weekday()) + 7) % 7
		for w := 1; w < r.week && d+7 < daysIn(Month(r.mon), year); w++ {
			d += 7
		}
		day = first.YearDay() - 1 + d
	}
	return int64(day)*secondsPerDay + int64(r.time)
}
