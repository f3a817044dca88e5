package csv

import (
	"bufio"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A Writer writes records using CSV encoding: fields separated by Comma,
// records ended by \n (\r\n with UseCRLF), a field quoted when it holds the
// delimiter, a quote, a line ending or leading space, or is `\.`.
//
// Writes are buffered: call Flush when done, and Error to learn whether a
// write failed.
type Writer struct {
	Comma   rune // Field delimiter (set to ',' by NewWriter)
	UseCRLF bool // True to use \r\n as the line terminator
	w       *bufio.Writer
}

// NewWriter returns a new Writer that writes to w.
func NewWriter(w io.Writer) *Writer {
	return &Writer{Comma: ',', w: bufio.NewWriter(w)}
}

// Write writes a single CSV record to w along with any necessary quoting.
// Writes are buffered, so Flush must eventually be called.
func (w *Writer) Write(record []string) error {
	if !validDelim(w.Comma) {
		return errInvalidDelim
	}
	for n, field := range record {
		if n > 0 {
			if _, err := w.w.WriteRune(w.Comma); err != nil {
				return err
			}
		}
		if err := w.writeField(field); err != nil {
			return err
		}
	}
	return w.newline()
}

// writeField writes one field, quoted if it must be.
func (w *Writer) writeField(field string) error {
	if !w.fieldNeedsQuotes(field) {
		_, err := w.w.WriteString(field)
		return err
	}
	if err := w.w.WriteByte('"'); err != nil {
		return err
	}
	for len(field) > 0 {
		i := strings.IndexAny(field, "\"\r\n")
		if i < 0 {
			i = len(field)
		}
		if _, err := w.w.WriteString(field[:i]); err != nil {
			return err
		}
		field = field[i:]
		if len(field) == 0 {
			break
		}
		var err error
		switch field[0] {
		case '"':
			_, err = w.w.WriteString(`""`)
		case '\r':
			// with UseCRLF a \r\n is written as the \n's line ending
			if !w.UseCRLF {
				err = w.w.WriteByte('\r')
			}
		case '\n':
			err = w.newline()
		}
		if err != nil {
			return err
		}
		field = field[1:]
	}
	return w.w.WriteByte('"')
}

// newline writes the line terminator.
func (w *Writer) newline() error {
	if w.UseCRLF {
		_, err := w.w.WriteString("\r\n")
		return err
	}
	return w.w.WriteByte('\n')
}

// Flush writes any buffered data to the underlying io.Writer. To check if an
// error occurred during Flush, call Error.
func (w *Writer) Flush() { w.w.Flush() }

// Error reports any error that has occurred during a previous Write or Flush.
func (w *Writer) Error() error {
	_, err := w.w.Write(nil)
	return err
}

// WriteAll writes multiple CSV records to w using Write and then calls
// Flush, returning any error from the Flush.
func (w *Writer) WriteAll(records [][]string) error {
	for _, record := range records {
		if err := w.Write(record); err != nil {
			return err
		}
	}
	return w.w.Flush()
}

// fieldNeedsQuotes reports whether field must be quoted: it is `\.` (which
// some readers take for end of data), holds the delimiter, a quote or a line
// ending, or starts with a space (which a reader may trim). The empty field
// is not quoted.
func (w *Writer) fieldNeedsQuotes(field string) bool {
	if field == "" {
		return false
	}
	if field == `\.` || strings.ContainsRune(field, w.Comma) || strings.ContainsAny(field, "\"\r\n") {
		return true
	}
	r, _ := utf8.DecodeRuneInString(field)
	return unicode.IsSpace(r)
}
