#!/usr/bin/env python3
"""Reference values for graphctl's analysis engine (Sources/Graph/Analysis).

Writes Tests/GraphTests/Fixtures/analysis/*.json: small random directed weighted graphs
(fixed seed) as raw arc lists (with a parallel arc and a self-loop to exercise merging), and
values computed independently of the Swift code:

- NetworkX 3.x: pagerank(alpha=0.85, weight=|w|, tol=1e-12), in/out degree and strength;
- the exact PageRank vector from a dense linear solve (numpy);
- igraph PRPACK PageRank when python-igraph is importable (optional: pip install igraph in
  .venv; run this script with .venv/bin/python);
- for signed graphs: Traag & Bruggeman signed modularity of given partitions (dense numpy
  implementation of the formula), triangle census and frustration by brute force.

Conventions (same as the Swift side): parallel arcs are merged by summing signed weights,
self-loops dropped; PageRank and strengths use |merged weight|; the undirected projection sums
the two directions' merged weights.

Usage: python3 scripts/reference/make_analysis_fixtures.py   (from the repository root)
"""

import itertools
import json
import os
import random

import networkx as nx
import numpy as np

try:
    import igraph  # optional
except ImportError:  # pragma: no cover
    igraph = None

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "GraphTests", "Fixtures", "analysis")
ALPHA = 0.85


def merged(n, arcs):
    """Dense n x n matrix of merged signed weights, self-loops dropped."""
    w = np.zeros((n, n))
    for u, v, x in arcs:
        if u != v:
            w[u, v] += x
    present = np.zeros((n, n), dtype=bool)
    for u, v, _ in arcs:
        if u != v:
            present[u, v] = True
    return w, present


def nx_digraph(n, arcs):
    w, present = merged(n, arcs)
    g = nx.DiGraph()
    g.add_nodes_from(range(n))
    for u, v in zip(*np.nonzero(present)):
        g.add_edge(int(u), int(v), weight=float(abs(w[u, v])))
    return g


def exact_pagerank(n, arcs):
    w, _ = merged(n, arcs)
    a = np.abs(w)
    out = a.sum(axis=1)
    p = np.zeros((n, n))  # row-stochastic transition, dangling rows uniform
    for u in range(n):
        p[u] = a[u] / out[u] if out[u] > 0 else 1.0 / n
    # x = alpha x P + (1 - alpha)/n  ->  (I - alpha P^T) x = (1 - alpha)/n
    x = np.linalg.solve(np.eye(n) - ALPHA * p.T, np.full(n, (1 - ALPHA) / n))
    return x / x.sum()


def igraph_pagerank(n, arcs):
    if igraph is None:
        return None
    w, present = merged(n, arcs)
    edges = [(int(u), int(v)) for u, v in zip(*np.nonzero(present))]
    g = igraph.Graph(n=n, edges=edges, directed=True)
    weights = [float(abs(w[u, v])) for u, v in edges]
    return g.pagerank(directed=True, damping=ALPHA, weights=weights, implementation="prpack")


def signed_modularity(n, arcs, partition, gamma):
    """Traag & Bruggeman (2009) Q on the undirected projection, written from the formula."""
    w, _ = merged(n, arcs)
    s = w + w.T
    np.fill_diagonal(s, 0.0)
    ap = np.where(s > 0, s, 0.0)
    an = np.where(s < 0, -s, 0.0)
    kp, kn = ap.sum(axis=1), an.sum(axis=1)
    wp2, wn2 = kp.sum(), kn.sum()
    same = np.equal.outer(np.array(partition), np.array(partition))
    pos = ap - (gamma * np.outer(kp, kp) / wp2 if wp2 > 0 else 0.0)
    neg = an - (gamma * np.outer(kn, kn) / wn2 if wn2 > 0 else 0.0)
    return float(((pos - neg) * same).sum() / (wp2 + wn2))


def balance(n, arcs, partition):
    w, _ = merged(n, arcs)
    s = w + w.T
    total = balanced = 0
    for i, j, k in itertools.combinations(range(n), 3):
        if s[i, j] != 0 and s[j, k] != 0 and s[i, k] != 0:
            total += 1
            if np.sign(s[i, j]) * np.sign(s[j, k]) * np.sign(s[i, k]) > 0:
                balanced += 1
    frustration = 0.0
    for i, j in itertools.combinations(range(n), 2):
        if s[i, j] == 0:
            continue
        same = partition[i] == partition[j]
        if (same and s[i, j] < 0) or (not same and s[i, j] > 0):
            frustration += abs(s[i, j])
    return {"triangles": total, "balanced": balanced, "frustration": frustration}


