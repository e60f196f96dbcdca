#!/usr/bin/env python3
"""Evaluate `graphctl extract` on English documents against WikiEvents v1.0 event arguments.

Data (read-only, never copied into the repository): <gold-dir>/dev.jsonl and test.jsonl, WikiEvents v1.0
(KAIROS ontology) as published with raspberryice/gen-arg (MIT; the article text belongs to its
publishers). Each document has its sentences (token lists and text), entity mentions (head spans,
token offsets) and event mentions with typed arguments pointing at entity mentions. The default
<gold-dir> is ../shared/corpus/events/wikievents relative to the repository root.

Held-out documents. ../shared/corpus/holdout.txt lists articles kept for measurement. A WikiEvents
document is left out entirely -- never written to graphctl's input -- when its id, or
"en-wikievents-" + its id, is listed there, or when its text (whitespace collapsed) equals or contains
the text of a held-out article of ../shared/corpus/news-en.jsonl (or is contained in it). The ids left
out are reported.

Input to graphctl. The release's `text` field lost the space between many sentences ("...Afghanistan
KANDAHAR" is "AfghanistanKANDAHAR") and its token character offsets do not line up with it, so each
document is given to graphctl as the gold's own sentences, one per line ({"id": "<split>/<doc id>",
"text": sentence 1 + "\\n" + sentence 2 ...}, no date). A relation's `span` start then tells the gold
sentence it comes from.

Mapping (rows of the report; an event type matches by prefix):
  strikes  attack         Conflict.Attack.*: Attacker -> Target
  strikes  attack+harm    also Life.Die: Killer -> Victim, Life.Injure: Injurer -> Victim
  opposes  coerce         Contact.ThreatenCoerce.*: Communicator -> Recipient;
                          Conflict.Demonstrate.*: Demonstrator -> Target
  opposes  coerce+justice also Justice.ArrestJailDetain: Jailer -> Detainee; Justice.ChargeIndict:
                          Prosecutor/JudgeCourt -> Defendant; Justice.Convict/Sentence/TrialHearing:
                          JudgeCourt/Prosecutor -> Defendant (our lexicon files arrest, indict,
                          prosecute and sanction under opposes)
  negotiates-with contact Contact.Contact.Meet/Correspondence/Unspecified with at least two
                          participants that are different entities (symmetric; one-participant
                          "X said" events are statements, not contacts between two parties)
Contact.Contact.Broadcast, Contact.RequestCommand, Transaction, Movement and the other types have no
counterpart among our relations and are not scored.

Levels
------
Predicted = a relation of the row's type with negated == false and hypothetical == false (the
"+hyp" sentence figures also count hypothetical ones).
1. Document: a document is gold-positive if it has a mapped event, predicted-positive if it has a
   predicted relation. Document pairs: gold pairs are (source entity, target entity) of the mapped
   events that have both roles filled (entities = coreference clusters, see below); predicted pairs are
   the distinct (source, target) codes of the predicted relations (unordered for negotiates-with). A
   predicted pair is correct if one of its relations matches the two entities of a gold pair (anywhere
   in the document); P over predicted pairs, R over gold pairs.
2. Sentence: gold-positive sentences hold the trigger of a mapped event; predicted-positive sentences
   hold a predicted relation. "R complete" is the recall over sentences with a mapped event that has
   both roles filled.
3. Argument: a predicted relation is correct if a mapped event whose trigger is in the relation's
   sentence has a source argument matched by the relation's source and a target argument matched by its
   target (for negotiates-with: two participants of different entities, either order). P is over all
   predicted relations; "P evs" only over those in sentences with a mapped event that has both roles.
   R is over mapped events with both roles filled; srcR / tgtR are one-sided recalls over events with
   that role filled (some predicted relation in the trigger sentence matches the role).

Argument match. WikiEvents mentions are heads ("Afghan <soldiers>", "Russian <military>"), so a
mention is extended over the words that say whose it is: leftwards over up to two role modifiers
(security, military, foot, ...) preceded by a run of capitalised words ("U.S. officials",
"NATO-Afghanistan foot patrol", "IRA's Belfast brigade"; nothing is added if no capitalised word
precedes), and rightwards over an "of" phrase that holds a capitalised word ("members of the Afghan
security forces"). A predicted side matches a
mention if (a) the actor codes the gazetteer finds in the extended mention (with their affiliation
chains; the matcher of scripts/gazetteer/coverage.py) meet the relation's codes (source/target,
source_actor/target_actor and their affiliation chains), or (b) its text shares a content word with
the extended mention that is not a generic head (forces, government, militants, people ... do not count;
case folded, initialisms without dots, plural -s stripped). An argument is matched if any mention of
its entity is. Pronoun mentions match nothing by text.

Coreference. The WikiEvents release has coreference clusters in coref/<split>.jsonlines, which the
shared snapshot does not hold. With --coref DIR (or <gold-dir>/coref when present) they are used;
otherwise mentions are clustered by name only: same words, or, for capitalised names of one entity type,
one's words contained in the other's (Tsarnaev ~ Dzhokhar Tsarnaev). Pronouns stay alone, so an argument
given only as "he" or "they" cannot be matched without the clusters.

Kinds of gold arguments. For the error analysis each argument entity of a mapped event is a *known
actor* (the gazetteer names an actor in one of its extended mentions), *pronoun only*, a *name not in
gazetteer* (a capitalised word that is not a generic head: a person, a place, an unlisted group) or a
*common noun* (militants, people, a building). Misses and false positives are sorted into causes from
these and from the relations graphctl gave in the sentence (see fp_cause and miss_cause).

Usage:
  python3 scripts/eval/wikievents_gold.py [--graphctl BIN] [--gold-dir DIR] [--coref DIR] [--json]
                                          [--show-errors N]
Without --graphctl the package is built with `swift build -c release`.
"""

