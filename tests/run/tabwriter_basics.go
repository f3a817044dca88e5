// text/tabwriter: columns padded with spaces and tabs, right alignment, the
// Debug bars, empty columns, escapes, HTML filtering and '\f' section breaks.
package main

import (
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
)

func table(minwidth, tabwidth, padding int, padchar byte, flags uint, text string) {
	var sb strings.Builder
	w := tabwriter.NewWriter(&sb, minwidth, tabwidth, padding, padchar, flags)
	fmt.Fprint(w, text)
	w.Flush()
	fmt.Printf("%q\n", sb.String())
}

func main() {
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', 0)
	fmt.Fprintln(w, "NAME\tSIZE\tMODE")
	fmt.Fprintln(w, "main.go\t1234\t-rw-r--r--")
	fmt.Fprintln(w, "a_much_longer_name.txt\t5\t-rw-------")
	fmt.Fprintln(w, "x\t\t")
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 5, 0, 1, '.', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "a\tb\tc")
	fmt.Fprintln(w, "aaa\tbbbbbb\tc")
	fmt.Fprintln(w, "\t\tlast")
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 0, 4, 0, '\t', 0)
	fmt.Fprintln(w, "tabs\tpad\tthis")
	fmt.Fprintln(w, "with\ttabwidth four\tok")
	w.Flush()

	table(0, 8, 1, '-', 0, "one\ttwo\nlonger one\tx\n\nnew block\ty\n")
	table(0, 8, 1, ' ', tabwriter.DiscardEmptyColumns|tabwriter.Debug, "a\t\tb\nc\t\td\n")
	table(0, 8, 1, ' ', tabwriter.Debug, "a\t\tb\nc\t\td\n")
	table(0, 8, 1, ' ', tabwriter.TabIndent, "\t\tindented\tx\n\tless\ty\n")
	table(0, 8, 1, ' ', 0, "esc\xff\t\xffaped\tcol\nshort\tcol\n")
	table(0, 8, 1, ' ', tabwriter.StripEscape, "esc\xff\t\xffaped\tcol\nshort\tcol\n")
	table(0, 8, 1, ' ', tabwriter.FilterHTML, "<b>bold</b>\t&amp;\tz\nplain\tq\tz\n")
	table(0, 8, 1, ' ', tabwriter.Debug, "sec\tone\n\fsec\ttwo\n")
	table(0, 8, 1, ' ', 0, "héllo\twörld\tend\nab\tc\td")
	table(3, 8, 0, '*', 0, "a\tb\tc\n")
}
