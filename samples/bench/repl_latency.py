#!/usr/bin/env python3
"""The REPL's latency: check + compile + run of one-line expressions.

    python3 samples/bench/repl_latency.py [-n INPUTS]

Pipes a session into `minigo repl --timing`: a few declarations, then INPUTS
one-line expressions (arithmetic on session variables, calls of session
functions, string and slice expressions), each printed with its type. Reports
the median, 90th percentile and worst per-input time, and the first expression's
(which also compiles the part of fmt that prints values). Go has no REPL to
compare with; the goal is a median under 5 ms.
"""
import argparse, os, re, statistics, subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MINIGO = os.path.join(ROOT, "target", "release", "minigo")

SETUP = [
    "x := 3",
    "s := []int{1, 2, 3}",
    "func sq(n int) int { return n * n }",
    'name := "gopher"',
]
FORMS = [
    "x*{i} + {i}",
    "sq(x + {i})",
    "len(s) + {i}",
    'name + "{i}"',
    "s[{i} % 3] * {i}",
    "float64(x) / {i}.5",
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=100)
    n = ap.parse_args().n
    exprs = [FORMS[i % len(FORMS)].format(i=i + 1) for i in range(n)]
    script = "\n".join(SETUP + exprs) + "\n"
    p = subprocess.run([MINIGO, "repl", "--timing"], input=script, capture_output=True, text=True, check=True)
    times = [float(m) for m in re.findall(r"^\[([0-9.]+) ms\]$", p.stderr, re.M)]
    if len(times) != len(SETUP) + n or p.stdout.count("\n") != n:
        raise SystemExit(f"unexpected transcript:\n{p.stdout}\n{p.stderr}")
    exprs_t = times[len(SETUP):]
    rest = sorted(exprs_t[1:])
    print(f"{n} one-line expressions: median {statistics.median(exprs_t):.2f} ms, "
          f"p90 {rest[int(len(rest) * 0.9)]:.2f} ms, worst after the first {rest[-1]:.2f} ms, "
          f"first {exprs_t[0]:.1f} ms (compiles fmt's printing)")


if __name__ == "__main__":
    main()
