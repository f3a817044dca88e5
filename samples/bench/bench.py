#!/usr/bin/env python3
"""minigo vs Go 1.27, measured side by side in one run.

    python3 samples/bench/bench.py [-n RUNS] [NAME ...]

Each benchmark is a Go program in this directory. Go's binary is built once (not timed); both
programs run RUNS times and the best wall time counts (these VMs are noisy). For minigo the
time is the whole `minigo run` with its program cache off (MINIGOCACHE=off: check, compile,
JIT, run) and, in brackets, the whole `minigo run` from a warm program cache (the program
compiled by an earlier run: loading its image and running it, a start of about 3 ms
included, as Go's time includes its binary's start).

For the million-goroutine, deep-stack and collector programs the table also gives peak
resident memory, as `/usr/bin/time` reports it for the program's own process (measured from
this script's process it would include the parent's pages the child inherited before exec,
about 14 MB, a floor that hides Go's small figures). Go's is its binary's; minigo's is the
program's run from a warm program cache, which is what the program itself needs, as Go's
figure leaves out `go build`; "compiling" is minigo's peak when it compiles first (its
compiler's memory, about 30 MB for a program using fmt, comes on top).

Where gccgo is installed (`apt install gccgo`), each program is also built with `gccgo -O2`
and run with GOMAXPROCS=1; the "gccgo" columns give its best time and minigo's run alone
as a ratio to it ("-" where gccgo cannot build the program — Debian's gccgo 12 implements Go
1.18 without its generic standard packages — and for the goroutine-stack and collector rows,
where gccgo's goroutines, each on a large stack of its own, take minutes).

The end-to-end rows compare `minigo run hello.go` with `go run hello.go` on a warm build
cache: minigo compiling (cache off), minigo with its own cache warm (the program
compiled by an earlier run), and minigo running hello for the first time when its
functions are cached (compiled for another program: the front end and lowering run,
Cranelift is skipped).
"""
import argparse, os, re, shutil, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
# MINIGO=PATH measures another minigo binary (an earlier build, for an A/B run)
MINIGO = os.environ.get("MINIGO") or os.path.join(ROOT, "target", "release", "minigo")
BENCHES = ["fib", "spectralnorm", "nbody", "loop", "defermutex"]
# concurrency benchmarks, measured with GOMAXPROCS=1 and the default
CONCURRENT = ["pingpong", "tokenring", "sieve", "fanin", "spawn"]
# goroutine stacks: a million goroutines, deep recursion
STACKS = ["spawn1m", "blocked1m", "deepstack", "stackgrow"]
# the collector: allocation-bound programs whose live set stays constant
MEMORY = ["binarytrees", "allocloop", "mapchurn", "strchurn", "gcpause"]
# generic code: slices.Sort, slices.SortFunc, a map-reduce pipeline, a search tree
GENERICS = ["gsort", "gsortfunc", "gmapreduce", "gtree"]
# generated code: a hot local buffer, fannkuch-redux, matrix multiply, closure and interface
# dispatch, sort.Sort of structs and sort.Ints, float accumulators around a type switch and
# an append, a sieve of Eratosthenes (data-dependent branches); and a map of strings that
# differ in their last bytes (the map's hash)
CODEGEN = ["hotbuf", "fannkuch", "matmul", "dispatch", "sortstructs", "floatacc", "eratosthenes", "strmap"]
# the standard library: bufio.Scanner over 50 MB of stdin, strings.Builder, strconv, fmt,
# fmt.Scan of integers from stdin
STDLIB = ["wordfreq", "builder", "strconvrt", "sprintf", "scanints"]
# programs that read standard input, and the generator of that input
STDIN = {"wordfreq": lambda path: words_text(path, 50_000_000), "scanints": lambda path: integers_text(path, 200_000)}
NOCACHE = dict(os.environ, MINIGOCACHE="off")
GCCGO = shutil.which("gccgo")


def go_binary():
    go = os.path.expanduser("~/.cache/go-truth/venv/bin/go")
    if not os.path.exists(go):
        subprocess.run([os.path.join(ROOT, "tests", "go-truth"), "go", "version"], check=True, stdout=subprocess.DEVNULL)
    return go


