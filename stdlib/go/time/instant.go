package time

import "math/bits"

// A Time represents an instant in time with nanosecond precision, in a
// location, and with a monotonic clock reading when it comes from Now.
//
// The zero Time is January 1, year 1, 00:00:00.000000000 UTC. The runtime
// writes Times into timer channels, so the field layout is fixed: four words
// (runtime/src/chan.rs, send_time).
type Time struct {
	sec  int64     // seconds since January 1, year 1 00:00:00 UTC
	nsec int64     // nanoseconds within the second, [0, 1e9)
	mono int64     // monotonic clock reading in ns, 0 if none
	loc  *Location // nil means UTC
}

const (
	secondsPerMinute = 60
	secondsPerHour   = 60 * secondsPerMinute
	secondsPerDay    = 24 * secondsPerHour
	secondsPerWeek   = 7 * secondsPerDay

	// the Unix epoch in seconds since January 1, year 1
	unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * secondsPerDay
	internalToUnix int64 = -unixToInternal
)

// A Month specifies a month of the year (January = 1, ...).
type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var longMonthNames = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

// String returns the English name of the month ("January", "February", ...).
func (m Month) String() string {
	if January <= m && m <= December {
		return longMonthNames[m-1]
	}
	return "%!Month(" + uitoa(uint(m)) + ")"
}

// A Weekday specifies a day of the week (Sunday = 0, ...).
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var longDayNames = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

// String returns the English name of the day ("Sunday", "Monday", ...).
func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return longDayNames[d]
	}
	return "%!Weekday(" + uitoa(uint(d)) + ")"
}

func uitoa(v uint) string { return string(appendUint(nil, v, 0)) }

// Now returns the current local time.
func Now() Time {
	wall, mono := now()
	return Time{sec: floorDiv(wall, 1e9) + unixToInternal, nsec: floorMod(wall, 1e9), mono: mono, loc: Local}
}

func now() (wall int64, mono int64)

// setLocal tells the runtime which Location timer channels' Times are in.
func setLocal(l *Location)

func init() { setLocal(Local) }

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

func floorMod(a, b int64) int64 { return a - floorDiv(a, b)*b }

// Unix returns the local Time corresponding to the given Unix time, sec seconds
// and nsec nanoseconds since January 1, 1970 UTC. nsec may be outside [0, 1e9).
func Unix(sec int64, nsec int64) Time {
	sec += floorDiv(nsec, 1e9)
	return Time{sec: sec + unixToInternal, nsec: floorMod(nsec, 1e9), loc: Local}
}

// UnixMilli returns the local Time corresponding to the given Unix time, msec
// milliseconds since January 1, 1970 UTC.
func UnixMilli(msec int64) Time { return Unix(msec/1e3, (msec%1e3)*1e6) }

// UnixMicro returns the local Time corresponding to the given Unix time, usec
// microseconds since January 1, 1970 UTC.
func UnixMicro(usec int64) Time { return Unix(usec/1e6, (usec%1e6)*1e3) }

// Since returns the time elapsed since t.
func Since(t Time) Duration { return Now().Sub(t) }

// Until returns the duration until t.
func Until(t Time) Duration { return t.Sub(Now()) }

// Unix returns t as a Unix time, the number of seconds elapsed since January 1,
// 1970 UTC.
func (t Time) Unix() int64 { return t.sec + internalToUnix }

// UnixMilli returns t as a Unix time in milliseconds.
func (t Time) UnixMilli() int64 { return t.Unix()*1e3 + t.nsec/1e6 }

// UnixMicro returns t as a Unix time in microseconds.
func (t Time) UnixMicro() int64 { return t.Unix()*1e6 + t.nsec/1e3 }

// UnixNano returns t as a Unix time in nanoseconds (undefined beyond int64's
// range, about years 1678 to 2262).
func (t Time) UnixNano() int64 { return t.Unix()*1e9 + t.nsec }

// Nanosecond returns the nanosecond offset within the second specified by t.
func (t Time) Nanosecond() int { return int(t.nsec) }

// IsZero reports whether t represents the zero time instant, January 1, year 1,
// 00:00:00 UTC.
func (t Time) IsZero() bool { return t.sec == 0 && t.nsec == 0 }

// After reports whether the time instant t is after u.
func (t Time) After(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono > u.mono
	}
	return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec
}

// Before reports whether the time instant t is before u.
func (t Time) Before(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono < u.mono
	}
	return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec
}

