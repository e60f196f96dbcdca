#!/usr/bin/env python3
"""Writes a synthetic relations.jsonl whose actor graph has N actors, for the render benchmark.

Usage: make-render-graph.py N OUT.jsonl [--seed S]

Actors A00000.. fall into sqrt(N)/2 communities; each actor gets about three relations, mostly
inside its community (supports, negotiates-with) and some across (opposes, strikes), with
confidences between 0.6 and 0.95. Deterministic for a given N and seed.
"""
import json
import math
import random
import sys


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    n = int(sys.argv[1])
    out = sys.argv[2]
    seed = int(sys.argv[4]) if len(sys.argv) > 4 and sys.argv[3] == "--seed" else 7
    rng = random.Random(seed)
    groups = max(2, int(math.sqrt(n) / 2))
    codes = [f"A{i:05d}" for i in range(n)]
    group = {c: rng.randrange(groups) for c in codes}
    members = {}
    for c in codes:
        members.setdefault(group[c], []).append(c)
    with open(out, "w", encoding="utf-8") as f:
        k = 0
        for c in codes:
            for _ in range(3):
                inside = rng.random() < 0.75
                pool = members[group[c]] if inside and len(members[group[c]]) > 1 else codes
                t = rng.choice(pool)
                if t == c:
                    continue
                rel = rng.choice(["supports", "supports", "negotiates-with"]) if inside else rng.choice(["opposes", "strikes"])
                k += 1
                f.write(json.dumps({
                    "doc": f"bench-{k // 40}", "sentence": k % 40, "source": c, "relation": rel,
                    "target": t, "cue": "cue", "evidence": "synthetic", "span": [0, 9],
                    "confidence": round(rng.uniform(0.6, 0.95), 2),
                }) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
