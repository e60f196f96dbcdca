#!/usr/bin/env python3
"""Reads graphctl's exports back with NetworkX and checks them against graph.json.

Usage: readback.py DIR

DIR holds graph.json (graphctl's own graph file) and the exports of the same graph:
graph.graphml, graph.gexf, graph.nodelink.json, and nodes.csv + edges.csv. Every node must
come back with its code, names, kind, affiliation, bloc and scores; every edge with its type,
direction, count, weight, signed weight, sign and dates. Exits 1 and lists the differences
when something does not match.
"""
import csv
import json
import math
import os
import sys

import networkx as nx

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


# XML 1.0 cannot carry NUL, the other C0 controls (tab, LF and CR aside), U+FFFE or U+FFFF:
# graphctl's GraphML and GEXF writers drop them, so names with them come back without them.
XML_DROPPED = (set(range(0x20)) - {0x09, 0x0A, 0x0D}) | {0xFFFE, 0xFFFF}


def carried(fmt, text):
    """What format `fmt` can carry of `text` (see XML_DROPPED)."""
    if fmt in ("graphml", "gexf") and isinstance(text, str):
        return "".join(c for c in text if ord(c) not in XML_DROPPED)
    return text


def close(a, b):
    if a is None or b is None:
        return a is b
    return math.isclose(float(a), float(b), rel_tol=1e-12, abs_tol=1e-15)


def expected(graph_json):
    nodes = {}
    for a in graph_json["actors"]:
        nodes[a["code"]] = a
    edges = {}
    for e in graph_json["edges"]:
        s, t = e["source"], e["target"]
        if not e["directed"]:
            s, t = sorted((s, t))
        edges[(s, t, e["type"])] = e
    return nodes, edges


def check_nodes(fmt, G, nodes, problems):
    got = set(G.nodes)
    want = set(nodes)
    if got != want:
        problems.append(f"{fmt}: nodes differ: missing {sorted(want - got)}, extra {sorted(got - want)}")
        return
    for code, a in nodes.items():
        d = G.nodes[code]
        for key in ("code", "name", "name_ar", "kind"):
            if d.get(key) != carried(fmt, a[key]):
                problems.append(f"{fmt}: node {code} {key} {d.get(key)!r} != {a[key]!r}")
        if d.get("affiliation") != carried(fmt, a.get("affiliation")):
            problems.append(f"{fmt}: node {code} affiliation {d.get('affiliation')!r} != {a.get('affiliation')!r}")
        bloc = d.get("bloc")
        if bloc is not None and not isinstance(bloc, int):
            problems.append(f"{fmt}: node {code} bloc is {type(bloc).__name__}, not int")
        if bloc != a.get("bloc"):
            problems.append(f"{fmt}: node {code} bloc {bloc!r} != {a.get('bloc')!r}")
        for name, value in a["scores"].items():
            key = name if name not in ("code", "name", "name_ar", "kind", "affiliation", "bloc") else "score_" + name
            if not close(d.get(key), value):
                problems.append(f"{fmt}: node {code} score {name} {d.get(key)!r} != {value!r}")


