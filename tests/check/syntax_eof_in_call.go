package main

func foo() {
	bar(1,