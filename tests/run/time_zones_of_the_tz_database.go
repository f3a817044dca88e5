package main

import (
	"fmt"
	"time"
)

// Locations of the tz database, read from the system's zone files: zones
// before the first listed change, between changes, after the last one (the
// file's POSIX rule, both hemispheres), zones without daylight saving time,
// bounds, daylight saving flags, wall clocks in gaps and overlaps, parsing
// abbreviations in a location, and the errors.

func show(loc *time.Location, t time.Time) {
	l := t.In(loc)
	name, off := l.Zone()
	start, end := l.ZoneBounds()
	fmt.Printf("%-20s %s %s %d dst=%v [%s, %s)\n", loc, l.Format("2006-01-02 15:04:05 MST -0700"), name, off, l.IsDST(),
		start.Format(time.RFC3339), end.Format(time.RFC3339))
}

func main() {
	names := []string{"America/New_York", "Europe/Berlin", "Australia/Sydney", "Asia/Kolkata", "America/Sao_Paulo", "Etc/GMT+5", "Europe/London", "Pacific/Chatham"}
	instants := []time.Time{
		time.Date(1800, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2024, 3, 10, 12, 0, 0, 0, time.UTC),
		time.Date(2024, 7, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2024, 12, 25, 18, 30, 0, 0, time.UTC),
		time.Date(2040, 6, 15, 0, 0, 0, 0, time.UTC),
		time.Date(2100, 1, 15, 0, 0, 0, 0, time.UTC),
		time.Date(2100, 10, 31, 0, 0, 0, 0, time.UTC),
	}
	for _, n := range names {
		loc, err := time.LoadLocation(n)
		if err != nil {
			fmt.Println(n, err)
			continue
		}
		for _, t := range instants {
			show(loc, t)
		}
	}

	ny, _ := time.LoadLocation("America/New_York")
	// a wall clock in the spring-forward gap and in the fall-back overlap
	fmt.Println(time.Date(2024, 3, 10, 2, 30, 0, 0, ny))
	fmt.Println(time.Date(2024, 11, 3, 1, 30, 0, 0, ny))
	fmt.Println(time.Date(2060, 3, 14, 2, 30, 0, 0, ny))
	// a day added across a change keeps the wall clock; 24 hours do not
	t := time.Date(2024, 3, 9, 12, 0, 0, 0, ny)
	fmt.Println(t.AddDate(0, 0, 1), t.Add(24*time.Hour))
	// abbreviations parsed in a location
	for _, v := range []string{"2024-01-15 10:00 EST", "2024-07-15 10:00 EDT", "2024-07-15 10:00 EST", "2024-07-15 10:00 PST"} {
		p, err := time.ParseInLocation("2006-01-02 15:04 MST", v, ny)
		fmt.Println(p, err)
	}
	syd, _ := time.LoadLocation("Australia/Sydney")
	p, err := time.ParseInLocation("2006-01-02 15:04 MST", "2024-01-15 10:00 AEDT", syd)
	fmt.Println(p, err)
	fmt.Println(time.Unix(1700000000, 0).In(syd).Format(time.RFC1123))

	for _, bad := range []string{"Mars/Olympus_Mons", "../etc/passwd", "/etc/localtime", "America\\New_York"} {
		_, err := time.LoadLocation(bad)
		fmt.Printf("%q: %v\n", bad, err)
	}
	_, err = time.LoadLocationFromTZData("x", []byte("TZif2 not really"))
	fmt.Println(err)
	fixed, err := time.LoadLocationFromTZData("Fixed", []byte("TZif\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"+
		"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x04"+
		"\x00\x00\x0e\x10\x00\x00ABC\x00"))
	fmt.Println(err)
	show(fixed, time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC))
}
