// Package flag: every kind of flag, the command-line syntax (-f, --f, -f=x,
// -f x, --, the first non-flag), errors and their messages, usage and
// PrintDefaults, Visit, Lookup, Set, and custom Values.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

type list []string

func (l *list) String() string     { return strings.Join(*l, ",") }
func (l *list) Set(s string) error { *l = append(*l, s); return nil }

type level int

func (l *level) String() string { return fmt.Sprint("level-", int(*l)) }
func (l *level) Set(s string) error {
	if s == "bad" {
		return errors.New("no such level")
	}
	*l = level(len(s))
	return nil
}

func newSet() (*flag.FlagSet, map[string]any) {
	fs := flag.NewFlagSet("prog", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	vals := map[string]any{
		"v":     fs.Bool("v", false, "verbose output"),
		"n":     fs.Int("n", 3, "number of `items` to read"),
		"big":   fs.Int64("big", -1<<40, "a big number"),
		"u":     fs.Uint("u", 0, "unsigned"),
		"u64":   fs.Uint64("u64", 7, "unsigned 64"),
		"name":  fs.String("name", "gopher", "the name\nto greet"),
		"empty": fs.String("empty", "", "no default"),
		"ratio": fs.Float64("ratio", 0.5, "a ratio"),
		"wait":  fs.Duration("wait", 1500*time.Millisecond, "how long"),
	}
	var l list
	fs.Var(&l, "tag", "tags (repeatable)")
	vals["tag"] = &l
	var lv level
	fs.Var(&lv, "level", "a level")
	fs.Func("fn", "a func flag", func(s string) error {
		if s == "" {
			return errors.New("empty")
		}
		fmt.Println("fn got", s)
		return nil
	})
	fs.BoolFunc("bf", "a bool func flag", func(s string) error { fmt.Println("bf got", s); return nil })
	return fs, vals
}

func show(vals map[string]any) {
	for _, k := range []string{"v", "n", "big", "u", "u64", "name", "empty", "ratio", "wait", "tag"} {
		switch p := vals[k].(type) {
		case *bool:
			fmt.Print(k, "=", *p, " ")
		case *int:
			fmt.Print(k, "=", *p, " ")
		case *int64:
			fmt.Print(k, "=", *p, " ")
		case *uint:
			fmt.Print(k, "=", *p, " ")
		case *uint64:
			fmt.Print(k, "=", *p, " ")
		case *string:
			fmt.Printf("%s=%q ", k, *p)
		case *float64:
			fmt.Print(k, "=", *p, " ")
		case *time.Duration:
			fmt.Print(k, "=", *p, " ")
		case *list:
			fmt.Print(k, "=", p.String(), " ")
		}
	}
	fmt.Println()
}

func main() {
	cases := [][]string{
		{},
		{"-v", "-n", "10", "--name=ada", "-tag", "a", "-tag=b", "rest", "-v=false"},
		{"-v=false", "-n=0x1f", "-big", "-077", "-u", "42", "-ratio", "1e3", "-wait", "2m3s", "--", "-n", "5"},
		{"-fn", "hello", "-bf", "-bf=x", "-level", "abc", "-", "x"},
		{"-nope"},
		{"-n"},
		{"-n", "abc"},
		{"-u", "-1"},
		{"-big", "99999999999999999999"},
		{"-v=maybe"},
		{"---x"},
		{"-=x"},
		{"-wait", "forever"},
		{"-level", "bad"},
		{"-fn="},
		{"-h"},
	}
	for _, args := range cases {
		fs, vals := newSet()
		fmt.Printf("== %q\n", args)
		err := fs.Parse(args)
		fmt.Println("err:", err, errors.Is(err, flag.ErrHelp))
		show(vals)
		fmt.Printf("args=%q narg=%d arg0=%q nflag=%d parsed=%v\n", fs.Args(), fs.NArg(), fs.Arg(0), fs.NFlag(), fs.Parsed())
		fs.Visit(func(f *flag.Flag) { fmt.Print(f.Name, ":", f.Value, " ") })
		fmt.Println()
	}
	fs, _ := newSet()
	fmt.Println(fs.Lookup("n").DefValue, fs.Lookup("missing") == nil, fs.Name(), fs.ErrorHandling() == flag.ContinueOnError)
	fmt.Println(fs.Set("n", "77"), fs.Lookup("n").Value, fs.Set("n", "x"), fs.Set("zzz", "1"))
	if g, ok := fs.Lookup("ratio").Value.(flag.Getter); ok {
		fmt.Println(g.Get())
	}
	name, usage := flag.UnquoteUsage(fs.Lookup("n"))
	fmt.Printf("%q %q\n", name, usage)
	fs.VisitAll(func(f *flag.Flag) { fmt.Print(f.Name, " ") })
	fmt.Println()
	fs2 := flag.NewFlagSet("", flag.ContinueOnError)
	fs2.SetOutput(os.Stdout)
	fs2.Bool("x", true, "")
	fmt.Println(fs2.Parse([]string{"-y"}))
	func() {
		defer func() { fmt.Println("panic:", recover()) }()
		fs.Int("n", 1, "again")
	}()
	func() {
		defer func() { fmt.Println("panic:", recover()) }()
		fs.Int("-dash", 1, "")
	}()
	p := flag.NewFlagSet("p", flag.PanicOnError)
	p.SetOutput(os.Stdout)
	func() {
		defer func() { fmt.Println("panic:", recover()) }()
		p.Parse([]string{"-what"})
	}()
	flag.Int("count", 5, "global count")
	flag.CommandLine.SetOutput(os.Stdout)
	flag.Parse()
	fmt.Println(flag.NArg(), flag.Args(), flag.Parsed(), flag.Lookup("count").Value)
	e := flag.NewFlagSet("exiting", flag.ExitOnError)
	e.Parse([]string{"-bogus"})
	fmt.Println("not reached")
}
