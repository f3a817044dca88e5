package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 1500, time.Millisecond * 250, 90 * time.Second, 36*time.Hour + 5*time.Minute, -2 * time.Second}
	for _, d := range ds {
		fmt.Println(d, d.Seconds(), d.Milliseconds())
	}
	fmt.Printf("%v %d %s\n", time.Second, time.Second, 3*time.Microsecond)
	start := time.Now()
	el := time.Since(start)
	fmt.Println(el >= 0, el < time.Second)
	d, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(d, err)
	fmt.Println(time.Duration(1234567890).Round(time.Millisecond), time.Duration(1234567890).Truncate(time.Second))
	fmt.Println((2 * time.Hour).Hours(), (90 * time.Second).Minutes())
}
