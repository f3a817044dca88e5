package main

func main() {
	for {
		break done
	}
}
