// jsonish prints nested Go values as indented JSON, with a type switch over a
// small value model, and parses numbers back with strconv.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Value interface{}

type Object map[string]Value

func write(sb *strings.Builder, v Value, indent int) {
	pad := strings.Repeat("  ", indent)
	switch x := v.(type) {
	case nil:
		sb.WriteString("null")
	case bool:
		sb.WriteString(strconv.FormatBool(x))
	case int:
		sb.WriteString(strconv.Itoa(x))
	case float64:
		sb.WriteString(strconv.FormatFloat(x, 'g', -1, 64))
	case string:
		sb.WriteString(strconv.Quote(x))
	case []Value:
		if len(x) == 0 {
			sb.WriteString("[]")
			return
		}
		sb.WriteString("[\n")
		for i, e := range x {
			sb.WriteString(pad + "  ")
			write(sb, e, indent+1)
			if i < len(x)-1 {
				sb.WriteString(",")
			}
			sb.WriteString("\n")
		}
		sb.WriteString(pad + "]")
	case Object:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		sb.WriteString("{\n")
		for i, k := range keys {
			fmt.Fprintf(sb, "%s  %q: ", pad, k)
			write(sb, x[k], indent+1)
			if i < len(keys)-1 {
				sb.WriteString(",")
			}
			sb.WriteString("\n")
		}
		sb.WriteString(pad + "}")
	default:
		panic(fmt.Sprintf("jsonish: unsupported %T", v))
	}
}

func main() {
	doc := Object{
		"name":    "minigo",
		"version": 0.1,
		"stable":  false,
		"tags":    []Value{"go", "jit", "runtime"},
		"stats":   Object{"goroutines": 1000000, "stack": "1 KiB", "ratio": 0.58},
		"empty":   []Value{},
		"nothing": nil,
	}
	var sb strings.Builder
	write(&sb, doc, 0)
	fmt.Println(sb.String())
	n, err := strconv.ParseFloat("6.02e23", 64)
	fmt.Println(n, err)
	_, err = strconv.Atoi("12a")
	fmt.Println(err)
}
