package main

type P *int
type I interface{ m() }

func (p *P) a() int { return 1 }

func (p (P)) b() int { return 1 }

func (x I) c() {}

func (x *(I)) d() {}

func main() {}
