// Package csv reads and writes comma-separated values (CSV) files, as RFC
// 4180 describes them and Go reads them: a record is one or more fields
// separated by Comma, ended by a newline; a field starting with a quote runs
// to the matching quote, may hold the delimiter, newlines and doubled quotes
// ("") standing for one; \r\n reads as \n.
//
// Reading is line by line: readLine hands readRecord one physical line at a
// time (with its newline, \r\n already folded), and a quoted field that spans
// lines asks for the next one. The fields of a record go into one buffer
// (recordBuffer) with their end offsets (fieldIndexes), and become strings
// sliced from a single string at the end: one allocation per record, as in
// Go. Positions are 1-based lines and byte columns, and every error a program
// sees (*ParseError's text, FieldPos, InputOffset) counts them as Go does.
package csv

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"unicode"
	"unicode/utf8"
)

// A ParseError is returned for parsing errors. Line and column numbers are
// 1-indexed.
type ParseError struct {
	StartLine int   // Line where the record starts
	Line      int   // Line where the error occurred
	Column    int   // Column (1-based byte index) where the error occurred
	Err       error // The actual error
}

func (e *ParseError) Error() string {
	if e.Err == ErrFieldCount {
		return fmt.Sprintf("record on line %d: %v", e.Line, e.Err)
	}
	if e.StartLine != e.Line {
		return fmt.Sprintf("record on line %d; parse error on line %d, column %d: %v", e.StartLine, e.Line, e.Column, e.Err)
	}
	return fmt.Sprintf("parse error on line %d, column %d: %v", e.Line, e.Column, e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }

// These are the errors that can be returned in ParseError.Err.
var (
	ErrBareQuote  = errors.New("bare \" in non-quoted-field")
	ErrQuote      = errors.New("extraneous or missing \" in quoted-field")
	ErrFieldCount = errors.New("wrong number of fields")

	// Deprecated: ErrTrailingComma is no longer used.
	ErrTrailingComma = errors.New("extra delimiter at end of line")
)

var errInvalidDelim = errors.New("csv: invalid field or comment delimiter")

// validDelim reports whether r can separate fields or start a comment: not a
// quote, a line ending, NUL, or an invalid rune.
func validDelim(r rune) bool {
	return r != 0 && r != '"' && r != '\r' && r != '\n' && utf8.ValidRune(r) && r != utf8.RuneError
}

// A Reader reads records from a CSV-encoded file.
//
// The exported fields can be changed to customize the details before the
// first call to Read or ReadAll.
type Reader struct {
	// Comma is the field delimiter, set to ',' by NewReader.
	Comma rune
	// Comment, if not 0, is the comment character: lines beginning with it
	// (without preceding whitespace) are ignored.
	Comment rune
	// FieldsPerRecord is the number of expected fields per record: if
	// positive, each record must have that many; if 0, the first record sets
	// it; if negative, records may vary.
	FieldsPerRecord int
	// LazyQuotes lets a quote appear in an unquoted field, and a
	// non-doubled quote in a quoted field.
	LazyQuotes bool
	// TrimLeadingSpace ignores leading white space in a field.
	TrimLeadingSpace bool
	// ReuseRecord lets Read return the previous call's slice, for speed.
	ReuseRecord bool
	// Deprecated: TrailingComma is no longer used.
	TrailingComma bool

	r *bufio.Reader

	// numLine is the number of lines read so far; offset the bytes.
	numLine int
	offset  int64

	// rawBuffer holds a line longer than r's buffer.
	rawBuffer []byte

	// recordBuffer holds the unescaped fields of the record being read, one
	// after another; fieldIndexes[i] is where field i ends in it, and
	// fieldPositions[i] where it starts in the input.
	recordBuffer   []byte
	fieldIndexes   []int
	fieldPositions []position

	// lastRecord is the slice Read returns again under ReuseRecord.
	lastRecord []string
}

// position is a 1-based line and byte column of the input.
type position struct {
	line, col int
}

// NewReader returns a new Reader that reads from r.
func NewReader(r io.Reader) *Reader {
	return &Reader{Comma: ',', r: bufio.NewReader(r)}
}

// Read reads one record (a slice of fields) from r. If the record has an
// unexpected number of fields, Read returns the record along with the error
// ErrFieldCount. If there is no data left to be read, Read returns nil,
// io.EOF.
func (r *Reader) Read() (record []string, err error) {
	if r.ReuseRecord {
		record, err = r.readRecord(r.lastRecord)
		r.lastRecord = record
		return record, err
	}
	return r.readRecord(nil)
}

// FieldPos returns the line and column of the start of the field with the
// given index in the slice most recently returned by Read. It panics if
// field is out of range.
func (r *Reader) FieldPos(field int) (line, column int) {
	if field < 0 || field >= len(r.fieldPositions) {
		panic("out of range index passed to FieldPos")
	}
	p := r.fieldPositions[field]
	return p.line, p.col
}

// InputOffset returns the input stream byte offset of the current reader
// position: the end of the most recently read row and the beginning of the
// next.
func (r *Reader) InputOffset() int64 { return r.offset }

// ReadAll reads all the remaining records from r. A successful call returns
// err == nil, not err == io.EOF.
func (r *Reader) ReadAll() (records [][]string, err error) {
	for {
		record, err := r.readRecord(nil)
		if err == io.EOF {
			return records, nil
		}
		if err != nil {
			return nil, err
		}
		records = append(records, record)
	}
}

// readLine reads the next line with its newline (none at the end of input),
// \r\n folded to \n and a \r just before the end of input dropped. The
// line is valid until the next read.
func (r *Reader) readLine() ([]byte, error) {
	line, err := r.r.ReadSlice('\n')
	if err == bufio.ErrBufferFull {
		r.rawBuffer = append(r.rawBuffer[:0], line...)
		for err == bufio.ErrBufferFull {
			line, err = r.r.ReadSlice('\n')
			r.rawBuffer = append(r.rawBuffer, line...)
		}
		line = r.rawBuffer
	}
	n := len(line)
	if n > 0 && err == io.EOF {
		err = nil
		if line[n-1] == '\r' {
			line = line[:n-1]
		}
	}
	r.numLine++
	r.offset += int64(n)
	if n := len(line); n >= 2 && line[n-2] == '\r' && line[n-1] == '\n' {
		line[n-2] = '\n'
		line = line[:n-1]
	}
	return line, err
}

// lengthNL is 1 if b ends in a newline, else 0.
func lengthNL(b []byte) int {
	if len(b) > 0 && b[len(b)-1] == '\n' {
		return 1
	}
	return 0
}

// nextRune is the first rune of b, or RuneError.
func nextRune(b []byte) rune {
	r, _ := utf8.DecodeRune(b)
	return r
}

// firstLine reads up to the first line that is neither blank nor a comment.
// At the end of input it returns io.EOF and no line.
func (r *Reader) firstLine() (line []byte, err error) {
	for err == nil {
		line, err = r.readLine()
		if r.Comment != 0 && nextRune(line) == r.Comment {
			line = nil
			continue
		}
		if err == nil && len(line) == lengthNL(line) {
			line = nil
			continue
		}
		break
	}
	return line, err
}

// readRecord reads the next record into dst's storage.
func (r *Reader) readRecord(dst []string) ([]string, error) {
	if r.Comma == r.Comment || !validDelim(r.Comma) || (r.Comment != 0 && !validDelim(r.Comment)) {
		return nil, errInvalidDelim
	}
	line, errRead := r.firstLine()
	if errRead == io.EOF {
		return nil, errRead
	}

	// fields is the state of the scan: line is the unread rest of the
	// current input line, pos where it starts.
	f := fields{r: r, line: line, errRead: errRead, start: r.numLine, pos: position{line: r.numLine, col: 1}}
	r.recordBuffer = r.recordBuffer[:0]
	r.fieldIndexes = r.fieldIndexes[:0]
	r.fieldPositions = r.fieldPositions[:0]
	err := f.scan()
	if err == nil {
		err = f.errRead
	}

	// one string for the record, fields sliced from it
	str := string(r.recordBuffer)
	dst = dst[:0]
	if cap(dst) < len(r.fieldIndexes) {
		dst = make([]string, len(r.fieldIndexes))
	}
	dst = dst[:len(r.fieldIndexes)]
	prev := 0
	for i, end := range r.fieldIndexes {
		dst[i] = str[prev:end]
		prev = end
	}

	switch {
	case r.FieldsPerRecord > 0:
		if len(dst) != r.FieldsPerRecord && err == nil {
			err = &ParseError{StartLine: f.start, Line: f.start, Column: 1, Err: ErrFieldCount}
		}
	case r.FieldsPerRecord == 0:
		r.FieldsPerRecord = len(dst)
	}
	return dst, err
}

// fields scans the fields of one record.
type fields struct {
	r       *Reader
	line    []byte   // the unread rest of the current line
	pos     position // where line starts
	start   int      // the line the record starts on
	errRead error    // the error of the last read (io.EOF once input ends)
}

// scan reads fields until the record's line ends, appending each to the
// reader's record buffer; it returns the first *ParseError.
func (f *fields) scan() error {
	commaLen := utf8.RuneLen(f.r.Comma)
	for {
		if f.r.TrimLeadingSpace {
			i := bytes.IndexFunc(f.line, func(r rune) bool { return !unicode.IsSpace(r) })
			if i < 0 {
				i = len(f.line)
				f.pos.col -= lengthNL(f.line)
			}
			f.line = f.line[i:]
			f.pos.col += i
		}
		var more bool
		var err error
		if len(f.line) > 0 && f.line[0] == '"' {
			more, err = f.quoted(commaLen)
		} else {
			more, err = f.unquoted(commaLen)
		}
		if err != nil || !more {
			return err
		}
	}
}

// endField records that a field starting at pos ends here.
func (f *fields) endField(pos position) {
	f.r.fieldIndexes = append(f.r.fieldIndexes, len(f.r.recordBuffer))
	f.r.fieldPositions = append(f.r.fieldPositions, pos)
}

// unquoted reads a field that does not start with a quote, up to the next
// delimiter or the end of the line; it reports whether another field follows.
func (f *fields) unquoted(commaLen int) (more bool, err error) {
	i := bytes.IndexRune(f.line, f.r.Comma)
	field := f.line
	if i >= 0 {
		field = field[:i]
	} else {
		field = field[:len(field)-lengthNL(field)]
	}
	if !f.r.LazyQuotes {
		if j := bytes.IndexByte(field, '"'); j >= 0 {
			return false, f.error(f.pos.line, f.pos.col+j, ErrBareQuote)
		}
	}
	f.r.recordBuffer = append(f.r.recordBuffer, field...)
	f.endField(f.pos)
	if i < 0 {
		return false, nil
	}
	f.line = f.line[i+commaLen:]
	f.pos.col += i + commaLen
	return true, nil
}

// quoted reads a field that starts with a quote, across lines if its closing
// quote is on a later one; it reports whether another field follows.
func (f *fields) quoted(commaLen int) (more bool, err error) {
	start := f.pos
	f.line = f.line[1:]
	f.pos.col++
	for {
		i := bytes.IndexByte(f.line, '"')
		switch {
		case i >= 0:
			f.r.recordBuffer = append(f.r.recordBuffer, f.line[:i]...)
			f.line = f.line[i+1:]
			f.pos.col += i + 1
			switch c := nextRune(f.line); {
			case c == '"': // "" stands for one quote
				f.r.recordBuffer = append(f.r.recordBuffer, '"')
				f.line = f.line[1:]
				f.pos.col++
			case c == f.r.Comma:
				f.line = f.line[commaLen:]
				f.pos.col += commaLen
				f.endField(start)
				return true, nil
			case lengthNL(f.line) == len(f.line): // the line ends
				f.endField(start)
				return false, nil
			case f.r.LazyQuotes: // a bare quote is kept
				f.r.recordBuffer = append(f.r.recordBuffer, '"')
			default:
				return false, f.error(f.r.numLine, f.pos.col-1, ErrQuote)
			}
		case len(f.line) > 0:
			// the field goes on on the next line
			f.r.recordBuffer = append(f.r.recordBuffer, f.line...)
			if f.errRead != nil {
				return false, nil
			}
			f.pos.col += len(f.line)
			f.line, f.errRead = f.r.readLine()
			if len(f.line) > 0 {
				f.pos = position{line: f.pos.line + 1, col: 1}
			}
			if f.errRead == io.EOF {
				f.errRead = nil
			}
		default:
			// the input ends inside the field
			if !f.r.LazyQuotes && f.errRead == nil {
				return false, f.error(f.pos.line, f.pos.col, ErrQuote)
			}
			f.endField(start)
			return false, nil
		}
	}
}

// error is a *ParseError at line and col of the record being read.
func (f *fields) error(line, col int, err error) error {
	return &ParseError{StartLine: f.start, Line: line, Column: col, Err: err}
}
