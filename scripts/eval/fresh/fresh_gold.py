#!/usr/bin/env python3
"""Score graphctl on the blind "fresh" test sets (scripts/eval/fresh/README.md).

Usage: python3 scripts/eval/fresh/fresh_gold.py [--graphctl BIN] [--shared DIR] [--json]
                                                [--set 1|2|3|all] [--show-errors] [--write-inputs DIR]

The repository holds only the gold (setN/{ar,en}-gold.jsonl) and manifests saying which pieces of
../shared make up each input document (setN/{ar,en}-manifest.tsv); the text is rebuilt here. Set 3
is Arabic only: it has no en-manifest.tsv, so it has no English line and no setN-en.jsonl.

- Arabic: pseudo-documents made of sentences of the two Arabic NER corpora in
  ../shared/corpus/ner/. `F0158` is the 158th sentence (blank-line separated, counted from 1) of
  NewsFANE_Gold_2014_170K.txt, `A0224` the 224th of ANERCorp_CamelLab_test.txt. A sentence is
  its tokens joined into running text (detokenize below); the sentences of a document are joined
  by newlines.
- English: WikiEvents documents (../shared/corpus/events/wikievents/{dev,test}.jsonl), sentence
  units [first_unit, end_unit) of the document's "sentences" list, joined by a newline where the
  token offsets show a paragraph break and by a space otherwise.

Every rebuilt document is checked against the SHA-256 of the text that was annotated (manifest
column `sha256`), so a changed ../shared cannot silently shift the gold. Then `graphctl extract`
runs on the rebuilt JSONL files in a temporary directory and ../shared/eval/score.py scores them;
one line per set and language is printed (the scorer's own line), or JSON with --json.

Without --graphctl the binary is built with `swift build -c release`. --write-inputs DIR writes the
rebuilt inputs (setN-ar.jsonl, setN-en.jsonl) to DIR and stops without running graphctl. Standard
library only.
"""

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
NEWSFANE = os.path.join("corpus", "ner", "NewsFANE_Gold_2014_170K.txt")
ANERCORP = os.path.join("corpus", "ner", "ANERCorp_CamelLab_test.txt")
WIKIEVENTS = os.path.join("corpus", "events", "wikievents")
SCORER = os.path.join("eval", "score.py")
HOLDOUT = os.path.join("corpus", "holdout.txt")
MAX_UNITS = 40  # English documents were cut to at most 40 WikiEvents sentence units


def fail(message):
    """One line on stderr, exit status 1."""
    sys.exit(f"fresh_gold: {message}")


# ---------------------------------------------------------------- Arabic sentences

ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")
PROCLITICS = {"و", "ف", "ب", "ل", "ك", "س"}  # split off in NewsFANE, glued to the next word
ENCLITICS = {"ه", "ها", "هم", "هما", "هن", "كم", "نا", "ي", "ني", "ن", "ت"}  # glued to the previous word
CLOSING = {".", "،", ",", ":", "؛", ";", "?", "؟", "!", ")", "]", "»", "%"}
OPENING = {"(", "[", "«"}
LEADING_JUNK = {"-", "،", ",", ")", ":", ".", "؛"}


def read_sentences(path, encoding, crlf, split_token):
    """Blank-line separated token lines -> list of token lists (tags dropped). With crlf only
    CR LF ends a line (NewsFANE); otherwise Python's universal newlines apply."""
    with open(path, encoding=encoding, newline="" if crlf else None) as f:
        lines = f.read().split("\r\n" if crlf else "\n")
    sentences, current = [], []
    for line in lines:
        if not line.strip():
            if current:
                sentences.append(current)
                current = []
            continue
        current.append(split_token(line))
    if current:
        sentences.append(current)
    return sentences


def newsfane_sentences(path):
    """NewsFANE: UTF-8 with BOM, CRLF, `token<TAB>tag`, a U+200E mark before most tokens."""
    return read_sentences(path, "utf-8-sig", True,
                          lambda line: line.split("\t")[0].replace("\u200e", "").strip())


def anercorp_sentences(path):
    """ANERCorp CamelLab test: `token TAG`. Its first token is wrong in almost every sentence, so
    it is dropped, with any punctuation it leaves at the start."""
    out = []
    for tokens in read_sentences(path, "utf-8", False, lambda line: line.rsplit(" ", 1)[0].strip()):
        tokens = tokens[1:]
        while tokens and tokens[0] in LEADING_JUNK:
            tokens = tokens[1:]
        out.append(tokens)
    return out


