// Package jsontext holds the raw JSON text type of Go 1.27's JSON packages,
// Value, which encoding/json's RawMessage is an alias of (so that a
// RawMessage prints as its text, and its type is jsontext.Value, as in Go).
// minigo offers Value's methods that take no options; the rest of the package
// (the streaming Encoder and Decoder, Token, the options) it does not.
package jsontext

import (
	"bytes"
	"errors"
)

// A Value is a raw JSON value: a literal, or an entire array or object,
// possibly with space around it.
type Value []byte

// Clone returns a copy of v.
func (v Value) Clone() Value {
	return bytes.Clone(v)
}

// String returns the string formatting of v.
func (v Value) String() string {
	if v == nil {
		return "null"
	}
	return string(v)
}

// MarshalJSON returns v as the JSON encoding of v. It performs no validation.
// If v is nil, then this returns a JSON null.
func (v Value) MarshalJSON() ([]byte, error) {
	if v == nil {
		return []byte("null"), nil
	}
	return v, nil
}

// UnmarshalJSON sets v as the JSON encoding of b. It stores a copy of the
// provided raw JSON input without any validation.
func (v *Value) UnmarshalJSON(b []byte) error {
	if v == nil {
		return errors.New("jsontext.Value: UnmarshalJSON on nil pointer")
	}
	*v = append((*v)[:0], b...)
	return nil
}
