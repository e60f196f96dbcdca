"""Validate a current-news set: docs.jsonl, gold.jsonl and new-actors.jsonl of the folder given
(scripts/eval/dev-gold/current-a or current-b): every line parses, codes exist (gazetteer or the
set's new actors), relation names and statuses are valid, no duplicate, every evidence piece
(split on " / " and "...") is verbatim in its document, every document has a relation.

Usage: python3 scripts/eval/dev-gold/check_current.py scripts/eval/dev-gold/current-a
"""
import json, os, re, sys, glob, collections
if len(sys.argv) != 2 or not os.path.isdir(sys.argv[1]):
    sys.exit("usage: check_current.py SET_FOLDER")
os.chdir(sys.argv[1])
HERE = os.path.dirname(os.path.abspath(__file__))
GAZ = os.path.join(HERE, "..", "..", "..", "Sources", "Graph", "Resources", "gazetteer") + os.sep
codes = set()
for f in glob.glob(GAZ + "*.jsonl"):
    for l in open(f, encoding="utf-8"):
        codes.add(json.loads(l)["code"])
new = {}
for n, l in enumerate(open("new-actors.jsonl", encoding="utf-8"), 1):
    d = json.loads(l)
    assert d["code"] not in codes, ("new code clashes", d["code"])
    for k in ("code", "kind", "name", "name_ar", "names"):
        assert k in d, (n, k)
    if "affiliation" in d:
        assert d["affiliation"] in codes or d["affiliation"] in new, d
    new[d["code"]] = d
allcodes = codes | set(new)
docs = {}
errs = 0
for n, l in enumerate(open("docs.jsonl", encoding="utf-8"), 1):
    d = json.loads(l)
    assert set(d) == {"id", "lang", "date", "text"}, n
    assert d["id"] not in docs
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", d["date"])
    docs[d["id"]] = d
seen = set(); per = collections.Counter(); req = 0
used = set()
for n, l in enumerate(open("gold.jsonl", encoding="utf-8"), 1):
    r = json.loads(l)
    def bad(m):
        global errs; errs += 1; print("line", n, m, r.get("doc"), r.get("source"), r.get("relation"), r.get("target"))
    if r["doc"] not in docs: bad("unknown doc")
    if r["relation"] not in ("supports", "opposes", "negotiates-with", "strikes"): bad("relation")
    if r["status"] not in ("required", "optional"): bad("status")
    if r["source"] == r["target"]: bad("source==target")
    for c in (r["source"], r["target"]):
        if c not in allcodes: bad("unknown code " + c)
        used.add(c)
    key = (r["doc"], r["source"], r["relation"], r["target"])
    if r["relation"] == "negotiates-with":
        key = (r["doc"], min(r["source"], r["target"]), r["relation"], max(r["source"], r["target"]))
    if key in seen: bad("duplicate")
    seen.add(key)
    text = docs.get(r["doc"], {}).get("text", "")
    for seg in r["evidence"].split(" / "):
        for piece in seg.split("..."):
            piece = piece.strip()
            if piece and piece not in text: bad("evidence not verbatim: " + piece)
    per[r["doc"]] += 1
    req += r["status"] == "required"
missing = [i for i in docs if per[i] == 0]
if missing: errs += 1; print("docs without relation", missing)
unused = set(new) - used
print("docs", len(docs), "ar", sum(d["lang"] == "ar" for d in docs.values()), "en", sum(d["lang"] == "en" for d in docs.values()))
print("relations", sum(per.values()), "required", req, "optional", sum(per.values()) - req)
print("new actors", len(new), "unused new actors", sorted(unused))
print("sentences/doc check:")
for i, d in docs.items():
    s = len(re.findall(r"[.!?؟](?:[\"”»)]*)(?:\s|$)", d["text"]))
    if not 3 <= s <= 9: print("  ", i, "~sentences", s)
print("errors", errs)
sys.exit(1 if errs else 0)
