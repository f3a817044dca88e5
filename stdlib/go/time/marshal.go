package time

import "errors"

// Time's text and JSON forms: RFC 3339 with sub-second digits. Writing is
// strict where the layout language is not (a year of exactly four digits, a
// zone offset under 24 hours); reading is Parse's, as Go 1.27's is by default.

// AppendText appends t in RFC 3339 with sub-second precision; an error if
// the time cannot be written so (its year is out of [0,9999]).
func (t Time) AppendText(b []byte) ([]byte, error) { return t.appendStrict(b, "Time.AppendText: ") }

// MarshalText returns what AppendText appends to nothing.
func (t Time) MarshalText() ([]byte, error) {
	return t.appendStrict(make([]byte, 0, len(RFC3339Nano)), "Time.MarshalText: ")
}

// MarshalJSON returns t as a JSON string: MarshalText's form, quoted.
func (t Time) MarshalJSON() ([]byte, error) {
	b, err := t.appendStrict([]byte{'"'}, "Time.MarshalJSON: ")
	if err != nil {
		return nil, err
	}
	return append(b, '"'), nil
}

// UnmarshalText sets t from RFC 3339 text.
func (t *Time) UnmarshalText(data []byte) error {
	var err error
	*t, err = Parse(RFC3339, string(data))
	return err
}

// UnmarshalJSON sets t from a JSON string in RFC 3339; null leaves t as it is.
func (t *Time) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		return nil
	}
	if len(data) < 2 || data[0] != '"' || data[len(data)-1] != '"' {
		return &marshalError{"Time.UnmarshalJSON: input is not a JSON string"}
	}
	var err error
	*t, err = Parse(RFC3339, string(data[1 : len(data)-1]))
	return err
}

// appendStrict appends t in RFC3339Nano, or fails (the message after prefix)
// when the result would not be RFC 3339.
func (t Time) appendStrict(b []byte, prefix string) ([]byte, error) {
	n0 := len(b)
	b = t.AppendFormat(b, RFC3339Nano)
	switch {
	case b[n0+len("9999")] != '-':
		return nil, &marshalError{prefix + "year outside of range [0,9999]"}
	case b[len(b)-1] != 'Z':
		if c := b[len(b)-len("Z07:00")]; ('0' <= c && c <= '9') || num2(b[len(b)-len("07:00"):]) >= 24 {
			return nil, &marshalError{prefix + "timezone hour outside of range [0,23]"}
		}
	}
	return b, nil
}

// num2 reads two decimal digits.
func num2(b []byte) byte { return 10*(b[0]-'0') + (b[1] - '0') }

type marshalError struct{ s string }

func (e *marshalError) Error() string { return e.s }

// The binary form of a Time: a version byte, the seconds since January 1,
// year 1 (8 bytes) and the nanoseconds (4), then the zone's offset in minutes
// (2; -1 for UTC) and, in version 2, its odd seconds (1). Big-endian.
const (
	timeBinaryVersionV1 byte = iota + 1 // offset a whole number of minutes
	timeBinaryVersionV2                 // local mean time and the like
)

// AppendBinary implements the encoding.BinaryAppender interface.
func (t Time) AppendBinary(b []byte) ([]byte, error) {
	var offsetMin int16 // minutes east of UTC; -1 is UTC
	var offsetSec int8
	version := timeBinaryVersionV1
	if t.Location() == UTC {
		offsetMin = -1
	} else {
		_, offset := t.Zone()
		if offset%60 != 0 {
			version = timeBinaryVersionV2
			offsetSec = int8(offset % 60)
		}
		offset /= 60
		if offset < -32768 || offset == -1 || offset > 32767 {
			return b, errors.New("Time.MarshalBinary: unexpected zone offset")
		}
		offsetMin = int16(offset)
	}
	sec, nsec := t.sec, int32(t.nsec)
	b = append(b, version)
	for s := 56; s >= 0; s -= 8 {
		b = append(b, byte(sec>>s))
	}
	b = append(b, byte(nsec>>24), byte(nsec>>16), byte(nsec>>8), byte(nsec), byte(offsetMin>>8), byte(offsetMin))
	if version == timeBinaryVersionV2 {
		b = append(b, byte(offsetSec))
	}
	return b, nil
}

// MarshalBinary implements the encoding.BinaryMarshaler interface.
func (t Time) MarshalBinary() ([]byte, error) {
	b, err := t.AppendBinary(make([]byte, 0, 16))
	if err != nil {
		return nil, err
	}
	return b, nil
}

// UnmarshalBinary implements the encoding.BinaryUnmarshaler interface. The
// Time is in UTC, in the local zone if that has the offset, else in a fixed
// zone without a name.
func (t *Time) UnmarshalBinary(data []byte) error {
	if len(data) == 0 {
		return errors.New("Time.UnmarshalBinary: no data")
	}
	version := data[0]
	if version != timeBinaryVersionV1 && version != timeBinaryVersionV2 {
		return errors.New("Time.UnmarshalBinary: unsupported version")
	}
	want := 1 + 8 + 4 + 2
	if version == timeBinaryVersionV2 {
		want++
	}
	if len(data) != want {
		return errors.New("Time.UnmarshalBinary: invalid length")
	}
	var sec int64
	for _, c := range data[1:9] {
		sec = sec<<8 | int64(c)
	}
	var nsec int32
	for _, c := range data[9:13] {
		nsec = nsec<<8 | int32(c)
	}
	offset := int(int16(data[13])<<8|int16(data[14])) * 60
	if version == timeBinaryVersionV2 {
		offset += int(int8(data[15]))
	}
	*t = Time{sec: sec, nsec: int64(nsec)}
	if offset == -1*60 {
		return nil
	}
	if _, local := Local.lookup(sec + internalToUnix); offset == local {
		t.loc = Local
	} else {
		t.loc = FixedZone("", offset)
	}
	return nil
}

// GobEncode implements the gob.GobEncoder interface.
func (t Time) GobEncode() ([]byte, error) { return t.MarshalBinary() }

// GobDecode implements the gob.GobDecoder interface.
func (t *Time) GobDecode(data []byte) error { return t.UnmarshalBinary(data) }
