package time

// These are predefined layouts for use in Time.Format and time.Parse. The
// reference time used in these layouts is the specific time stamp:
//
//	01/02 03:04:05PM '06 -0700
//
// (January 2, 15:04:05, 2006, in time zone seven hours west of GMT).
const (
	Layout      = "01/02 03:04:05PM '06 -0700" // The reference time, in numerical order.
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700" // RFC822 with numeric zone
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700" // RFC1123 with numeric zone
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	// Handy time stamps.
	Stamp      = "Jan _2 15:04:05"
	StampMilli = "Jan _2 15:04:05.000"
	StampMicro = "Jan _2 15:04:05.000000"
	StampNano  = "Jan _2 15:04:05.000000000"
	DateTime   = "2006-01-02 15:04:05"
	DateOnly   = "2006-01-02"
	TimeOnly   = "15:04:05"
)

// The elements a layout is made of: each stands for a field of the reference
// time, written the way the reference writes it.
const (
	_                   = iota
	stdLongMonth        // "January"
	stdMonth            // "Jan"
	stdNumMonth         // "1"
	stdZeroMonth        // "01"
	stdLongWeekDay      // "Monday"
	stdWeekDay          // "Mon"
	stdDay              // "2"
	stdUnderDay         // "_2"
	stdZeroDay          // "02"
	stdUnderYearDay     // "__2"
	stdZeroYearDay      // "002"
	stdHour             // "15"
	stdHour12           // "3"
	stdZeroHour12       // "03"
	stdMinute           // "4"
	stdZeroMinute       // "04"
	stdSecond           // "5"
	stdZeroSecond       // "05"
	stdLongYear         // "2006"
	stdYear             // "06"
	stdPM               // "PM"
	stdpm               // "pm"
	stdTZ               // "MST"
	stdISO8601TZ        // "Z0700"
	stdISO8601SecondsTZ // "Z070000"
	stdISO8601ShortTZ   // "Z07"
	stdISO8601ColonTZ   // "Z07:00"
	stdISO8601ColonSecondsTZ
	stdNumTZ        // "-0700"
	stdNumSecondsTz // "-070000"
	stdNumShortTZ   // "-07"
	stdNumColonTZ   // "-07:00"
	stdNumColonSecondsTZ
	stdFracSecond0 // ".0", ".00", ... digits always shown
	stdFracSecond9 // ".9", ".99", ... trailing zeros dropped
)

// stdChunk describes one layout element: its code, and for fractional seconds
// the digit count and the separator ('.' or ',').
type stdChunk struct {
	code   int
	digits int
	sep    byte
}

// zone layouts by prefix character, longest first
var zoneLayouts = []struct {
	text string
	code int
}{
	{"Z070000", stdISO8601SecondsTZ}, {"Z07:00:00", stdISO8601ColonSecondsTZ}, {"Z0700", stdISO8601TZ}, {"Z07:00", stdISO8601ColonTZ}, {"Z07", stdISO8601ShortTZ},
	{"-070000", stdNumSecondsTz}, {"-07:00:00", stdNumColonSecondsTZ}, {"-0700", stdNumTZ}, {"-07:00", stdNumColonTZ}, {"-07", stdNumShortTZ},
}

func hasPrefixAt(s string, i int, p string) bool { return len(s)-i >= len(p) && s[i:i+len(p)] == p }

func isDigitAt(s string, i int) bool { return i < len(s) && '0' <= s[i] && s[i] <= '9' }

