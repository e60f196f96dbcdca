#!/usr/bin/env python3
"""Times one peer algorithm (igraph, NetworKit, leidenalg) on an edge list and prints one JSON
line, like `graphctl bench analysis`. Run by scripts/bench/analysis.py in the venv that
scripts/bench/analysis.sh creates.

The file is read and the graph built before the clock starts (not timed); the timed part is
the library call. Peak RSS is the process's (VmHWM), the loaded RSS is read from
/proc/self/statm after the graph is built.

Usage: peers.py TOOL MEASURE FILE [--runs N] [--weighted] [--seed S] [--partition-out F]
  TOOL/MEASURE: igraph pagerank|betweenness|closeness|harmonic, networkit leiden,
                leidenalg signed
"""

import os

# One thread for every peer, as for graphctl: igraph's PageRank (PRPACK) runs on OpenMP and took
# both cores (process CPU time above wall time) unless told. Set before numpy or igraph load.
os.environ["OMP_NUM_THREADS"] = "1"

import argparse
import json
import resource
import time

import numpy as np


def peak_rss_mb():
    """VmHWM: the peak RSS of this process image (ru_maxrss would include the parent's RSS
    at fork time, since it survives exec)."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rss_mb():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def read_edges(path):
    """(names, src, dst, weight, sign) in order of first appearance, as graphctl numbers them."""
    index = {}
    src, dst, weight, sign = [], [], [], []
    with open(path) as f:
        for line in f:
            a, b, w, s = line.rstrip("\n").split("\t")
            for name in (a, b):
                if name not in index:
                    index[name] = len(index)
            src.append(index[a])
            dst.append(index[b])
            weight.append(float(w))
            sign.append(1.0 if s in ("+", "+1", "1") else -1.0)
    return len(index), np.array(src), np.array(dst), np.array(weight), np.array(sign)


def signed_pairs(n, src, dst, weight, sign):
    """Undirected projection as graphctl makes it: net signed weight per unordered pair."""
    import scipy.sparse as sp

    w = sp.coo_matrix((weight * sign, (src, dst)), shape=(n, n)).tocsr()
    s = (w + w.T).tocoo()
    keep = (s.row < s.col) & (s.data != 0)
    return s.row[keep], s.col[keep], s.data[keep]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("tool")
    ap.add_argument("measure")
    ap.add_argument("file")
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--weighted", action="store_true")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--partition-out")
    args = ap.parse_args()
    n, src, dst, weight, sign = read_edges(args.file)
    times = []
    cpu = []
    check = 0.0
    extra = {}
    membership = None
    if args.tool == "igraph":
        import igraph as ig

        version = ig.__version__
        g = ig.Graph(n=n, edges=list(zip(src.tolist(), dst.tolist())), directed=True)
        g.es["weight"] = weight.tolist()
        w = "weight" if args.weighted else None
        loaded = rss_mb()
        for _ in range(args.runs):
            t, c = time.perf_counter(), time.process_time()
            if args.measure == "pagerank":
                r = g.pagerank(directed=True, damping=0.85, weights="weight", implementation="prpack")
            elif args.measure == "betweenness":
                r = g.betweenness(directed=True, weights=w)
            elif args.measure == "closeness":
                r = g.closeness(mode="out", weights=w, normalized=True)
            elif args.measure == "harmonic":
                r = g.harmonic_centrality(mode="out", weights=w, normalized=False)
            else:
                raise SystemExit(f"unknown igraph measure {args.measure}")
            times.append(time.perf_counter() - t)
            cpu.append(time.process_time() - c)
            check = float(np.nansum(r))
    elif args.tool == "networkit":
        import networkit as nk

        version = nk.__version__
        nk.engineering.setNumberOfThreads(1)
        g = nk.Graph(n, weighted=True, directed=False)
        for u, v, x in zip(src.tolist(), dst.tolist(), weight.tolist()):
            g.increaseWeight(u, v, x) if g.hasEdge(u, v) else g.addEdge(u, v, x)
        loaded = rss_mb()
        for _ in range(args.runs):
            t, c = time.perf_counter(), time.process_time()
            algo = nk.community.ParallelLeiden(g, randomize=True)
            algo.run()
            times.append(time.perf_counter() - t)
            cpu.append(time.process_time() - c)
            part = algo.getPartition()
            check = nk.community.Modularity().getQuality(part, g)
            extra["blocs"] = part.numberOfSubsets()
            membership = part.getVector()
    elif args.tool == "leidenalg":
        import igraph as ig
        import leidenalg as la

        version = la.version
        a, b, x = signed_pairs(n, src, dst, weight, sign)
        pos = x > 0
        gp = ig.Graph(n=n, edges=list(zip(a[pos].tolist(), b[pos].tolist())))
        gp.es["weight"] = x[pos].tolist()
        gn = ig.Graph(n=n, edges=list(zip(a[~pos].tolist(), b[~pos].tolist())))
        gn.es["weight"] = (-x[~pos]).tolist()
        loaded = rss_mb()
        for _ in range(args.runs):
            t, c = time.perf_counter(), time.process_time()
            membership, improvement = la.find_partition_multiplex(
                [gp, gn], la.RBConfigurationVertexPartition, layer_weights=[1, -1],
                weights="weight", seed=args.seed)
            times.append(time.perf_counter() - t)
            cpu.append(time.process_time() - c)
            extra["blocs"] = len(set(membership))
    else:
        raise SystemExit(f"unknown tool {args.tool}")
    if args.partition_out and membership is not None:
        with open(args.partition_out, "w") as f:
            f.write("\n".join(str(c) for c in membership) + "\n")
    out = {
        "tool": args.tool, "version": version, "measure": args.measure,
        "lengths": "weight" if args.weighted else "hops", "threads": 1, "nodes": n,
        "arcs": len(src), "seconds": times, "cpu_seconds": cpu, "rss_loaded_mb": round(loaded, 1),
        "peak_rss_mb": round(peak_rss_mb(), 1),
        "check": check,
    }
    out.update(extra)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
