package main

func f() {
_:
_:
	goto _
}

func main() {}