// nextStdChunk finds the first layout element in layout: the literal text
// before it, the element, and the rest. With no element, std.code is 0.
func nextStdChunk(layout string) (prefix string, std stdChunk, suffix string) {
	for i := 0; i < len(layout); i++ {
		code, n := 0, 0
		switch c := layout[i]; c {
		case 'J':
			if hasPrefixAt(layout, i, "January") {
				code, n = stdLongMonth, 7
			} else if hasPrefixAt(layout, i, "Jan") {
				code, n = stdMonth, 3
			}
		case 'M':
			if hasPrefixAt(layout, i, "Monday") {
				code, n = stdLongWeekDay, 6
			} else if hasPrefixAt(layout, i, "Mon") {
				code, n = stdWeekDay, 3
			} else if hasPrefixAt(layout, i, "MST") {
				code, n = stdTZ, 3
			}
		case '0':
			if i+1 < len(layout) && '1' <= layout[i+1] && layout[i+1] <= '6' {
				code, n = []int{stdZeroMonth, stdZeroDay, stdZeroHour12, stdZeroMinute, stdZeroSecond, stdYear}[layout[i+1]-'1'], 2
			} else if hasPrefixAt(layout, i, "002") {
				code, n = stdZeroYearDay, 3
			}
		case '1':
			if hasPrefixAt(layout, i, "15") {
				code, n = stdHour, 2
			} else {
				code, n = stdNumMonth, 1
			}
		case '2':
			if hasPrefixAt(layout, i, "2006") {
				code, n = stdLongYear, 4
			} else {
				code, n = stdDay, 1
			}
		case '_':
			// "_2006" is a literal '_' and the year
			if hasPrefixAt(layout, i, "_2") && !hasPrefixAt(layout, i, "_2006") {
				code, n = stdUnderDay, 2
			} else if hasPrefixAt(layout, i, "__2") {
				code, n = stdUnderYearDay, 3
			}
		case '3', '4', '5':
			code, n = []int{stdHour12, stdMinute, stdSecond}[c-'3'], 1
		case 'P':
			if hasPrefixAt(layout, i, "PM") {
				code, n = stdPM, 2
			}
		case 'p':
			if hasPrefixAt(layout, i, "pm") {
				code, n = stdpm, 2
			}
		case '-', 'Z':
			for _, z := range zoneLayouts {
				if z.text[0] == c && hasPrefixAt(layout, i, z.text) {
					code, n = z.code, len(z.text)
					break
				}
			}
		case '.', ',':
			// a run of 0s or 9s after the separator, not followed by a digit
			if i+1 < len(layout) && (layout[i+1] == '0' || layout[i+1] == '9') {
				d := layout[i+1]
				j := i + 1
				for j < len(layout) && layout[j] == d {
					j++
				}
				if !isDigitAt(layout, j) {
					frac := stdFracSecond0
					if d == '9' {
						frac = stdFracSecond9
					}
					return layout[:i], stdChunk{frac, j - (i + 1), c}, layout[j:]
				}
			}
		}
		if code != 0 {
			return layout[:i], stdChunk{code: code}, layout[i+n:]
		}
	}
	return layout, stdChunk{}, ""
}

// appendInt appends x in decimal, zero-padded to width digits.
func appendInt(b []byte, x int, width int) []byte {
	if x < 0 {
		return appendUint(append(b, '-'), uint(-x), width)
	}
	return appendUint(b, uint(x), width)
}

// appendUint appends u in decimal, zero-padded to width digits.
func appendUint(b []byte, u uint, width int) []byte {
	var buf [20]byte
	i := len(buf)
	for u >= 10 {
		i--
		buf[i] = byte('0' + u%10)
		u /= 10
	}
	i--
	buf[i] = byte('0' + u)
	for w := len(buf) - i; w < width; w++ {
		b = append(b, '0')
	}
	return append(b, buf[i:]...)
}

// appendNano appends the fraction of a second: digits digits (at most 9),
// trailing zeros and then the separator dropped for the '9' form.
func appendNano(b []byte, nsec int, std stdChunk) []byte {
	var buf [9]byte
	for i, u := 8, nsec; i >= 0; i-- {
		buf[i] = byte('0' + u%10)
		u /= 10
	}
	n := min(std.digits, 9)
	if std.code == stdFracSecond9 {
		for n > 0 && buf[n-1] == '0' {
			n--
		}
		if n == 0 {
			return b
		}
	}
	b = append(b, std.sep)
	return append(b, buf[:n]...)
}

// String returns the time formatted using the format string
// "2006-01-02 15:04:05.999999999 -0700 MST", followed by the monotonic clock
// reading (" m=±<seconds>") when t has one.
func (t Time) String() string {
	s := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if t.mono != 0 {
		m := t.mono - startMono
		sign := byte('+')
		if m < 0 {
			sign, m = '-', -m
		}
		buf := []byte(" m=")
		buf = append(buf, sign)
		buf = appendInt(buf, int(m/1e9), 0)
		buf = append(buf, '.')
		buf = appendInt(buf, int(m%1e9), 9)
		s += string(buf)
	}
	return s
}

// startMono is the monotonic clock when the program started: Time.String
// shows readings relative to it, as Go's runtime does.
var startMono = func() int64 { _, m := now(); return m }()

