// time: the calendar (Date and its normalization, accessors, ISO weeks, AddDate),
// Format with every layout element and the named layouts, fixed zones, Round/Truncate.
package main

import (
	"fmt"
	"time"
)

func main() {
	layouts := []string{time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850, time.RFC1123, time.RFC1123Z,
		time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp, time.StampMilli, time.StampMicro, time.StampNano, time.DateTime, time.DateOnly, time.TimeOnly,
		"Monday January 2 2006 3:04:05 pm", "_2 __2 002 06 1 01", "15h04m05s.000,999", "Z07 Z0700 Z07:00 Z070000 Z07:00:00 -07 -0700 -07:00 -070000 -07:00:00", "_2006 2006_2", "no elements here"}
	est := time.FixedZone("EST", -5*3600)
	odd := time.FixedZone("", 5*3600+30*60+15)
	times := []time.Time{
		time.Date(2024, time.February, 29, 13, 4, 5, 123456789, time.UTC),
		time.Date(1999, time.December, 31, 23, 59, 59, 0, est),
		time.Date(2009, time.January, 3, 0, 0, 0, 500000000, odd),
		time.Date(1, time.January, 1, 0, 0, 0, 0, time.UTC),
		time.Date(-44, time.March, 15, 12, 0, 0, 0, time.UTC),
		time.Date(12345, time.July, 4, 9, 8, 7, 60, time.UTC),
	}
	for _, t := range times {
		for _, l := range layouts {
			fmt.Printf("%q\n", t.Format(l))
		}
		fmt.Println(t, t.Weekday(), t.YearDay(), t.Unix(), t.IsZero())
		y, w := t.ISOWeek()
		fmt.Println(y, w, t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond())
		fmt.Printf("%#v\n", t)
	}
	var zero time.Time
	fmt.Println(zero, zero.IsZero(), zero.Unix(), zero.Weekday())
	t := time.Date(2023, 14, 35, 25, 61, 61, 1e9+5, time.UTC)
	fmt.Println(t, t.AddDate(0, -1, 0), t.AddDate(1, 0, 400), t.Add(36*time.Hour+time.Nanosecond))
	u := time.Unix(1700000000, 0).UTC()
	fmt.Println(u, u.In(est), u.Equal(u.In(est)), u == u.In(est), u.Sub(time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)))
	fmt.Println(u.Truncate(time.Hour), u.Round(24*time.Hour), u.Truncate(7*time.Minute), u.Add(1500*time.Millisecond).Round(time.Second))
	fmt.Println(time.Month(13), time.Weekday(-1), time.March, time.Saturday, u.Compare(u.Add(1)), u.Before(u.Add(1)), u.After(u))
	n, off := u.In(odd).Zone()
	fmt.Println(n, off, est, odd, u.Location(), time.UTC, time.Local)
	fmt.Println(time.UnixMilli(1700000000123).UTC(), time.Unix(-1, -1).UTC(), time.Unix(0, 0).UTC().UnixNano())
	l, err := time.LoadLocation("UTC")
	fmt.Println(l, err)
}
