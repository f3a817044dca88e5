package main

func f() (err error) {
	{
		err := error(nil)
		_ = err
		return
	}
}

func main() { f() }
