#!/usr/bin/env python3
"""Score graphctl on the team's development gold: the articles of ../shared/corpus/news-ar.jsonl
and news-en.jsonl that are NOT listed in ../shared/corpus/holdout.txt, annotated blind by two
analysts (scripts/eval/dev-gold/: the gold files and the annotation guidelines).

Usage: python3 scripts/eval/dev_gold.py [--graphctl BIN] [--shared DIR] [--json] [--show-errors]

Builds an input JSONL per language ({"id", "text", "date"}; holdout articles are left out before
anything runs), runs `graphctl extract` on it and scores the relations with the team's scorer
(../shared/eval/score.py). These articles are the extractor's development set: the rules were
tuned while reading them, so the figures are in-sample and overstate what unseen text gets.
"""
import json, os, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main(argv):
    args = argv[1:]
    def opt(name, default):
        if name in args:
            i = args.index(name)
            if i + 1 < len(args):
                return args[i + 1]
        return default
    shared = opt("--shared", os.path.join(ROOT, "..", "shared"))
    binary = opt("--graphctl", None)
    corpus = os.path.join(shared, "corpus")
    if not os.path.isdir(corpus):
        sys.exit(f"dev_gold: {corpus} is missing (set --shared)")
    if binary is None:
        subprocess.run(["swift", "build", "-c", "release", "--product", "graphctl"], cwd=ROOT,
                       check=True, stdout=subprocess.DEVNULL)
        bin_dir = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT,
                                 check=True, capture_output=True, text=True).stdout.strip()
        binary = os.path.join(bin_dir, "graphctl")
    if not os.access(binary, os.X_OK):
        sys.exit(f"dev_gold: {binary} is not an executable")
    holdout = {l.strip() for l in open(os.path.join(corpus, "holdout.txt"), encoding="utf-8")
               if l.strip() and not l.startswith("#")}
    score = os.path.join(shared, "eval", "score.py")
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for lang in ("ar", "en"):
            src = os.path.join(corpus, f"news-{lang}.jsonl")
            inp = os.path.join(tmp, f"dev-{lang}.jsonl")
            n = 0
            with open(src, encoding="utf-8") as f, open(inp, "w", encoding="utf-8") as out:
                for line in f:
                    d = json.loads(line)
                    if d["id"] in holdout:
                        continue
                    out.write(json.dumps({"id": d["id"], "text": d["text"], "date": d.get("date")},
                                         ensure_ascii=False) + "\n")
                    n += 1
            pred = os.path.join(tmp, f"pred-{lang}.jsonl")
            with open(pred, "w") as out:
                subprocess.run([binary, "extract", inp], check=True, stdout=out)
            gold = os.path.join(ROOT, "scripts", "eval", "dev-gold", f"news-{lang}.jsonl")
            flags = ["--json"] + (["--show-errors"] if "--show-errors" in args else [])
            r = subprocess.run([sys.executable, score, gold, pred] + flags, check=True,
                               capture_output=True, text=True).stdout
            if "--show-errors" in args:
                print(f"== {lang}")
                print("\n".join(l for l in r.splitlines() if not l.startswith("{")))
            results[lang] = dict(json.loads(r.splitlines()[-1]), articles=n)
    if "--json" in args:
        print(json.dumps(results))
        return
    for lang, r in results.items():
        print(f"{lang}: {r['articles']} articles  precision {r['precision']:.3f}  "
              f"recall {r['recall']:.3f}  f1 {r['f1']:.3f}  (predicted {r['predicted']}, "
              f"correct {r['correct']}, required {r['required_found']}/{r['required']})")


if __name__ == "__main__":
    main(sys.argv)
