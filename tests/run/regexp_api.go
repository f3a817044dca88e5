// regexp's API on everyday patterns: submatches by number and name,
// FindAll and its empty-match rule, ReplaceAllString's $ expansion, Split,
// Longest, QuoteMeta, and Go's error for each kind of bad expression.
package main

import (
	"fmt"
	"regexp"
	"strings"
)

func main() {
	re := regexp.MustCompile(`(\w+)@(\w+)\.com`)
	s := "alice@example.com, bob@test.com; nobody@nowhere.org"
	fmt.Println(re.MatchString(s), re.FindString(s), re.FindStringIndex(s))
	fmt.Println(re.FindStringSubmatch(s), re.FindAllString(s, -1), re.FindAllStringSubmatchIndex(s, -1))
	fmt.Printf("%q\n", re.ReplaceAllString(s, "$2:$1 ${1}x $$ $3 $x"))
	fmt.Println(re.NumSubexp(), re.SubexpNames(), re.String())
	named := regexp.MustCompile(`(?P<year>\d{4})-(?P<month>\d{2})(?:-(?<day>\d\d))?`)
	m := named.FindStringSubmatch("on 2024-07 and 2023-01-15")
	fmt.Printf("%q %v %d\n", m, named.SubexpNames(), named.SubexpIndex("month"))
	fmt.Printf("%q\n", named.FindAllStringSubmatch("2024-07 x 2023-01-15", -1))
	fmt.Printf("%q\n", named.ReplaceAllString("2024-07-04", "${day}/${month}/$year"))
	for _, p := range []string{`a*`, `a*?`, `(a|ab)(c|bcd)(d*)`, `x*`, `^`, `$`, `\b`, `(?i)hello`, `(?m)^\w+$`, `(?s)a.b`, `a.b`, `[^aeiou\s]+`, `[[:upper:]]+`, `\pL+`, `\p{Greek}+`, `a{2,3}`, `a{2,}?`, `(?U)a+`, `[a-c-e]`, `\x41\x{263a}`, `\Q.*\E+`, `[\d\-z]+`} {
		re := regexp.MustCompile(p)
		in := "aaab abcd AbC Hello hELLo\nfoo bar\nαβγ a\nb ☺A .*.* z-9"
		fmt.Printf("%-20s %q %v\n", p, re.FindAllString(in, 5), re.FindAllStringIndex("baaa", -1))
	}
	fmt.Printf("%q\n", regexp.MustCompile(`,\s*`).Split("a, b,c,   d", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`a*`).Split("abaabaccadaaae", 5))
	fmt.Printf("%q\n", regexp.MustCompile(``).Split("abc", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`x*`).ReplaceAllString("abc", "-"))
	fmt.Printf("%q\n", regexp.MustCompile(`a|b`).ReplaceAllStringFunc("cabbage", strings.ToUpper))
	fmt.Printf("%q\n", regexp.MustCompile(`(a)(x)?`).FindStringSubmatchIndex("ba"))
	fmt.Printf("%q %q\n", regexp.MustCompile(`(a)(x)?`).FindSubmatch([]byte("ba")), regexp.MustCompile(`o+`).FindAll([]byte("foo boo"), -1))
	fmt.Println(regexp.QuoteMeta(`1.5*[x]+$`))
	lre := regexp.MustCompile(`a(|b)`)
	fmt.Println(lre.FindString("ab"))
	lre.Longest()
	fmt.Println(lre.FindString("ab"))
	ok, err := regexp.MatchString(`^\d+$`, "12345")
	fmt.Println(ok, err)
	for _, bad := range []string{`(abc`, `abc)`, `*a`, `a**`, `a{2}{3}`, `[a`, `[z-a]`, `\q`, `a{1001}`, `(?P<1a>x)`, `(?z)`, `x\`, `(?i`, `\8`, `[[:foo:]]`, `\p{Foo}`, `a{2,1}`, `(?P<n>a)(?P<n>b)`, `+`, `??`, `x{1000}{1000}`} {
		_, err := regexp.Compile(bad)
		fmt.Println(err)
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	regexp.MustCompile("a(b")
}

func init() {
	re := regexp.MustCompile(`b+`)
	c := re.Copy()
	c.Longest()
	t, _ := re.MarshalText()
	a, _ := re.AppendText([]byte("re="))
	var u regexp.Regexp
	err := u.UnmarshalText([]byte(`(x`))
	fmt.Println(c.FindString("abbb"), string(t), string(a), err, u.UnmarshalText([]byte(`x+`)), u.FindString("axx"))
}
