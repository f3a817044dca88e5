// A function's opening brace on the next line (gc: semicolon before {).
package main

func main()
{
}
