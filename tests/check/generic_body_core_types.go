package main

func send[T chan int | chan<- int](c T) { c <- 1 }

func recv[T chan int | chan<- int](c T) { <-c }

func recv2[T any](c T) { <-c }

func ap[T any](s T) { _ = append(s, 1) }

func ap2[S ~[]E, E any](s S, e E) S { return append(s, e) }

func cp[T ~[]int | ~[]string](d T) { copy(d, d) }

func del[T any](m T) { delete(m, 1) }

func cl[T ~chan int | ~<-chan int](c T) { close(c) }

func star[T any](p T) { _ = *p }

func inc[T ~string](x T) { x++ }

func assign[T any, U any](x T) U { return x }

func assign2[T ~int](x T) int { return x }

func assign3[T ~[]int](x T) []int { return x }

func main() {}
