// encoding/csv: records from stdin with quoted fields across lines, then
// Go's parse errors (their lines, columns and texts), each Reader option,
// FieldPos and InputOffset, and the Writer's quoting.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"encoding/csv"
)

func readAll(label, in string, setup func(*csv.Reader)) {
	r := csv.NewReader(strings.NewReader(in))
	if setup != nil {
		setup(r)
	}
	fmt.Printf("%s:", label)
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		fmt.Printf(" %q", rec)
		if err != nil {
			var pe *csv.ParseError
			fmt.Printf(" err=%v (ParseError %v, ErrQuote %v, ErrFieldCount %v, ErrBareQuote %v)", err,
				errors.As(err, &pe), errors.Is(err, csv.ErrQuote), errors.Is(err, csv.ErrFieldCount), errors.Is(err, csv.ErrBareQuote))
			if pe != nil {
				fmt.Printf(" [%d %d %d]", pe.StartLine, pe.Line, pe.Column)
			}
			if pe == nil || pe.Err != csv.ErrFieldCount {
				break
			}
		}
	}
	fmt.Printf(" offset=%d\n", r.InputOffset())
}

func main() {
	// stdin: a table with a header
	r := csv.NewReader(bufio.NewReader(os.Stdin))
	header, err := r.Read()
	fmt.Println("header:", header, err)
	total := 0
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("error:", err)
			break
		}
		for i, f := range rec {
			line, col := r.FieldPos(i)
			fmt.Printf("%d:%d %q  ", line, col, f)
		}
		fmt.Println("@", r.InputOffset())
		total++
	}
	fmt.Println("records:", total)

	readAll("simple", "a,b,c\n1,2,3\n", nil)
	readAll("no final newline", "a,b\nc,d", nil)
	readAll("crlf", "a,b\r\nc,d\r\n", nil)
	readAll("cr at eof", "a,b\r", nil)
	readAll("lone cr", "a\rb,c\n", nil)
	readAll("blank lines", "\n\na,b\n\n\nc,d\n\n", nil)
	readAll("empty fields", ",,\n,\n", func(r *csv.Reader) { r.FieldsPerRecord = -1 })
	readAll("quoted", `"a,b","c""d","e`+"\n"+`f",""`+"\n", nil)
	readAll("quoted crlf inside", "\"a\r\nb\",c\r\n", nil)
	readAll("bare quote", "a,b\"c,d\n", nil)
	readAll("bare quote lazy", "a,b\"c,d\n", func(r *csv.Reader) { r.LazyQuotes = true })
	readAll("extraneous quote", `"a"b,c`+"\n", nil)
	readAll("extraneous quote lazy", `"a"b,c`+"\n", func(r *csv.Reader) { r.LazyQuotes = true })
	readAll("quote on later line", "x,\"a\nb\"c,d\n", nil)
	readAll("unterminated", "a,\"bc\n", nil)
	readAll("unterminated no newline", "a,\"bc", nil)
	readAll("unterminated lazy", "a,\"bc\nd\n", func(r *csv.Reader) { r.LazyQuotes = true })
	readAll("field count", "a,b\nc\nd,e,f\ng,h\n", nil)
	readAll("fixed count", "a,b\nc,d\n", func(r *csv.Reader) { r.FieldsPerRecord = 3 })
	readAll("variable", "a\nb,c\nd,e,f\n", func(r *csv.Reader) { r.FieldsPerRecord = -1 })
	readAll("trim", "  a,   b  ,\t\"c\"\n  ,  \n", func(r *csv.Reader) { r.TrimLeadingSpace = true })
	readAll("trim bare quote", "a,  b\"c\n", func(r *csv.Reader) { r.TrimLeadingSpace = true })
	readAll("comment", "#x,y\na,b\n #c,d\n#\ne,f\n", func(r *csv.Reader) { r.Comment = '#'; r.FieldsPerRecord = -1 })
	readAll("tabs", "a\tb c\t\"d\te\"\n", func(r *csv.Reader) { r.Comma = '\t' })
	readAll("rune comma", "a·b·\"c·d\"\n1·2·3\n", func(r *csv.Reader) { r.Comma = '·' })
	readAll("semicolon", "a;b,c;\"d;\"\n", func(r *csv.Reader) { r.Comma = ';' })
	readAll("bad comma", "a,b\n", func(r *csv.Reader) { r.Comma = '"' })
	readAll("comma is comment", "a,b\n", func(r *csv.Reader) { r.Comment = ',' })
	readAll("newline comma", "a,b\n", func(r *csv.Reader) { r.Comma = '\n' })
	// a line longer than the reader's buffer
	long := csv.NewReader(strings.NewReader(strings.Repeat("x", 5000) + ",\"" + strings.Repeat("y", 9000) + "\n\",z\n"))
	rec, lerr := long.Read()
	fmt.Println("long:", len(rec), len(rec[0]), len(rec[1]), rec[2], lerr, long.InputOffset())
	readAll("multiline error", "a,\"b\nc\nd\"e\n", nil)
	readAll("utf8", "héllo,wörld,\"ça\"\"va\"\n", nil)

	rr := csv.NewReader(strings.NewReader("a,b\nc,d\n"))
	rr.ReuseRecord = true
	first, _ := rr.Read()
	second, _ := rr.Read()
	fmt.Println("reuse:", first, second)

	all, err := csv.NewReader(strings.NewReader("a,b\nc,d\ne\n")).ReadAll()
	fmt.Println("ReadAll:", all, all == nil, err)
	all, err = csv.NewReader(strings.NewReader("x,y\n\"z\",w\n")).ReadAll()
	fmt.Println("ReadAll:", all, err)
	all, err = csv.NewReader(strings.NewReader("")).ReadAll()
	fmt.Println("ReadAll empty:", all, all == nil, err)

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		r := csv.NewReader(strings.NewReader("a,b\n"))
		r.Read()
		fmt.Println(r.FieldPos(1))
		r.FieldPos(2)
	}()

	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"plain", "with,comma", `with "quote"`, "line\nbreak", " lead", "trail ", "", `\.`, "cr\rx", "crlf\r\nx"})
	w.Write([]string{})
	w.Write([]string{""})
	w.Flush()
	fmt.Println("error:", w.Error())
	var sb strings.Builder
	w = csv.NewWriter(&sb)
	w.Comma = '\t'
	w.UseCRLF = true
	err = w.WriteAll([][]string{{"a\tb", "c"}, {"d\ne", "f\r\ng", "h,i"}, {"\tx"}})
	fmt.Printf("%q %v\n", sb.String(), err)
	w = csv.NewWriter(&sb)
	w.Comma = '"'
	fmt.Println(w.Write([]string{"a"}))
	w = csv.NewWriter(&sb)
	w.Comma = 'é'
	w.Write([]string{"aéb", "c"})
	w.Flush()
	fmt.Printf("%q\n", sb.String())
	pe := &csv.ParseError{StartLine: 1, Line: 2, Column: 3, Err: io.ErrUnexpectedEOF}
	fmt.Println(pe, &csv.ParseError{Line: 4, Err: csv.ErrFieldCount}, csv.ErrTrailingComma)
}
