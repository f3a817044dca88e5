package main

func foo() {
	if x {
