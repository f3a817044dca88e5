// Package tabwriter implements a write filter (tabwriter.Writer) that
// translates tabbed columns in input into properly aligned text, by the
// elastic tabstops algorithm: the cells of a column in consecutive lines form
// a block, and each block is as wide as its widest cell plus the padding.
//
// The text is buffered until a newline ends a line that has only one cell
// (it cannot affect the columns that follow), a '\f' forces it out, or Flush
// is called; then format lays the buffered lines out column block by column
// block and writes them.
package tabwriter

import (
	"fmt"
	"io"
	"unicode/utf8"
)

// A cell is a run of text ended by a tab or a line end; the last cell of a
// line is not part of any column.
type cell struct {
	size  int  // bytes of the cell's text in Writer.buf
	width int  // its width in runes (escaped text counted as Writer says)
	htab  bool // ended by a horizontal tab ('\t'), not a '\v'
}

// A Writer is a filter that inserts padding around tab-delimited columns in its
// input to align them in the output.
type Writer struct {
	// configuration
	output   io.Writer
	minwidth int
	tabwidth int
	padding  int
	padbytes [8]byte
	flags    uint

	// the buffered text and the lines of cells it makes
	buf     []byte   // text of the cells, in order
	pos     int      // buf[:pos] is counted in cell.width
	cell    cell     // the cell being read
	endChar byte     // the byte ending the escape being read, or 0
	lines   [][]cell // the buffered lines; the last is being read
	widths  []int    // column widths, while format works through blocks
}

// addLine starts a new line; unless the writer was just flushed, it is given
// room for as many cells as the line before.
func (b *Writer) addLine(flushed bool) {
	b.lines = append(b.lines, []cell{})
	if !flushed {
		if n := len(b.lines); n >= 2 {
			if prev := len(b.lines[n-2]); prev > cap(b.lines[n-1]) {
				b.lines[n-1] = make([]cell, 0, prev)
			}
		}
	}
}

// reset drops the buffered text.
func (b *Writer) reset() {
	b.buf = b.buf[:0]
	b.pos = 0
	b.cell = cell{}
	b.endChar = 0
	b.lines = b.lines[0:0]
	b.widths = b.widths[0:0]
	b.addLine(true)
}

// Formatting can be controlled with these flags.
const (
	// FilterHTML: HTML tags take no width, an entity (&...;) one.
	FilterHTML uint = 1 << iota

	// StripEscape: the Escape bytes around escaped text are dropped, not
	// written with it.
	StripEscape

	// AlignRight: cell text is right-aligned (left is the default).
	AlignRight

	// DiscardEmptyColumns: a column whose cells are all empty takes no room.
	DiscardEmptyColumns

	// TabIndent: leading empty cells are padded with tabs whatever padchar is.
	TabIndent

	// Debug: a '|' between columns; a discarded column shows as "||".
	Debug
)

