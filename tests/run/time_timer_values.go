// time: timer channels carry Local times with a monotonic reading; String shows it.
package main

import (
	"fmt"
	"strings"
	"time"
)

func main() {
	start := time.Now()
	t := <-time.After(5 * time.Millisecond)
	tk := time.NewTicker(time.Millisecond)
	t2 := <-tk.C
	tk.Stop()
	fmt.Println(t.Location(), t2.Location(), t.Year() >= 2026, t.After(start), t2.Sub(start) > 0, time.Since(start) > 5*time.Millisecond)
	s := time.Now().String()
	fmt.Println(strings.Contains(s, " m=+"), strings.HasSuffix(time.Now().Round(0).String(), "UTC"))
	fmt.Println(start.Format("2006") == fmt.Sprint(start.Year()))
}