def check_edges(fmt, G, edges, problems):
    seen = {}
    if G.is_multigraph():
        arcs = G.edges(keys=True, data=True)
    else:  # read_gexf returns a DiGraph when no pair has two edges
        arcs = ((u, v, d.get("id"), d) for u, v, d in G.edges(data=True))
    for u, v, k, d in arcs:
        directed = d.get("directed")
        if not isinstance(directed, bool):
            problems.append(f"{fmt}: edge {k} directed is {directed!r}, not a boolean")
            continue
        s, t = (u, v) if directed else tuple(sorted((u, v)))
        key = (s, t, d.get("type"))
        if key in seen and seen[key] != k:
            problems.append(f"{fmt}: edge {key} appears twice ({seen[key]}, {k})")
        seen[key] = k
        e = edges.get(key)
        if e is None:
            problems.append(f"{fmt}: unexpected edge {key}")
            continue
        if directed != e["directed"]:
            problems.append(f"{fmt}: edge {key} directed {directed} != {e['directed']}")
        if d.get("count") != e["count"] or not isinstance(d.get("count"), int):
            problems.append(f"{fmt}: edge {key} count {d.get('count')!r} != {e['count']}")
        for name, want in (("weight", e["weight"]), ("signed_weight", e["signed_weight"])):
            if not close(d.get(name), want):
                problems.append(f"{fmt}: edge {key} {name} {d.get(name)!r} != {want!r}")
        sign = (e["signed_weight"] > 0) - (e["signed_weight"] < 0)
        if d.get("sign") != sign:
            problems.append(f"{fmt}: edge {key} sign {d.get('sign')!r} != {sign}")
        for name in ("first_date", "last_date"):
            if d.get(name) != e.get(name):
                problems.append(f"{fmt}: edge {key} {name} {d.get(name)!r} != {e.get(name)!r}")
    missing = set(edges) - set(seen)
    if missing:
        problems.append(f"{fmt}: edges missing: {sorted(missing)[:5]} ({len(missing)} in all)")


def unformula(text):
    """Undoes the spreadsheet guard: a leading apostrophe before = + - @ tab CR."""
    if len(text) > 1 and text[0] == "'" and text[1] in "=+-@\t\r":
        return text[1:]
    return text


def read_csv(nodes_path, edges_path):
    G = nx.MultiDiGraph()
    with open(nodes_path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            attrs = {}
            for k, v in row.items():
                v = unformula(v)
                if k in ("code", "name", "name_ar", "kind"):
                    attrs[k] = v  # an empty cell is an empty name
                    continue
                if v == "":
                    continue  # no affiliation, no bloc, no score
                if k == "affiliation":
                    attrs[k] = v
                elif k == "bloc":
                    attrs[k] = int(v)
                else:
                    attrs[k] = float(v)
            G.add_node(attrs["code"], **attrs)
    with open(edges_path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            row = {k: unformula(v) for k, v in row.items()}
            attrs = {k: v for k, v in row.items() if v != "" and k not in ("id", "source", "target")}
            attrs["directed"] = attrs["directed"] == "true"
            for k in ("count", "sign"):
                attrs[k] = int(attrs[k])
            for k in ("weight", "signed_weight"):
                attrs[k] = float(attrs[k])
            G.add_edge(row["source"], row["target"], key=row["id"], **attrs)
    return G


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    folder = sys.argv[1]
    with open(os.path.join(folder, "graph.json"), encoding="utf-8") as f:
        nodes, edges = expected(json.load(f))
    readers = {
        "graphml": lambda: nx.read_graphml(os.path.join(folder, "graph.graphml"), force_multigraph=True),
        "gexf": lambda: nx.read_gexf(os.path.join(folder, "graph.gexf"), version="1.3"),
        "json": lambda: nx.node_link_graph(json.load(open(os.path.join(folder, "graph.nodelink.json"), encoding="utf-8"))),
        "csv": lambda: read_csv(os.path.join(folder, "nodes.csv"), os.path.join(folder, "edges.csv")),
    }
    problems = []
    for fmt, read in readers.items():
        G = read()
        if not G.is_directed():
            problems.append(f"{fmt}: read as {type(G).__name__}, expected a directed graph")
        check_nodes(fmt, G, nodes, problems)
        check_edges(fmt, G, edges, problems)
        if fmt == "gexf":
            for code in nodes:
                if "color" not in G.nodes[code].get("viz", {}):
                    problems.append(f"gexf: node {code} has no viz:color")
                    break
    for p in problems:
        print(p, file=sys.stderr)
    verdict = "FAILED" if problems else "ok"
    print(f"readback with networkx {nx.__version__}: {len(nodes)} nodes, {len(edges)} edges, "
          f"{', '.join(readers)}: {verdict}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