// Init initializes a Writer: output is where formatted text goes, minwidth the
// minimal cell width including padding, tabwidth the width of a tab when
// padchar is '\t', padding what is added to a cell's width, padchar the
// padding byte ('\t' pads with tabs and forces left alignment).
func (b *Writer) Init(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer {
	if minwidth < 0 || tabwidth < 0 || padding < 0 {
		panic("negative minwidth, tabwidth, or padding")
	}
	b.output = output
	b.minwidth = minwidth
	b.tabwidth = tabwidth
	b.padding = padding
	for i := range b.padbytes {
		b.padbytes[i] = padchar
	}
	if padchar == '\t' {
		// tab padding enforces left-alignment
		flags &^= AlignRight
	}
	b.flags = flags
	b.reset()
	return b
}

// NewWriter allocates and initializes a new tabwriter.Writer.
func NewWriter(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer {
	return new(Writer).Init(output, minwidth, tabwidth, padding, padchar, flags)
}

// osError carries a write error out of the formatting code to Write or Flush.
type osError struct {
	err error
}

func (b *Writer) write0(buf []byte) {
	n, err := b.output.Write(buf)
	if n != len(buf) && err == nil {
		err = io.ErrShortWrite
	}
	if err != nil {
		panic(osError{err})
	}
}

// writeN writes n bytes, repeating src as needed.
func (b *Writer) writeN(src []byte, n int) {
	for n > len(src) {
		b.write0(src)
		n -= len(src)
	}
	b.write0(src[0:n])
}

var (
	newline = []byte{'\n'}
	tabs    = []byte("\t\t\t\t\t\t\t\t")
	vbar    = []byte{'|'}
	hbar    = []byte("---\n")
)

// writePadding pads a cell of text width textw to cellw: with padchar, or with
// tabs (each tabwidth wide) when padding with tabs or indenting with them.
func (b *Writer) writePadding(textw, cellw int, useTabs bool) {
	if b.padbytes[0] == '\t' || useTabs {
		if b.tabwidth == 0 {
			return // tabs have no width: no padding is possible
		}
		cellw = (cellw + b.tabwidth - 1) / b.tabwidth * b.tabwidth
		n := cellw - textw // amount of padding
		if n < 0 {
			panic("internal error")
		}
		b.writeN(tabs, (n+b.tabwidth-1)/b.tabwidth)
		return
	}
	b.writeN(b.padbytes[0:], cellw-textw)
}

// writeLines writes lines[line0:line1], whose text starts at buf[pos0], with
// the column widths b.widths, and returns where the text after them starts.
func (b *Writer) writeLines(pos0 int, line0, line1 int) (pos int) {
	pos = pos0
	for i := line0; i < line1; i++ {
		line := b.lines[i]
		// leading empty cells are indentation: tabs with TabIndent
		useTabs := b.flags&TabIndent != 0
		for j, c := range line {
			if j > 0 && b.flags&Debug != 0 {
				b.write0(vbar)
			}
			if c.size == 0 {
				if j < len(b.widths) {
					b.writePadding(c.width, b.widths[j], useTabs)
				}
				continue
			}
			useTabs = false
			text := b.buf[pos : pos+c.size]
			pos += c.size
			if b.flags&AlignRight == 0 {
				b.write0(text)
				if j < len(b.widths) {
					b.writePadding(c.width, b.widths[j], false)
				}
			} else {
				if j < len(b.widths) {
					b.writePadding(c.width, b.widths[j], false)
				}
				b.write0(text)
			}
		}
		if i+1 == len(b.lines) {
			// the last line has no newline yet: write its unfinished cell
			b.write0(b.buf[pos : pos+b.cell.size])
			pos += b.cell.size
		} else {
			b.write0(newline)
		}
	}
	return
}

// format writes lines[line0:line1] with the columns from len(b.widths) on
// still to be sized. A column block is a run of consecutive lines that have a
// cell in the column (other than their last); each is sized to its widest
// cell, and the columns to its right are formatted within it, recursively.
func (b *Writer) format(pos0 int, line0, line1 int) (pos int) {
	pos = pos0
	column := len(b.widths)
	for this := line0; this < line1; this++ {
		line := b.lines[this]
		if column >= len(line)-1 {
			continue
		}
		// A block starts here: write the lines before it, then size the block.
		pos = b.writeLines(pos, line0, this)
		line0 = this
		width := b.minwidth
		discardable := true // all of the block's cells are empty and not tab-ended
		for ; this < line1; this++ {
			line = b.lines[this]
			if column >= len(line)-1 {
				break
			}
			c := line[column]
			if w := c.width + b.padding; w > width {
				width = w
			}
			if c.width > 0 || c.htab {
				discardable = false
			}
		}
		if discardable && b.flags&DiscardEmptyColumns != 0 {
			width = 0
		}
		b.widths = append(b.widths, width)
		pos = b.format(pos, line0, this)
		b.widths = b.widths[0 : len(b.widths)-1]
		line0 = this
	}
	return b.writeLines(pos, line0, line1)
}

// append adds text to the current cell.
func (b *Writer) append(text []byte) {
	b.buf = append(b.buf, text...)
	b.cell.size += len(text)
}

// updateWidth counts the text appended since the last count.
func (b *Writer) updateWidth() {
	b.cell.width += utf8.RuneCount(b.buf[b.pos:])
	b.pos = len(b.buf)
}

// Escape brackets text whose tabs and newlines are not cell boundaries
// ("a\xff\t\xffb" is one cell; the bracketed tab counts as one character).
// It is 0xff, which no UTF-8 text contains.
const Escape = '\xff'

// startEscape starts an escaped segment ended by the byte matching ch.
func (b *Writer) startEscape(ch byte) {
	switch ch {
	case Escape:
		b.endChar = Escape
	case '<':
		b.endChar = '>'
	case '&':
		b.endChar = ';'
	}
}

// endEscape ends an escaped segment: escaped text counts its runes (less the
// two Escape bytes when they are kept), an HTML tag nothing, an entity one.
func (b *Writer) endEscape() {
	switch b.endChar {
	case Escape:
		b.updateWidth()
		if b.flags&StripEscape == 0 {
			b.cell.width -= 2 // the Escape bytes take no room
		}
	case '>': // a tag has no width
	case ';':
		b.cell.width++ // an entity is one character
	}
	b.pos = len(b.buf)
	b.endChar = 0
}

// terminateCell ends the current cell and returns the line's cell count.
func (b *Writer) terminateCell(htab bool) int {
	b.cell.htab = htab
	line := &b.lines[len(b.lines)-1]
	*line = append(*line, b.cell)
	b.cell = cell{}
	return len(*line)
}

// handlePanic turns a write error raised while formatting into the result of
// op; any other panic is the caller's.
func (b *Writer) handlePanic(err *error, op string) {
	if e := recover(); e != nil {
		if op == "Flush" {
			// The buffered text is gone either way.
			b.reset()
		}
		if nerr, ok := e.(osError); ok {
			*err = nerr.err
			return
		}
		panic("tabwriter: panic during " + op + " (" + fmt.Sprint(e) + ")")
	}
}

// Flush formats and writes everything buffered; call it after the last Write.
// An escape left open at the end counts as closed.
func (b *Writer) Flush() (err error) {
	defer b.handlePanic(&err, "Flush")
	b.flushNoDefers()
	return nil
}

// flushNoDefers formats and writes everything buffered.
func (b *Writer) flushNoDefers() {
	if b.cell.size > 0 {
		if b.endChar != 0 {
			b.endEscape()
		}
		b.terminateCell(false)
	}
	b.format(0, 0, len(b.lines))
	b.reset()
}

// Write adds buf to the buffered text, writing whatever it completes; its only
// errors are those of the output.
func (b *Writer) Write(buf []byte) (n int, err error) {
	defer b.handlePanic(&err, "Write")
	n = 0
	for i, ch := range buf {
		if b.endChar == 0 {
			switch ch {
			case '\t', '\v', '\n', '\f':
				b.append(buf[n:i])
				b.updateWidth()
				n = i + 1 // ch consumed
				ncells := b.terminateCell(ch == '\t')
				if ch == '\n' || ch == '\f' {
					b.addLine(ch == '\f')
					// A line of one cell cannot affect the columns below it, so
					// what is buffered can be written; '\f' always flushes.
					if ch == '\f' || ncells == 1 {
						b.flushNoDefers()
						if ch == '\f' && b.flags&Debug != 0 {
							b.write0(hbar) // a section break
						}
					}
				}
			case Escape:
				b.append(buf[n:i])
				b.updateWidth()
				n = i
				if b.flags&StripEscape != 0 {
					n++ // strip Escape
				}
				b.startEscape(Escape)
			case '<', '&':
				if b.flags&FilterHTML != 0 {
					b.append(buf[n:i])
					b.updateWidth()
					n = i
					b.startEscape(ch)
				}
			}
		} else if ch == b.endChar {
			j := i + 1
			if ch == Escape && b.flags&StripEscape != 0 {
				j = i // strip Escape
			}
			b.append(buf[n:j])
			n = i + 1 // ch consumed
			b.endEscape()
		}
	}
	// the rest belongs to the current cell
	b.append(buf[n:])
	n = len(buf)
	return
}
