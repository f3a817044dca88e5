#!/usr/bin/env python3
"""Front-end speed: parse + type-check a generated Go file, minigo vs Go's go/types.

    python3 samples/bench/frontend.py [-n RUNS] [LINES]

genbig.py writes the file (100,000 lines by default). minigo's figure is what
`minigo check --timing` reports (parse and check, fmt and its imports checked from
source included; reading the file and starting the process left out). Go's is
gocheck/main.go: go/parser and go/types on the same file in one process, fmt loaded
from export data before its clock starts. Both run RUNS times, interleaved; the best
and the median count (these VMs are noisy).
"""
import argparse, os, re, statistics, subprocess, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
MINIGO = os.path.join(ROOT, "target", "release", "minigo")


def ms(cmd, env=None):
    p = subprocess.run(cmd, capture_output=True, text=True, env=env, check=True)
    m = re.search(r"parse ([\d.]+) ms, check ([\d.]+) ms", p.stderr)
    return float(m.group(1)) + float(m.group(2)) if m else float(re.search(r"([\d.]+) ms", p.stdout).group(1))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=20)
    ap.add_argument("lines", type=int, nargs="?", default=100_000)
    a = ap.parse_args()
    go = os.path.expanduser("~/.cache/go-truth/venv/bin/go")
    if not os.path.exists(go):
        subprocess.run([os.path.join(ROOT, "tests", "go-truth"), "go", "version"], check=True, stdout=subprocess.DEVNULL)
    env = dict(os.environ, GOCACHE=os.path.expanduser("~/.cache/go-truth/cache"), GO111MODULE="off", GOTOOLCHAIN="local")
    env["PATH"] = os.path.dirname(go) + os.pathsep + env["PATH"]
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "big.go")
        with open(src, "w") as f:
            subprocess.run(["python3", os.path.join(HERE, "genbig.py"), str(a.lines)], stdout=f, check=True)
        lines = sum(1 for _ in open(src))
        gocheck = os.path.join(tmp, "gocheck")
        subprocess.run([go, "build", "-o", gocheck, os.path.join(HERE, "gocheck", "main.go")], check=True, env=env)
        times = {"minigo": [], "Go": []}
        for _ in range(a.n):
            times["minigo"].append(ms([MINIGO, "check", "--timing", src]))
            times["Go"].append(ms([gocheck, src], env))
    print(f"{lines} lines, {a.n} runs")
    print(f"{'':<8} {'best':>9} {'median':>9} {'lines/s (best)':>15} {'(median)':>10}")
    for name, t in times.items():
        best, med = min(t), statistics.median(t)
        print(f"{name:<8} {best:7.1f}ms {med:7.1f}ms {lines / best * 1e3 / 1e6:13.2f}M {lines / med * 1e3 / 1e6:9.2f}M")
    g, m = times["Go"], times["minigo"]
    print(f"minigo / Go time: {min(m) / min(g):.2f}x best, {statistics.median(m) / statistics.median(g):.2f}x median")


if __name__ == "__main__":
    main()
