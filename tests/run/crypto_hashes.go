// crypto/md5, sha1, sha256 (and 224), sha512 (and 384): the standard test
// vectors, messages around every padding boundary, and writes split anywhere.
package main

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"fmt"
	"hash"
	"strings"
)

func main() {
	for _, s := range []string{"", "abc", "message digest", "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", strings.Repeat("a", 1000)} {
		m, s1, s224, s256, s384, s512 := md5.Sum([]byte(s)), sha1.Sum([]byte(s)), sha256.Sum224([]byte(s)), sha256.Sum256([]byte(s)), sha512.Sum384([]byte(s)), sha512.Sum512([]byte(s))
		fmt.Printf("%.20q\n md5 %x\n sha1 %x\n sha224 %x\n sha256 %x\n sha384 %x\n sha512 %x\n", s, m, s1, s224, s256, s384, s512)
	}
	news := []struct {
		name string
		new  func() hash.Hash
	}{{"md5", md5.New}, {"sha1", sha1.New}, {"sha224", sha256.New224}, {"sha256", sha256.New}, {"sha384", sha512.New384}, {"sha512", sha512.New}}
	data := make([]byte, 300)
	for i := range data {
		data[i] = byte(i * 7)
	}
	for _, h := range news {
		// one digest over every length across the block boundaries
		all := h.new()
		for n := 0; n <= 260; n++ {
			d := h.new()
			d.Write(data[:n])
			all.Write(d.Sum(nil))
		}
		// the same message written in uneven pieces, with Sum in between
		d := h.new()
		for i, step := 0, 1; i < len(data); i, step = i+step, step+3 {
			d.Write(data[i:min(i+step, len(data))])
			d.Sum(nil)
		}
		one := h.new()
		one.Write(data)
		fmt.Println(h.name, hex.EncodeToString(all.Sum(nil))[:32], string(d.Sum([]byte("x:")))[:2], hex.EncodeToString(d.Sum(nil)) == hex.EncodeToString(one.Sum(nil)), d.Size(), d.BlockSize())
		d.Reset()
		fmt.Println(hex.EncodeToString(d.Sum(nil)) == hex.EncodeToString(h.new().Sum(nil)))
	}
}
