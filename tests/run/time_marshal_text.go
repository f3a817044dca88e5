package main

import (
	"fmt"
	"time"
)

func main() {
	for _, t := range []time.Time{
		time.Date(2024, 2, 29, 23, 59, 58, 5000, time.UTC),
		time.Date(2024, 2, 29, 23, 59, 58, 0, time.FixedZone("X", 5*3600+1800)),
		time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(-1, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2000, 1, 1, 0, 0, 0, 0, time.FixedZone("Y", 25*3600)),
		{},
	} {
		b, err := t.MarshalText()
		fmt.Printf("%q %v\n", b, err)
		b, err = t.MarshalJSON()
		fmt.Printf("%q %v\n", b, err)
		b, err = t.AppendText([]byte("at "))
		fmt.Printf("%q %v\n", b, err)
	}
	for _, s := range []string{"2024-02-29T23:59:58.000005Z", "2024-02-29T23:59:58+05:30", "2024-02-29T3:59:58Z", "2024-02-29T23:59:58,5Z", "2024-02-29T23:59:58+24:00", "2024-02-29T23:59:58+05:60", "2024-02-29", "x"} {
		var t time.Time
		err := t.UnmarshalText([]byte(s))
		fmt.Println(t, err)
		err = t.UnmarshalJSON([]byte(`"` + s + `"`))
		fmt.Println(t, err)
	}
	var t time.Time
	fmt.Println(t.UnmarshalJSON([]byte("null")), t.UnmarshalJSON([]byte("12")), t)
}
