#!/usr/bin/env python3
"""Evaluate `graphctl extract` against the Arabic event gold of openeventdata (arabic_event_gsr).

Data (read-only, never copied into the repository; the sentences are LDC Gigaword material):
  <gold-dir>/assault_gsr.csv, protest_gsr.csv    sentence labels: yes / easy no / difficult no / ambiguous
  <gold-dir>/assault_spans.json, protest_spans.json   annotators' source/verb/target token spans for
                                                   the accepted sentences (one entry per annotator span)
The default <gold-dir> is ../shared/corpus/events/arabic_event_gsr relative to the repository root.

Mapping: our `strikes` is scored on the ASSAULT set, our `opposes` on the PROTEST set.

Method
------
1. Documents. Every CSV row is one document: {"id": <gold id>, "text": <text>} (no date). All rows of
   both files go into one JSONL (a few ids occur in both files with the same text; they are written once)
   and graphctl is run once on it.
2. Sentence level. Gold positive = label "yes"; gold negative = "easy no" or "difficult no".
   "ambiguous" rows are run but left out of P/R; the share of them that is predicted positive is
   reported separately. A document is predicted positive for relation R if graphctl emitted at least
   one R relation for it with negated == false and hypothetical == false (the primary figure). The
   variant that also counts hypothetical relations is reported as "incl. hypothetical".
   P = predicted positives labelled yes / predicted positives; R = yes documents predicted / yes documents.
3. Argument level, on the "yes" documents that have gold spans. A gold span is *complete* if both its
   source_actor and target_actor token lists are non-empty. Complete spans of one document are grouped
   into gold pairs: two annotator spans belong to the same pair when their sources overlap and their
   targets overlap (connected components), so three annotators marking the same event count once.
   - precision: over the predicted R relations (not negated, not hypothetical) in yes documents that
     have at least one complete gold span; a relation is correct if its source_text overlaps the
     source of some complete span and its target_text overlaps that span's target.
   - recall: over gold pairs; a pair is found if some predicted relation is correct for one of its spans.
     Also reported: the share of such documents where at least one pair is found.
   - one-sided (because most protest gold has no target, and many assault gold spans no source):
     source recall = gold spans with a non-empty source (grouped like pairs, by source overlap) whose
     source is overlapped by the source_text of some predicted R relation; target recall likewise.
   Overlap. Both texts are normalised: Arabic diacritics (U+064B..U+065F, U+0670) and tatweel are
   removed, أ إ آ ٱ -> ا, ى -> ي, ة -> ه, Latin is lower-cased, everything that is not a letter or
   digit becomes a space. The words of a text are the resulting words, each taken both as written and
   with its proclitics removed (one of و ف ب ل ك if the word has at least 4 letters, then an article ال
   or لل if at least 3 letters remain); forms shorter than 2 letters and a short list of function words
   (في من على عن الى مع بين ...) are dropped. Two texts overlap iff some form a of one and some form b
   of the other are equal, or the shorter of a, b has at least 3 letters and is a substring of the
   other (so باكستان matches الباكستانية and العراق matches عراقيين; the broken plural اتراك does
   not match تركي). Gold spans are token lists and predicted texts carry no offsets, so this is
   character overlap of words, wherever they occur in the sentence, not of positions.
4. Coverage. Gold-yes documents that got no relation of any type (any relation, any flags) are counted:
   with no relation at all, most likely no two actors were recognised (gazetteer); a relation of
   another type means the actors were there but the cue was not (lexicon).

Usage:
  python3 scripts/eval/peer_gold.py [--graphctl BIN] [--gold-dir DIR] [--json] [--show-errors N]
Without --graphctl the package is built with `swift build -c release` and the binary is taken from
`swift build -c release --show-bin-path`.
"""

import argparse
import csv
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import defaultdict

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
DEFAULT_GOLD = os.path.join(ROOT, "..", "shared", "corpus", "events", "arabic_event_gsr")
SETS = (("assault", "strikes"), ("protest", "opposes"))

DIACRITICS = re.compile("[\u064B-\u065F\u0670\u0640]")
NONWORD = re.compile(r"[^\w]|_", re.UNICODE)
_FUNCTION_WORDS = {
    "في", "من", "على", "عن", "الى", "الي", "مع", "بين", "بينهم", "منهم", "ضد", "حول", "عند", "لدي",
    "ذلك", "هذا", "هذه", "التي", "الذي", "الذين", "او", "ما", "لا", "لم", "قد", "كل", "احد", "اكثر",
    "عدد", "بعض", "امس", "اليوم", "ان", "انه", "انها", "كان", "كانت", "هو", "هي", "هم",
}



