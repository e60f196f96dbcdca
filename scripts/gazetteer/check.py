#!/usr/bin/env python3
"""Validate the gazetteer JSONL files (stdlib only).

Usage: python3 scripts/gazetteer/check.py [DIR_OR_FILE ...]
Default: Sources/Graph/Resources/gazetteer/*.jsonl relative to the repository root.

Checks
  - every line is one JSON object; only known keys; required keys present; known kinds
  - codes: ISO alpha-3 (3 upper-case letters) for states, UPPER_SNAKE otherwise; unique across files
  - affiliation points to an existing code, not to itself, and has no cycle
  - from/to are ISO dates (YYYY-MM-DD) and from <= to
  - names/adjectives/ambiguous_names/context_names/capital_names are lists of non-empty, trimmed
    strings; context_names are one-word forms of a state's ambiguous_names, capital_names forms of
    a state's ambiguous_names; home is a state's code, on an
    entry with ambiguous_names that is no state
  - after matcher normalisation (tashkeel/tatweel removed, alef forms unified, final ya, ta marbuta,
    Persian letters, Latin lower-cased, article ال/لل stripped from the first Arabic word), a surface
    form in `names` or derived from `adjectives` maps to one code only.  Lines of one person split by
    date (codes X, X_2, X_3 ..., or other codes with the same `name` of kind person) may share forms
    when their date ranges do not overlap.
  - a form that is unconditional for one code and `ambiguous_names` of another is reported (warning)
  - Arabic forms that start with a proclitic + article (وال بال فال كال لل) are reported (the matcher
    strips clitics itself), and so are everyday Arabic words listed in `names` (see COMMON_WORDS)
  - one-word Latin forms that are everyday English words or very common surnames (COMMON_WORDS_EN)
    must be in `ambiguous_names` (a capitalised form also matches at the start of a sentence), and
    short mixed-case forms such as "LeT" are reported (the matcher reads them as capitalised words)
  - persons whose affiliation changed (codes X, X_2, X_3 ...): every line has from or to, the lines
    do not overlap in time and are all of the same kind, whether or not they share a form
  - a person's affiliation points at a state, organisation or group, never at another person

Exit status 1 if any error was found; warnings do not fail.
"""

import glob
import json
import os
import re
import sys
from collections import defaultdict

KINDS = {"state", "organisation", "government", "armed-group", "party", "person", "other"}
KEYS = {"code", "kind", "name", "name_ar", "names", "adjectives", "affiliation", "from", "to",
        "ambiguous_names", "context_names", "capital_names", "home"}
REQUIRED = ["code", "kind", "name", "name_ar", "names"]
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
CODE = re.compile(r"^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$")
SPLIT = re.compile(r"^(.*)_([2-9])$")

TASHKEEL = {chr(c) for c in range(0x064B, 0x0653)} | {"\u0670", "\u0640"}
MAP = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ک": "ك", "ی": "ي",
       "\u200c": "", "\u200f": "", "\u200e": ""}

# Everyday Arabic words (normalised, without article) that must not be unconditional names.
COMMON_WORDS = {
    "مالي", "عمان", "فتح", "قاعده", "شباب", "صالح", "هادي", "سلامه", "دوله", "غني", "رئيسي",
    "سريع", "معلم", "امل", "اصلاح", "شرعيه", "حشد", "جيش", "حكومه", "نظام", "مجلس", "تحالف",
    "ماي", "ماس", "بري", "سعيد", "سلمان", "تميم", "كيم", "صدر", "مهندس", "مجاهد", "نور", "عباس",
    "جمهوريه", "مملكه", "امير", "رئيس", "وزير", "اخوان", "وفد", "مظلوم", "شرع",
    "بغدادي", "مالكي", "ليون", "نواب", "برلمان", "روحاني", "حزب", "حركه", "سلام", "عدل", "نهضه",
    "تقدم", "كرامه", "وحده", "عداله", "امن", "شعب", "ثوره", "نصر", "فجر", "فيلق", "لواء", "بشير",
    "عادل", "كامل", "راضي", "جمال", "حسن", "حسين", "محمد", "احمد", "علي", "عمر", "خالد", "منصور",
    "ولد", "عربي", "جبهه", "ثوار", "اتحاد", "خليج", "شام", "مشرق",
    # words that are also names of people or groups in the gazetteer
    "صدام", "مرسي", "عرفات", "عنان", "بان", "غول", "حيه", "ضيف", "كاره", "حسم", "صيام",
    "غالي", "جوده", "معصوم", "عاطفي", "قربي", "بقائي", "مغنيه", "سلال", "تراس", "مسيره", "لولا",
    "مرابطون", "عقار", "حلو", "بادي", "عون", "فارس", "حجاب", "شعبان", "رمضان", "خميس", "شيخ",
    "امير", "ملك", "سلطان", "كبير", "عطا", "سري", "دوري", "عثماني", "كنعاني", "مرجعيه", "بعث",
    "انصار", "كتائب", "رايات البيضاء", "مقاومه", "مقاومه الشعبيه", "لقاء المشترك",
    "جبهه الديمقراطيه", "جبهه الثوريه", "جبهه الاسلاميه", "فرقه الرابعه", "قوه المشتركه",
    "قوات المشتركه", "ديبي", "كيتا", "حمد الله", "صنع الله", "جند الله", "بلوك", "باور",
}