// GoString implements fmt.GoStringer and formats t to be printed in Go source
// code.
func (t Time) GoString() string {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	b := []byte("time.Date(")
	b = appendInt(b, year, 0)
	if January <= month && month <= December {
		b = append(b, ", time."...)
		b = append(b, longMonthNames[month-1]...)
	} else {
		b = append(b, ", "...)
		b = appendInt(b, int(month), 0)
	}
	for _, v := range []int{day, hour, min, sec, int(t.nsec)} {
		b = append(b, ", "...)
		b = appendInt(b, v, 0)
	}
	b = append(b, ", "...)
	switch loc := t.Location(); {
	case loc == UTC:
		b = append(b, "time.UTC"...)
	case loc == Local:
		b = append(b, "time.Local"...)
	default:
		b = append(b, "time.Location("...)
		b = append(b, quote(loc.name)...)
		b = append(b, ')')
	}
	return string(append(b, ')'))
}

// Format returns a textual representation of the time value formatted
// according to the layout defined by the argument.
func (t Time) Format(layout string) string {
	return string(t.AppendFormat(make([]byte, 0, 64), layout))
}

// AppendFormat is like Format but appends the textual representation to b and
// returns the extended buffer.
func (t Time) AppendFormat(b []byte, layout string) []byte {
	sec, name, offset := t.abs()
	days := floorDiv(sec, secondsPerDay)
	year, month, day := civil(days)
	yday := int(days-daysSinceYear1(year, January, 1)) + 1
	clock := floorMod(sec, secondsPerDay)
	hour, min, s := int(clock/secondsPerHour), int(clock%secondsPerHour/secondsPerMinute), int(clock%secondsPerMinute)
	for layout != "" {
		prefix, std, suffix := nextStdChunk(layout)
		b = append(b, prefix...)
		if std.code == 0 {
			break
		}
		layout = suffix
		switch std.code {
		case stdYear:
			y := year
			if y < 0 {
				y = -y
			}
			b = appendInt(b, y%100, 2)
		case stdLongYear:
			b = appendInt(b, year, 4)
		case stdMonth:
			b = append(b, month.String()[:3]...)
		case stdLongMonth:
			b = append(b, month.String()...)
		case stdNumMonth:
			b = appendInt(b, int(month), 0)
		case stdZeroMonth:
			b = appendInt(b, int(month), 2)
		case stdWeekDay:
			b = append(b, t.Weekday().String()[:3]...)
		case stdLongWeekDay:
			b = append(b, t.Weekday().String()...)
		case stdDay:
			b = appendInt(b, day, 0)
		case stdUnderDay:
			if day < 10 {
				b = append(b, ' ')
			}
			b = appendInt(b, day, 0)
		case stdZeroDay:
			b = appendInt(b, day, 2)
		case stdUnderYearDay:
			for w := 100; w > 1 && yday < w; w /= 10 {
				b = append(b, ' ')
			}
			b = appendInt(b, yday, 0)
		case stdZeroYearDay:
			b = appendInt(b, yday, 3)
		case stdHour:
			b = appendInt(b, hour, 2)
		case stdHour12, stdZeroHour12:
			hr := hour % 12
			if hr == 0 {
				hr = 12
			}
			w := 0
			if std.code == stdZeroHour12 {
				w = 2
			}
			b = appendInt(b, hr, w)
		case stdMinute:
			b = appendInt(b, min, 0)
		case stdZeroMinute:
			b = appendInt(b, min, 2)
		case stdSecond:
			b = appendInt(b, s, 0)
		case stdZeroSecond:
			b = appendInt(b, s, 2)
		case stdPM, stdpm:
			pm := "AM"
			if hour >= 12 {
				pm = "PM"
			}
			if std.code == stdpm {
				pm = string([]byte{pm[0] + 'a' - 'A', 'm'})
			}
			b = append(b, pm...)
		case stdISO8601TZ, stdISO8601ColonTZ, stdISO8601SecondsTZ, stdISO8601ShortTZ, stdISO8601ColonSecondsTZ,
			stdNumTZ, stdNumColonTZ, stdNumSecondsTz, stdNumShortTZ, stdNumColonSecondsTZ:
			b = appendOffset(b, std.code, offset)
		case stdTZ:
			if name != "" {
				b = append(b, name...)
			} else {
				// no abbreviation: the numeric offset, -0700 style
				b = appendOffset(b, stdNumTZ, offset)
			}
		case stdFracSecond0, stdFracSecond9:
			b = appendNano(b, int(t.nsec), std)
		}
	}
	return b
}

