#!/usr/bin/env python3
"""Build docs.jsonl and gold.jsonl for current-a from build_ar.py / build_en.py, and validate."""
import json, os, re, sys, glob
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build_ar, build_en

docs = build_ar.DOCS + build_en.DOCS
gold = build_ar.GOLD + build_en.GOLD
errors = []
ids = [d["id"] for d in docs]
assert len(ids) == len(set(ids))
text = {d["id"]: d["text"] for d in docs}

codes = {}
for f in glob.glob(os.path.join(HERE, "../../../../Sources/Graph/Resources/gazetteer/*.jsonl")) + [os.path.join(HERE, "new-actors.jsonl")]:
    for l in open(f, encoding="utf-8"):
        e = json.loads(l); codes[e["code"]] = e

seen = set()
for g in gold:
    k = (g["doc"], g["source"], g["relation"], g["target"])
    if g["relation"] == "negotiates-with":
        k = (g["doc"], "negotiates-with") + tuple(sorted([g["source"], g["target"]]))
    if k in seen: errors.append("duplicate %s" % (k,))
    seen.add(k)
    if g["doc"] not in text: errors.append("unknown doc %s" % g["doc"])
    if g["relation"] not in {"supports", "opposes", "negotiates-with", "strikes"}: errors.append("bad relation %s" % g)
    if g["source"] == g["target"]: errors.append("source==target %s" % g)
    if g["status"] not in {"required", "optional"}: errors.append("bad status %s" % g)
    for c in (g["source"], g["target"]):
        if c not in codes: errors.append("unknown code %s" % c)
        elif codes[c].get("affiliation") or codes[c]["kind"] == "person": errors.append("code %s should roll up (%s)" % (c, codes[c].get("affiliation")))
    for seg in re.split(r" / |\.\.\.", g["evidence"]):
        seg = seg.strip()
        if seg and seg not in text[g["doc"]]: errors.append("evidence not in %s: %r" % (g["doc"], seg))
for d in docs:
    n = [g for g in gold if g["doc"] == d["id"]]
    if not n: errors.append("no relation for %s" % d["id"])
    s = len([x for x in re.split(r"(?<=[.!?؟])\s+|\n", d["text"]) if x.strip()])
for e in errors: print("ERROR", e)
with open(os.path.join(HERE, "docs.jsonl"), "w", encoding="utf-8") as f:
    for d in docs: f.write(json.dumps(d, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
    for g in gold: f.write(json.dumps(g, ensure_ascii=False) + "\n")
for lang in ("ar", "en"):
    gl = [g for g in gold if "-%s-" % lang in g["doc"]]
    print(lang, "docs", len([d for d in docs if d["lang"] == lang]), "relations", len(gl), "required", sum(g["status"] == "required" for g in gl))
print("total docs", len(docs), "relations", len(gold), "required", sum(g["status"] == "required" for g in gold))
for d in docs:
    n = [g for g in gold if g["doc"] == d["id"]]
    print(d["id"], len(n), "req", sum(g["status"] == "required" for g in n), "paras", d["text"].count("\n") + 1)
sys.exit(1 if errors else 0)
