#!/usr/bin/env python3
"""Score graphctl on the current-news sets: short Arabic and English articles in the style of
2006-2026 reporting (Sudan, Gaza, Lebanon, the Red Sea, Syria, Libya, Ukraine, the Sahel, ...),
written and annotated by team annotators who never ran graphctl nor read its rules, lexicon or
tests (scripts/eval/dev-gold/current-a/ to current-z/, current-aa/ to current-az/ and current-ba/ to current-br/: docs.jsonl, gold.jsonl, new-actors.jsonl,
NOTES.md; conventions in scripts/eval/dev-gold/GUIDELINES.md). They are not real articles: they
stand in for the issue's measurement on new articles about current conflicts, which the shared
corpus does not hold outside its holdout.

`current-a`, `current-c`, `current-e`, `current-g`, `current-h`, `current-i`, `current-j`, `current-l`,
`current-n`, `current-p`, `current-r`, `current-t`, `current-v`, `current-x`, `current-z`, `current-aa`, `current-ac`, `current-ae`, `current-ag`, `current-ai`, `current-ak`, `current-am`, `current-ao`, `current-aq`, `current-as`, `current-au`, `current-aw`, `current-ay`, `current-ba`, `current-bc`, `current-be`, `current-bg`, `current-bi`, `current-bk`, `current-bm`, `current-bo` and `current-bq` are development sets: rules may be written while reading their errors.
`current-b`, `current-d`, `current-f`, `current-k`, `current-m`, `current-o`, `current-q`, `current-s`, `current-u`, `current-w`, `current-y`, `current-ab`, `current-ad`, `current-af`, `current-ah`, `current-aj`, `current-al`, `current-an`, `current-ap`, `current-ar`, `current-at`, `current-av`, `current-ax`, `current-az`, `current-bb`, `current-bd`, `current-bf`, `current-bh`, `current-bj`, `current-bl`, `current-bn`, `current-bp` and `current-br` are blind:
only their scores are read, so `--show-errors` is refused for them.

Usage: python3 scripts/eval/current_gold.py [--set current-a|...|current-z|current-aa|...|current-az|current-ba|...|current-br] [--graphctl BIN]
                                            [--shared DIR] [--json] [--show-errors]

A set's new actors (new-actors.jsonl) are not given to graphctl. Where the gazetteer has since
gained one of them under its own code (one code shares a name form with it; persons excepted), the
gold is scored under the gazetteer's code, and the count of such codes is printed. A gold code
the gazetteer gives an affiliation is scored under what it rolls up to (GUIDELINES 5.2: graphctl's
output names only rolled-up codes, so a gold line naming "SOM_TFG" or "ICJ" could never match).

Each language is scored on its own with ../shared/eval/score.py (the texts are in the set, so
only the scorer comes from ../shared).
"""
import argparse, glob, json, os, re, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(HERE, "fresh"))
import fresh_gold  # noqa: E402  (graphctl_binary, extract, score, fail)

SETS = ("current-a", "current-b", "current-c", "current-d", "current-e", "current-f", "current-g", "current-h", "current-i", "current-j", "current-k", "current-l", "current-m", "current-n", "current-o", "current-p", "current-q", "current-r", "current-s", "current-t", "current-u", "current-v", "current-w", "current-x", "current-y", "current-z", "current-aa", "current-ab", "current-ac", "current-ad", "current-ae", "current-af", "current-ag", "current-ah", "current-ai", "current-aj", "current-ak", "current-al", "current-am", "current-an", "current-ao", "current-ap", "current-aq", "current-ar", "current-as", "current-at", "current-au", "current-av", "current-aw", "current-ax", "current-ay", "current-az", "current-ba", "current-bb", "current-bc", "current-bd", "current-be", "current-bf", "current-bg", "current-bh", "current-bi", "current-bj", "current-bk", "current-bl", "current-bm", "current-bn", "current-bo", "current-bp", "current-bq", "current-br")
GAZETTEER = os.path.join(ROOT, "Sources", "Graph", "Resources", "gazetteer")
BLIND = {"current-b", "current-d", "current-f", "current-k", "current-m", "current-o", "current-q", "current-s", "current-u", "current-w", "current-y", "current-ab", "current-ad", "current-af", "current-ah", "current-aj", "current-al", "current-an", "current-ap", "current-ar", "current-at", "current-av", "current-ax", "current-az", "current-bb", "current-bd", "current-bf", "current-bh", "current-bj", "current-bl", "current-bn", "current-bp", "current-br"}


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def fold(form):
    """A name form compared loosely: case, Arabic diacritics and letter variants, a leading article."""
    form = re.sub(r"[\u064B-\u0652\u0640]", "", form.strip().casefold())
    form = form.translate(str.maketrans("أإآٱىة", "اااايه"))
    form = re.sub(r"^(the |ال)", "", form)
    return " ".join(form.split())