# One-word English forms that are everyday words or very common surnames: only as ambiguous_names.
COMMON_WORDS_EN = {
    "let", "may", "will", "can", "power", "rice", "bush", "gates", "price", "brown", "miller",
    "burns", "hunt", "cooper", "wallace", "hammond", "waltz", "sherman", "carter", "johnson",
    "king", "prince", "congress", "hague", "truss", "cleverly", "castro", "sanchez", "powell",
    "flynn", "sullivan", "mitchell", "kellogg", "katz", "cohen", "salami", "gul", "larsen",
    "hooker", "volker", "talon", "blok", "keita", "traore", "deby", "rasmussen", "jafari",
    "grandi", "healey", "mckenzie", "williams", "austin", "harris", "moon", "kim", "xi", "leon",
    "santos", "conte", "bennett", "blair", "maas", "saleh", "saied", "bashir", "sadr", "maliki",
    "hariri", "berri", "hijab", "arafat", "tantawi", "ashkenazi", "qureshi", "gilani", "rabbani",
    "sharon", "islah", "opposition", "rebels", "coalition", "brotherhood", "europe", "european",
    "jerusalem", "kurdistan", "sanaa", "hashd", "mahan", "anadolu", "tasnim", "fars",
    "saba", "hirak", "mit", "adf", "nrf", "ppp", "iaf", "spa",
}


def norm_chars(s):
    """Character normalisation of the matcher (no clitic or article stripping)."""
    out = []
    for ch in s:
        if ch in TASHKEEL:
            continue
        out.append(MAP.get(ch, ch))
    return " ".join("".join(out).lower().split())


def norm(s):
    """Normalised form used to compare entries: characters normalised, and the article ال/لل
    removed from the first word. Only a plain ال is the article: أل/إل/آل (ألمانيا, إلغاء) are not,
    so the article is detected before alef forms are unified."""
    words = " ".join(s.split()).split(" ")
    w = words[0]
    if re.match(r"^[\u0600-\u06FF]", w) and (w.startswith("ال") or w.startswith("لل")):
        bare = w[2:]
        if len(norm_chars(bare)) >= 3:
            words[0] = bare
    return norm_chars(" ".join(words))


def is_arabic(s):
    return any("\u0600" <= ch <= "\u06FF" for ch in s)


def adjective_forms(a):
    """Forms the matcher derives from an adjective base (Arabic nisba) or the form itself."""
    n = norm(a)
    if not is_arabic(a):
        return {n}
    forms = {n}
    if n.endswith("ي"):
        # ArabicClitics.nisbaSuffixes: ـة ـا ـين ـون ـان ـتين ـتان ـات
        forms |= {n + "ه", n + "ا", n + "ين", n + "ون", n + "ان", n + "تين", n + "تان", n + "ات"}
    return forms


def load(paths):
    entries = []
    errors = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for lineno, line in enumerate(f, 1):
                where = f"{os.path.basename(path)}:{lineno}"
                if not line.strip():
                    errors.append(f"{where}: empty line")
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as e:
                    errors.append(f"{where}: invalid JSON: {e}")
                    continue
                if not isinstance(obj, dict):
                    errors.append(f"{where}: not a JSON object")
                    continue
                entries.append((where, obj))
    return entries, errors


def overlap(a, b):
    """True when the date ranges of entries a and b overlap (open ends are infinite)."""
    af, at = a.get("from", "0000-00-00"), a.get("to", "9999-12-31")
    bf, bt = b.get("from", "0000-00-00"), b.get("to", "9999-12-31")
    return not (at <= bf or bt <= af)


def base(code):
    m = SPLIT.match(code)
    return m.group(1) if m else code


