package main

import (
	"errors"
	"fmt"
	"strconv"
)

var ErrNotFound = errors.New("not found")

type ParseErr struct {
	Line int
	Err  error
}

func (e *ParseErr) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }
func (e *ParseErr) Unwrap() error { return e.Err }

func find(k string) error {
	if k == "" {
		return fmt.Errorf("find %q: %w", k, ErrNotFound)
	}
	return nil
}

func parse(s string) error {
	_, err := strconv.Atoi(s)
	if err != nil {
		return &ParseErr{3, err}
	}
	return nil
}

func main() {
	err := find("")
	fmt.Println(err, errors.Is(err, ErrNotFound), errors.Unwrap(err) == ErrNotFound)
	fmt.Println(find("x") == nil)
	err = parse("12x")
	fmt.Println(err)
	var pe *ParseErr
	if errors.As(err, &pe) {
		fmt.Println("line", pe.Line, pe.Err)
	}
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err == strconv.ErrSyntax)
	wrapped := fmt.Errorf("outer: %w", err)
	fmt.Println(wrapped, errors.As(wrapped, &pe))
	j := errors.Join(errors.New("a"), nil, errors.New("b"))
	fmt.Println(j)
	fmt.Printf("%v|%s|%q\n", ErrNotFound, ErrNotFound, ErrNotFound)
	multi := fmt.Errorf("%w and %w", ErrNotFound, errors.New("other"))
	fmt.Println(multi, errors.Is(multi, ErrNotFound))
	fmt.Printf("%T %T\n", err, wrapped)
}
