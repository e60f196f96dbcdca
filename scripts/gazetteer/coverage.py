#!/usr/bin/env python3
"""Measure how much of the political-actor vocabulary of real news the gazetteer covers (stdlib only).

Usage: python3 scripts/gazetteer/coverage.py [--shared DIR] [--gazetteer DIR_OR_FILE ...]
                                            [--top N] [--section ner|gdelt|events] [--json]

Reads gold named-entity strings and actor names from the shared corpus (default `../shared` next to
the repository root; it is never copied into the repository) and looks them up with a re-implementation
of the matcher in `Sources/Graph/Actors/ActorMatcher.swift`:

  - folding as `Normalizer` (tashkeel, tatweel and bidi marks dropped, alef forms -> ا, ى ی -> ي,
    ة -> ه, ک -> ك, Latin lower-cased with accents folded);
  - a form's tokens as `Tokenizer` makes them (quotation marks are dropped from forms, the hyphen
    and the apostrophe are kept, ’ read as '; the text keeps them, as in the matcher);
  - Arabic: the first word of a form is tried on every clitic reading of the text word (و ف, then
    ب ل ك, and لل read as ل + ال); the other words must be equal; nisba adjectives match their
    inflected forms (ـة، ـين، ـون، ـان، ـات ...) with or without the article;
  - Latin case rules: all-capital forms (acronyms, "U.S.") only in capitals, capitalised forms only
    capitalised. GDELT names are all upper-case, so case is ignored for them;
  - longest match first, left to right; a form in `ambiguous_names` consumes its words but names no
    actor.

Sections (each is skipped when its files are absent):
  ner     ANERCorp test split (PERS, ORG, LOC) and NewsFANE gold (fine classes Politician, Nation,
          Government, Group, Non-Governmental, Police, GPE-Cluster): each gold entity occurrence is
          `exact` (one actor form covers the whole entity), `partial` (an actor form inside it, e.g.
          the nisba of "الحكومة السودانية"; also where a longer name is missing), `ambiguous` (only
          an ambiguous form) or `none`.
  gdelt   Actor1Name/Actor2Name of the GDELT samples (English, upper-case). Rows whose actor code is
          a bare role (GOV, COP, MIL ... without a country) and media/business/education/health
          actors are counted apart as non-political.
  events  openeventdata arabic_event_gsr source/target spans whose gold code (`main`) is a state:
          share where an actor is found in the span and share where it rolls up to that state.

Prints a summary per class and the most frequent entity strings that are not matched (and, with
--top, that many). `--json` prints one JSON object instead.

With `--mentions FILE.jsonl` (documents {"id", "text"}, one a line) the script lists instead every
distinct form found in the texts, with its actor, its count and one context (states last), to spot
everyday words read as names.
"""

import argparse
import csv
import glob
import json
import os
import sys
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# ---------------------------------------------------------------- folding and tokens (as Swift)

_LATIN = {}
for lo, hi, ch in [(0xC0, 0xC5, "a"), (0xE0, 0xE5, "a"), (0x100, 0x105, "a"), (0xC7, 0xC7, "c"),
                   (0xE7, 0xE7, "c"), (0x106, 0x10D, "c"), (0xC8, 0xCB, "e"), (0xE8, 0xEB, "e"),
                   (0x112, 0x11B, "e"), (0xCC, 0xCF, "i"), (0xEC, 0xEF, "i"), (0x128, 0x131, "i"),
                   (0xD1, 0xD1, "n"), (0xF1, 0xF1, "n"), (0x143, 0x148, "n"), (0xD2, 0xD6, "o"),
                   (0xD8, 0xD8, "o"), (0xF2, 0xF6, "o"), (0xF8, 0xF8, "o"), (0x14C, 0x151, "o"),
                   (0xD9, 0xDC, "u"), (0xF9, 0xFC, "u"), (0x168, 0x173, "u"), (0xDD, 0xDD, "y"),
                   (0xFD, 0xFD, "y"), (0xFF, 0xFF, "y"), (0x11C, 0x123, "g"), (0x15A, 0x161, "s"),
                   (0x179, 0x17E, "z")]:
    for v in range(lo, hi + 1):
        _LATIN[v] = ch