// Compare compares the time instant t with u: -1 if t is before u, +1 if after,
// 0 if they are the same instant.
func (t Time) Compare(u Time) int {
	switch {
	case t.Before(u):
		return -1
	case t.After(u):
		return +1
	}
	return 0
}

// Equal reports whether t and u represent the same time instant (in any
// locations, unlike ==).
func (t Time) Equal(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono == u.mono
	}
	return t.sec == u.sec && t.nsec == u.nsec
}

// Add returns the time t+d.
func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := t.nsec + int64(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	t.sec += dsec
	t.nsec = nsec
	if t.mono != 0 {
		t.mono += int64(d)
	}
	return t
}

// Sub returns the duration t-u, saturated at the minimum or maximum Duration.
func (t Time) Sub(u Time) Duration {
	if t.mono != 0 && u.mono != 0 {
		return Duration(t.mono - u.mono)
	}
	d := Duration(t.sec-u.sec)*Second + Duration(t.nsec-u.nsec)
	// the multiplication and addition must not have overflowed
	switch {
	case u.Add(d).Equal(t):
		return d
	case t.Before(u):
		return minDuration
	}
	return maxDuration
}

// Location returns the time zone information associated with t.
func (t Time) Location() *Location {
	if t.loc == nil {
		return UTC
	}
	return t.loc
}

// UTC returns t with the location set to UTC.
func (t Time) UTC() Time {
	t.loc = nil
	return t
}

// Local returns t with the location set to local time.
func (t Time) Local() Time {
	t.loc = Local
	return t
}

// In returns a copy of t representing the same time instant in location loc.
// In panics if loc is nil.
func (t Time) In(loc *Location) Time {
	if loc == nil {
//line time.go:1386
		panic("time: missing Location in call to Time.In")
	}
	if loc == UTC {
		loc = nil
	}
	t.loc = loc
	return t
}

// Zone computes the time zone in effect at time t, returning the abbreviated
// name of the zone and its offset in seconds east of UTC.
func (t Time) Zone() (name string, offset int) {
	return t.Location().lookup(t.sec + internalToUnix)
}

// Round returns the result of rounding t to the nearest multiple of d since the
// zero time (halfway values round up), without a monotonic reading.
func (t Time) Round(d Duration) Time {
	t.mono = 0
	if d <= 0 {
		return t
	}
	r := t.mod(d)
	if lessThanHalf(r, d) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

// Truncate returns the result of rounding t down to a multiple of d since the
// zero time, without a monotonic reading.
func (t Time) Truncate(d Duration) Time {
	t.mono = 0
	if d <= 0 {
		return t
	}
	return t.Add(-t.mod(d))
}

func lessThanHalf(x, y Duration) bool { return uint64(x)+uint64(x) < uint64(y) }

// mod returns the remainder of t's time since the zero time divided by d.
func (t Time) mod(d Duration) Duration {
	if d%Second == 0 {
		return Duration(t.sec%int64(d/Second))*Second + Duration(t.nsec)
	}
	// the time since zero as 128 bits (sec·1e9 + nsec), reduced mod d bit by
	// bit, as long division
	u1, u0 := bits.Mul64(uint64(t.sec), 1e9)
	u0, carry := bits.Add64(u0, uint64(t.nsec), 0)
	u1 += carry
	dd := uint64(d)
	rem := uint64(0)
	for i := 127; i >= 0; i-- {
		var bit uint64
		if i >= 64 {
			bit = u1 >> uint(i-64) & 1
		} else {
			bit = u0 >> uint(i) & 1
		}
		top := rem >> 63
		rem = rem<<1 | bit
		if top != 0 || rem >= dd {
			rem -= dd
		}
	}
	return Duration(rem)
}

// ---------------------------------------------------------------- the calendar

// abs returns t's seconds since year 1 in its zone's local time, and the zone.
func (t Time) abs() (sec int64, name string, offset int) {
	name, offset = t.Zone()
	return t.sec + int64(offset), name, offset
}

// civil returns the proleptic Gregorian date of day number days (0 is January
// 1, year 1): Hinnant's days-to-civil algorithm over 400-year eras, with years
// starting in March so the leap day comes last.
func civil(days int64) (year int, month Month, day int) {
	z := days + 306 // days since March 1, year 0
	era := floorDiv(z, 146097)
	doe := z - era*146097                                  // [0, 146096]
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365 // [0, 399]
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100) // [0, 365]
	mp := (5*doy + 2) / 153                  // [0, 11], March first
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
		y++
	}
	return int(y), Month(m), int(d)
}

