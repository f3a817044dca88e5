package time

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
