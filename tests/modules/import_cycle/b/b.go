package b

import "myapp/a"

var B = a.A
