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
	stdNumTZ            // "-0700"
	stdNumSecondsTz     // "-070000"
	stdNumShortTZ       // "-07"
	stdNumColonTZ       // "-07:00"
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
	u := uint(x)
	if x < 0 {
		b = append(b, '-')
		u = uint(-x)
	}
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
