package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

type Level int

func (l Level) MarshalText() ([]byte, error) { return []byte([]string{"low", "mid", "high"}[l]), nil }

func (l *Level) UnmarshalText(b []byte) error {
	switch strings.ToLower(string(b)) {
	case "low":
		*l = 0
	case "mid":
		*l = 1
	case "high":
		*l = 2
	default:
		return errors.New("unknown level " + string(b))
	}
	return nil
}

func main() {
	fs := flag.NewFlagSet("prog", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	var lvl Level
	var when time.Time
	fs.TextVar(&lvl, "level", Level(1), "the `level`")
	fs.TextVar(&when, "when", time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC), "a time")
	fmt.Println(lvl, when)
	err := fs.Parse([]string{"-level", "HIGH", "-when", "2025-06-07T08:09:10Z", "rest"})
	fmt.Println(err, lvl, when, fs.Args())
	err = fs.Parse([]string{"-level", "extreme"})
	fmt.Println(err)
	fs.PrintDefaults()
	fmt.Println(fs.Lookup("level").Value.(flag.Getter).Get() == &lvl)
	defer func() { fmt.Println("panic:", recover()) }()
	var x Level
	fs.TextVar(&x, "bad", &when, "mismatch")
}
