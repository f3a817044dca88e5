// os: the environment (Setenv/Unsetenv/Environ/Clearenv, Expand and ExpandEnv),
// user directories, process ids and the host name.
package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	fmt.Println(os.Setenv("MINIGO_T1", "one"), os.Getenv("MINIGO_T1"))
	fmt.Println(os.Setenv("", "x"), os.Setenv("A=B", "x"), os.Setenv("NUL", "a\x00b"))
	v, ok := os.LookupEnv("MINIGO_T1")
	fmt.Println(v, ok)
	os.Setenv("MINIGO_T2", "two words")
	found := 0
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "MINIGO_T") {
			found++
		}
	}
	fmt.Println(found)
	fmt.Println(os.Unsetenv("MINIGO_T1"), os.Getenv("MINIGO_T1") == "")
	_, ok = os.LookupEnv("MINIGO_T1")
	fmt.Println(ok)
	os.Setenv("HOME", "/home/gopher")
	os.Setenv("XDG_CACHE_HOME", "")
	os.Setenv("XDG_CONFIG_HOME", "rel")
	fmt.Println(os.UserHomeDir())
	fmt.Println(os.UserCacheDir())
	fmt.Println(os.UserConfigDir())
	m := map[string]string{"A": "a", "B_1": "b1", "*": "star", "1": "one", "$": "dollar"}
	lookup := func(k string) string { return "<" + m[k] + ">" }
	for _, s := range []string{"$A $B_1 ${A}x $Ax", "${} ${ $", "$* $1 ${1} ${*} $$ $-", "no dollars", "end$", "${A", "a$%b", "${A}${B_1}"} {
		fmt.Printf("%q -> %q\n", s, os.Expand(s, lookup))
	}
	fmt.Println(os.ExpandEnv("[$MINIGO_T2] [${MINIGO_T2}] [$NOPE_NOT_SET]"))
	fmt.Println(os.Getpid() > 0, os.Getppid() > 0, os.Getuid() >= 0, os.Getpagesize())
	h, err := os.Hostname()
	fmt.Println(h != "", err)
	os.Clearenv()
	fmt.Println(len(os.Environ()), os.Getenv("HOME") == "")
}
