#!/usr/bin/env python3
"""Times graphctl's in-process Graphviz render against the Graphviz command line on the same DOT.

Usage: render.py BIN BENCH_DIR [--runs N] [--callgrind]

For each graph (500 actors laid out with dot, 5,000 with sfdp) it takes the DOT that
`graphctl render --format dot` writes and times, alternating the two, N times each:
  graphctl draw G.dot --format svg -o OUT     (parse, layout, SVG through libgvc in-process)
  dot|sfdp -Tsvg G.dot -o OUT                 (the same library through its own command)
and, for information, the whole `graphctl render RELATIONS --format svg` (read, aggregate,
analyse, write DOT, render). Reports medians, min-max and the ratio graphctl / Graphviz, with
the load average before and after (the machine has 2 cores and is shared).

--callgrind also counts the instructions of one run of each under valgrind's callgrind: a figure
that other work on the machine does not move (slow: a few minutes per graph).
"""
import os
import resource
import statistics
import subprocess
import sys
import time


def timed(cmd):
    """Wall time and CPU time (user + system of the child) of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def instructions(cmd):
    """Instructions executed by one run of `cmd` under callgrind."""
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"] + cmd,
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    for line in done.stderr.splitlines():
        if "Collected :" in line:
            return int(line.split(":")[-1])
    raise RuntimeError("callgrind printed no instruction count")


def main():
    bin_, bench = sys.argv[1], sys.argv[2]
    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 5
    load_before = os.getloadavg()
    rows = []
    for n, engine in ((500, "dot"), (5000, "sfdp")):
        rel = os.path.join(bench, f"render-{n}.jsonl")
        dot = os.path.join(bench, f"render-{n}.dot")
        subprocess.run([bin_, "render", rel, "--format", "dot", "--layout", engine, "-o", dot], check=True)
        ours, theirs, full = [], [], []
        out = os.path.join(bench, "out.svg")
        # One warm-up each (file cache, plugin config).
        timed([bin_, "draw", dot, "--format", "svg", "-o", out])
        timed([engine, "-Tsvg", dot, "-o", out])
        for _ in range(runs):
            ours.append(timed([bin_, "draw", dot, "--format", "svg", "-o", out]))
            theirs.append(timed([engine, "-Tsvg", dot, "-o", out]))
            full.append(timed([bin_, "render", rel, "--format", "svg", "--layout", engine, "-o", out]))
        counts = None
        if "--callgrind" in sys.argv:
            counts = (instructions([bin_, "draw", dot, "--format", "svg", "-o", out]),
                      instructions([engine, "-Tsvg", dot, "-o", out]))
        rows.append((n, engine, ours, theirs, full, counts))
    load_after = os.getloadavg()

    def fmt(runs_, i):
        xs = [r[i] for r in runs_]
        return f"{statistics.median(xs):.2f} s ({min(xs):.2f}-{max(xs):.2f})"

    def med(runs_, i):
        return statistics.median(r[i] for r in runs_)

    print(f"render benchmark, {runs} runs each, medians (min-max)")
    print(f"load average before: {load_before[0]:.2f} {load_before[1]:.2f} {load_before[2]:.2f}; "
          f"after: {load_after[0]:.2f} {load_after[1]:.2f} {load_after[2]:.2f}")
    print()
    print("CPU time (user+system) is the main figure: it moves less than wall time when other work")
    print("shares the 2 cores. Ratio = graphctl / Graphviz CLI, medians.")
    print()
    print("| actors | engine | | graphctl draw (in-process) | Graphviz CLI -Tsvg | ratio | graphctl render (whole pipeline) |")
    print("|---|---|---|---|---|---|---|")
    for n, engine, ours, theirs, full, counts in rows:
        for i, what in ((1, "CPU"), (0, "wall")):
            ratio = med(ours, i) / med(theirs, i)
            print(f"| {n:,} | {engine} | {what} | {fmt(ours, i)} | {fmt(theirs, i)} | {ratio:.2f} | {fmt(full, i)} |")
        if counts:
            print(f"| {n:,} | {engine} | instructions | {counts[0] / 1e9:.3f} G | {counts[1] / 1e9:.3f} G "
                  f"| {counts[0] / counts[1]:.3f} | |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