// appendOffset appends a zone offset in the layout element's style: "Z" for
// UTC in the ISO 8601 forms, else ±hh, then mm and ss as the form asks, with
// colons in the colon forms.
func appendOffset(b []byte, code int, offset int) []byte {
	iso := code == stdISO8601TZ || code == stdISO8601ColonTZ || code == stdISO8601SecondsTZ || code == stdISO8601ShortTZ || code == stdISO8601ColonSecondsTZ
	if iso && offset == 0 {
		return append(b, 'Z')
	}
	colon := code == stdISO8601ColonTZ || code == stdNumColonTZ || code == stdISO8601ColonSecondsTZ || code == stdNumColonSecondsTZ
	seconds := code == stdISO8601SecondsTZ || code == stdNumSecondsTz || code == stdISO8601ColonSecondsTZ || code == stdNumColonSecondsTZ
	short := code == stdISO8601ShortTZ || code == stdNumShortTZ
	zone := offset / 60 // minutes
	abs := offset
	if zone < 0 {
		b = append(b, '-')
		zone, abs = -zone, -abs
	} else {
		b = append(b, '+')
	}
	b = appendInt(b, zone/60, 2)
	if colon {
		b = append(b, ':')
	}
	if !short {
		b = appendInt(b, zone%60, 2)
	}
	if seconds {
		if colon {
			b = append(b, ':')
		}
		b = appendInt(b, abs%60, 2)
	}
	return b
}

// ParseError describes a problem parsing a time string.
type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

// Error returns the string representation of a ParseError.
func (e *ParseError) Error() string {
	if e.Message == "" {
		return "parsing time " + quote(e.Value) + " as " + quote(e.Layout) + ": cannot parse " + quote(e.ValueElem) + " as " + quote(e.LayoutElem)
	}
	return "parsing time " + quote(e.Value) + e.Message
}

var errBad = &parseError{"bad value for field"}

// Parse parses a formatted string and returns the time value it represents,
// the layout saying how as in Format. A time without a zone is in UTC; one
// with a zone offset is in the local zone when that has the offset, else in a
// fabricated fixed zone; one with a zone abbreviation unknown here has offset 0.
func Parse(layout, value string) (Time, error) { return parse(layout, value, UTC, Local) }

// ParseInLocation is like Parse but interprets a time without zone information
// in the given location, and matches zone offsets and abbreviations against it.
func ParseInLocation(layout, value string, loc *Location) (Time, error) {
	return parse(layout, value, loc, loc)
}

// getnum parses one or two digits (exactly two if fixed).
func getnum(s string, fixed bool) (int, string, error) {
	if !isDigitAt(s, 0) {
		return 0, s, errBad
	}
	if !isDigitAt(s, 1) {
		if fixed {
			return 0, s, errBad
		}
		return int(s[0] - '0'), s[1:], nil
	}
	return int(s[0]-'0')*10 + int(s[1]-'0'), s[2:], nil
}

// getnum3 parses one to three digits (exactly three if fixed).
func getnum3(s string, fixed bool) (int, string, error) {
	n, i := 0, 0
	for ; i < 3 && isDigitAt(s, i); i++ {
		n = n*10 + int(s[i]-'0')
	}
	if i == 0 || fixed && i != 3 {
		return 0, s, errBad
	}
	return n, s[i:], nil
}

