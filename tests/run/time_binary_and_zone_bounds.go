package main

import (
	"fmt"
	"time"
)

func main() {
	ts := []time.Time{
		time.Date(2024, 2, 29, 13, 14, 15, 987654321, time.UTC),
		time.Date(1969, 12, 31, 23, 59, 59, 1, time.FixedZone("EST", -5*3600)),
		time.Date(1, 1, 1, 0, 0, 0, 0, time.FixedZone("LMT", -17762)),
		time.Date(2300, 6, 1, 0, 0, 0, 5, time.FixedZone("", 90*60)),
		{},
	}
	for _, t := range ts {
		b, err := t.MarshalBinary()
		fmt.Printf("%x %v\n", b, err)
		var u time.Time
		err = u.UnmarshalBinary(b)
		fmt.Println(u, err, u.Equal(t), u.Location() == time.UTC)
		g, _ := t.GobEncode()
		var v time.Time
		fmt.Println(v.GobDecode(g), v.Equal(t), t.IsDST())
		a, _ := t.AppendBinary([]byte("pre"))
		fmt.Printf("%x\n", a)
		s, e := t.ZoneBounds()
		fmt.Println(s.IsZero(), e.IsZero())
	}
	var u time.Time
	fmt.Println(u.UnmarshalBinary(nil), u.UnmarshalBinary([]byte{3}), u.UnmarshalBinary([]byte{1, 2}))
	_, err := time.Date(2000, 1, 1, 0, 0, 0, 0, time.FixedZone("odd", -60)).MarshalBinary()
	fmt.Println(err)
}
