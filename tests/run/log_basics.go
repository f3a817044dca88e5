package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
	"strings"
)

func main() {
	var buf bytes.Buffer
	l := log.New(&buf, "app: ", 0)
	l.Print("hello", 1, 2)
	l.Printf("%d items\n", 3)
	l.Println("line", "two")
	l.SetFlags(log.Lmsgprefix)
	l.Print("prefix moved")
	l.SetPrefix("[x] ")
	l.Print("")
	fmt.Print(buf.String())
	fmt.Println(l.Flags(), l.Prefix(), log.Flags() == log.LstdFlags, log.Prefix() == "")
	log.SetOutput(os.Stdout)
	log.SetFlags(log.Ldate | log.Ltime | log.Lmicroseconds)
	var ts bytes.Buffer
	log.SetOutput(&ts)
	log.Print("stamped")
	parts := strings.Fields(ts.String())
	fmt.Println(len(parts), len(parts[0]), len(parts[1]), parts[2])
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.SetPrefix("main: ")
	defer func() {
		fmt.Println("recovered:", recover())
		log.Fatalf("fatal %s", "error")
	}()
	log.Panicln("bad", "thing")
}
