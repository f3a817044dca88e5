package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, time.February, 29, 23, 59, 58, 5000, time.UTC)
	layouts := []string{time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp, time.StampMilli, time.StampMicro, time.StampNano, time.DateTime, time.DateOnly, time.TimeOnly, "2006-01-02T15:04:05.000Z07:00", "Jan _2 06 3:4:5 pm", "Monday, 02-Jan-06 .999999", "__2 002", "15h04m05s,000"}
	for _, l := range layouts {
		fmt.Println(t.Format(l))
	}
	loc := time.FixedZone("EST", -5*3600)
	t2 := t.In(loc)
	fmt.Println(t2, t2.Format(time.RFC3339), t2.Location(), t2.Equal(t), t2 == t)
	y, w := t.ISOWeek()
	fmt.Println(y, w, t.AddDate(0, 1, 1), t.AddDate(-1, 0, 0), t.Unix(), t.UnixMilli(), t.Month(), int(t.Month()))
	for _, s := range []string{"2024-03-01T10:00:00Z", "2024-03-01T10:00:00+05:30", "2024-03-01T10:00:00.123456789-07:00", "2024-3-1", "garbage", "2024-03-01T25:00:00Z"} {
		p, err := time.Parse(time.RFC3339, s)
		fmt.Println(p, err)
	}
	p, err := time.Parse("Jan 2, 2006 at 3:04pm (MST)", "Feb 3, 2013 at 7:54pm (PST)")
	fmt.Println(p, err)
	p, err = time.ParseInLocation("2006-01-02 15:04", "2022-06-01 12:30", loc)
	fmt.Println(p, err, p.UTC())
	for _, s := range []string{"1h", "-1.5h", "300ms", "2h45m", "1µs", "1.0000000001s", "", "1d", "3"} {
		d, err := time.ParseDuration(s)
		fmt.Println(d, err)
	}
	d := 3*time.Hour + 25*time.Minute + 45*time.Second + 500*time.Millisecond
	fmt.Println(d.Round(time.Hour), d.Truncate(time.Minute), d.Hours(), d.Seconds(), d.Milliseconds(), time.Duration(1), time.Duration(1500), -d)
	fmt.Println(t.Truncate(24*time.Hour), t.Round(time.Hour), t.Sub(t2), t.Before(t.Add(1)), t.After(t), t.IsZero(), time.Time{}.IsZero(), time.Time{})
	fmt.Println(time.Unix(1700000000, 0).UTC(), time.UnixMilli(1700000000123).UTC().Format(time.StampMilli))
	fmt.Println(t.Date())
	fmt.Println(t.Clock())
	fmt.Println(t.Nanosecond(), t.Weekday(), time.Saturday, time.Month(13), time.Weekday(8))
	fmt.Printf("%v %s %d\n", time.March, time.March, time.March)
	tt, _ := time.Parse("2006-01-02", "2023-12-31")
	fmt.Println(tt.YearDay(), tt.Add(24*time.Hour).Year())
	var zt time.Time
	fmt.Println(zt.Unix(), zt.Format(time.RFC1123))
	b := []byte(t.Format(time.RFC3339Nano))
	fmt.Println(string(b))
}
