// encoding/base64: the four encodings, corrupt input offsets, strict mode,
// streaming encoder and decoder, custom alphabets and padding.
package main

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"io"
	"strings"
)

func main() {
	encs := map[string]*base64.Encoding{"std": base64.StdEncoding, "url": base64.URLEncoding, "rawstd": base64.RawStdEncoding, "rawurl": base64.RawURLEncoding}
	for _, name := range []string{"std", "url", "rawstd", "rawurl"} {
		enc := encs[name]
		for _, s := range []string{"", "f", "fo", "foo", "foob", "fooba", "foobar", "\xff\xfe\xfd\xfc?>"} {
			e := enc.EncodeToString([]byte(s))
			d, err := enc.DecodeString(e)
			fmt.Printf("%s %q -> %q -> %q %v %d %d\n", name, s, e, d, err, enc.EncodedLen(len(s)), enc.DecodedLen(len(e)))
		}
	}
	bad := []string{"Zm9v!mFy", "Zm9vYmFy=", "Zm9vYg=", "Zm9vYg", "Zm9vYg==x", "Zm9v\nYmFy\r\n", "Zm9vY\ng\n=\n=\n", "=", "Z", "Zg==Zg==", "Zm9vYh==", "Zm9vYmE=", "Zm9vYmF="}
	for _, s := range bad {
		d, err := base64.StdEncoding.DecodeString(s)
		d2, err2 := base64.StdEncoding.Strict().DecodeString(s)
		d3, err3 := base64.RawStdEncoding.DecodeString(s)
		fmt.Printf("%q: %q %v | %q %v | %q %v\n", s, d, err, d2, err2, d3, err3)
	}
	var buf bytes.Buffer
	w := base64.NewEncoder(base64.StdEncoding, &buf)
	for i := 0; i < 10; i++ {
		w.Write([]byte(strings.Repeat("x", i)))
	}
	w.Close()
	fmt.Println(buf.String())
	r := base64.NewDecoder(base64.StdEncoding, strings.NewReader(buf.String()[:20]+"\n"+buf.String()[20:]))
	out, err := io.ReadAll(r)
	fmt.Println(len(out), err, string(out[:10]))
	_, err = io.ReadAll(base64.NewDecoder(base64.StdEncoding, strings.NewReader("Zm9vYmF")))
	fmt.Println(err)
	fmt.Println(string(base64.StdEncoding.AppendEncode([]byte("data:"), []byte("hi"))))
	ad, err := base64.StdEncoding.AppendDecode([]byte("x="), []byte("aGk="))
	fmt.Println(string(ad), err)
	custom := base64.NewEncoding("ZYXWVUTSRQPONMLKJIHGFEDCBAzyxwvutsrqponmlkjihgfedcba9876543210+/").WithPadding('*')
	fmt.Println(custom.EncodeToString([]byte("custom!")))
	defer func() { fmt.Println("recovered:", recover()) }()
	base64.NewEncoding("abc")
}
