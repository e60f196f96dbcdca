"""Helpers shared by the English peer-gold evaluations (wikievents_gold.py, petr_gold.py). Stdlib only.

- building / locating the graphctl binary and running `graphctl extract` on documents written to a
  temporary JSONL file (the gold is never copied into the repository);
- the gazetteer as data (`Sources/Graph/Resources/gazetteer`): affiliation chains of actor codes, and
  the re-implementation of the actor matcher in scripts/gazetteer/coverage.py, to tell whether a gold
  argument names an actor graphctl knows;
- English word normalisation for overlap of a predicted `source_text` / `target_text` with a gold
  mention.
"""

import json
import os
import re
import subprocess
import sys
import tempfile
from collections import defaultdict

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SHARED = os.path.join(ROOT, "..", "shared")
GAZETTEER = os.path.join(ROOT, "Sources", "Graph", "Resources", "gazetteer")

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(ROOT, "scripts", "gazetteer"))
import coverage as _coverage  # noqa: E402  (the matcher re-implementation, stdlib only)


# ---------------------------------------------------------------- graphctl


def graphctl_binary(arg):
    if arg:
        return arg
    subprocess.run(["swift", "build", "-c", "release"], cwd=ROOT, check=True, stdout=sys.stderr)
    bin_dir = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, check=True,
                             capture_output=True, text=True).stdout.strip()
    return os.path.join(bin_dir, "graphctl")


def run_graphctl(binary, docs, name="gold"):
    """docs: list of {"id", "text", optional "date"}. Returns {doc id: [relation, ...]}."""
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, f"{name}.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for d in docs:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
        try:
            proc = subprocess.run([binary, "extract", path], capture_output=True, text=True)
        except OSError as e:
            sys.exit(f"cannot run graphctl at {binary}: {e.strerror}")
        if proc.returncode != 0:
            sys.exit(f"graphctl extract failed ({proc.returncode}):\n{proc.stderr}")
    by_doc = defaultdict(list)
    for line in proc.stdout.splitlines():
        if line.strip():
            rel = json.loads(line)
            by_doc[rel["doc"]].append(rel)
    return by_doc


def commit_of_repo():
    try:
        return subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None


def active(rel, with_hyp=False):
    """A relation that counts as predicted: not negated, and not hypothetical unless with_hyp."""
    return not rel.get("negated") and (with_hyp or not rel.get("hypothetical"))


# ---------------------------------------------------------------- gazetteer


class Gazetteer:
    """The built-in actor dictionary: codes, affiliation chains, and the matcher of coverage.py."""

    def __init__(self, folder=GAZETTEER):
        self.entries = _coverage.load_gazetteer([folder])
        self.matcher = _coverage.Matcher(self.entries)

    def chain(self, code):
        """The code and every code it is affiliated to, transitively (person -> group -> state)."""
        out = []
        cur = code
        while cur and cur not in out:
            out.append(cur)
            cur = self.entries.get(cur, {}).get("affiliation")
        return out

    def codes_in(self, text):
        """Actor codes named in text (ambiguous forms excluded), each with its affiliation chain."""
        if re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", text.strip()):
            text = text.strip() + "."  # "U.S" as some releases cut it
        toks = _coverage.tokenize(text)
        out = set()
        for _, _, codes, form in self.matcher.mentions(toks):
            if form == "blocked":
                continue
            for c in codes:
                out.update(self.chain(c))
        return out

    def relation_side_codes(self, rel, side):
        """Codes of a predicted relation's source or target: the rolled-up code, the actor before
        roll-up, and their affiliation chains."""
        out = set()
        for key in (side, side + "_actor"):
            if rel.get(key):
                out.update(self.chain(rel[key]))
        return out


# ---------------------------------------------------------------- English words

PRONOUNS = {
    "i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours", "he", "him", "his", "she",
    "her", "hers", "it", "its", "they", "them", "their", "theirs", "who", "whom", "whose", "which", "that",
    "this", "these", "those", "one", "others", "someone", "anyone", "himself", "herself", "themselves",
    "itself", "ourselves",
}
FUNCTION_WORDS = {
    "the", "a", "an", "of", "and", "or", "in", "on", "at", "by", "to", "for", "from", "with", "as", "into",
    "s", "its", "their", "his", "her", "our", "than", "mr", "mrs", "ms", "dr", "de", "al", "el", "la",
}
# Heads that name no one by themselves: an overlap on them alone does not make two texts the same actor.
GENERIC = {
    "forces", "force", "army", "armies", "military", "militaries", "troops", "troop", "soldiers", "soldier",
    "government", "governments", "regime", "authorities", "authority", "officials", "official", "police",
    "policeman", "policemen", "officers", "officer", "militants", "militant", "fighters", "fighter",
    "rebels", "rebel", "insurgents", "insurgent", "gunmen", "gunman", "people", "civilians", "civilian",
    "group", "groups", "members", "member", "leaders", "leader", "president", "minister", "ministry",
    "security", "state", "states", "country", "countries", "nation", "nations", "men", "man", "women",
    "woman", "children", "administration", "party", "side", "sides", "coalition", "allies", "agency",
    "department", "office", "spokesman", "spokeswoman", "spokesperson", "commander", "commanders",
    "militia", "militias", "unit", "units", "service", "services", "intelligence", "national", "federal",
    "public", "general", "special", "local", "foreign", "international", "united", "islamic", "republic",
    "attackers", "attacker", "bomber", "bombers", "terrorists", "terrorist", "suspect", "suspects",
    "victims", "victim", "prosecutors", "prosecutor", "court", "staff", "workers", "students",
}
INITIALISM = re.compile(r"\b[A-Za-z](?:\.[A-Za-z])+\.?")
_NONWORD = re.compile(r"[^\w]|_", re.UNICODE)


def words(text):
    """Content words of an English text: lower-cased, dots of initialisms dropped (U.S. -> us),
    possessive 's dropped, function words and pronouns dropped, a plural -s stripped."""
    if not text:
        return set()
    t = text.replace("\u2019", "'")
    t = re.sub(r"'s\b", " ", t)
    t = INITIALISM.sub(lambda m: m.group(0).replace(".", ""), t)  # U.S. -> US
    out = set()
    for w in _NONWORD.sub(" ", t).split():
        lw = w.lower()
        if lw in FUNCTION_WORDS or (lw in PRONOUNS and w != "US") or len(lw) < 2:
            continue
        out.add(lw[:-1] if len(lw) > 3 and lw.endswith("s") and not lw.endswith("ss") else lw)
    return out


GENERIC_STEMS = {g[:-1] if len(g) > 3 and g.endswith("s") and not g.endswith("ss") else g for g in GENERIC}


def name_overlap(a, b):
    """Two word sets share a word that is not a generic head."""
    return bool((a & b) - GENERIC_STEMS)


def is_pronoun(text):
    return text.strip().lower() in PRONOUNS and text.strip() != "US"


def ratio(a, b):
    return round(a / b, 4) if b else None


def fmt(x):
    return "  -  " if x is None else f"{x:.3f}"


def prf(tp, fp, fn):
    return {"tp": tp, "fp": fp, "fn": fn, "precision": ratio(tp, tp + fp), "recall": ratio(tp, tp + fn)}