import argparse
import json
import os
import re
import sys
from bisect import bisect_right
from collections import Counter, defaultdict

sys.dont_write_bytecode = True  # nothing written into the repository
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import evalcommon as ec  # noqa: E402

DEFAULT_GOLD = os.path.join(ec.SHARED, "corpus", "events", "wikievents")
SPLITS = ("dev", "test")

JUSTICE_AGENTS = ("JudgeCourt", "Prosecutor")
ATTACK = {"Conflict.Attack": (("Attacker",), ("Target",))}
HARM = {"Life.Die": (("Killer",), ("Victim",)), "Life.Injure": (("Injurer",), ("Victim",))}
COERCE = {"Contact.ThreatenCoerce": (("Communicator",), ("Recipient",)),
          "Conflict.Demonstrate": (("Demonstrator",), ("Target",))}
JUSTICE = {"Justice.ArrestJailDetain": (("Jailer",), ("Detainee",)),
           "Justice.ChargeIndict": (("Prosecutor", "JudgeCourt"), ("Defendant",)),
           "Justice.Convict": (JUSTICE_AGENTS, ("Defendant",)),
           "Justice.Sentence": (JUSTICE_AGENTS, ("Defendant",)),
           "Justice.TrialHearing": (JUSTICE_AGENTS, ("Defendant",))}
CONTACT = {"Contact.Contact.Meet": (("Participant",), ("Participant",)),
           "Contact.Contact.Correspondence": (("Participant",), ("Participant",)),
           "Contact.Contact.Unspecified": (("Participant",), ("Participant",))}
ROWS = (
    {"name": "attack", "relation": "strikes", "events": ATTACK, "symmetric": False},
    {"name": "attack+harm", "relation": "strikes", "events": {**ATTACK, **HARM}, "symmetric": False},
    {"name": "coerce", "relation": "opposes", "events": COERCE, "symmetric": False},
    {"name": "coerce+justice", "relation": "opposes", "events": {**COERCE, **JUSTICE}, "symmetric": False},
    {"name": "contact", "relation": "negotiates-with", "events": CONTACT, "symmetric": True},
)

MODIFIERS = ec.GENERIC | {
    "foot", "armed", "naval", "air", "defense", "defence", "peacekeeping", "opposition", "border", "pro",
    "regime", "senior", "top", "elite", "ruling", "news", "state", "provincial", "tribal", "paramilitary",
}
CAP_STOP = {"all", "some", "many", "several", "both", "each", "every", "no", "most", "other", "another",
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds",
            "but", "when", "while", "after", "before", "if", "then", "also", "yet", "so", "since", "there"}
JOINERS = {"-", "'", "\u2019", "s", ".", "&"}


# ---------------------------------------------------------------- gold


def norm_ws(text):
    return " ".join(text.split())


