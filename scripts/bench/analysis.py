#!/usr/bin/env python3
"""Runs graphctl's analysis algorithms and their peers (igraph, NetworKit, leidenalg) on the
same edge files in the same run, and prints our time and peak memory over theirs.

Called by scripts/bench/analysis.sh (which builds graphctl in release mode, creates the venv
and writes the graphs); see scripts/bench/README.md.
"""

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time

import numpy as np
import scipy.sparse as sp

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from peers import read_edges, signed_pairs  # noqa: E402


def run_json(cmd):
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def load():
    return "%.2f %.2f %.2f" % os.getloadavg()


def signed_modularity(path, labels_file):
    """Traag & Bruggeman Q of a partition (one label a line, node order of first appearance)
    on graphctl's undirected projection, computed here with scipy for both tools alike."""
    n, src, dst, weight, sign = read_edges(path)
    a, b, x = signed_pairs(n, src, dst, weight, sign)
    with open(labels_file) as f:
        labels = np.array([int(line) for line in f if line.strip()])
    pos, neg = np.where(x > 0, x, 0.0), np.where(x < 0, -x, 0.0)
    kp = np.bincount(a, pos, n) + np.bincount(b, pos, n)
    kn = np.bincount(a, neg, n) + np.bincount(b, neg, n)
    same = labels[a] == labels[b]
    inside = 2 * (pos[same].sum() - neg[same].sum())
    groups = labels.max() + 1
    sp_, sn_ = np.bincount(labels, kp, groups), np.bincount(labels, kn, groups)
    wp, wn = kp.sum(), kn.sum()
    q = inside - (sp_ ** 2).sum() / wp + (sn_ ** 2).sum() / wn
    return float(q / (wp + wn)), int(len(set(labels.tolist())))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--graphctl", required=True)
    ap.add_argument("--small", required=True, help="10k-node edge file")
    ap.add_argument("--large", required=True, help="100k-node edge file")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--out", default=".bench/analysis-results.json")
    args = ap.parse_args()
    py = sys.executable
    peers = os.path.join(HERE, "peers.py")
    runs = str(args.runs)

    def ours(measure, path, *extra):
        return run_json([args.graphctl, "bench", "analysis", "--edges", path, "--measure",
                         measure, *extra])

    def peer(tool, measure, path, *extra):
        return run_json([py, peers, tool, measure, path, *extra])

    cases = []

    def case(name, goal, us, them, goal_memory=None):
        lo = load()
        a = us()
        b = them()
        ta, tb = statistics.median(a["seconds"]), statistics.median(b["seconds"])
        ca, cb = statistics.median(a["cpu_seconds"]), statistics.median(b["cpu_seconds"])
        row = {
            "case": name, "ours_s": ta, "peer_s": tb, "ratio": ta / tb, "goal": goal,
            "ours_peak_mb": a["peak_rss_mb"], "peer_peak_mb": b["peak_rss_mb"],
            "memory_ratio": a["peak_rss_mb"] / b["peak_rss_mb"],
            "ours_loaded_mb": a["rss_loaded_mb"], "peer_loaded_mb": b["rss_loaded_mb"],
            "ours_cpu_s": ca, "peer_cpu_s": cb, "cpu_ratio": ca / cb,
            "peer": f'{b["tool"]} {b.get("version", "")}', "ours_runs": a["seconds"],
            "peer_runs": b["seconds"], "ours_check": a["check"], "peer_check": b["check"],
            "load_before": lo, "load_after": load(), "goal_memory": goal_memory,
        }
        cases.append(row)
        print(f'  {name:<34} {ta:8.3f} {tb:8.3f} {ta / tb:6.3f} {goal:>7}  '
              f'{ca:8.3f} {cb:8.3f} {ca / cb:6.3f}  '
              f'{a["peak_rss_mb"]:6.1f} {b["peak_rss_mb"]:6.1f} {row["memory_ratio"]:5.2f}  {lo}',
              flush=True)
        return a, b

    print(f"graphctl analysis benchmark, {time.strftime('%Y-%m-%d %H:%M:%S')}")
    print(f"  machine  {os.cpu_count()} cores, {platform.processor() or platform.machine()}; "
          f"load average {load()}")
    print(f"  median of {args.runs} timed runs in one process per tool and case; times exclude "
          "reading the edge file on both sides (graphctl's include building its CSR)")
    print("  wall: seconds of the timed call; cpu: process CPU seconds in it (all threads), less")
    print("  sensitive to other work on the machine; peak: VmHWM of each process in MB")
    print(f"  {'case':<34} {'wall us':>8} {'peer':>8} {'ratio':>6} {'goal':>7}  "
          f"{'cpu us':>8} {'peer':>8} {'ratio':>6}  {'peak us':>6} {'peer':>6} {'ratio':>5}  load")
    case("PageRank 100k/500k", "<=0.7", lambda: ours("pagerank", args.large, "--runs", runs),
         lambda: peer("igraph", "pagerank", args.large, "--runs", runs), "<=0.5")
    case("betweenness 10k/50k", "<=0.7",
         lambda: ours("betweenness", args.small, "--runs", runs),
         lambda: peer("igraph", "betweenness", args.small, "--runs", runs), "<=0.5")
    case("betweenness 10k/50k, 2 threads", "<=0.4",
         lambda: ours("betweenness", args.small, "--runs", runs, "--threads", "2"),
         lambda: peer("igraph", "betweenness", args.small, "--runs", runs))
    case("weighted betweenness 10k/50k", "<=0.5",
         lambda: ours("betweenness", args.small, "--runs", runs, "--lengths", "weight"),
         lambda: peer("igraph", "betweenness", args.small, "--runs", runs, "--weighted"), "<=0.5")
    case("closeness 10k/50k", "<=0.7", lambda: ours("closeness", args.small, "--runs", runs),
         lambda: peer("igraph", "closeness", args.small, "--runs", runs), "<=0.5")
    os.makedirs(".bench", exist_ok=True)
    ours_part, la_part = ".bench/blocs-graphctl.txt", ".bench/blocs-leidenalg.txt"
    case("signed blocs 100k/500k vs leidenalg", "<=0.1",
         lambda: ours("blocs", args.large, "--runs", runs, "--partition-out", ours_part),
         lambda: peer("leidenalg", "signed", args.large, "--partition-out", la_part))
    case("signed blocs 100k/500k vs NetworKit", "<=1.5",
         lambda: ours("blocs", args.large, "--runs", runs),
         lambda: peer("networkit", "leiden", args.large, "--runs", runs))
    q_ours, k_ours = signed_modularity(args.large, ours_part)
    q_la, k_la = signed_modularity(args.large, la_part)
    print(f"  signed modularity (same formula, scipy): graphctl {q_ours:.6f} ({k_ours} blocs), "
          f"leidenalg {q_la:.6f} ({k_la} blocs)")
    print(f"  load average at the end: {load()}")
    with open(args.out, "w") as f:
        json.dump({"cases": cases, "signed_q": {"graphctl": q_ours, "leidenalg": q_la,
                                                "graphctl_blocs": k_ours, "leidenalg_blocs": k_la}},
                  f, indent=1)
    print(f"  details: {args.out}")


if __name__ == "__main__":
    main()
