#!/usr/bin/env python3
"""Writes the benchmark input: a JSONL file of {"id","text"[,"date"]} lines, at least --mb MB
(10^6 bytes), made by repeating the shared news corpus (minus the held-out ids) and the repo's
seeds/*.txt. Each repetition gets distinct ids ("<id>~r<n>"); texts are kept verbatim."""
import argparse, glob, json, os, sys

p = argparse.ArgumentParser()
p.add_argument("--shared", required=True, help="the shared/ folder (with corpus/)")
p.add_argument("--seeds", required=True, help="folder of seed .txt files")
p.add_argument("--mb", type=float, required=True)
p.add_argument("--out", required=True)
a = p.parse_args()

corpus = os.path.join(a.shared, "corpus")
holdout = set()
with open(os.path.join(corpus, "holdout.txt"), encoding="utf-8") as f:
    for line in f:
        line = line.strip()
        if line and not line.startswith("#"):
            holdout.add(line)

base = []  # (id, text, date or None)
for name in ("news-ar.jsonl", "news-en.jsonl"):
    with open(os.path.join(corpus, name), encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            o = json.loads(line)
            if o["id"] in holdout:
                continue
            base.append((o["id"], o["text"], o.get("date")))
kept_corpus = len(base)
for path in sorted(glob.glob(os.path.join(a.seeds, "*.txt"))):
    with open(path, encoding="utf-8") as f:
        base.append(("seed-" + os.path.basename(path), f.read(), None))
if not base:
    sys.exit("make-input: no documents to repeat")

def line(id_, text, date):
    o = {"id": id_, "text": text}
    if date is not None:
        o["date"] = date
    return (json.dumps(o, ensure_ascii=False) + "\n").encode("utf-8")

target = int(a.mb * 1_000_000)
size, rounds, docs = 0, 0, 0
tmp = a.out + ".tmp"
with open(tmp, "wb") as f:
    while size < target:
        for id_, text, date in base:
            b = line(f"{id_}~r{rounds}", text, date)
            f.write(b)
            size += len(b)
            docs += 1
        rounds += 1
os.replace(tmp, a.out)
print(f"input: {a.out}: {size} bytes, {docs} documents "
      f"({kept_corpus} corpus articles without the holdout + {len(base) - kept_corpus} seeds, "
      f"x{rounds})", file=sys.stderr)