def fold_char(c):
    v = ord(c)
    if v < 0x80:
        return c.lower()
    if 0x064B <= v <= 0x0652 or v in (0x0670, 0x0640):
        return ""
    if v in (0x0623, 0x0625, 0x0622, 0x0671):
        return "\u0627"
    if v in (0x0649, 0x06CC):
        return "\u064A"
    if v == 0x0629:
        return "\u0647"
    if v == 0x06A9:
        return "\u0643"
    if 0x200B <= v <= 0x200F or 0x202A <= v <= 0x202E or 0x2066 <= v <= 0x2069 or v == 0xFEFF:
        return ""
    if 0xC0 <= v <= 0x17F:
        return _LATIN.get(v, c)
    return c


def fold(s):
    return "".join(fold_char(c) for c in s)


def is_arabic_word(c):
    v = ord(c)
    return 0x0621 <= v <= 0x065F or v == 0x0670 or 0x0671 <= v <= 0x06D3 or v == 0x06D5 or v == 0x0640


def is_latin(c):
    v = ord(c)
    if v < 0x80:
        return "A" <= c <= "Z" or "a" <= c <= "z"
    return 0xC0 <= v <= 0x24F and v not in (0xD7, 0xF7)


def is_upper(c):
    v = ord(c)
    if v < 0x80:
        return "A" <= c <= "Z"
    if 0x0600 <= v <= 0x06FF:
        return False
    return c.isupper()


QUOTES = set("\"'\u201C\u201D\u2018\u2019\u00AB\u00BB-\u2013\u2014")


class Tok:
    __slots__ = ("norm", "kind", "cap", "allcaps", "readings", "art_readings")

    def __init__(self, norm, kind, cap=False, allcaps=False):
        self.norm, self.kind, self.cap, self.allcaps = norm, kind, cap, allcaps
        self.readings = self.art_readings = [(norm, "")]


def _initialism_so_far(s, start, end):
    expect_letter = True
    for k in range(start, end):
        if expect_letter:
            if not (is_latin(s[k]) and is_upper(s[k])):
                return False
        elif s[k] != ".":
            return False
        expect_letter = not expect_letter
    if expect_letter:
        return False
    return end - start > 1 or (end + 2 < len(s) and is_latin(s[end + 1]) and s[end + 1].isupper()
                               and s[end + 2] == ".")


def tokenize(s):
    toks = []
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if c.isspace():
            i += 1
            continue
        start = i
        if is_arabic_word(c):
            norm = []
            while i < n and is_arabic_word(s[i]):
                norm.append(fold_char(s[i]))
                i += 1
            w = "".join(norm)
            if w:
                t = Tok(w, "arabic")
                t.readings = readings(w)
                t.art_readings = readings(w, drop_article=True)
                toks.append(t)
        elif is_latin(c):
            norm, upper, letters = [], 0, 0
            while i < n:
                d = s[i]
                if is_latin(d) or 0x300 <= ord(d) <= 0x36F:
                    if is_upper(d):
                        upper += 1
                    if is_latin(d):
                        letters += 1
                    norm.append(fold_char(d) if is_latin(d) else "")
                    i += 1
                elif d == "." and _initialism_so_far(s, start, i):
                    next_is_letter = i + 1 < n and is_upper(s[i + 1])
                    letter_then_dot = next_is_letter and (i + 2 >= n or not is_latin(s[i + 2]))
                    norm.append(".")
                    i += 1
                    if not letter_then_dot:
                        break
                else:
                    break
            toks.append(Tok("".join(norm), "latin", is_upper(s[start]),
                            upper >= 2 and upper == letters))
        elif c.isdigit():
            while i < n and (s[i].isdigit() or (s[i] == "," and i + 1 < n and s[i + 1].isdigit())):
                i += 1
            toks.append(Tok(s[start:i], "number"))
        else:
            i += 1
            # The typographic apostrophe reads as the plain one (Tokenizer.foldApostrophe).
            c = "'" if c == "\u2019" else c
            toks.append(Tok(c, "quote" if c in QUOTES else "punct"))
    return toks


WAW, FA, BA, LAM, KAF, ALEF = "\u0648", "\u0641", "\u0628", "\u0644", "\u0643", "\u0627"
ARTICLE = ALEF + LAM
NISBA_SUFFIXES = ["", "\u0647", "\u0627", "\u064A\u0646", "\u0648\u0646", "\u0627\u0646",
                  "\u062A\u064A\u0646", "\u062A\u0627\u0646", "\u0627\u062A"]


