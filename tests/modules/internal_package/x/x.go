package x

import "myapp/x/internal/y"

var X = y.Y
