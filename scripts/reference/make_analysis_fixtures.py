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
  implementation of the formula), triangle census and frustration by brute force;
- directed betweenness (NetworkX and igraph, unweighted and with |w| as length, and NetworkX
  with 1/|w| as length), closeness over reachable nodes and harmonic centrality on outgoing
  distances (igraph mode="out"; NetworkX on the reversed graph), each library checked against
  the other here;
- eigenvector centrality of the undirected |w| projection (dense numpy eigh, checked against
  NetworkX eigenvector_centrality_numpy), PN centrality (Everett & Borgatti 2014, dense solve of
  the formula) and, for graphs of at most 18 nodes, the minimum frustration over all two-camp
  splits by brute force.

The script creates its own virtual environment (.venv at the repository root) with networkx,
igraph, numpy and scipy from PyPI and re-runs itself there; the versions used are recorded in
every fixture ("versions").

Conventions (same as the Swift side): parallel arcs are merged by summing signed weights,
self-loops dropped; PageRank and strengths use |merged weight|; the undirected projection sums
the two directions' merged weights.

Usage: python3 scripts/reference/make_analysis_fixtures.py   (from the repository root)
"""

import itertools
import json
import os
import random
import subprocess
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
VENV = os.path.join(ROOT, ".venv")
PACKAGES = ["networkx", "igraph", "numpy", "scipy"]


def ensure_venv():
    """Re-runs this script inside ROOT/.venv, creating it and installing PACKAGES if needed."""
    if os.path.realpath(sys.prefix) == os.path.realpath(VENV):
        return
    python = os.path.join(VENV, "bin", "python")
    if not os.path.exists(python):
        subprocess.check_call([sys.executable, "-m", "venv", VENV])
    subprocess.check_call([python, "-m", "pip", "install", "-q", *PACKAGES])
    os.execv(python, [python, os.path.abspath(__file__), *sys.argv[1:]])


if __name__ == "__main__":
    ensure_venv()

import networkx as nx  # noqa: E402
import numpy as np  # noqa: E402

try:
    import igraph  # noqa: E402
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


def versions():
    from importlib.metadata import version

    out = {"python": sys.version.split()[0], "networkx": nx.__version__, "numpy": np.__version__}
    if igraph is not None:
        out["igraph"] = version("igraph")
    return out


def length_graph(n, arcs, mode):
    """DiGraph with attribute 'length' as graphctl's PathLength `mode` defines it."""
    w, present = merged(n, arcs)
    g = nx.DiGraph()
    g.add_nodes_from(range(n))
    for u, v in zip(*np.nonzero(present)):
        x = abs(w[u, v])
        if mode == "hops":
            g.add_edge(int(u), int(v), length=1.0)
        elif x > 0:
            g.add_edge(int(u), int(v), length=float(x if mode == "weight" else 1.0 / x))
    return g


def close_lists(a, b, tol=1e-9):
    return all(abs(x - y) <= tol * max(abs(y), 1e-12) for x, y in zip(a, b))


def path_measures(n, arcs, mode):
    """Betweenness, closeness and harmonic with lengths `mode`, from NetworkX, checked against
    igraph (hops and weight) and against a direct computation of the definitions."""
    g = length_graph(n, arcs, mode)
    weight = None if mode == "hops" else "length"
    bc = nx.betweenness_centrality(g, normalized=False, weight=weight)
    bc = [bc[v] for v in range(n)]
    rev = g.reverse()
    cl = nx.closeness_centrality(rev, distance=weight, wf_improved=False)
    cl = [cl[v] for v in range(n)]
    hc = nx.harmonic_centrality(rev, distance=weight)
    hc = [hc[v] for v in range(n)]
    # The definitions, directly: outgoing distances from each node.
    for v in range(n):
        d = nx.single_source_dijkstra_path_length(g, v, weight=weight or (lambda a, b, e: 1))
        others = [x for u, x in d.items() if u != v]
        direct_cl = len(others) / sum(others) if others and sum(others) > 0 else 0.0
        direct_hc = sum(1 / x for x in others)
        assert abs(direct_cl - cl[v]) <= 1e-12 * max(1, direct_cl), (v, direct_cl, cl[v])
        assert abs(direct_hc - hc[v]) <= 1e-12 * max(1, direct_hc), (v, direct_hc, hc[v])
    integral = all(float(e["length"]).is_integer() for _, _, e in g.edges(data=True))
    # igraph takes path lengths within 1e-10 (relative) as equal; NetworkX and graphctl compare
    # sums exactly. They agree when lengths are integers (sums are exact).
    if igraph is not None and (mode == "hops" or (mode == "weight" and integral)):
        edges = list(g.edges())
        ig = igraph.Graph(n=n, edges=edges, directed=True)
        w = [g[a][b]["length"] for a, b in edges] if weight else None
        ib = ig.betweenness(directed=True, weights=w)
        icl = [0.0 if x != x else x for x in ig.closeness(mode="out", weights=w, normalized=True)]
        ihc = ig.harmonic_centrality(mode="out", weights=w, normalized=False)
        assert close_lists(ib, bc), ("igraph betweenness", mode)
        assert close_lists(icl, cl), ("igraph closeness", mode)
        assert close_lists(ihc, hc), ("igraph harmonic", mode)
    return {"betweenness": bc, "closeness": cl, "harmonic": hc}


