package main

func f(int) int

func g()