def random_digraph(rng, n, p, dangling, signed=False):
    arcs = []
    for u in range(n):
        if u in dangling:
            continue
        for v in range(n):
            if u != v and rng.random() < p:
                x = round(rng.uniform(0.1, 3.0), 3)
                if signed and rng.random() < 0.4:
                    x = -x
                arcs.append([u, v, x])
    return arcs


def add_merge_cases(rng, arcs):
    """A parallel arc (to be summed) and a self-loop (to be dropped)."""
    u, v, x = arcs[len(arcs) // 2]
    arcs.append([u, v, round(abs(x) * 0.5, 3)])
    arcs.append([u, u, 2.0])
    rng.shuffle(arcs)
    return arcs


def planted_signed(rng, sizes, p_in, p_out, noise):
    labels = [c for c, size in enumerate(sizes) for _ in range(size)]
    n = len(labels)
    arcs = []
    for u, v in itertools.combinations(range(n), 2):
        a, b = (u, v) if rng.random() < 0.5 else (v, u)
        if labels[u] == labels[v]:
            if rng.random() < p_in:
                x = rng.uniform(0.5, 2.0)
                arcs.append([a, b, round(-x if rng.random() < noise else x, 3)])
        elif rng.random() < p_out:
            x = rng.uniform(0.5, 2.0)
            arcs.append([a, b, round(x if rng.random() < noise else -x, 3)])
    return n, arcs, labels


def fixture(name, n, arcs, partitions=()):
    g = nx_digraph(n, arcs)
    nx_pr = nx.pagerank(g, alpha=ALPHA, weight="weight", tol=1e-12)
    exact = exact_pagerank(n, arcs)
    data = {
        "name": name,
        "nodes": n,
        "arcs": arcs,
        "pagerank_networkx": [nx_pr[v] for v in range(n)],
        "pagerank_exact": [float(x) for x in exact],
        "in_degree": [g.in_degree(v) for v in range(n)],
        "out_degree": [g.out_degree(v) for v in range(n)],
        "in_strength": [g.in_degree(v, weight="weight") for v in range(n)],
        "out_strength": [g.out_degree(v, weight="weight") for v in range(n)],
    }
    ig = igraph_pagerank(n, arcs)
    if ig is not None:
        data["pagerank_igraph"] = list(ig)
    worst = max(abs(nx_pr[v] - exact[v]) / exact[v] for v in range(n))
    assert worst < 1e-9, (name, worst)
    if partitions:
        data["modularity"] = [
            {"gamma": gamma, "partition": part, "q": signed_modularity(n, arcs, part, gamma)}
            for part in partitions
            for gamma in (1.0, 0.5)
        ]
        data["balance"] = balance(n, arcs, partitions[0])
    print(f"{name}: {n} nodes, {len(arcs)} arcs, networkx vs exact max rel {worst:.2e}"
          + ("" if ig is None else f", igraph vs exact max rel "
             f"{max(abs(ig[v] - exact[v]) / exact[v] for v in range(n)):.2e}"))
    return data


def main():
    rng = random.Random(20240601)
    os.makedirs(OUT, exist_ok=True)
    out = []

    small = add_merge_cases(rng, random_digraph(rng, 6, 0.45, dangling={5}))
    out.append(fixture("pagerank_6", 6, small))
    medium = add_merge_cases(rng, random_digraph(rng, 30, 0.1, dangling={3, 17, 29}))
    out.append(fixture("pagerank_30", 30, medium))
    large = add_merge_cases(rng, random_digraph(rng, 200, 0.025, dangling=set(range(0, 200, 23))))
    out.append(fixture("pagerank_200", 200, large))

    signed = add_merge_cases(rng, random_digraph(rng, 40, 0.12, dangling={7}, signed=True))
    parts = [[rng.randrange(4) for _ in range(40)], [v % 2 for v in range(40)]]
    out.append(fixture("signed_40", 40, signed, parts))

    n, planted, labels = planted_signed(rng, [8, 10, 12], p_in=0.6, p_out=0.35, noise=0.08)
    out.append(fixture("planted_30", n, planted, [labels, list(range(n))]))

    for data in out:
        with open(os.path.join(OUT, data["name"] + ".json"), "w") as f:
            f.write("{\n" + ",\n".join(f" {json.dumps(k)}: {json.dumps(v)}" for k, v in data.items()) + "\n}\n")


if __name__ == "__main__":
    main()
