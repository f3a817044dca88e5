package main

import "strings"
import strings "os"

import (
	"fmt"
	fmt "math"
)

func main() {}