def integers_text(path, count):
    """`count`, then that many integers of up to ten digits, signed, one line
    of them (always the same text)."""
    import random
    r = random.Random(11)
    with open(path, "w") as f:
        f.write(f"{count}\n")
        f.write(" ".join(str(r.randint(-10**9, 10**9)) for _ in range(count)) + "\n")


def words_text(path, size):
    """`size` bytes of lines of twelve words drawn from a Zipf-like
    distribution over 20,000 made-up words (always the same text)."""
    import random
    r = random.Random(7)
    vocab = ["".join(r.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(r.randint(2, 9))) for _ in range(20000)]
    weights = [1.0 / (i + 1) for i in range(len(vocab))]
    with open(path, "w") as f:
        n = 0
        while n < size:
            line = " ".join(r.choices(vocab, weights, k=12)) + "\n"
            f.write(line)
            n += len(line)


# `time -o FILE -f %M` reports the peak RSS of the program's process alone
TIME = shutil.which("time", path="/usr/bin:/bin")


def measure(cmd, env, stdin=None, wrap=True):
    """Wall time, stdout, peak RSS (KiB) and stderr of one run. With `wrap`
    false the command runs alone, not under `time`: the wall time of a run of a
    few milliseconds then holds no start of another program (and the peak RSS
    is this script's, which the child had before its exec)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, open(stdin or os.devnull, "rb") as inp, tempfile.NamedTemporaryFile("r") as rss:
        wrap = wrap and TIME
        t = time.perf_counter()
        p = subprocess.Popen([TIME, "-o", rss.name, "-f", "%M"] + cmd if wrap else cmd, stdin=inp, stdout=out, stderr=err, env=env)
        _, status, usage = os.wait4(p.pid, 0)
        elapsed = time.perf_counter() - t
        p.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if p.returncode != 0:
            sys.exit(f"{' '.join(cmd)} failed:\n{err.read().decode()}")
        peak = int(rss.read().split()[-1]) if wrap else usage.ru_maxrss
        return elapsed, out.read(), peak, err.read().decode()


def best(cmd, runs, env=None, procs=None, stdin=None, wrap=True):
    env = dict(env or NOCACHE)
    if procs:
        env["GOMAXPROCS"] = procs
    return min((measure(cmd, env, stdin, wrap) for _ in range(runs)), key=lambda r: r[0])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=5)
    ap.add_argument("names", nargs="*", default=BENCHES + CODEGEN + CONCURRENT + STACKS + MEMORY + GENERICS + STDLIB)
    a = ap.parse_args()
    go = go_binary()
    tmp = tempfile.mkdtemp()
    env = dict(os.environ, GOCACHE=os.path.expanduser("~/.cache/go-truth/cache"), GO111MODULE="off", GOTOOLCHAIN="local")
    if not TIME:
        print("no /usr/bin/time (Debian package `time`): peak RSS includes this script's ~14 MB", file=sys.stderr)
    print(f"{'benchmark':<14} {'Go':>9} {'minigo':>9} {'(run)':>9} {'ratio':>7} {'(run)':>7} {'gccgo':>9} {'(run)':>7}   {'Go RSS':>9} {'minigo RSS':>10} {'ratio':>6} {'compiling':>10}")
    for name in a.names:
        src = os.path.join(HERE, name + ".go")
        exe = os.path.join(tmp, name)
        subprocess.run([go, "build", "-o", exe, src], check=True, env=env)
        stdin = None
        if name in STDIN:
            stdin = os.path.join(tmp, name + ".in")
            STDIN[name](stdin)
        tgcc = None
        # (not the goroutine-stack and collector rows: gccgo's goroutines take seconds each
        # thousand there, which says nothing about its code)
        if GCCGO and name not in STACKS + MEMORY and subprocess.run([GCCGO, "-O2", "-o", exe + ".gccgo", src], stderr=subprocess.DEVNULL).returncode == 0:
            tgcc = best([exe + ".gccgo"], a.n, procs="1", stdin=stdin)[0]
        variants = [("1", None), (None, None)] if name in CONCURRENT else [(None, None)]
        if name == "loop":
            # what the loops' preemption poll costs
            variants.append((None, "looppoll=0"))
        for procs, debug in variants:
            tg, og, mg, eg = best([exe], a.n, procs=procs, stdin=stdin)
            menv = dict(NOCACHE, MINIGODEBUG=debug) if debug else None
            tm, om, mm, em = best([MINIGO, "run", src], a.n, env=menv, procs=procs, stdin=stdin)
            if og != om:
                sys.exit(f"{name}: outputs differ:\n{og.decode()}\n---\n{om.decode()}")
            # the run alone: from a warm program cache (and the program's own
            # footprint, as Go's figure leaves out `go build`)
            cached = dict(os.environ, MINIGOCACHE=os.path.join(tmp, "cache"), MINIGODEBUG=debug or "")
            measure([MINIGO, "run", src], dict(cached, GOMAXPROCS=procs) if procs else cached, stdin)  # compiles into the cache
            run, oc, mc, _ = best([MINIGO, "run", src], a.n, env=cached, procs=procs, stdin=stdin)
            if og != oc:
                sys.exit(f"{name}: outputs differ from a cached image:\n{og.decode()}\n---\n{oc.decode()}")
            label = name + (f" P={procs}" if procs else "") + (" no poll" if debug else "")
            rss = ""
            if name in STACKS + MEMORY:
                rss = f"   {mg/1024:7.1f}MB {mc/1024:8.1f}MB {mc/mg:5.2f}x {mm/1024:8.1f}MB"
            gcc = f"{tgcc*1e3:7.1f}ms {run/tgcc:6.2f}x" if tgcc else f"{'-':>9} {'-':>7}"
            print(f"{label:<14} {tg*1e3:8.1f}ms {tm*1e3:8.1f}ms {run*1e3:8.1f}ms {tm/tg:6.2f}x {run/tg:6.2f}x {gcc}{rss}")
            if name == "gcpause":
                # the longest stop-the-world pause, as the program reports it
                pause = lambda e: int(re.search(r"max pause: (\d+) ns", e).group(1)) / 1e6
                print(f"{'  max pause':<14} {pause(eg):8.2f}ms {pause(em):8.2f}ms {'':>9} {pause(em)/pause(eg):6.0f}x")
    hello = os.path.join(ROOT, "samples", "hello.go")
    shutil.copy(hello, tmp)
    subprocess.run([go, "run", os.path.join(tmp, "hello.go")], check=True, env=env, stdout=subprocess.DEVNULL)
    tg = best([go, "run", os.path.join(tmp, "hello.go")], a.n, env)[0]
    tm = best([MINIGO, "run", hello], a.n)[0]
    print(f"{'hello e2e':<14} {tg*1e3:8.1f}ms {tm*1e3:8.1f}ms {'':>9} {tm/tg:6.2f}x   (go run, warm cache; minigo with no cache)")
    cache = dict(os.environ, MINIGOCACHE=os.path.join(tmp, "cache"))
    measure([MINIGO, "run", hello], cache)  # compiles into the cache
    rc = measure([MINIGO, "run", hello], cache)[2]
    # a start of a few milliseconds: run alone (not under `time`), best of many
    tc = best([MINIGO, "run", hello], max(a.n, 20), cache, wrap=False)[0]
    print(f"{'hello cached':<14} {tg*1e3:8.1f}ms {tc*1e3:8.1f}ms {'':>9} {tc/tg:6.2f}x   (both caches warm: minigo {tg/tc:.1f}x faster; run alone, RSS {rc/1024:.1f}MB)")
    # a program never run before (hello, its lines moved down by a comment that
    # differs each time), whose functions an earlier program compiled
    tn = []
    with open(hello) as f:
        source = f.read()
    for i in range(a.n):
        new = os.path.join(tmp, f"hello{i}.go")
        with open(new, "w") as f:
            f.write("// variant %d\n%s%s" % (i, "//\n" * i, source))
        tn.append(measure([MINIGO, "run", new], cache)[0])
    print(f"{'hello new':<14} {tg*1e3:8.1f}ms {min(tn)*1e3:8.1f}ms {'':>9} {min(tn)/tg:6.2f}x   (go run, warm cache; minigo: a new program, its functions cached)")
    shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