def detokenize(tokens, clitics):
    """Running text from tokens: punctuation re-attached; with clitics (NewsFANE) split proclitics
    glued to the next word, enclitics to the previous one, and the lone hamza the corpus uses as a
    quotation mark written as '"'. The corpus spelling is otherwise kept."""
    out = []
    glue_next = False
    quote_open = False
    for i, word in enumerate(tokens):
        following = tokens[i + 1] if i + 1 < len(tokens) else ""
        if not word:
            continue
        if word == '"':
            if not quote_open:
                out.append(word)
                glue_next = True
            elif out:
                out[-1] += word
            else:
                out.append(word)
            quote_open = not quote_open
            continue
        if glue_next and out:
            if out[-1].endswith("ل") and len(out[-1]) <= 2 and word.startswith("ال") and len(word) > 3:
                word = "ل" + word[1:]  # ل + الاتحاد -> للاتحاد
            out[-1] += word
            glue_next = False
            if clitics and word in PROCLITICS and ARABIC_LETTER.match(following or " "):
                glue_next = True  # a chain of proclitics (و ب ...)
            continue
        glue_next = False
        if word in CLOSING and out:
            out[-1] += word
            continue
        if word in OPENING:
            out.append(word)
            glue_next = True
            continue
        if clitics and word == "ء":
            if not quote_open:
                out.append('"')
                glue_next = True
            elif out:
                out[-1] += '"'
            quote_open = not quote_open
            continue
        if clitics and word in ENCLITICS and out and ARABIC_LETTER.search(out[-1][-1:]):
            if out[-1].endswith("ة"):
                out[-1] = out[-1][:-1] + "ت"  # جهة + ه -> جهته
            out[-1] += word
            continue
        out.append(word)
        if clitics and word in PROCLITICS and ARABIC_LETTER.match(following or " ") and following not in ENCLITICS:
            glue_next = True
    text = " ".join(out)
    return text.replace("(د با)", "(د ب ا)").replace("( د ب ا )", "(د ب ا)")


class ArabicSource:
    """Sentence id (F0001.., A0001..) -> rebuilt sentence, loading each corpus only when needed."""

    def __init__(self, shared):
        self.shared = shared
        self.cache = {}

    def sentence(self, sid):
        prefix, number = sid[:1], sid[1:]
        if prefix not in ("F", "A") or not number.isdigit():
            fail(f"bad sentence id {sid!r} in a manifest")
        if prefix not in self.cache:
            if prefix == "F":
                self.cache[prefix] = [detokenize(t, True)
                                      for t in newsfane_sentences(os.path.join(self.shared, NEWSFANE))]
            else:
                self.cache[prefix] = [detokenize(t, False)
                                      for t in anercorp_sentences(os.path.join(self.shared, ANERCORP))]
        sentences = self.cache[prefix]
        index = int(number) - 1
        if not 0 <= index < len(sentences):
            fail(f"sentence {sid} is beyond the end of its corpus in {self.shared}")
        return sentences[index]


# ---------------------------------------------------------------- English documents


class WikiEventsSource:
    """(file, doc_id) -> the WikiEvents document, loading each file only when needed."""

    def __init__(self, shared):
        self.shared = shared
        self.folder = os.path.join(shared, WIKIEVENTS)
        self.files = {}

    def document(self, name, doc_id):
        if name not in self.files:
            docs = {}
            with open(os.path.join(self.folder, name), encoding="utf-8") as f:
                for line in f:
                    if line.strip():
                        d = json.loads(line)
                        docs[d["doc_id"]] = d
            self.files[name] = docs
        if doc_id not in self.files[name]:
            fail(f"WikiEvents document {doc_id} is not in {os.path.join(self.folder, name)}")
        return self.files[name][doc_id]


def units_text(document, first, end):
    """Sentence units [first, end) joined as in the article: a newline where the token offsets
    leave a gap of two or more characters (a paragraph break), a space otherwise."""
    parts, previous_end = [], None
    for tokens, sentence in document["sentences"][first:end]:
        sentence = sentence.strip()
        if not sentence:
            continue
        if previous_end is not None:
            parts.append("\n" if tokens[0][1] - previous_end >= 2 else " ")
        parts.append(sentence)
        previous_end = tokens[-1][2]
    return "".join(parts)


# ---------------------------------------------------------------- manifests and inputs


def read_manifest(path):
    with open(path, encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f if line.strip()]
    header = rows[0]
    return [dict(zip(header, row)) for row in rows[1:]]


