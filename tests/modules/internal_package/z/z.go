package z

import "myapp/x/internal/y"

var Z = y.Y
