package main

var x⊛y int

const s = "\'"
