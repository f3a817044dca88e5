package main

// Struct tags through reflect: StructField.Tag, StructTag.Get and Lookup
// (a malformed pair ends the search), tags of embedded and anonymous structs.

import (
	"fmt"
	"reflect"
)

type User struct {
	Name  string `json:"name" xml:"n"`
	Age   int    `json:"age,omitempty"`
	email string
	Note  string `json:"-" bad:x other:"q\"uoted"`
	Empty string `json:""`
	Inner
}

type Inner struct {
	ID int `db:"id"`
}

func main() {
	t := reflect.TypeOf(User{})
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		v, ok := f.Tag.Lookup("json")
		fmt.Printf("%s %q %q %v %q %q %v\n", f.Name, f.Tag, v, ok, f.Tag.Get("xml"), f.Tag.Get("other"), f.Anonymous)
	}
	f, _ := t.FieldByName("ID")
	fmt.Println(f.Tag.Get("db"), f.Index)
	fmt.Printf("%+v\n", reflect.StructTag(`a:"1" b:"2"`).Get("b"))
	fmt.Println(t)
	var x struct {
		A int `k:"v"`
	}
	fmt.Printf("%T\n", x)
	fmt.Println(reflect.TypeOf(x).Field(0).Tag)
}
