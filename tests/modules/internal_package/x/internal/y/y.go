package y

var Y = 1
