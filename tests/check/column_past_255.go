// gc keeps a position's column in 8 bits: an error at column 255 or
// beyond is printed without one (column 254 is the last it prints).
package main

var c254 int =                                                                                                                                                                                                                                               "s"
var c255 int =                                                                                                                                                                                                                                                "s"
var c256 int =                                                                                                                                                                                                                                                 "s"
var c300 int =                                                                                                                                                                                                                                                                                             "s"

func main() {}
