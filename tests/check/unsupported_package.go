package main

import "net/http"

func main() {
	_ = http.StatusOK
}

// minigo rejects this program on purpose: minigo offers a subset of the standard library; Go accepts this program.
// minigo-want: unsupported_package.go:3:8: minigo does not support package net/http