def normalise(text):
    text = DIACRITICS.sub("", text)
    text = text.translate(str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"}))
    return NONWORD.sub(" ", text).lower()


FUNCTION_WORDS = {normalise(w).strip() for w in _FUNCTION_WORDS}


def strip_clitics(word):
    if len(word) >= 4 and word[0] in "وفبلك":
        word = word[1:]
    if len(word) >= 5 and word.startswith("ال"):
        word = word[2:]
    elif len(word) >= 5 and word.startswith("لل"):
        word = word[2:]
    return word


def words(text):
    """The set of word forms of a text: each normalised word as written and without its clitics."""
    out = set()
    for w in normalise(text).split():
        if w in FUNCTION_WORDS:
            continue
        for form in (w, strip_clitics(w)):
            if len(form) >= 2 and form not in FUNCTION_WORDS:
                out.add(form)
    return out


def overlap_words(a, b):
    for x in a:
        for y in b:
            if x == y:
                return True
            short, long_ = (x, y) if len(x) <= len(y) else (y, x)
            if len(short) >= 3 and short in long_:
                return True
    return False


def overlaps(text_a, text_b):
    return overlap_words(words(text_a), words(text_b))


# ---------------------------------------------------------------- gold


def read_gold(gold_dir, name):
    with open(os.path.join(gold_dir, f"{name}_gsr.csv"), encoding="utf-8", newline="") as f:
        rows = [{"id": r["id"], "text": r["text"].strip(), "label": r["label"].strip()} for r in csv.DictReader(f)]
    by_id = {r["id"]: r for r in rows}
    by_text = defaultdict(list)
    for r in rows:
        by_text[r["text"]].append(r)
    with open(os.path.join(gold_dir, f"{name}_spans.json"), encoding="utf-8") as f:
        records = json.load(f)
    spans = defaultdict(list)  # doc id -> list of (source words, target words, source text, target text)
    unmatched = 0
    for rec in records:
        # The record's "source" is the sentence id for the AAW sentences, a newspaper name for the
        # others; fall back to the text. Spans only matter for "yes" rows.
        if rec["source"] in by_id and by_id[rec["source"]]["text"] == rec["text"].strip():
            targets = [by_id[rec["source"]]]
        else:
            targets = by_text.get(rec["text"].strip(), [])
        targets = [r for r in targets if r["label"] == "yes"]
        if not targets:
            unmatched += 1
            continue
        for sp in rec["spans"]:
            src = " ".join(sp.get("source_actor") or [])
            tgt = " ".join(sp.get("target_actor") or [])
            item = (words(src), words(tgt), src, tgt)
            for r in targets:
                spans[r["id"]].append(item)
    return rows, spans, unmatched


def components(items, same):
    """Connected components of items under the relation `same` (list of lists of indices)."""
    parent = list(range(len(items)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            if same(items[i], items[j]):
                parent[find(i)] = find(j)
    groups = defaultdict(list)
    for i in range(len(items)):
        groups[find(i)].append(i)
    return list(groups.values())


# ---------------------------------------------------------------- graphctl


def graphctl_binary(arg):
    if arg:
        return arg
    subprocess.run(["swift", "build", "-c", "release"], cwd=ROOT, check=True, stdout=sys.stderr)
    bin_dir = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, check=True,
                             capture_output=True, text=True).stdout.strip()
    return os.path.join(bin_dir, "graphctl")


def run_graphctl(binary, docs):
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "peer_gold.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for doc_id, text in docs.items():
                f.write(json.dumps({"id": doc_id, "text": text}, ensure_ascii=False) + "\n")
        proc = subprocess.run([binary, "extract", path], capture_output=True, text=True)
        if proc.returncode != 0:
            sys.exit(f"graphctl extract failed ({proc.returncode}):\n{proc.stderr}")
    by_doc = defaultdict(list)
    for line in proc.stdout.splitlines():
        if line.strip():
            rel = json.loads(line)
            by_doc[rel["doc"]].append(rel)
    return by_doc


# ---------------------------------------------------------------- scoring


def ratio(a, b):
    return round(a / b, 4) if b else None


def score(name, relation, rows, spans, rels_by_doc, show_errors):
    def predicted(doc_id, with_hyp=False):
        return [r for r in rels_by_doc.get(doc_id, [])
                if r["relation"] == relation and not r.get("negated") and (with_hyp or not r.get("hypothetical"))]

    labelled = [r for r in rows if r["label"] in ("yes", "easy no", "difficult no")]
    ambiguous = [r for r in rows if r["label"] == "ambiguous"]
    res = {"set": name, "relation": relation,
           "documents": {lab: sum(r["label"] == lab for r in rows)
                         for lab in ("yes", "easy no", "difficult no", "ambiguous")}}

    def sentence_level(with_hyp):
        tp = fp = fn = 0
        fp_by_label = defaultdict(int)
        for r in labelled:
            pos = bool(predicted(r["id"], with_hyp))
            gold = r["label"] == "yes"
            tp += pos and gold
            fn += gold and not pos
            if pos and not gold:
                fp += 1
                fp_by_label[r["label"]] += 1
        return {"tp": tp, "fp": fp, "fn": fn, "fp_by_label": dict(fp_by_label),
                "precision": ratio(tp, tp + fp), "recall": ratio(tp, tp + fn)}

    res["sentence"] = sentence_level(False)
    res["sentence_incl_hypothetical"] = sentence_level(True)
    res["ambiguous_predicted_positive"] = {"n": len(ambiguous),
                                           "predicted": sum(bool(predicted(r["id"])) for r in ambiguous)}

    # coverage of the gold-yes documents
    yes = [r for r in rows if r["label"] == "yes"]
    none_at_all = [r for r in yes if not rels_by_doc.get(r["id"])]
    other_only = [r for r in yes if rels_by_doc.get(r["id"]) and not predicted(r["id"], True)]
    res["yes_coverage"] = {"yes": len(yes), "no_relation_at_all": len(none_at_all),
                           "other_types_only": len(other_only),
                           "only_negated_or_hypothetical": sum(
                               1 for r in yes if predicted(r["id"], True) and not predicted(r["id"]))}

    # argument level
    arg = {"docs_with_complete_span": 0, "gold_pairs": 0, "pairs_found": 0, "docs_with_pair_found": 0,
           "predicted": 0, "correct": 0, "gold_sources": 0, "sources_found": 0,
           "gold_targets": 0, "targets_found": 0, "source_only_correct": 0, "target_only_correct": 0}
    arg_errors = []
    for r in yes:
        sp = spans.get(r["id"], [])
        preds = predicted(r["id"])
        pw = [(words(p.get("source_text", "")), words(p.get("target_text", ""))) for p in preds]
        # one-sided
        srcs = [s for s in sp if s[0]]
        for comp in components(srcs, lambda a, b: overlap_words(a[0], b[0])):
            arg["gold_sources"] += 1
            if any(overlap_words(srcs[i][0], p[0]) for i in comp for p in pw):
                arg["sources_found"] += 1
        tgts = [s for s in sp if s[1]]
        for comp in components(tgts, lambda a, b: overlap_words(a[1], b[1])):
            arg["gold_targets"] += 1
            if any(overlap_words(tgts[i][1], p[1]) for i in comp for p in pw):
                arg["targets_found"] += 1
        complete = [s for s in sp if s[0] and s[1]]
        if not complete:
            continue
        arg["docs_with_complete_span"] += 1

        def correct(p, s):
            return overlap_words(s[0], p[0]) and overlap_words(s[1], p[1])

        found_any = False
        for comp in components(complete, lambda a, b: overlap_words(a[0], b[0]) and overlap_words(a[1], b[1])):
            arg["gold_pairs"] += 1
            if any(correct(p, complete[i]) for i in comp for p in pw):
                arg["pairs_found"] += 1
                found_any = True
        arg["docs_with_pair_found"] += found_any
        for p, raw in zip(pw, preds):
            arg["predicted"] += 1
            if any(correct(p, s) for s in complete):
                arg["correct"] += 1
            else:
                if any(overlap_words(s[0], p[0]) for s in complete):
                    arg["source_only_correct"] += 1
                elif any(overlap_words(s[1], p[1]) for s in complete):
                    arg["target_only_correct"] += 1
                arg_errors.append((r, raw, complete))
    arg["precision"] = ratio(arg["correct"], arg["predicted"])
    arg["recall"] = ratio(arg["pairs_found"], arg["gold_pairs"])
    arg["doc_recall"] = ratio(arg["docs_with_pair_found"], arg["docs_with_complete_span"])
    arg["source_recall"] = ratio(arg["sources_found"], arg["gold_sources"])
    arg["target_recall"] = ratio(arg["targets_found"], arg["gold_targets"])
    res["argument"] = arg

    errors = None
    if show_errors:
        fps = [r for r in labelled if r["label"] != "yes" and predicted(r["id"])]
        misses = [r for r in yes if not predicted(r["id"])]
        errors = {"false_positives": fps[:show_errors], "misses": misses[:show_errors],
                  "argument_errors": arg_errors[:show_errors]}
    return res, errors


def fmt(x):
    return "  -  " if x is None else f"{x:.3f}"


def print_table(results, meta):
    print(f"graphctl vs arabic_event_gsr  ({meta['graphctl']})")
    print("sentence level: predicted positive = >=1 relation of the type, not negated, not hypothetical;"
          " ambiguous rows left out")
    print(f"{'set / relation':<20}{'yes':>5}{'no':>6}{'TP':>5}{'FP':>5}{'FN':>5}{'P':>8}{'R':>8}"
          f"{'P+hyp':>8}{'R+hyp':>8}")
    for r in results:
        s, h, d = r["sentence"], r["sentence_incl_hypothetical"], r["documents"]
        print(f"{r['set'] + ' / ' + r['relation']:<20}{d['yes']:>5}{d['easy no'] + d['difficult no']:>6}"
              f"{s['tp']:>5}{s['fp']:>5}{s['fn']:>5}{fmt(s['precision']):>8}{fmt(s['recall']):>8}"
              f"{fmt(h['precision']):>8}{fmt(h['recall']):>8}")
    print()
    print("argument level (yes documents with a complete gold span; overlap of source_text and target_text)")
    print(f"{'set / relation':<20}{'docs':>5}{'pairs':>6}{'found':>6}{'pred':>5}{'ok':>4}{'P':>8}{'R':>8}"
          f"{'docR':>8}{'srcR':>12}{'tgtR':>12}")
    for r in results:
        a = r["argument"]
        print(f"{r['set'] + ' / ' + r['relation']:<20}{a['docs_with_complete_span']:>5}{a['gold_pairs']:>6}"
              f"{a['pairs_found']:>6}{a['predicted']:>5}{a['correct']:>4}{fmt(a['precision']):>8}"
              f"{fmt(a['recall']):>8}{fmt(a['doc_recall']):>8}"
              f"{fmt(a['source_recall']) + ' /' + str(a['gold_sources']):>12}"
              f"{fmt(a['target_recall']) + ' /' + str(a['gold_targets']):>12}")
    print()
    print("gold-yes documents without the relation")
    for r in results:
        c = r["yes_coverage"]
        amb = r["ambiguous_predicted_positive"]
        print(f"  {r['set']}: {c['yes']} yes; no relation of any type {c['no_relation_at_all']}; "
              f"other types only {c['other_types_only']}; only negated/hypothetical "
              f"{c['only_negated_or_hypothetical']}.  ambiguous predicted positive "
              f"{amb['predicted']}/{amb['n']}.  FP by label {r['sentence']['fp_by_label']}")


def print_errors(name, relation, errors, rels_by_doc):
    def rel_line(p):
        flags = "".join(f" [{k}]" for k in ("negated", "hypothetical") if p.get(k))
        return (f"    {p['relation']} {p['source']}({p.get('source_text', '')}) -> "
                f"{p['target']}({p.get('target_text', '')}) cue={p['cue']} rule={p['rule']}{flags}")

    print(f"\n=== {name} / {relation}: false positives ({len(errors['false_positives'])} shown)")
    for r in errors["false_positives"]:
        print(f"[{r['id']}] ({r['label']}) {r['text']}")
        for p in rels_by_doc.get(r["id"], []):
            print(rel_line(p))
    print(f"\n=== {name} / {relation}: misses ({len(errors['misses'])} shown)")
    for r in errors["misses"]:
        print(f"[{r['id']}] {r['text']}")
        for p in rels_by_doc.get(r["id"], []):
            print(rel_line(p))
    print(f"\n=== {name} / {relation}: argument errors ({len(errors['argument_errors'])} shown)")
    for r, p, complete in errors["argument_errors"]:
        print(f"[{r['id']}] {r['text']}")
        print(rel_line(p))
        for s in complete:
            print(f"    gold: {s[2]} -> {s[3]}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--graphctl", help="path of the graphctl binary (default: build with swift build -c release)")
    ap.add_argument("--gold-dir", default=DEFAULT_GOLD, help="folder of arabic_event_gsr (default: %(default)s)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--show-errors", type=int, default=0, metavar="N",
                    help="print up to N false positives, misses and argument errors per set")
    args = ap.parse_args()

    binary = graphctl_binary(args.graphctl)
    gold = {}
    docs = {}
    for name, _ in SETS:
        rows, spans, unmatched = read_gold(args.gold_dir, name)
        gold[name] = (rows, spans, unmatched)
        for r in rows:
            if r["id"] in docs and docs[r["id"]] != r["text"]:
                sys.exit(f"id {r['id']} has two different texts")
            docs[r["id"]] = r["text"]
    rels_by_doc = run_graphctl(binary, docs)

    results, all_errors = [], []
    for name, relation in SETS:
        rows, spans, unmatched = gold[name]
        res, errors = score(name, relation, rows, spans, rels_by_doc, args.show_errors)
        res["span_records_not_on_a_yes_row"] = unmatched
        results.append(res)
        all_errors.append((name, relation, errors))
    meta = {"graphctl": binary, "gold_dir": os.path.abspath(args.gold_dir), "documents": len(docs)}
    if args.json:
        print(json.dumps({"meta": meta, "results": results}, ensure_ascii=False, indent=2))
    else:
        print_table(results, meta)
    if args.show_errors:
        for name, relation, errors in all_errors:
            print_errors(name, relation, errors, rels_by_doc)


if __name__ == "__main__":
    main()
