#!/usr/bin/env python3
"""Writes a seeded random signed digraph as a tab-separated edge list (src dst weight sign)
for scripts/bench/analysis.sh.

Nodes fall into planted camps (sizes 20..1000, heavy-tailed); each node has a heavy-tailed
activity, so degrees are skewed as in news graphs. An arc's tail is drawn by activity; its
head is in the same camp with probability 0.8 (positive with probability 0.85) and anywhere
otherwise (negative with probability 0.7). Weights are uniform in [0.1, 2.0], rounded to
0.001 (so some shortest paths tie). No self-loops and no repeated (src, dst) pair, so every
tool reads the same simple graph. Node names are n0, n1, ...

Usage: make-graphs.py NODES ARCS SEED OUT
"""

import bisect
import itertools
import random
import sys


def main():
    n, m, seed, out = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    rng = random.Random(seed)
    camp = []
    members = []
    while len(camp) < n:
        size = min(n - len(camp), int(20 * (1 - rng.random()) ** -1.2))
        size = max(1, min(size, 1000))
        members.append(list(range(len(camp), len(camp) + size)))
        camp.extend([len(members) - 1] * size)
    activity = [(1 - rng.random()) ** -0.6 for _ in range(n)]
    cumulative = list(itertools.accumulate(activity))
    total = cumulative[-1]
    seen = set()
    lines = []
    while len(lines) < m:
        u = bisect.bisect_left(cumulative, rng.random() * total)
        u = min(u, n - 1)
        inside = rng.random() < 0.8
        if inside:
            group = members[camp[u]]
            v = group[rng.randrange(len(group))]
            positive = rng.random() < 0.85
        else:
            v = rng.randrange(n)
            positive = rng.random() < 0.3
        if u == v or (u, v) in seen:
            continue
        seen.add((u, v))
        w = round(rng.uniform(0.1, 2.0), 3)
        lines.append(f"n{u}\tn{v}\t{w}\t{'+' if positive else '-'}\n")
    with open(out, "w") as f:
        f.writelines(lines)


if __name__ == "__main__":
    main()