def eigenvector(n, arcs):
    w, present = merged(n, arcs)
    a = np.abs(w) * present
    a = a + a.T
    vals, vecs = np.linalg.eigh(a)
    x = np.abs(vecs[:, -1])
    x = x / np.linalg.norm(x)
    assert vals[-1] - vals[-2] > 1e-6, "leading eigenvalue not simple"
    g = nx.Graph()
    g.add_nodes_from(range(n))
    for u in range(n):
        for v in range(u + 1, n):
            if a[u, v] > 0:
                g.add_edge(u, v, weight=float(a[u, v]))
    if nx.is_connected(g):  # NetworkX refuses disconnected graphs
        ref = nx.eigenvector_centrality_numpy(g, weight="weight")
        assert close_lists([ref[v] for v in range(n)], list(x), 1e-6), "networkx eigenvector"
    return [float(v) for v in x]


def pn_centrality(n, arcs):
    """Everett & Borgatti (2014): (I - A/(2n-2))^-1 1, A = P - 2N on the net signs of pairs."""
    w, _ = merged(n, arcs)
    s = w + w.T
    np.fill_diagonal(s, 0.0)
    a = (s > 0).astype(float) - 2.0 * (s < 0).astype(float)
    x = np.linalg.solve(np.eye(n) - a / (2 * n - 2), np.ones(n))
    return [float(v) for v in x]


def min_two_camp_frustration(n, arcs):
    """Minimum over every split into two camps of the |w| of ties that disagree, by brute force
    over all 2^(n-1) splits (node 0 fixed in camp 0); also how many splits reach it."""
    w, _ = merged(n, arcs)
    s = w + w.T
    iu = np.triu_indices(n, 1)
    weights = s[iu]
    keep = weights != 0
    i, j, weights = iu[0][keep], iu[1][keep], weights[keep]
    best, count = None, 0
    for mask in range(2 ** (n - 1)):
        side = (mask << 1 >> np.arange(n)) & 1
        same = side[i] == side[j]
        f = float(np.abs(weights[(same & (weights < 0)) | (~same & (weights > 0))]).sum())
        if best is None or f < best - 1e-12:
            best, count = f, 1
        elif abs(f - best) <= 1e-12:
            count += 1
    return {"frustration": best, "optimal_splits": count}


def disconnected_digraph(rng, sizes, p, isolated, integer_weights):
    """Random directed parts with no arc between them, and `isolated` nodes after them."""
    arcs = []
    start = 0
    for size in sizes:
        for u in range(start, start + size):
            for v in range(start, start + size):
                if u != v and rng.random() < p:
                    x = rng.randint(1, 3) if integer_weights else round(rng.uniform(0.1, 3.0), 3)
                    if rng.random() < 0.3:
                        x = -x
                    arcs.append([u, v, float(x)])
        start += size
    return start + isolated, arcs


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
    nx_pr = nx.pagerank(g, alpha=ALPHA, weight="weight", tol=1e-12, max_iter=10000)
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
    data["versions"] = versions()
    for mode in ("hops", "weight", "inverse"):
        for key, values in path_measures(n, arcs, mode).items():
            data[f"{key}_{mode}"] = values
    data["eigenvector"] = eigenvector(n, arcs)
    data["pn"] = pn_centrality(n, arcs)
    if n <= 18:
        data["two_camps"] = min_two_camp_frustration(n, arcs)
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

    n, parts = disconnected_digraph(rng, [12, 15], 0.18, 3, integer_weights=True)
    out.append(fixture("ties_30", n, parts))
    n, parts = disconnected_digraph(rng, [20, 25, 8], 0.1, 2, integer_weights=False)
    out.append(fixture("parts_55", n, parts))
    for size in (10, 14, 18):
        small_signed = random_digraph(rng, size, 0.3, dangling=set(), signed=True)
        out.append(fixture(f"camps_{size}", size, small_signed))

    for data in out:
        with open(os.path.join(OUT, data["name"] + ".json"), "w") as f:
            f.write("{\n" + ",\n".join(f" {json.dumps(k)}: {json.dumps(v)}" for k, v in data.items()) + "\n}\n")


if __name__ == "__main__":
    main()
