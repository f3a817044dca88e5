package main

func main() {
	var x struct {
		A int `json:"a"`
		B string "b\tc"
		C bool ""
	}
	var n int = x
	_ = n
}