def gazetteer_codes(folder):
    """Built-in gazetteer: code -> its line, and folded name form -> the codes that carry it."""
    lines, forms = {}, {}
    for path in sorted(glob.glob(os.path.join(folder, "*.jsonl"))):
        for line in read_jsonl(path):
            lines[line["code"]] = line
            for form in [line.get("name", ""), line.get("name_ar", "")] + line.get("names", []):
                if form:
                    forms.setdefault(fold(form), set()).add(line["code"])
    return lines, forms


def rolled_up(code, lines):
    """A code as the scorer compares it: a line with an affiliation stands for what it rolls up to."""
    seen = set()
    while code in lines and lines[code].get("affiliation") and code not in seen:
        seen.add(code)
        code = lines[code]["affiliation"]
    return code


def new_actor_codes(folder, gazetteer):
    """Gold codes of a set's new actors that the gazetteer has gained since, under its own code.

    An annotator's new actor (not a person: the gold rolls persons up already, and one without an
    affiliation, such as a deposed leader, is kept apart on purpose) is matched to a gazetteer line
    when exactly one (rolled-up) code shares one of its name forms; the gold then names that code,
    as graphctl does."""
    path = os.path.join(folder, "new-actors.jsonl")
    if not os.path.isfile(path):
        return {}
    lines, forms = gazetteer
    mapping = {}
    for actor in read_jsonl(path):
        if actor["code"] in lines or actor.get("kind") == "person":
            continue
        found = set()
        for form in [actor.get("name", ""), actor.get("name_ar", "")] + actor.get("names", []):
            found |= {rolled_up(c, lines) for c in forms.get(fold(form), ()) if form}
        if len(found) == 1:
            mapping[actor["code"]] = found.pop()
    return mapping


def main(argv):
    parser = argparse.ArgumentParser(description="Score graphctl on the current-news sets.")
    parser.add_argument("--set", default="current-a", choices=SETS)
    parser.add_argument("--graphctl", help="graphctl binary (default: build with swift build -c release)")
    parser.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--show-errors", action="store_true", help="list false and missed relations")
    a = parser.parse_args(argv[1:])
    if a.show_errors and a.set in BLIND:
        fresh_gold.fail(f"{a.set} is kept blind: only its scores are read (no --show-errors)")
    scorer = os.path.join(a.shared, "eval", "score.py")
    if not os.path.isfile(scorer):
        fresh_gold.fail(f"{scorer} is missing (set --shared)")
    folder = os.path.join(HERE, "dev-gold", a.set)
    docs = read_jsonl(os.path.join(folder, "docs.jsonl"))
    gold = read_jsonl(os.path.join(folder, "gold.jsonl"))
    ids = {d["id"] for d in docs}
    unknown = sorted({g["doc"] for g in gold} - ids)
    if unknown:
        fresh_gold.fail(f"{a.set}/gold.jsonl names documents not in docs.jsonl: {', '.join(unknown)}")
    gazetteer = gazetteer_codes(GAZETTEER)
    mapping = new_actor_codes(folder, gazetteer)
    for g in gold:
        # A gazetteer code with an affiliation rolls up (GUIDELINES 5.2), as graphctl's output
        # does: a gold line that names it is compared under what it rolls up to.
        g["source"] = rolled_up(mapping.get(g["source"], g["source"]), gazetteer[0])
        g["target"] = rolled_up(mapping.get(g["target"], g["target"]), gazetteer[0])
    binary = fresh_gold.graphctl_binary(a.graphctl)
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for lang in ("ar", "en"):
            part = [d for d in docs if d["lang"] == lang]
            if not part:
                continue
            names = {d["id"] for d in part}
            inp, pred, gpath = (os.path.join(tmp, f"{lang}-{n}.jsonl") for n in ("in", "pred", "gold"))
            with open(inp, "w", encoding="utf-8") as f:
                for d in part:
                    row = {"id": d["id"], "text": d["text"]}
                    if d.get("date"):
                        row["date"] = d["date"]
                    f.write(json.dumps(row, ensure_ascii=False) + "\n")
            with open(gpath, "w", encoding="utf-8") as f:
                for g in gold:
                    if g["doc"] in names:
                        f.write(json.dumps(g, ensure_ascii=False) + "\n")
            fresh_gold.extract(binary, inp, pred, tmp)
            flags = ["--json"] + (["--show-errors"] if a.show_errors else [])
            r = fresh_gold.score(scorer, gpath, pred, flags)
            if a.show_errors:
                print(f"== {a.set} {lang}")
                print("\n".join(l for l in r.splitlines() if not l.startswith("{")))
            results[lang] = dict(json.loads(r.splitlines()[-1]), documents=len(part))
    if a.json:
        print(json.dumps(dict(results, new_actor_codes_in_gazetteer=len(mapping))))
        return
    if mapping:
        print(f"{a.set}: {len(mapping)} new-actor code(s) of the set now in the gazetteer, scored under its code")
    for lang, res in results.items():
        print(f"{a.set} {lang}: {res['documents']} documents  precision {res['precision']:.3f}  "
              f"recall {res['recall']:.3f}  f1 {res['f1']:.3f}  (predicted {res['predicted']}, "
              f"correct {res['correct']}, required {res['required_found']}/{res['required']})")


if __name__ == "__main__":
    main(sys.argv)