// daysSinceYear1 is civil's inverse: the day number of year-month-day.
func daysSinceYear1(year int, month Month, day int) int64 {
	y, m := int64(year), int64(month)
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + int64(day) - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 306
}

func isLeap(year int) bool { return year%4 == 0 && (year%100 != 0 || year%400 == 0) }

// Date returns the year, month, and day in which t occurs.
func (t Time) Date() (year int, month Month, day int) {
	sec, _, _ := t.abs()
	return civil(floorDiv(sec, secondsPerDay))
}

// Year returns the year in which t occurs.
func (t Time) Year() int {
	y, _, _ := t.Date()
	return y
}

// Month returns the month of the year specified by t.
func (t Time) Month() Month {
	_, m, _ := t.Date()
	return m
}

// Day returns the day of the month specified by t.
func (t Time) Day() int {
	_, _, d := t.Date()
	return d
}

// Weekday returns the day of the week specified by t.
func (t Time) Weekday() Weekday {
	sec, _, _ := t.abs()
	// January 1, year 1 was a Monday
	return Weekday(floorMod(floorDiv(sec, secondsPerDay)+1, 7))
}

// YearDay returns the day of the year specified by t, in [1,365] for non-leap
// years, and [1,366] in leap years.
func (t Time) YearDay() int {
	sec, _, _ := t.abs()
	days := floorDiv(sec, secondsPerDay)
	y, _, _ := civil(days)
	return int(days-daysSinceYear1(y, January, 1)) + 1
}

// ISOWeek returns the ISO 8601 year and week number in which t occurs.
func (t Time) ISOWeek() (year, week int) {
	// the week's Thursday decides the year
	wd := int(t.Weekday()+6) % 7 // Monday = 0
	th := t.AddDate(0, 0, 3-wd)
	return th.Year(), (th.YearDay()-1)/7 + 1
}

// Clock returns the hour, minute, and second within the day specified by t.
func (t Time) Clock() (hour, min, sec int) {
	s, _, _ := t.abs()
	s = floorMod(s, secondsPerDay)
	return int(s / secondsPerHour), int(s % secondsPerHour / secondsPerMinute), int(s % secondsPerMinute)
}

// Hour returns the hour within the day specified by t, in the range [0, 23].
func (t Time) Hour() int {
	h, _, _ := t.Clock()
	return h
}

// Minute returns the minute offset within the hour specified by t, in [0, 59].
func (t Time) Minute() int {
	_, m, _ := t.Clock()
	return m
}

// Second returns the second offset within the minute specified by t, in [0, 59].
func (t Time) Second() int {
	_, _, s := t.Clock()
	return s
}

// Date returns the Time corresponding to yyyy-mm-dd hh:mm:ss + nsec nanoseconds
// in the appropriate zone for that time in the given location. Values outside
// their usual ranges are normalized (October 32 is November 1). Date panics if
// loc is nil.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
//line time.go:1736
		panic("time: missing Location in call to Date")
	}
	// normalize month (to [1, 12]) and the clock, carrying into larger units
	m := int(month) - 1
	year += m / 12
	m %= 12
	if m < 0 {
		m += 12
		year--
	}
	s := int64(sec) + floorDiv(int64(nsec), 1e9)
	ns := floorMod(int64(nsec), 1e9)
	s += int64(hour)*secondsPerHour + int64(min)*secondsPerMinute
	days := daysSinceYear1(year, Month(m+1), 1) + int64(day) - 1 + floorDiv(s, secondsPerDay)
	local := days*secondsPerDay + floorMod(s, secondsPerDay)
	// the zone's offset at that local time, as Go finds it: the offset in
	// effect at the clock reading taken as UTC, unless the instant that
	// offset gives is in another zone, then that zone's (so a clock reading
	// in a spring-forward gap is taken in the zone before the change)
	_, off := loc.lookup(local + internalToUnix)
	if off != 0 {
		_, off = loc.lookup(local - int64(off) + internalToUnix)
	}
	utc := local - int64(off)
	t := Time{sec: utc, nsec: ns, loc: loc}
	return t.In(loc)
}

// AddDate returns the time corresponding to adding the given number of years,
// months, and days to t, normalized as Date does.
func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec), t.Location())
}