def main(argv):
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    targets = argv[1:] or [os.path.join(root, "Sources/Graph/Resources/gazetteer")]
    paths = []
    for t in targets:
        if os.path.isdir(t):
            paths += sorted(glob.glob(os.path.join(t, "*.jsonl")))
        else:
            paths.append(t)
    entries, errors = load(paths)
    warnings = []
    by_code = {}
    counts = defaultdict(int)

    for where, e in entries:
        counts[where.split(":")[0]] += 1
        for k in e:
            if k not in KEYS:
                errors.append(f"{where}: unknown key {k!r}")
        for k in REQUIRED:
            if k not in e or e[k] in ("", None, []):
                errors.append(f"{where}: missing {k!r}")
        code = e.get("code", "")
        kind = e.get("kind")
        if kind not in KINDS:
            errors.append(f"{where}: unknown kind {kind!r}")
        if not isinstance(code, str) or not CODE.match(code):
            errors.append(f"{where}: bad code {code!r}")
        elif kind == "state" and not re.match(r"^[A-Z]{3}$", code):
            errors.append(f"{where}: state code {code!r} is not alpha-3")
        elif kind != "state" and re.match(r"^[A-Z]{3}$", code) and False:
            pass
        if code in by_code:
            errors.append(f"{where}: duplicate code {code} (first at {by_code[code][0]})")
        else:
            by_code[code] = (where, e)
        for k in ("names", "adjectives", "ambiguous_names", "context_names", "capital_names"):
            if k in e:
                v = e[k]
                if not isinstance(v, list) or not all(isinstance(x, str) and x.strip() for x in v):
                    errors.append(f"{where}: {k} must be a list of non-empty strings")
                    continue
                for x in v:
                    if x != x.strip() or "  " in x:
                        errors.append(f"{where}: {k}: untrimmed form {x!r}")
                seen = set()
                for x in v:
                    if x in seen:
                        warnings.append(f"{where}: {k}: form listed twice: {x!r}")
                    seen.add(x)
        for k in ("name", "name_ar", "affiliation", "home"):
            if k in e and not isinstance(e[k], str):
                errors.append(f"{where}: {k} must be a string")
        for k in ("from", "to"):
            if k in e and not (isinstance(e[k], str) and DATE.match(e[k])):
                errors.append(f"{where}: {k} is not YYYY-MM-DD: {e[k]!r}")
        if "from" in e and "to" in e and str(e["from"]) > str(e["to"]):
            errors.append(f"{where}: from > to")
        if kind == "person" and "affiliation" not in e:
            warnings.append(f"{where}: person {code} has no affiliation")

    # home states: a state of the gazetteer, for an entry that is no state and has ambiguous names
    for code, (where, e) in by_code.items():
        home = e.get("home")
        if home is None:
            continue
        if e.get("kind") == "state":
            errors.append(f"{where}: {code}: a state has no home")
        elif home not in by_code or by_code[home][1].get("kind") != "state":
            errors.append(f"{where}: {code}: home {home!r} is not a state's code")
        elif not e.get("ambiguous_names"):
            errors.append(f"{where}: {code}: home without ambiguous_names (it names nothing)")

    # affiliations
    for code, (where, e) in by_code.items():
        aff = e.get("affiliation")
        if aff is None:
            continue
        if aff == code:
            errors.append(f"{where}: {code} is affiliated to itself")
        elif aff not in by_code:
            errors.append(f"{where}: {code}: affiliation {aff!r} is not a known code")
        else:
            seen = {code}
            cur = aff
            while cur in by_code and "affiliation" in by_code[cur][1]:
                if cur in seen:
                    errors.append(f"{where}: affiliation cycle through {code}")
                    break
                seen.add(cur)
                cur = by_code[cur][1]["affiliation"]

    # a person's affiliation is a state, organisation or group, not another person
    for code, (where, e) in by_code.items():
        aff = e.get("affiliation")
        if e.get("kind") == "person" and aff in by_code and by_code[aff][1].get("kind") == "person":
            errors.append(f"{where}: person {code} is affiliated to another person ({aff})")

    # lines of one actor split by date (X, X_2, X_3 ...): dated, same kind, no overlap
    split_groups = defaultdict(list)
    for code in by_code:
        split_groups[base(code)].append(code)
    for b, codes in sorted(split_groups.items()):
        if len(codes) < 2 or b not in by_code:
            continue
        codes = sorted(codes)
        kinds = {by_code[c][1].get("kind") for c in codes}
        if len(kinds) > 1:
            errors.append(f"{by_code[codes[0]][0]}: split lines {', '.join(codes)} have different "
                          f"kinds {sorted(kinds)}")
        for c in codes:
            w, e = by_code[c]
            if "from" not in e and "to" not in e:
                errors.append(f"{w}: {c} is one of the split lines {', '.join(codes)} but has no "
                              "from/to date")
        for i, a in enumerate(codes):
            for c2 in codes[i + 1:]:
                if overlap(by_code[a][1], by_code[c2][1]):
                    errors.append(f"{by_code[c2][0]}: date ranges of {a} and {c2} overlap")

    # surface forms
    owners = defaultdict(set)  # normalised form -> codes (unconditional)
    origin = defaultdict(list)
    ambiguous = defaultdict(set)
    clitic_candidates = []
    for code, (where, e) in by_code.items():
        for x in e.get("names", []) if isinstance(e.get("names"), list) else []:
            n = norm(x)
            owners[n].add(code)
            origin[n].append(f"{code}:{x}")
            if is_arabic(x):
                clitic_candidates.append((where, x))
                if n in COMMON_WORDS:
                    errors.append(f"{where}: everyday word in names (use ambiguous_names): {x!r}")
            else:
                if " " not in x and n in COMMON_WORDS_EN:
                    errors.append(f"{where}: everyday English word or common surname in names "
                                  f"(use ambiguous_names): {x!r}")
                if re.match(r"^[A-Z][a-z]+[A-Z][A-Za-z]?$", x) and len(x) <= 4:
                    warnings.append(f"{where}: short mixed-case form {x!r} matches as a capitalised "
                                    "word (e.g. at the start of a sentence)")
        for a in e.get("adjectives", []) if isinstance(e.get("adjectives"), list) else []:
            for n in adjective_forms(a):
                owners[n].add(code)
                origin[n].append(f"{code}:adj {a}")
                if n in COMMON_WORDS and is_arabic(a):
                    errors.append(f"{where}: everyday word among adjectives: {a!r}")
        for x in e.get("ambiguous_names", []) if isinstance(e.get("ambiguous_names"), list) else []:
            ambiguous[norm(x)].add(code)
        for x in e.get("context_names", []) if isinstance(e.get("context_names"), list) else []:
            if e.get("kind") != "state" or len(x.split()) != 1 or x not in e.get("ambiguous_names", []):
                errors.append(f"{where}: context_names holds one-word ambiguous_names of a state: {x!r}")
        for x in e.get("capital_names", []) if isinstance(e.get("capital_names"), list) else []:
            if e.get("kind") != "state" or x not in e.get("ambiguous_names", []):
                errors.append(f"{where}: capital_names holds ambiguous_names of a state: {x!r}")

    # a listed Arabic form that is a clitic (و ف ب ل ك, or لل for ال) + another listed form
    for where, x in clitic_candidates:
        words = x.split()
        for variant in ([x[1:]] if x[0] in "وفبلك" else []) + (["ال" + x[2:]] if x.startswith("لل") else []):
            if len(variant) > 2 and norm(variant) in owners:
                warnings.append(f"{where}: {x!r} looks like a clitic form of {variant!r} "
                                "(the matcher strips clitics itself)")

    for n, codes in sorted(owners.items()):
        if len(codes) < 2:
            continue
        codes = sorted(codes)
        # date-split lines of one person may share forms if their ranges do not overlap: codes
        # with the same base (X, X_2), or persons of the same name under other codes (one man's
        # offices with different affiliations: KHATIB_ABDELILAH, KHATIB_ABDELILAH_JOR)
        bases = {base(c) for c in codes}
        names = {(by_code[c][1].get("kind"), by_code[c][1].get("name")) for c in codes}
        if len(bases) == 1 or (len(names) == 1 and next(iter(names))[0] == "person"):
            ok = True
            for i, a in enumerate(codes):
                for b in codes[i + 1:]:
                    if overlap(by_code[a][1], by_code[b][1]):
                        ok = False
            if ok:
                continue
        errors.append(f"surface form {n!r} maps to several codes: {', '.join(sorted(set(origin[n])))}")

    for n, codes in sorted(ambiguous.items()):
        other = owners.get(n, set()) - codes
        if other:
            warnings.append(f"form {n!r} is ambiguous for {sorted(codes)} but unconditional for "
                            f"{sorted(other)}")

    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("error:", e)
    total = sum(counts.values())
    summary = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
    print(f"{total} entries ({summary}); {len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