def holdout_filter(shared):
    """(held-out ids, held-out texts with whitespace collapsed)."""
    ids, texts = set(), []
    hold_path = os.path.join(shared, "corpus", "holdout.txt")
    if os.path.exists(hold_path):
        with open(hold_path, encoding="utf-8") as f:
            ids = {line.strip() for line in f if line.strip() and not line.startswith("#")}
    news_path = os.path.join(shared, "corpus", "news-en.jsonl")
    if os.path.exists(news_path):
        with open(news_path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    n = json.loads(line)
                    if n.get("id") in ids and n.get("text"):
                        texts.append(norm_ws(n["text"]))
    return ids, texts


def is_held_out(doc, hold_ids, hold_texts):
    if doc["doc_id"] in hold_ids or "en-wikievents-" + doc["doc_id"] in hold_ids:
        return True
    t = norm_ws(doc["text"])
    joined = norm_ws(" ".join(s[1] for s in doc["sentences"]))
    for h in hold_texts:
        for x in (t, joined):
            if x == h or (len(h) > 200 and (h in x or x in h)):
                return True
    return False


def locate_tokens(toks, text):
    """Character (start, end) of each token in the sentence text, found left to right (None where a
    token is not found: the release's token offsets do not line up with its text, so they are not used)."""
    out, pos = [], 0
    for t in toks:
        i = text.find(t, pos)
        if i < 0 or i - pos > 20:
            out.append(None)
            continue
        out.append((i, i + len(t)))
        pos = i + len(t)
    return out


CAP_WORD = r"[A-Z][\w.'\u2019&-]*"
_LEFT = re.compile(r"((?:" + CAP_WORD + r"[\s-]+)+)((?:[a-z]+\s+){0,2})$")
_RIGHT = re.compile(r"^\s+of\s+(?:the\s+)?")
_WORD = re.compile(r"[\w.'\u2019&-]+")


def _cap_word_ok(w):
    w = re.sub(r"['\u2019]s$", "", w)
    return w.lower() not in ec.FUNCTION_WORDS and w.lower() not in ec.PRONOUNS and w.lower() not in CAP_STOP


def extend_mention(text, a, b):
    """(start, end) of the mention text[a:b] extended over the words that say whose it is: to the left up to
    two role modifiers preceded by a run of capitalised words ("Afghan security <forces>", "U.S.
    <officials>", "NATO-Afghanistan foot <patrol>"); to the right an "of" phrase holding a capitalised word
    ("<members> of the Afghan security forces"). Nothing is added where no capitalised word is found."""
    left = _LEFT.search(text[:a])
    if left:
        mods = left.group(2).split()
        if all(m in MODIFIERS for m in mods):
            run_start = left.start(1)
            words_ = [(m.start() + run_start, m.group(0)) for m in re.finditer(r"\S+", left.group(1))]
            first = None
            for pos, w in reversed(words_):  # from the mention leftwards, up to a word that ends the run
                bare = w.rstrip("-")
                if not _cap_word_ok(bare) or (bare.endswith(".") and not ec.INITIALISM.fullmatch(bare)):
                    break
                first = pos
            if first is not None:
                a = first
    right = _RIGHT.match(text[b:])
    if right:
        pos, end, n = b + right.end(), None, 0
        while n < 5:
            m = _WORD.match(text, pos)
            if not m:
                break
            w = m.group(0).rstrip(".,")
            if w[:1].isupper() and _cap_word_ok(w):
                end = m.start() + len(w)
            elif w in MODIFIERS:
                if end is not None:
                    end = m.start() + len(w)
            else:
                break
            n += 1
            pos = m.start() + len(w)
            while pos < len(text) and text[pos] == " ":
                pos += 1
        if end is not None:
            b = end
    return a, b


class Doc:
    def __init__(self, split, raw, gaz, coref_clusters):
        self.split = split
        self.raw_id = raw["doc_id"]
        self.id = f"{split}/{raw['doc_id']}"
        self.sents = [[t[0] for t in s[0]] for s in raw["sentences"]]
        self.sent_texts = [s[1] for s in raw["sentences"]]
        self.text = "\n".join(self.sent_texts)
        self.line_starts = []
        pos = 0
        for s in self.sent_texts:
            self.line_starts.append(pos)
            pos += len(s) + 1
        tok2 = []
        self.tok_chars = []  # per sentence: (start, end) of each token in the sentence text
        for k, toks in enumerate(self.sents):
            for i in range(len(toks)):
                tok2.append((k, i))
            self.tok_chars.append(locate_tokens(toks, self.sent_texts[k]))
        self.mentions = {}
        for m in raw["entity_mentions"]:
            k, i0 = tok2[m["start"]]
            _, i1 = tok2[m["end"] - 1]
            toks = self.sents[k]
            pron = ec.is_pronoun(m["text"])
            chars = self.tok_chars[k]
            ext = m["text"]
            if not pron and chars[i0] and chars[i1]:
                a, b = extend_mention(self.sent_texts[k], chars[i0][0], chars[i1][1])
                ext = self.sent_texts[k][a:b]
            self.mentions[m["id"]] = {
                "id": m["id"], "sent": k, "text": m["text"], "type": m["entity_type"], "ext": ext,
                "pronoun": pron, "words": set() if pron else ec.words(ext),
                "codes": set() if pron else gaz.codes_in(ext)}
        self.cluster_of = self._clusters(coref_clusters)
        self.members = defaultdict(list)
        for mid, c in self.cluster_of.items():
            self.members[c].append(self.mentions[mid])
        self.events = []
        for ev in raw["event_mentions"]:
            self.events.append({"id": ev["id"], "type": ev["event_type"], "sent": ev["trigger"]["sent_idx"],
                                "trigger": ev["trigger"]["text"],
                                "args": [(a["role"], a["entity_id"]) for a in ev["arguments"]
                                         if a["entity_id"] in self.mentions]})

    def _clusters(self, coref_clusters):
        ids = list(self.mentions)
        parent = {i: i for i in ids}

        def find(i):
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        def union(a, b):
            parent[find(a)] = find(b)

        if coref_clusters is not None:
            for cl in coref_clusters:
                cl = [c for c in cl if c in parent]
                for c in cl[1:]:
                    union(cl[0], c)
        else:
            named = [self.mentions[i] for i in ids if not self.mentions[i]["pronoun"]]
            by_words = defaultdict(list)
            for m in named:
                own = ec.words(m["text"])
                if own - ec.GENERIC_STEMS:
                    by_words[frozenset(own)].append(m["id"])
            for group in by_words.values():
                for c in group[1:]:
                    union(group[0], c)
            caps = [(m, frozenset(ec.words(m["text"]))) for m in named
                    if any(w[:1].isupper() for w in m["text"].split())]
            for a, wa in caps:
                for b, wb in caps:
                    if a is not b and a["type"] == b["type"] and wa and wa < wb and (wa - ec.GENERIC_STEMS):
                        union(a["id"], b["id"])
        return {i: find(i) for i in ids}

    def sentence_of(self, rel):
        return bisect_right(self.line_starts, rel["span"][0]) - 1

    def cluster_mentions(self, mention_id):
        return self.members[self.cluster_of[mention_id]]

    def known(self, mention_id):
        return any(m["codes"] for m in self.cluster_mentions(mention_id))

    def kind(self, mention_id):
        """What an argument's entity is, as far as graphctl can know it: 'known actor' (the gazetteer names
        an actor in one of its mentions), 'pronoun only', 'name not in gazetteer' (a capitalised word that
        is not a generic head) or 'common noun' (militants, people, a building ...)."""
        ms = self.cluster_mentions(mention_id)
        if any(m["codes"] for m in ms):
            return "known actor"
        if all(m["pronoun"] for m in ms):
            return "pronoun only"
        for m in ms:
            if m["pronoun"]:
                continue
            for w in re.findall(r"[\w.'\u2019-]+", m["ext"]):
                if w[:1].isupper() and _cap_word_ok(w) and (ec.words(w) - ec.GENERIC_STEMS):
                    return "name not in gazetteer"
        return "common noun"

    def describe(self, mention_id):
        m = self.mentions[mention_id]
        others = sorted({x["ext"] for x in self.cluster_mentions(mention_id) if x["id"] != mention_id
                         and not x["pronoun"]})
        extra = f" ~ {'; '.join(others[:3])}" if others else ""
        return f"{m['ext']}{' (pronoun)' if m['pronoun'] else ''}{extra}"


def load_coref(coref_dir, split):
    if not coref_dir:
        return None
    path = os.path.join(coref_dir, f"{split}.jsonlines")
    if not os.path.exists(path):
        return None
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                out[r["doc_key"]] = r["clusters"]
    return out


def read_gold(gold_dir, coref_dir, gaz, shared):
    hold_ids, hold_texts = holdout_filter(shared)
    docs, held_out = [], []
    for split in SPLITS:
        coref = load_coref(coref_dir, split)
        with open(os.path.join(gold_dir, f"{split}.jsonl"), encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                raw = json.loads(line)
                if is_held_out(raw, hold_ids, hold_texts):
                    held_out.append(f"{split}/{raw['doc_id']}")
                    continue
                clusters = coref.get(raw["doc_id"], []) if coref is not None else None
                docs.append(Doc(split, raw, gaz, clusters))
    return docs, held_out, coref_dir is not None and os.path.isdir(coref_dir)


# ---------------------------------------------------------------- matching


class Side:
    """One side of a predicted relation: its words and its actor codes."""

    def __init__(self, rel, side, gaz):
        self.text = rel.get(side + "_text", "") or ""
        self.words = ec.words(self.text)
        self.codes = gaz.relation_side_codes(rel, side)

    def matches_mention(self, m):
        if m["pronoun"]:
            return False
        return bool(self.codes & m["codes"]) or ec.name_overlap(self.words, m["words"])

    def matches_entity(self, doc, mention_id):
        return any(self.matches_mention(m) for m in doc.cluster_mentions(mention_id))


def row_roles(row, event_type):
    for prefix, roles in row["events"].items():
        if event_type.startswith(prefix):
            return roles
    return None


def mapped_events(doc, row):
    """[(event, source mention ids, target mention ids)] of the row; for the symmetric row only events
    with two participants of different entities."""
    out = []
    for ev in doc.events:
        roles = row_roles(row, ev["type"])
        if roles is None:
            continue
        src = [mid for r, mid in ev["args"] if r in roles[0]]
        tgt = [mid for r, mid in ev["args"] if r in roles[1]]
        if row["symmetric"] and len({doc.cluster_of[m] for m in src}) < 2:
            continue
        out.append((ev, src, tgt))
    return out


def complete(doc, row, item):
    _, src, tgt = item
    if row["symmetric"]:
        return len({doc.cluster_of[m] for m in src}) >= 2
    return bool(src) and bool(tgt)


def rel_matches_event(doc, row, s, t, item):
    _, src, tgt = item
    if row["symmetric"]:
        return any(doc.cluster_of[a] != doc.cluster_of[b] and s.matches_entity(doc, a) and t.matches_entity(doc, b)
                   for a in src for b in src)
    return any(s.matches_entity(doc, a) for a in src) and any(t.matches_entity(doc, b) for b in tgt)


NON_PARTICIPANT_ROLES = {"Place", "Instrument", "ExplosiveDevice", "Topic", "Vehicle", "Origin", "Destination",
                         "Artifact", "PassengerArtifact", "AcquiredEntity", "PaymentBarter", "Position", "CrashObject"}


def rel_matches_any_args(doc, s, t, ev):
    """Both sides of the relation match participants (not places, instruments ...; different entities) of
    event ev."""
    args = [mid for role, mid in ev["args"] if role not in NON_PARTICIPANT_ROLES]
    return any(doc.cluster_of[a] != doc.cluster_of[b] and s.matches_entity(doc, a) and t.matches_entity(doc, b)
               for a in args for b in args)


# ---------------------------------------------------------------- scoring


def score_row(row, docs, rels_by_doc, gaz, show_errors):
    rel_type = row["relation"]
    res = {"row": row["name"], "relation": rel_type, "event_types": sorted(row["events"])}
    sent_gold, sent_gold_complete, sent_pred, sent_pred_hyp = set(), set(), set(), set()
    doc_gold, doc_pred = set(), set()
    arg = Counter()
    fp_causes, miss_causes = Counter(), Counter()
    kinds = {"source": Counter(), "target": Counter()}
    fp_examples, miss_examples = defaultdict(list), defaultdict(list)
    pair_pred = pair_pred_ok = pair_gold = pair_gold_found = 0

    for doc in docs:
        items = mapped_events(doc, row)
        rels = rels_by_doc.get(doc.id, [])
        typed = [r for r in rels if r["relation"] == rel_type]
        preds = [(r, doc.sentence_of(r), Side(r, "source", gaz), Side(r, "target", gaz))
                 for r in typed if ec.active(r)]
        others = [(r, doc.sentence_of(r), Side(r, "source", gaz), Side(r, "target", gaz))
                  for r in rels if r["relation"] != rel_type and ec.active(r)]
        for it in items:
            sent_gold.add((doc.id, it[0]["sent"]))
            if complete(doc, row, it):
                sent_gold_complete.add((doc.id, it[0]["sent"]))
        for r in typed:
            if ec.active(r, with_hyp=True):
                sent_pred_hyp.add((doc.id, doc.sentence_of(r)))
        for _, k, _, _ in preds:
            sent_pred.add((doc.id, k))
        if items:
            doc_gold.add(doc.id)
        if preds:
            doc_pred.add(doc.id)

        full = [it for it in items if complete(doc, row, it)]
        by_sent = defaultdict(list)
        for it in items:
            by_sent[it[0]["sent"]].append(it)
        full_sents = {it[0]["sent"] for it in full}

        # argument level: predicted relations
        for r, k, s, t in preds:
            arg["predicted"] += 1
            in_ev = k in full_sents
            arg["predicted_in_event_sentences"] += in_ev
            here = [it for it in by_sent.get(k, []) if complete(doc, row, it)]
            if any(rel_matches_event(doc, row, s, t, it) for it in here):
                arg["correct"] += 1
                arg["correct_in_event_sentences"] += in_ev
                continue
            cause = fp_cause(doc, row, s, t, k, by_sent.get(k, []))
            fp_causes[cause] += 1
            fp_examples[cause].append((doc, r, k))

        # argument level: gold events with both roles
        for it in full:
            ev, src, tgt = it
            k = ev["sent"]
            arg["gold_events"] += 1
            here = [(s, t) for r, kk, s, t in preds if kk == k]
            found = any(rel_matches_event(doc, row, s, t, it) for s, t in here)
            arg["found"] += found
            src_known = any(doc.known(m) for m in src)
            tgt_known = any(doc.known(m) for m in (src if row["symmetric"] else tgt))
            if row["symmetric"]:
                both_known = sum(1 for c in {doc.cluster_of[m] for m in src}
                                 if any(doc.known(m) for m in src if doc.cluster_of[m] == c)) >= 2
            else:
                both_known = src_known and tgt_known
            arg["gold_events_both_known"] += both_known
            arg["found_both_known"] += found and both_known
            if not found:
                cause = miss_cause(doc, row, it, k, here, others, src_known, tgt_known, both_known)
                miss_causes[cause] += 1
                miss_examples[cause].append((doc, it))
        # one-sided recall, and what the gold arguments are
        for it in items:
            ev, src, tgt = it
            for role, ids in (("source", src), ("target", [] if row["symmetric"] else tgt)):
                for c in {doc.cluster_of[m]: m for m in ids}.values():
                    kinds[role][doc.kind(c)] += 1
            here = [(s, t) for r, kk, s, t in preds if kk == ev["sent"]]
            if src:
                arg["gold_sources"] += 1
                arg["sources_found"] += any(s.matches_entity(doc, m) for s, _ in here for m in src)
            if tgt and not row["symmetric"]:
                arg["gold_targets"] += 1
                arg["targets_found"] += any(t.matches_entity(doc, m) for _, t in here for m in tgt)

        # document pairs
        gold_pairs = set()
        for ev, src, tgt in full:
            if row["symmetric"]:
                for a in src:
                    for b in src:
                        ca, cb = doc.cluster_of[a], doc.cluster_of[b]
                        if ca < cb:
                            gold_pairs.add((ca, cb, a, b))
            else:
                for a in src:
                    for b in tgt:
                        if doc.cluster_of[a] != doc.cluster_of[b]:
                            gold_pairs.add((doc.cluster_of[a], doc.cluster_of[b], a, b))
        gp = {}
        for ca, cb, a, b in gold_pairs:
            gp.setdefault((ca, cb), (a, b))
        pp = defaultdict(list)
        for r, k, s, t in preds:
            key = tuple(sorted((r["source"], r["target"]))) if row["symmetric"] else (r["source"], r["target"])
            pp[key].append((s, t))

        def pair_match(sides, a, b):
            return any((s.matches_entity(doc, a) and t.matches_entity(doc, b))
                       or (row["symmetric"] and s.matches_entity(doc, b) and t.matches_entity(doc, a))
                       for s, t in sides)

        pair_pred += len(pp)
        pair_pred_ok += sum(1 for sides in pp.values() if any(pair_match(sides, a, b) for a, b in gp.values()))
        pair_gold += len(gp)
        pair_gold_found += sum(1 for a, b in gp.values() if any(pair_match(sides, a, b) for sides in pp.values()))

    def sent_prf(pred, gold):
        return ec.prf(len(pred & gold), len(pred - gold), len(gold - pred))

    res["documents"] = {"documents": len(docs), **sent_prf(doc_pred, doc_gold)}
    res["document_pairs"] = {"predicted_pairs": pair_pred, "correct": pair_pred_ok, "gold_pairs": pair_gold,
                             "found": pair_gold_found, "precision": ec.ratio(pair_pred_ok, pair_pred),
                             "recall": ec.ratio(pair_gold_found, pair_gold)}
    res["sentence"] = sent_prf(sent_pred, sent_gold)
    res["sentence"]["recall_complete"] = ec.ratio(len(sent_pred & sent_gold_complete), len(sent_gold_complete))
    res["sentence"]["gold_sentences_complete"] = len(sent_gold_complete)
    res["sentence_incl_hypothetical"] = sent_prf(sent_pred_hyp, sent_gold)
    a = dict(arg)
    for key in ("predicted", "predicted_in_event_sentences", "correct", "correct_in_event_sentences",
                "gold_events", "found", "gold_events_both_known", "found_both_known", "gold_sources",
                "sources_found", "gold_targets", "targets_found"):
        a.setdefault(key, 0)
    a["precision"] = ec.ratio(a["correct"], a["predicted"])
    a["precision_in_event_sentences"] = ec.ratio(a["correct_in_event_sentences"], a["predicted_in_event_sentences"])
    a["recall"] = ec.ratio(a["found"], a["gold_events"])
    a["recall_both_known"] = ec.ratio(a["found_both_known"], a["gold_events_both_known"])
    a["source_recall"] = ec.ratio(a["sources_found"], a["gold_sources"])
    a["target_recall"] = ec.ratio(a["targets_found"], a["gold_targets"])
    res["argument"] = a
    res["gold_argument_kinds"] = {k: dict(v.most_common()) for k, v in kinds.items()}
    res["false_positive_causes"] = dict(fp_causes.most_common())
    res["miss_causes"] = dict(miss_causes.most_common())
    errors = {"fp": fp_examples, "miss": miss_examples} if show_errors else None
    return res, errors


def fp_cause(doc, row, s, t, k, items_here):
    full_here = [it for it in items_here if complete(doc, row, it)]
    if not row["symmetric"]:
        if any(rel_matches_event(doc, row, t, s, it) for it in full_here):
            return "source and target reversed"
    for ev in doc.events:
        if ev["sent"] == k and row_roles(row, ev["type"]) is None and rel_matches_any_args(doc, s, t, ev):
            return "arguments of an unmapped event type (" + ".".join(ev["type"].split(".")[:2]) + ")"
    if not items_here:
        return "no mapped event in the sentence"
    if not full_here:
        return "mapped event in the sentence lacks a role"
    src_ok = any(s.matches_entity(doc, m) for _, src, _ in full_here for m in src)
    tgt_pool = [m for _, src, tgt in full_here for m in (src if row["symmetric"] else tgt)]
    tgt_ok = any(t.matches_entity(doc, m) for m in tgt_pool)
    if src_ok and not tgt_ok:
        return "target not a gold argument"
    if tgt_ok and not src_ok:
        return "source not a gold argument"
    if src_ok and tgt_ok:
        return "both sides gold arguments, of different events"
    return "neither side a gold argument"


def miss_cause(doc, row, it, k, here, others, src_known, tgt_known, both_known):
    if here:
        return "relation of the type in the sentence, other arguments"
    for r, kk, s, t in others:
        if kk == k and (rel_matches_event(doc, row, s, t, it) or rel_matches_event(doc, row, t, s, it)):
            return "found as another relation type (" + r["relation"] + ")"
    if both_known:
        return "both arguments known actors, no relation"
    if row["symmetric"]:
        return "fewer than two participants are known actors"
    if not src_known and not tgt_known:
        return "neither argument a known actor"
    return "source not a known actor" if not src_known else "target not a known actor"


# ---------------------------------------------------------------- output


def print_table(results, meta):
    print(f"graphctl vs WikiEvents (English)  graphctl={meta['graphctl']}  commit={meta['commit']}")
    print(f"documents {meta['documents']} ({meta['sentences']} sentences); held out, not run: "
          f"{', '.join(meta['held_out']) or 'none'}; coreference: {meta['coreference']}")
    print("predicted = relation of the type, not negated, not hypothetical\n")
    print("document level (detection; pairs of source/target entities anywhere in the document)")
    print(f"{'row':<30}{'docs+':>6}{'TP':>4}{'FP':>4}{'FN':>4}{'P':>7}{'R':>7}   "
          f"{'pairs':>5}{'pred':>5}{'ok':>4}{'P':>7}{'found':>6}{'R':>7}")
    for r in results:
        d, p = r["documents"], r["document_pairs"]
        print(f"{r['relation'] + ' / ' + r['row']:<30}{d['tp'] + d['fn']:>6}{d['tp']:>4}{d['fp']:>4}{d['fn']:>4}"
              f"{ec.fmt(d['precision']):>7}{ec.fmt(d['recall']):>7}   {p['gold_pairs']:>5}{p['predicted_pairs']:>5}"
              f"{p['correct']:>4}{ec.fmt(p['precision']):>7}{p['found']:>6}{ec.fmt(p['recall']):>7}")
    print("\nsentence level (gold = sentence holds a mapped trigger)")
    print(f"{'row':<30}{'gold':>5}{'TP':>5}{'FP':>5}{'FN':>5}{'P':>7}{'R':>7}{'Rcompl':>9}{'P+hyp':>7}{'R+hyp':>7}")
    for r in results:
        s, h = r["sentence"], r["sentence_incl_hypothetical"]
        print(f"{r['relation'] + ' / ' + r['row']:<30}{s['tp'] + s['fn']:>5}{s['tp']:>5}{s['fp']:>5}{s['fn']:>5}"
              f"{ec.fmt(s['precision']):>7}{ec.fmt(s['recall']):>7}"
              f"{ec.fmt(s['recall_complete']) + '/' + str(s['gold_sentences_complete']):>9}"
              f"{ec.fmt(h['precision']):>7}{ec.fmt(h['recall']):>7}")
    print("\nargument level (same sentence; source and target match the gold roles)")
    print(f"{'row':<30}{'pred':>5}{'ok':>4}{'P':>7}{'Pevs':>7}{'events':>7}{'found':>6}{'R':>7}"
          f"{'known':>6}{'Rknown':>7}{'srcR':>11}{'tgtR':>11}")
    for r in results:
        a = r["argument"]
        print(f"{r['relation'] + ' / ' + r['row']:<30}{a['predicted']:>5}{a['correct']:>4}{ec.fmt(a['precision']):>7}"
              f"{ec.fmt(a['precision_in_event_sentences']):>7}{a['gold_events']:>7}{a['found']:>6}"
              f"{ec.fmt(a['recall']):>7}{a['gold_events_both_known']:>6}{ec.fmt(a['recall_both_known']):>7}"
              f"{ec.fmt(a['source_recall']) + '/' + str(a['gold_sources']):>11}"
              f"{ec.fmt(a['target_recall']) + '/' + str(a['gold_targets']):>11}")
    print("\ncauses (argument level) and what the gold arguments of the mapped events are (one per entity and event)")
    for r in results:
        print(f"  {r['relation']} / {r['row']}")
        print(f"    gold sources:    {r['gold_argument_kinds']['source']}")
        print(f"    gold targets:    {r['gold_argument_kinds']['target']}")
        print(f"    false positives: {r['false_positive_causes']}")
        print(f"    misses:          {r['miss_causes']}")


def rel_line(r):
    flags = "".join(f" [{k}]" for k in ("negated", "hypothetical") if r.get(k))
    return (f"    {r['relation']} {r['source']}({r.get('source_text', '')}) -> "
            f"{r['target']}({r.get('target_text', '')}) cue={r['cue']} rule={r['rule']}{flags}")


def print_errors(row, errors, rels_by_doc, n):
    name = f"{row['relation']} / {row['name']}"
    for cause, items in sorted(errors["fp"].items(), key=lambda x: -len(x[1])):
        print(f"\n=== {name}: false positive, {cause} ({len(items)}; {min(n, len(items))} shown)")
        for doc, r, k in items[:n]:
            print(f"[{doc.id} s{k}] {doc.sent_texts[k]}")
            print(rel_line(r))
            for ev in doc.events:
                if ev["sent"] == k:
                    args = "; ".join(f"{role}={doc.describe(mid)}" for role, mid in ev["args"])
                    print(f"    gold {ev['type']} '{ev['trigger']}': {args}")
    for cause, items in sorted(errors["miss"].items(), key=lambda x: -len(x[1])):
        print(f"\n=== {name}: miss, {cause} ({len(items)}; {min(n, len(items))} shown)")
        for doc, (ev, src, tgt) in items[:n]:
            k = ev["sent"]
            print(f"[{doc.id} s{k}] {doc.sent_texts[k]}")
            args = "; ".join(f"{role}={doc.describe(mid)}{' [known]' if doc.known(mid) else ''}"
                             for role, mid in ev["args"])
            print(f"    gold {ev['type']} '{ev['trigger']}': {args}")
            for r in rels_by_doc.get(doc.id, []):
                if doc.sentence_of(r) == k:
                    print(rel_line(r))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--graphctl", help="path of the graphctl binary (default: build with swift build -c release)")
    ap.add_argument("--gold-dir", default=DEFAULT_GOLD,
                    help="folder of WikiEvents dev/test.jsonl (default: %(default)s)")
    ap.add_argument("--coref", help="folder of WikiEvents coreference files <split>.jsonlines "
                                    "(default: <gold-dir>/coref when present; else clusters by name)")
    ap.add_argument("--shared", default=ec.SHARED,
                    help="shared folder holding corpus/holdout.txt and news-en.jsonl (default: %(default)s)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--show-errors", type=int, default=0, metavar="N",
                    help="print up to N false positives and misses per row and cause")
    args = ap.parse_args()
    if not os.path.exists(os.path.join(args.gold_dir, "dev.jsonl")):
        sys.exit(f"wikievents_gold: {args.gold_dir}/dev.jsonl not found")
    coref_dir = args.coref or os.path.join(args.gold_dir, "coref")
    if not os.path.isdir(coref_dir):
        if args.coref:
            sys.exit(f"wikievents_gold: --coref {args.coref} is not a folder")
        coref_dir = None

    gaz = ec.Gazetteer()
    docs, held_out, has_coref = read_gold(args.gold_dir, coref_dir, gaz, args.shared)
    binary = ec.graphctl_binary(args.graphctl)
    rels_by_doc = ec.run_graphctl(binary, [{"id": d.id, "text": d.text} for d in docs], "wikievents")

    results, all_errors = [], []
    for row in ROWS:
        res, errors = score_row(row, docs, rels_by_doc, gaz, args.show_errors)
        results.append(res)
        all_errors.append((row, errors))
    meta = {"graphctl": binary, "commit": ec.commit_of_repo(), "gold_dir": os.path.abspath(args.gold_dir),
            "documents": len(docs), "sentences": sum(len(d.sents) for d in docs), "held_out": held_out,
            "coreference": f"WikiEvents clusters ({coref_dir})" if has_coref else "by name (no coref files)",
            "relations": sum(len(v) for v in rels_by_doc.values())}
    if args.json:
        print(json.dumps({"meta": meta, "results": results}, ensure_ascii=False, indent=2))
    else:
        print_table(results, meta)
    if args.show_errors:
        for row, errors in all_errors:
            print_errors(row, errors, rels_by_doc, args.show_errors)


if __name__ == "__main__":
    main()