def readings(w, drop_article=False):
    """Clitic readings of a folded Arabic word, as ArabicClitics.readings."""
    out = []

    def add(stem, pro, restore_alef=False):
        if len(stem) < 2:
            return
        out.append(((ALEF if restore_alef else "") + stem, pro))
        if drop_article and not restore_alef and len(stem) >= 4 and stem.startswith(ARTICLE):
            out.append((stem[2:], pro + ARTICLE))
        elif drop_article and restore_alef and len(stem) >= 3:
            out.append((stem[1:], pro + ARTICLE))

    n = len(w)
    conj = [0] + ([1] if n > 2 and w[0] in (WAW, FA) else [])
    for c in conj:
        if n > c + 1:
            add(w[c:], w[:c])
        if n > c + 2 and w[c] in (BA, LAM, KAF):
            add(w[c + 1:], w[:c + 1])
            if w[c] == LAM and w[c + 1] == LAM:
                add(w[c + 1:], w[:c + 1], restore_alef=True)
    return out


# ---------------------------------------------------------------- gazetteer and matcher


def load_gazetteer(targets):
    paths = []
    for t in targets:
        paths += sorted(glob.glob(os.path.join(t, "*.jsonl"))) if os.path.isdir(t) else [t]
    entries = {}
    for p in paths:
        with open(p, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if line and not line.startswith("#") and not line.startswith("//"):
                    e = json.loads(line)
                    entries[e["code"]] = e  # a later line with the same code replaces the entry
    return entries


def roll_up(entries, code):
    seen = {code}
    cur = code
    while cur in entries and entries[cur].get("affiliation") in entries:
        nxt = entries[cur]["affiliation"]
        if nxt in seen:
            break
        seen.add(nxt)
        cur = nxt
    return cur


class Matcher:
    def __init__(self, entries):
        self.entries = entries
        self.patterns = defaultdict(list)  # first token -> [(tokens, rules, codes, adjective, blocks)]
        self.nisba = defaultdict(list)
        index = {}

        def add(surface, code, adjective, blocks):
            toks = [t for t in tokenize(surface) if t.kind != "quote" or t.norm in ("-", "'")]
            if not toks:
                return
            norms = tuple(t.norm for t in toks)
            rules = tuple(
                0 if t.kind != "latin" else 2 if (t.allcaps or "." in t.norm) else 1 if t.cap else 0
                for t in toks)
            key = (norms, rules, adjective, blocks)
            if key in index:
                if code not in index[key][2]:
                    index[key][2].append(code)
            else:
                p = [norms, rules, [code], adjective, blocks]
                index[key] = p
                self.patterns[norms[0]].append(p)

        for code, e in entries.items():
            for x in e.get("names", []):
                add(x, code, False, False)
            for x in e.get("ambiguous_names", []) or []:
                add(x, code, False, True)
            for a in e.get("adjectives", []) or []:
                f = fold(a)
                if f and all(is_arabic_word(c) and c != "\u0640" for c in f):
                    base = f[2:] if f.startswith(ARTICLE) else f
                    for suf in NISBA_SUFFIXES:
                        self.nisba[base + suf].append(code)
                else:
                    add(a, code, True, False)
        for k in self.patterns:
            self.patterns[k].sort(key=lambda p: -len(p[0]))

    @staticmethod
    def case_ok(t, rule, ignore_case):
        if ignore_case or t.kind != "latin":
            return True
        if rule == 1:
            return t.cap
        if rule == 2:
            return t.allcaps or (t.cap and len(t.norm) == 1) or "." in t.norm
        return True

    def match_at(self, toks, i, ignore_case):
        """(length, codes, form) of the mention starting at token i, or None.
        form: 'name', 'adjective' or 'blocked'."""
        t = toks[i]
        best, best_len = None, 0
        keys = []
        if t.kind == "latin":
            keys = [t.norm]
        elif t.kind == "arabic":
            keys = [r[0] for r in t.readings]
        for key in keys:
            for norms, rules, codes, adjective, blocks in self.patterns.get(key, ()):
                n = len(norms)
                if i + n > len(toks):
                    continue
                better = n > best_len or (n == best_len and best is not None
                                          and best[2] in ("adjective", "blocked") and not blocks)
                if not better:
                    continue
                if t.kind == "latin" and not self.case_ok(t, rules[0], ignore_case):
                    continue
                if all(toks[i + k].norm == norms[k] and self.case_ok(toks[i + k], rules[k], ignore_case)
                       for k in range(1, n)):
                    best = (n, codes, "blocked" if blocks else "adjective" if adjective else "name")
                    best_len = n
        if best is None and t.kind == "arabic":
            for stem, _ in t.art_readings:
                if stem in self.nisba:
                    return (1, self.nisba[stem], "adjective")
        return best

    def mentions(self, toks, ignore_case=False):
        out = []
        i = 0
        while i < len(toks):
            m = self.match_at(toks, i, ignore_case)
            if m:
                out.append((i, i + m[0], m[1], m[2]))
                i += m[0]
            else:
                i += 1
        return out

    def classify(self, text, ignore_case=False):
        """('exact'|'partial'|'ambiguous'|'none', codes found)."""
        toks = tokenize(text)
        words = [k for k, t in enumerate(toks) if t.kind in ("arabic", "latin")]
        if not words:
            return "none", []
        ms = self.mentions(toks, ignore_case)
        real = [m for m in ms if m[3] != "blocked"]
        codes = []
        for m in real:
            for c in m[2]:
                if c not in codes:
                    codes.append(c)
        if any(m[0] <= words[0] and m[1] > words[-1] for m in real):
            return "exact", codes
        if real:
            return "partial", codes
        if ms:
            return "ambiguous", []
        return "none", []


# ---------------------------------------------------------------- corpora


def bio_entities(path, sep, bom=False):
    """Entity strings of a BIO file: yields (class, text)."""
    cur, words = None, []
    with open(path, encoding="utf-8-sig" if bom else "utf-8") as f:
        for line in f:
            line = line.rstrip("\r\n").replace("\u200e", "").replace("\u200f", "")
            parts = line.split(sep) if sep else line.split()
            if len(parts) < 2 or not parts[0]:
                if cur:
                    yield cur, " ".join(words)
                cur, words = None, []
                continue
            w, tag = parts[0], parts[-1].strip()
            if tag.startswith("B-"):
                if cur:
                    yield cur, " ".join(words)
                cur, words = tag[2:], [w]
            elif tag.startswith("I-") and cur == tag[2:]:
                words.append(w)
            else:
                if cur:
                    yield cur, " ".join(words)
                cur, words = None, []
    if cur:
        yield cur, " ".join(words)


ANER_CLASSES = ["PERS", "ORG", "LOC"]
FANE_CLASSES = ["Politician", "Nation", "Government", "Group", "Non-Governmental", "Police",
                "GPE-Cluster"]


def summarise(counter_by_class, matcher, top, ignore_case=False):
    """counter_by_class: {class: Counter(text -> occurrences)} -> report dict."""
    report = {}
    for cls, counter in counter_by_class.items():
        stats = Counter()
        distinct = Counter()
        unmatched = Counter()
        ambiguous = Counter()
        partial = Counter()
        for text, n in counter.items():
            status, codes = matcher.classify(text, ignore_case)
            stats[status] += n
            distinct[status] += 1
            if status == "none":
                unmatched[text] += n
            elif status == "ambiguous":
                ambiguous[text] += n
            elif status == "partial":
                partial[f"{text} -> {','.join(codes)}"] += n
        total = sum(stats.values())
        report[cls] = {
            "occurrences": total,
            "distinct": len(counter),
            "exact": stats["exact"],
            "partial": stats["partial"],
            "ambiguous": stats["ambiguous"],
            "none": stats["none"],
            "matched_share": round((stats["exact"] + stats["partial"]) / total, 3) if total else 0,
            "exact_share": round(stats["exact"] / total, 3) if total else 0,
            "distinct_matched_share": round((distinct["exact"] + distinct["partial"]) / len(counter), 3)
            if counter else 0,
            "top_unmatched": unmatched.most_common(top),
            "top_ambiguous": ambiguous.most_common(top),
            "top_partial": partial.most_common(top),
        }
    return report


def section_ner(shared, matcher, top):
    out = {}
    aner = os.path.join(shared, "corpus/ner/ANERCorp_CamelLab_test.txt")
    if os.path.exists(aner):
        by = defaultdict(Counter)
        for cls, text in bio_entities(aner, None):
            if cls in ANER_CLASSES:
                by["ANERCorp " + cls][text] += 1
        out.update(summarise(by, matcher, top))
    fane = os.path.join(shared, "corpus/ner/NewsFANE_Gold_2014_170K.txt")
    if os.path.exists(fane):
        by = defaultdict(Counter)
        for cls, text in bio_entities(fane, "\t", bom=True):
            if cls in FANE_CLASSES:
                by["NewsFANE " + cls][text] += 1
        out.update(summarise(by, matcher, top))
    return out


# CAMEO role codes: a code that starts with one of these has no country.
ROLES = {"GOV", "MIL", "COP", "JUD", "BUS", "CVL", "EDU", "MED", "LAB", "LEG", "REB", "OPP",
         "CRM", "REF", "ELI", "HLH", "AGR", "UAF", "SPY", "MOD", "RAD", "SET", "INS", "SEP", "ENV",
         "HRI", "DEV", "AMN", "RES", "IRC", "MNC", "CHR", "MUS", "JEW", "HIN", "BUD", "PTY"}
NON_POLITICAL = {"MED", "BUS", "EDU", "HLH", "MNC", "AGR", "ENV", "LAB", "CVL", "DEV", "RES"}


def section_gdelt(shared, matcher, top):
    rows = []
    ev = os.path.join(shared, "corpus/gdelt/events.csv")
    if os.path.exists(ev):
        with open(ev, encoding="utf-8", errors="replace") as f:
            for r in csv.reader(f, delimiter="\t"):
                if len(r) > 16:
                    rows += [(r[5], r[6]), (r[15], r[16])]
    g2 = os.path.join(shared, "corpus/gdelt/2020-11-13.csv")
    if os.path.exists(g2):
        with open(g2, encoding="utf-8", errors="replace") as f:
            reader = csv.reader(f)
            next(reader, None)
            for r in reader:
                if len(r) > 17:
                    rows += [(r[6], r[7]), (r[16], r[17])]
    if not rows:
        return {}
    by = defaultdict(Counter)
    for code, name in rows:
        if not name:
            continue
        chunks = {code[k:k + 3] for k in range(0, len(code), 3)}
        if not code or code[:3] in ROLES:
            by["GDELT generic role (excluded)"][name] += 1
        elif chunks & NON_POLITICAL:
            by["GDELT non-political (excluded)"][name] += 1
        else:
            by["GDELT actors"][name] += 1
    rep = summarise({"GDELT actors": by["GDELT actors"]}, matcher, top, ignore_case=True)
    for k in ("GDELT generic role (excluded)", "GDELT non-political (excluded)"):
        rep[k] = {"occurrences": sum(by[k].values()), "distinct": len(by[k])}
    return rep


def section_events(shared, matcher, entries, top):
    base = os.path.join(shared, "corpus/events/arabic_event_gsr")
    spans = []
    for name in ("assault_spans.json", "protest_spans.json"):
        p = os.path.join(base, name)
        if os.path.exists(p):
            with open(p, encoding="utf-8") as f:
                for rec in json.load(f):
                    seen = set()
                    for s in rec.get("spans", []):
                        for side in ("source", "target"):
                            words = s.get(side + "_actor") or []
                            role = s.get(side + "_role")
                            main = role.get("main") if isinstance(role, dict) else None
                            key = (rec.get("source"), side, tuple(words))
                            if words and main and main != "None" and len(main) == 3 and key not in seen:
                                seen.add(key)
                                spans.append((main, " ".join(words)))
    if not spans:
        return {}
    stats = Counter()
    wrong = Counter()
    missing = Counter()
    for main, text in spans:
        status, codes = matcher.classify(text)
        rolled = [roll_up(entries, c) for c in codes]
        if main in rolled:
            stats["same state"] += 1
        elif rolled:
            stats["other actor"] += 1
            wrong[f"{text} -> {','.join(codes)} (gold {main})"] += 1
        else:
            stats["no actor"] += 1
            missing[f"{text} (gold {main})"] += 1
    total = len(spans)
    return {"arabic_event_gsr spans with a state code": {
        "occurrences": total,
        "same_state": stats["same state"],
        "other_actor": stats["other actor"],
        "no_actor": stats["no actor"],
        "same_state_share": round(stats["same state"] / total, 3),
        "found_share": round((stats["same state"] + stats["other actor"]) / total, 3),
        "top_other_actor": wrong.most_common(top),
        "top_no_actor": missing.most_common(top),
    }}


def list_mentions(paths, matcher, entries):
    """Distinct (form, actors) found in JSONL documents, most frequent first, states last."""
    counts = Counter()
    context = {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                text = json.loads(line).get("text") or ""
                toks = tokenize(text)
                for a, b, codes, form in matcher.mentions(toks):
                    if form == "blocked":
                        continue
                    key = (" ".join(t.norm for t in toks[a:b]), ",".join(codes))
                    counts[key] += 1
                    context.setdefault(key, " ".join(t.norm for t in toks[max(0, a - 6):b + 6]))

    def is_state(key):
        return all(entries.get(c, {}).get("kind") == "state" for c in key[1].split(","))

    for key, n in sorted(counts.items(), key=lambda kv: (is_state(kv[0]), -kv[1], kv[0])):
        print(f"{n}\t{key[0]}\t{key[1]}\t{context[key]}")


def print_report(rep, top):
    for cls, r in rep.items():
        if "exact" in r:
            print(f"{cls}: {r['occurrences']} occurrences ({r['distinct']} distinct): "
                  f"matched {r['matched_share']:.1%} (exact {r['exact_share']:.1%}, "
                  f"partial {r['partial']}, ambiguous {r['ambiguous']}, none {r['none']}); "
                  f"distinct strings matched {r['distinct_matched_share']:.1%}")
            if top:
                print("  unmatched: " + ", ".join(f"{t} ({n})" for t, n in r["top_unmatched"]))
                if r["top_ambiguous"]:
                    print("  ambiguous: " + ", ".join(f"{t} ({n})" for t, n in r["top_ambiguous"]))
                if r["top_partial"]:
                    print("  partial: " + ", ".join(f"{t} ({n})" for t, n in r["top_partial"]))
        elif "same_state" in r:
            print(f"{cls}: {r['occurrences']}: rolls up to the gold state {r['same_state_share']:.1%}, "
                  f"some actor found {r['found_share']:.1%} (other actor {r['other_actor']}, "
                  f"none {r['no_actor']})")
            if top:
                print("  other actor: " + "; ".join(f"{t} ({n})" for t, n in r["top_other_actor"]))
                print("  no actor: " + "; ".join(f"{t} ({n})" for t, n in r["top_no_actor"]))
        else:
            print(f"{cls}: {r['occurrences']} occurrences ({r['distinct']} distinct)")


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(ROOT), "shared"),
                    help="the shared corpus folder (default: ../shared next to the repository)")
    ap.add_argument("--gazetteer", nargs="+",
                    default=[os.path.join(ROOT, "Sources/Graph/Resources/gazetteer")],
                    help="gazetteer folders or JSONL files (later files override earlier codes)")
    ap.add_argument("--top", type=int, default=25, help="how many unmatched strings to list")
    ap.add_argument("--section", choices=["ner", "gdelt", "events"], action="append",
                    help="only these sections (repeatable; default: all)")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--mentions", nargs="+", metavar="FILE.jsonl",
                    help="list the forms found in these documents instead of measuring coverage")
    args = ap.parse_args(argv[1:])
    if args.mentions:
        entries = load_gazetteer(args.gazetteer)
        list_mentions(args.mentions, Matcher(entries), entries)
        return 0
    if not os.path.isdir(os.path.join(args.shared, "corpus")):
        print(f"coverage: {args.shared}/corpus not found; skipped", file=sys.stderr)
        return 0
    entries = load_gazetteer(args.gazetteer)
    matcher = Matcher(entries)
    sections = args.section or ["ner", "gdelt", "events"]
    rep = {}
    if "ner" in sections:
        rep.update(section_ner(args.shared, matcher, args.top))
    if "gdelt" in sections:
        rep.update(section_gdelt(args.shared, matcher, args.top))
    if "events" in sections:
        rep.update(section_events(args.shared, matcher, entries, args.top))
    if args.json:
        print(json.dumps(rep, ensure_ascii=False, indent=1))
    else:
        print(f"gazetteer: {len(entries)} entries")
        print_report(rep, args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