def has_english(set_name):
    """Set 3 is Arabic only: a set without en-manifest.tsv has no English part."""
    return os.path.isfile(os.path.join(HERE, set_name, "en-manifest.tsv"))


def build_inputs(set_name, arabic, wikievents, holdout):
    """{"ar": [doc, ...], "en": [doc, ...]} for one set ({"ar": [...]} only for a set without an
    English part), each doc {"id", "text"}; every text is checked against the SHA-256 the manifest
    gives for the annotated text."""
    folder = os.path.join(HERE, set_name)
    inputs = {"ar": [], "en": []} if has_english(set_name) else {"ar": []}
    for row in read_manifest(os.path.join(folder, "ar-manifest.tsv")):
        text = "\n".join(arabic.sentence(sid) for sid in row["sentences"].split())
        inputs["ar"].append(checked(row, text, arabic.shared))
    if "en" not in inputs:
        return inputs
    for row in read_manifest(os.path.join(folder, "en-manifest.tsv")):
        doc_id = row["wikievents_id"]
        if doc_id in holdout or "en-wikievents-" + doc_id in holdout:
            fail(f"{doc_id} is listed in {HOLDOUT}; refusing to run graphctl on it")
        first, end = int(row["first_unit"]), int(row["end_unit"])
        if not 0 <= first < end <= first + MAX_UNITS:
            fail(f"{row['doc']}: bad sentence-unit window [{first}, {end}) in the manifest")
        text = units_text(wikievents.document(row["file"], doc_id), first, end)
        inputs["en"].append(checked(row, text, wikievents.shared))
    return inputs


def checked(row, text, shared):
    if hashlib.sha256(text.encode("utf-8")).hexdigest() != row["sha256"]:
        fail(f"rebuilt {row['doc']} differs from the annotated text (sha256); "
             f"is {shared} another version of the corpus?")
    return {"id": row["doc"], "text": text}


def write_jsonl(path, docs):
    with open(path, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps({"id": d["id"], "text": d["text"]}, ensure_ascii=False) + "\n")


# ---------------------------------------------------------------- graphctl and scoring


def graphctl_binary(given):
    if given:
        if not os.path.isfile(given) or not os.access(given, os.X_OK):
            fail(f"graphctl binary {given} is missing or not executable (build it or fix --graphctl)")
        return os.path.abspath(given)
    try:
        build = subprocess.run(["swift", "build", "-c", "release", "--product", "graphctl"], cwd=ROOT,
                               capture_output=True, text=True)
        if build.returncode != 0:
            fail(f"`swift build -c release` failed in {ROOT} (exit {build.returncode}); "
                 "run it by hand to see why, or pass --graphctl BIN")
        bin_dir = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT,
                                 capture_output=True, text=True, check=True).stdout.strip()
    except OSError as e:
        fail(f"cannot run swift to build graphctl ({e.strerror}); pass --graphctl BIN")
    binary = os.path.join(bin_dir, "graphctl")
    if not os.access(binary, os.X_OK):
        fail(f"no graphctl binary at {binary} after the build; pass --graphctl BIN")
    return binary


def extract(binary, input_path, output_path, tmp):
    with open(output_path, "w", encoding="utf-8") as out:
        try:
            proc = subprocess.run([binary, "extract", input_path], cwd=tmp, stdout=out,
                                  stderr=subprocess.PIPE, text=True)
        except OSError as e:
            fail(f"cannot run {binary}: {e.strerror}")
    if proc.returncode != 0:
        last = (proc.stderr.strip().splitlines() or ["no message"])[-1]
        fail(f"graphctl extract failed on {os.path.basename(input_path)} (exit {proc.returncode}): {last}")


def score(scorer, gold, predictions, flags):
    proc = subprocess.run([sys.executable, scorer, gold, predictions] + flags, capture_output=True,
                          text=True)
    if proc.returncode != 0:
        last = (proc.stderr.strip().splitlines() or ["no message"])[-1]
        fail(f"score.py failed on {os.path.basename(gold)}: {last}")
    return proc.stdout


