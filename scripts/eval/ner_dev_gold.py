#!/usr/bin/env python3
"""Score graphctl on the NER development set: 45 Arabic pseudo-documents of five sentences each,
taken from the NER corpora in ../shared/corpus/ner/ (NewsFANE, ANERCorp), away from every
sentence the fresh test sets use (and three sentences either side of them), and annotated blind
(scripts/eval/dev-gold/ner-ar/: gold.jsonl, manifest.tsv, new-actors.jsonl; conventions in
scripts/eval/dev-gold/GUIDELINES.md). The rules were tuned while reading these documents, so the
figures are in-sample.

A second set, `--set ner-ar-2` (scripts/eval/dev-gold/ner-ar-2/), holds 29 pseudo-documents of
3-5 sentences from one story each, chosen by their annotator among sentences with two tagged
entities and a political word, the way the fresh sets were; it was annotated blind in the
seventeenth stop and rules have been written while reading graphctl's output on it since;
`--set ner-ar-3` (22 documents) was made the same way, away from the second set's sentences.
`--set ner-ar-4` (20 documents) was made the same way, away from the second and third sets.

Usage: python3 scripts/eval/ner_dev_gold.py [--graphctl BIN] [--shared DIR] [--json]
                                            [--show-errors] [--write-input PATH]
                                            [--set ner-ar|ner-ar-2|ner-ar-3|ner-ar-4]

The texts are rebuilt from ../shared the way scripts/eval/fresh/fresh_gold.py rebuilds its
Arabic sets (same detokenizer), checked against the SHA-256 in the manifest, run through
`graphctl extract` and scored with ../shared/eval/score.py.
"""
import argparse, json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(HERE, "fresh"))
import fresh_gold  # noqa: E402  (the Arabic rebuild, the manifest reader and the checks)


def main(argv):
    parser = argparse.ArgumentParser(description="Score graphctl on the NER development set.")
    parser.add_argument("--graphctl", help="graphctl binary (default: build with swift build -c release)")
    parser.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--show-errors", action="store_true", help="list false and missed relations")
    parser.add_argument("--write-input", help="only write the rebuilt input JSONL to this path")
    parser.add_argument("--set", default="ner-ar", choices=["ner-ar", "ner-ar-2", "ner-ar-3", "ner-ar-4"],
                        help="which NER development set (default ner-ar)")
    a = parser.parse_args(argv[1:])
    shared = a.shared
    for need in (fresh_gold.NEWSFANE, fresh_gold.ANERCORP, os.path.join("eval", "score.py")):
        if not os.path.isfile(os.path.join(shared, need)):
            sys.exit(f"ner_dev_gold: {os.path.join(shared, need)} is missing (set --shared)")
    folder = os.path.join(HERE, "dev-gold", a.set)
    source = fresh_gold.ArabicSource(shared)
    docs = []
    for row in fresh_gold.read_manifest(os.path.join(folder, "manifest.tsv")):
        text = "\n".join(source.sentence(sid) for sid in row["sentences"].split())
        docs.append(fresh_gold.checked(row, text, shared))
    if a.write_input:
        fresh_gold.write_jsonl(a.write_input, docs)
        return
    binary = fresh_gold.graphctl_binary(a.graphctl)
    score = os.path.join(shared, "eval", "score.py")
    with tempfile.TemporaryDirectory() as tmp:
        inp, pred = os.path.join(tmp, "in.jsonl"), os.path.join(tmp, "pred.jsonl")
        fresh_gold.write_jsonl(inp, docs)
        with open(pred, "w") as out:
            subprocess.run([binary, "extract", inp], check=True, stdout=out)
        flags = ["--json"] + (["--show-errors"] if a.show_errors else [])
        r = subprocess.run([sys.executable, score, os.path.join(folder, "gold.jsonl"), pred]
                           + flags, check=True, capture_output=True, text=True).stdout
    if a.show_errors:
        print("\n".join(l for l in r.splitlines() if not l.startswith("{")))
    res = dict(json.loads(r.splitlines()[-1]), documents=len(docs))
    if a.json:
        print(json.dumps(res))
        return
    print(f"{a.set}: {res['documents']} documents  precision {res['precision']:.3f}  "
          f"recall {res['recall']:.3f}  f1 {res['f1']:.3f}  (predicted {res['predicted']}, "
          f"correct {res['correct']}, required {res['required_found']}/{res['required']})")


if __name__ == "__main__":
    main(sys.argv)
