#!/usr/bin/env python3
"""Writes the inputs used to check that a speed change leaves extraction output byte-identical:
  <out>/peer.jsonl   every sentence of the openeventdata Arabic event gold (as peer_gold.py runs it)
  <out>/wiki.jsonl   the English WikiEvents documents (dev + test)
  <out>/corpus.jsonl the shared news corpus without the held-out ids, plus the seeds (one copy)
None of them contains a held-out article. Usage: identity-inputs.py --shared DIR --seeds DIR --out DIR"""
import argparse, csv, glob, json, os

p = argparse.ArgumentParser()
p.add_argument("--shared", required=True)
p.add_argument("--seeds", required=True)
p.add_argument("--out", required=True)
a = p.parse_args()
os.makedirs(a.out, exist_ok=True)
corpus = os.path.join(a.shared, "corpus")


def write(name, docs):
    with open(os.path.join(a.out, name), "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")


# Peer gold: one document per CSV row, ids written once (as scripts/eval/peer_gold.py does).
gold = os.path.join(corpus, "events", "arabic_event_gsr")
docs = {}
for name in ("assault", "protest"):
    with open(os.path.join(gold, f"{name}_gsr.csv"), encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            docs.setdefault(r["id"], r["text"].strip())
write("peer.jsonl", [{"id": k, "text": v} for k, v in docs.items()])

wiki = []
for name in ("dev.jsonl", "test.jsonl"):
    with open(os.path.join(corpus, "events", "wikievents", name), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                o = json.loads(line)
                wiki.append({"id": o["doc_id"], "text": o["text"]})
write("wiki.jsonl", wiki)

holdout = set()
with open(os.path.join(corpus, "holdout.txt"), encoding="utf-8") as f:
    holdout = {l.strip() for l in f if l.strip() and not l.startswith("#")}
news = []
for name in ("news-ar.jsonl", "news-en.jsonl"):
    with open(os.path.join(corpus, name), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                o = json.loads(line)
                if o["id"] not in holdout:
                    news.append(o)
for path in sorted(glob.glob(os.path.join(a.seeds, "*.txt"))):
    with open(path, encoding="utf-8") as f:
        news.append({"id": "seed-" + os.path.basename(path), "text": f.read()})
write("corpus.jsonl", news)