def gold_counts(path, docs):
    """Size of a gold file; every document it names must be one of the rebuilt inputs."""
    with open(path, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    unknown = sorted({r["doc"] for r in rows} - {d["id"] for d in docs})
    if unknown:
        fail(f"{os.path.relpath(path, ROOT)} names documents that no manifest builds: {', '.join(unknown)}")
    required = sum(1 for r in rows if r.get("status", "required") == "required")
    return {"gold": len(rows), "gold_required": required, "gold_docs": len({r["doc"] for r in rows})}


# ---------------------------------------------------------------- main


def parse(argv):
    p = argparse.ArgumentParser(
        prog="fresh_gold.py",
        description="Rebuild the blind fresh test sets from ../shared, run graphctl extract on them "
                    "and score with ../shared/eval/score.py (per set and language).")
    p.add_argument("--graphctl", metavar="BIN", help="graphctl binary (default: swift build -c release)")
    p.add_argument("--shared", metavar="DIR", default=os.path.join(ROOT, "..", "shared"),
                   help="the shared folder (default: ../shared next to the repository)")
    p.add_argument("--set", dest="which", choices=["1", "2", "3", "all"], default="all",
                   help="which set to score (default: all)")
    p.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    p.add_argument("--show-errors", action="store_true",
                   help="also print the scorer's false and missed relations (doc, source, relation, target)")
    p.add_argument("--write-inputs", metavar="DIR",
                   help="write the rebuilt inputs to DIR (setN-ar.jsonl, setN-en.jsonl) and stop")
    return p.parse_args(argv)


def main(argv):
    args = parse(argv)
    shared = os.path.normpath(args.shared)
    sets = ["set1", "set2", "set3"] if args.which == "all" else [f"set{args.which}"]
    if not os.path.isdir(shared):
        fail(f"shared folder {shared} not found (pass --shared DIR)")
    wikievents_files = ([os.path.join(WIKIEVENTS, "dev.jsonl"), os.path.join(WIKIEVENTS, "test.jsonl")]
                        if any(has_english(s) for s in sets) else [])
    needed = [NEWSFANE] + wikievents_files + [HOLDOUT] + ([ANERCORP] if "set1" in sets else []) + \
        ([] if args.write_inputs else [SCORER])
    for rel in needed:
        if not os.path.isfile(os.path.join(shared, rel)):
            fail(f"{os.path.join(shared, rel)} is missing (pass --shared DIR)")
    with open(os.path.join(shared, HOLDOUT), encoding="utf-8") as f:
        holdout = {line.strip() for line in f if line.strip() and not line.startswith("#")}

    arabic, wikievents = ArabicSource(shared), WikiEventsSource(shared)
    inputs = {s: build_inputs(s, arabic, wikievents, holdout) for s in sets}

    if args.write_inputs:
        os.makedirs(args.write_inputs, exist_ok=True)
        for s, by_lang in inputs.items():
            for lang, docs in by_lang.items():
                write_jsonl(os.path.join(args.write_inputs, f"{s}-{lang}.jsonl"), docs)
        print(f"wrote {', '.join(f'{s}-{l}.jsonl' for s in inputs for l in inputs[s])} "
              f"to {args.write_inputs}", file=sys.stderr)
        return

    binary = graphctl_binary(args.graphctl)
    scorer = os.path.join(shared, SCORER)
    results = {}
    with tempfile.TemporaryDirectory(prefix="fresh-gold-") as tmp:
        for s, by_lang in inputs.items():
            for lang, docs in by_lang.items():
                input_path = os.path.join(tmp, f"{s}-{lang}.jsonl")
                output_path = os.path.join(tmp, f"{s}-{lang}-relations.jsonl")
                write_jsonl(input_path, docs)
                extract(binary, input_path, output_path, tmp)
                gold = os.path.join(HERE, s, f"{lang}-gold.jsonl")
                counts = dict(gold_counts(gold, docs), documents=len(docs))
                figures = json.loads(score(scorer, gold, output_path, ["--json"]).splitlines()[-1])
                results.setdefault(s, {})[lang] = dict(figures, **counts)
                if args.json:
                    continue
                flags = ["--show-errors"] if args.show_errors else []
                lines = score(scorer, gold, output_path, flags).splitlines()
                undefined = [what for what, n in (("precision", figures["predicted"]),
                                                  ("recall", figures["required"])) if n == 0]
                note = f"  [{' and '.join(undefined)} undefined: 0/0]" if undefined else ""
                print(f"{s} {lang}: {counts['documents']} docs, gold {counts['gold']} "
                      f"({counts['gold_required']} required)  {lines[-1]}{note}")
                for line in lines[:-1]:
                    print("    " + line)
    if args.json:
        print(json.dumps(results))


if __name__ == "__main__":
    main(sys.argv[1:])
