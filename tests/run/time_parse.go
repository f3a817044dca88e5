// time.Parse and ParseInLocation: every layout element, zones (Z, offsets,
// abbreviations, GMT+h), fractions, day-of-year, range and syntax errors.
package main

import (
	"fmt"
	"time"
)

func main() {
	cases := [][2]string{
		{time.RFC3339, "2024-02-29T13:04:05Z"},
		{time.RFC3339, "2024-02-29T13:04:05+05:30"},
		{time.RFC3339Nano, "2024-02-29T13:04:05.123456789-07:00"},
		{time.RFC3339, "2024-02-29T13:04:05.5Z"},
		{time.RFC1123, "Thu, 29 Feb 2024 13:04:05 UTC"},
		{time.RFC1123, "Thu, 29 Feb 2024 13:04:05 PST"},
		{time.RFC1123Z, "Thu, 29 Feb 2024 13:04:05 -0800"},
		{time.ANSIC, "Thu Feb  1 13:04:05 2024"},
		{time.Kitchen, "3:04PM"},
		{time.Kitchen, "12:30AM"},
		{time.DateTime, "2023-12-31 23:59:59"},
		{time.DateOnly, "2023-02-29"},
		{time.DateOnly, "2023-13-01"},
		{time.DateOnly, "2023-1-01"},
		{time.DateOnly, "2023-01-01x"},
		{time.TimeOnly, "25:00:00"},
		{time.TimeOnly, "10:61:00"},
		{"2006-01-02", "20240101"},
		{"Jan _2 2006", "Mar  5 2021"},
		{"January 2, 2006", "march 15, 2021"},
		{"January 2, 2006", "Marc 15, 2021"},
		{"02/01/06 15:04", "31/12/99 23:59"},
		{"2006-002", "2024-060"},
		{"2006-002", "2023-366"},
		{"2006-01-02 15:04:05.000", "2024-01-01 10:00:00.12"},
		{"2006-01-02 15:04:05.000", "2024-01-01 10:00:00.123"},
		{"2006-01-02 15:04:05,999", "2024-01-01 10:00:00,5"},
		{"2006-01-02 15:04:05 MST", "2024-01-01 10:00:00 GMT+3"},
		{"2006-01-02 15:04:05 -07", "2024-01-01 10:00:00 +09"},
		{"2006-01-02 15:04:05 Z07:00:00", "2024-01-01 10:00:00 -01:02:03"},
		{"2006-01-02T15:04:05Z07:00", "2024-01-01T10:00:00+25:00"},
		{"Monday 2006-01-02", "Funday 2024-01-01"},
		{"3:04 pm", "11:15 am"},
		{"3:04 pm", "11:15 AM"},
		{"06", "68"},
		{"06", "69"},
		{"", ""},
		{"", "x"},
	}
	for _, c := range cases {
		t, err := time.Parse(c[0], c[1])
		if err != nil {
			fmt.Printf("%q %q: error %v\n", c[0], c[1], err)
			continue
		}
		name, off := t.Zone()
		fmt.Printf("%q %q: %v | %s %d %s\n", c[0], c[1], t, name, off, t.Location())
	}
	est := time.FixedZone("EST", -5*3600)
	t, err := time.ParseInLocation(time.DateTime, "2024-07-04 12:00:00", est)
	fmt.Println(t, err)
	t, err = time.ParseInLocation("2006-01-02 15:04 MST", "2024-07-04 12:00 EST", est)
	fmt.Println(t, err)
	t, err = time.ParseInLocation("2006-01-02 15:04 -0700", "2024-07-04 12:00 -0500", est)
	fmt.Println(t, err)
	_, err = time.Parse(time.RFC3339, "bad")
	pe := err.(*time.ParseError)
	fmt.Printf("%q %q %q %q %q\n", pe.Layout, pe.Value, pe.LayoutElem, pe.ValueElem, pe.Message)
}

func init() {
	for _, v := range []string{"2024-01-01 10:00:00 +0000 UTC", "2024-01-01 10:00:00 +0100 CET", "2024-01-01 10:00:00.5 -0700 MST"} {
		t, err := time.Parse("2006-01-02 15:04:05.999999999 -0700 MST", v)
		fmt.Println(t, t.Location(), err)
	}
}