func atoiDigits(s string) (int, error) {
	if s == "" {
		return 0, errBad
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if !isDigitAt(s, i) {
			return 0, errBad
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, nil
}

// lookup finds the name in tab that val starts with, ignoring ASCII case.
func lookup(tab []string, val string) (int, string, error) {
	for i, v := range tab {
		if len(val) >= len(v) && equalFold(val[:len(v)], v) {
			return i, val[len(v):], nil
		}
	}
	return -1, val, errBad
}

func equalFold(a, b string) bool {
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

func cutspace(s string) string {
	for len(s) > 0 && s[0] == ' ' {
		s = s[1:]
	}
	return s
}

// skip removes the layout's literal prefix from value: spaces match any run of
// spaces, other bytes themselves.
func skip(value, prefix string) (string, error) {
	for len(prefix) > 0 {
		if prefix[0] == ' ' {
			if len(value) > 0 && value[0] != ' ' {
				return value, errBad
			}
			prefix, value = cutspace(prefix), cutspace(value)
			continue
		}
		if len(value) == 0 || value[0] != prefix[0] {
			return value, errBad
		}
		prefix, value = prefix[1:], value[1:]
	}
	return value, nil
}

// parseNanoseconds parses the separator and digits of value[:n] as a fraction
// of a second.
func parseNanoseconds(value string, n int) (ns int, rangeErr string, err error) {
	if value[0] != '.' && value[0] != ',' {
		return 0, "", errBad
	}
	if n > 10 {
		value, n = value[:10], 10
	}
	if ns, err = atoiDigits(value[1:n]); err != nil {
		return 0, "", err
	}
	for i := n; i < 10; i++ {
		ns *= 10
	}
	return ns, "", nil
}

// parseTimeZone returns the length of the zone abbreviation value starts with:
// three to five upper-case letters (four or five ending in T), ChST, MeST, or
// GMT with an optional signed hour offset.
func parseTimeZone(value string) (int, bool) {
	if len(value) < 3 {
		return 0, false
	}
	if len(value) >= 4 && (value[:4] == "ChST" || value[:4] == "MeST") {
		return 4, true
	}
	if value[:3] == "GMT" {
		n := 3
		if len(value) > 3 && (value[3] == '+' || value[3] == '-') {
			i := 4
			for i < len(value) && isDigitAt(value, i) {
				i++
			}
			if h, err := atoiDigits(value[4:i]); err == nil && h <= 23 && i > 4 {
				n = i
			}
		}
		return n, true
	}
	upper := 0
	for upper < len(value) && upper < 6 && 'A' <= value[upper] && value[upper] <= 'Z' {
		upper++
	}
	switch upper {
	case 3:
		return 3, true
	case 4:
		return 4, value[3] == 'T' || value[:4] == "WITA"
	case 5:
		return 5, value[4] == 'T'
	}
	return 0, false
}

func daysIn(m Month, year int) int {
	if m == February {
		if isLeap(year) {
			return 29
		}
		return 28
	}
	return 31 - int(m-1)%7%2
}

func parse(layout, value string, defaultLocation, local *Location) (Time, error) {
	alayout, avalue := layout, value
	rangeErr := ""
	amSet, pmSet := false, false
	year, month, day, yday := 0, -1, -1, -1
	hour, min, sec, nsec := 0, 0, 0, 0
	var z *Location
	zoneOffset, zoneName := -1, ""
	for {
		prefix, std, suffix := nextStdChunk(layout)
		stdstr := layout[len(prefix) : len(layout)-len(suffix)]
		var err error
		value, err = skip(value, prefix)
		if err != nil {
			return Time{}, &ParseError{alayout, avalue, prefix, value, ""}
		}
		if std.code == 0 {
			if len(value) != 0 {
				return Time{}, &ParseError{alayout, avalue, "", value, ": extra text: " + quote(value)}
			}
			break
		}
		layout = suffix
		hold := value
		switch std.code {
		case stdYear:
			if len(value) < 2 {
				err = errBad
				break
			}
			if year, err = atoiDigits(value[:2]); err == nil {
				value = value[2:]
				if year >= 69 {
					year += 1900
				} else {
					year += 2000
				}
			}
		case stdLongYear:
			if len(value) < 4 || !isDigitAt(value, 0) {
				err = errBad
				break
			}
			if year, err = atoiDigits(value[:4]); err == nil {
				value = value[4:]
			}
		case stdMonth:
			month, value, err = lookup(shortNames(longMonthNames), value)
			month++
		case stdLongMonth:
			month, value, err = lookup(longMonthNames, value)
			month++
		case stdNumMonth, stdZeroMonth:
			month, value, err = getnum(value, std.code == stdZeroMonth)
			if err == nil && (month <= 0 || 12 < month) {
				rangeErr = "month"
			}
		case stdWeekDay:
			_, value, err = lookup(shortNames(longDayNames), value)
		case stdLongWeekDay:
			_, value, err = lookup(longDayNames, value)
		case stdDay, stdUnderDay, stdZeroDay:
			if std.code == stdUnderDay && len(value) > 0 && value[0] == ' ' {
				value = value[1:]
			}
			day, value, err = getnum(value, std.code == stdZeroDay)
			// day-of-month ranges are checked once the month is known
		case stdUnderYearDay, stdZeroYearDay:
			for i := 0; i < 2 && std.code == stdUnderYearDay && len(value) > 0 && value[0] == ' '; i++ {
				value = value[1:]
			}
			yday, value, err = getnum3(value, std.code == stdZeroYearDay)
		case stdHour:
			hour, value, err = getnum(value, false)
			if hour < 0 || 24 <= hour {
				rangeErr = "hour"
			}
		case stdHour12, stdZeroHour12:
			hour, value, err = getnum(value, std.code == stdZeroHour12)
			if hour < 0 || 12 < hour {
				rangeErr = "hour"
			}
		case stdMinute, stdZeroMinute:
			min, value, err = getnum(value, std.code == stdZeroMinute)
			if min < 0 || 60 <= min {
				rangeErr = "minute"
			}
		case stdSecond, stdZeroSecond:
			sec, value, err = getnum(value, std.code == stdZeroSecond)
			if err != nil {
				break
			}
			if sec < 0 || 60 <= sec {
				rangeErr = "second"
				break
			}
			// a fraction after the seconds is accepted even if the layout
			// has none (unless it has one next)
			if len(value) >= 2 && (value[0] == '.' || value[0] == ',') && isDigitAt(value, 1) {
				if _, next, _ := nextStdChunk(layout); next.code == stdFracSecond0 || next.code == stdFracSecond9 {
					break
				}
				n := 2
				for n < len(value) && isDigitAt(value, n) {
					n++
				}
				nsec, rangeErr, err = parseNanoseconds(value, n)
				value = value[n:]
			}
		case stdPM, stdpm:
			if len(value) < 2 {
				err = errBad
				break
			}
			p := value[:2]
			value = value[2:]
			if std.code == stdPM && p == "PM" || std.code == stdpm && p == "pm" {
				pmSet = true
			} else if std.code == stdPM && p == "AM" || std.code == stdpm && p == "am" {
				amSet = true
			} else {
				err = errBad
			}
		case stdISO8601TZ, stdISO8601ShortTZ, stdISO8601ColonTZ, stdISO8601SecondsTZ, stdISO8601ColonSecondsTZ,
			stdNumTZ, stdNumShortTZ, stdNumColonTZ, stdNumSecondsTz, stdNumColonSecondsTZ:
			iso := std.code == stdISO8601TZ || std.code == stdISO8601ShortTZ || std.code == stdISO8601ColonTZ || std.code == stdISO8601SecondsTZ || std.code == stdISO8601ColonSecondsTZ
			if iso && len(value) >= 1 && value[0] == 'Z' {
				value = value[1:]
				z = UTC
				break
			}
			zoneOffset, value, rangeErr, err = parseOffset(std.code, value)
		case stdTZ:
			if len(value) >= 3 && value[:3] == "UTC" {
				z = UTC
				value = value[3:]
				break
			}
			n, ok := parseTimeZone(value)
			if !ok {
				err = errBad
				break
			}
			zoneName, value = value[:n], value[n:]
		case stdFracSecond0:
			// exactly the layout's digits
			n := 1 + std.digits
			if len(value) < n {
				err = errBad
				break
			}
			nsec, rangeErr, err = parseNanoseconds(value, n)
			value = value[n:]
		case stdFracSecond9:
			if len(value) < 2 || (value[0] != '.' && value[0] != ',') || value[1] < '0' || '9' < value[1] {
				// the fraction is optional
				break
			}
			i := 0
			for i+1 < len(value) && '0' <= value[i+1] && value[i+1] <= '9' {
				i++
			}
			nsec, rangeErr, err = parseNanoseconds(value, 1+i)
			value = value[1+i:]
		}
		if rangeErr != "" {
			return Time{}, &ParseError{alayout, avalue, stdstr, value, ": " + rangeErr + " out of range"}
		}
		if err != nil {
			return Time{}, &ParseError{alayout, avalue, stdstr, hold, ""}
		}
	}
	if pmSet && hour < 12 {
		hour += 12
	} else if amSet && hour == 12 {
		hour = 0
	}
	// a day of the year gives the month and day, and must agree with them
	if yday >= 0 {
		var d, m int
		if isLeap(year) {
			if yday == 31+29 {
				m, d = int(February), 29
			} else if yday > 31+29 {
				yday--
			}
		}
		if yday < 1 || yday > 365 {
			return Time{}, &ParseError{alayout, avalue, "", value, ": day-of-year out of range"}
		}
		if m == 0 {
			m = (yday-1)/31 + 1
			if daysBefore(m+1) < yday {
				m++
			}
			d = yday - daysBefore(m)
		}
		if month >= 0 && month != m {
			return Time{}, &ParseError{alayout, avalue, "", value, ": day-of-year does not match month"}
		}
		month = m
		if day >= 0 && day != d {
			return Time{}, &ParseError{alayout, avalue, "", value, ": day-of-year does not match day"}
		}
		day = d
	} else {
		if month < 0 {
			month = int(January)
		}
		if day < 0 {
			day = 1
		}
	}
	if day < 1 || day > daysIn(Month(month), year) {
		return Time{}, &ParseError{alayout, avalue, "", value, ": day out of range"}
	}
	if z != nil {
		return Date(year, Month(month), day, hour, min, sec, nsec, z), nil
	}
	if zoneOffset != -1 {
		t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
		t.sec -= int64(zoneOffset)
		// the local zone, if it has this offset then
		if name, off := local.lookup(t.sec + internalToUnix); off == zoneOffset && (zoneName == "" || name == zoneName) {
			return t.In(local), nil
		}
		return t.In(FixedZone(zoneName, zoneOffset)), nil
	}
	if zoneName != "" {
		t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
		// the location's zone of that name (in effect then, if several are)
		if off, ok := local.lookupName(zoneName, t.sec+internalToUnix); ok {
			t.sec -= int64(off)
			return t.In(local), nil
		}
		// otherwise a zone of that name, with offset 0 unless it is GMT±h; as
		// in Go, the clock reading is taken as UTC even then
		offset := 0
		if len(zoneName) > 3 && zoneName[:3] == "GMT" {
			h, _ := atoiDigits(zoneName[4:])
			if zoneName[3] == '-' {
				h = -h
			}
			offset = h * secondsPerHour
		}
		return t.In(FixedZone(zoneName, offset)), nil
	}
	return Date(year, Month(month), day, hour, min, sec, nsec, defaultLocation), nil
}

// daysBefore is the number of days in a non-leap year before month m.
func daysBefore(m int) int {
	n := 0
	for i := 1; i < m; i++ {
		n += daysIn(Month(i), 1)
	}
	return n
}

func shortNames(names []string) []string {
	short := make([]string, len(names))
	for i, n := range names {
		short[i] = n[:3]
	}
	return short
}

// parseOffset parses a numeric zone offset in the layout element's form:
// ±hh, ±hhmm, ±hh:mm, ±hhmmss or ±hh:mm:ss.
func parseOffset(code int, value string) (offset int, rest string, rangeErr string, err error) {
	var fields [3]string // hours, minutes, seconds
	n := 0
	switch code {
	case stdISO8601ColonTZ, stdNumColonTZ:
		if len(value) < 6 || value[3] != ':' {
			return 0, value, "", errBad
		}
		fields, n = [3]string{value[1:3], value[4:6], "00"}, 6
	case stdISO8601ShortTZ, stdNumShortTZ:
		if len(value) < 3 {
			return 0, value, "", errBad
		}
		fields, n = [3]string{value[1:3], "00", "00"}, 3
	case stdISO8601ColonSecondsTZ, stdNumColonSecondsTZ:
		if len(value) < 9 || value[3] != ':' || value[6] != ':' {
			return 0, value, "", errBad
		}
		fields, n = [3]string{value[1:3], value[4:6], value[7:9]}, 9
	case stdISO8601SecondsTZ, stdNumSecondsTz:
		if len(value) < 7 {
			return 0, value, "", errBad
		}
		fields, n = [3]string{value[1:3], value[3:5], value[5:7]}, 7
	default:
		if len(value) < 5 {
			return 0, value, "", errBad
		}
		fields, n = [3]string{value[1:3], value[3:5], "00"}, 5
	}
	var v [3]int
	for i, f := range fields {
		if v[i], _, err = getnum(f, true); err != nil {
			return 0, value, "", err
		}
	}
	// some offsets are written as 24 hours or 60 minutes: only beyond is bad
	switch {
	case v[0] > 24:
		rangeErr = "time zone offset hour"
	case v[1] > 60:
		rangeErr = "time zone offset minute"
	case v[2] > 60:
		rangeErr = "time zone offset second"
	}
	offset = (v[0]*60+v[1])*60 + v[2]
	switch value[0] {
	case '+':
	case '-':
		offset = -offset
	default:
		return 0, value, "", errBad
	}
	return offset, value[n:], rangeErr, nil
}
