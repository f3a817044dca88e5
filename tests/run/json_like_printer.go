package main

import (
	"fmt"
	"sort"
	"strings"
)

func render(v interface{}, indent int) string {
	pad := strings.Repeat("  ", indent)
	switch x := v.(type) {
	case nil:
		return "null"
	case bool:
		if x {
			return "true"
		}
		return "false"
	case int:
		return fmt.Sprint(x)
	case float64:
		return fmt.Sprint(x)
	case string:
		return fmt.Sprintf("%q", x)
	case []interface{}:
		if len(x) == 0 {
			return "[]"
		}
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = pad + "  " + render(e, indent+1)
		}
		return "[\n" + strings.Join(parts, ",\n") + "\n" + pad + "]"
	case map[string]interface{}:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var b strings.Builder
		b.WriteString("{\n")
		for i, k := range keys {
			fmt.Fprintf(&b, "%s  %q: %s", pad, k, render(x[k], indent+1))
			if i < len(keys)-1 {
				b.WriteString(",")
			}
			b.WriteString("\n")
		}
		b.WriteString(pad + "}")
		return b.String()
	}
	return "?"
}

func main() {
	doc := map[string]interface{}{
		"name":    "minigo",
		"version": 1,
		"ratio":   0.5,
		"tags":    []interface{}{"go", "jit", true, nil},
		"nested":  map[string]interface{}{"empty": []interface{}{}, "n": 2},
	}
	fmt.Println(render(doc, 0))
}
