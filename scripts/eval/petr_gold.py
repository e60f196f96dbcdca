#!/usr/bin/env python3
"""Evaluate `graphctl extract` on English sentences against the PETRARCH-2 gold standard (CAMEO codings).

Data (read-only, never copied into the repository): <gold-dir>/PETR2_GSR_validation.xml from
openeventdata/UniversalPetrarch (MIT; the AFP sentences are LDC Gigaword material, test data only):
78 English sentences, each with its expected CAMEO codings <EventCoding eventcode sourcecode
targetcode/> or <EventCoding noevents="True"/>. The default <gold-dir> is
../shared/corpus/events/universalpetrarch relative to the repository root. The file is not well-formed
XML (comment lines, self-closed <Sentence .../> followed by </Sentence>), so records are cut with
regular expressions.

Documents. Each record with a non-empty <Text> is one document {"id": record id, "text": the text with
its line breaks folded into spaces (they are wrapping, not paragraph breaks), "date": YYYY-MM-DD from
the record's date when it has 8 digits}. Records with an empty text are counted and skipped.

Event codes -> our types (CAMEO 1.1b3 root codes; the first two digits decide unless a 3-digit code is
listed):
  030-033 intent to cooperate, to give diplomatic cooperation or aid -> supports
  036-039 intent to meet or negotiate, to settle, to accept mediation, to mediate -> negotiates-with
          (034 intent to reform and 035 intent to yield are left out, as 08x)
  04x consult (040-046)            -> negotiates-with
  05x diplomatic cooperation       -> supports (057 sign formal agreement -> negotiates-with; 055
                                      apologise and 056 forgive are left out)
  06x material cooperation         -> supports
  07x provide aid                  -> supports
  10x demand, 11x disapprove, 12x reject, 13x threaten, 14x protest, 15x exhibit force posture,
  16x reduce relations             -> opposes
  17x coerce                       -> opposes (170-174 and 176: arrests, sanctions, expulsions, seizures
                                      are pressure, which our lexicon files under opposes), except 175
                                      violent repression -> strikes
  18x assault, 19x fight, 20x mass violence -> strikes
  left out: 01x public statements, 02x appeals, 08x yield (concessions), 09x investigate; also 034, 035,
  055, 056.
Actor codes -> our codes: the first three letters when they are an ISO 3166-1 alpha-3 code of a state in
our gazetteer (USAGOV -> USA, GEOOPP -> GEO); IGO codes by the organisation part (IGOUNO... -> UN,
IGO...EEC -> EU, IGO...ITP -> INTERPOL, IGO...NAT -> NATO, IGO...AFU -> AU, IGO...ARL -> ARAB_LEAGUE);
some group segments add a group code (HMS -> HAMAS, ISI -> ISIS, HEZ -> HEZBOLLAH, TAL -> TALIBAN).
Not mappable: codes without a country ("---", "---REB", "---GOV") and other IGO/NGO/IMG codes. Codings
whose two actors map to the same code (USAGOV -> USA, GEOOPP -> GEOGOV) are left out at both levels:
graphctl relates different actors, so a state's opposition against its own government is out of its
reach. On the predicted side a code made of a state code and a suffix (SYR_OPP) also counts as the
state, as CAMEO puts a state's rebels and opposition under its country code.

Levels
------
Predicted = a relation with negated == false and hypothetical == false ("+hyp" also counts hypothetical).
1. Sentence, per type: a sentence is gold-positive for a type if one of its codings maps to it (any
   actors, unmappable ones included, but not two actors of one state); negative otherwise (noevents,
   left-out codes, other types). P/R per type and over all types.
2. Pair, per type: gold pairs are the distinct (source, type, target) of the codings whose event and both
   actors map (unordered for negotiates-with, so a meeting coded in both directions is one pair).
   Predicted pairs are the distinct (source codes, type, target codes) of a sentence's relations, where a
   relation's codes are its source/target, source_actor/target_actor, their affiliation chains in the
   gazetteer and, for a code like SYR_OPP, the state code it starts with. A predicted pair matches a
   gold pair of its sentence if the types are equal and the codes meet on both sides. A predicted pair
   that matches nothing is *unjudged* when its sentence has a coding of that type with an unmappable
   actor (the gold cannot say it is wrong), else wrong. P = correct / (correct + wrong); R = found /
   gold pairs.

Usage:
  python3 scripts/eval/petr_gold.py [--graphctl BIN] [--gold-dir DIR] [--json] [--show-errors N]
Without --graphctl the package is built with `swift build -c release`.
"""

import argparse
import json
import os
import re
import sys
from collections import Counter, defaultdict

sys.dont_write_bytecode = True  # nothing written into the repository
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import evalcommon as ec  # noqa: E402

DEFAULT_GOLD = os.path.join(ec.SHARED, "corpus", "events", "universalpetrarch")
GOLD_FILE = "PETR2_GSR_validation.xml"
TYPES = ("supports", "opposes", "negotiates-with", "strikes")
SYMMETRIC = {"negotiates-with"}

ROOT_MAP = {"03": "supports", "04": "negotiates-with", "05": "supports", "06": "supports", "07": "supports",
            "10": "opposes", "11": "opposes", "12": "opposes", "13": "opposes", "14": "opposes",
            "15": "opposes", "16": "opposes", "17": "opposes", "18": "strikes", "19": "strikes", "20": "strikes"}
CODE_MAP = {"034": None, "035": None, "036": "negotiates-with", "037": "negotiates-with", "038": "negotiates-with",
            "039": "negotiates-with", "057": "negotiates-with", "055": None, "056": None, "175": "strikes"}
IGO_MAP = {"UNO": "UN", "EEC": "EU", "ITP": "INTERPOL", "NAT": "NATO", "AFU": "AU", "ARL": "ARAB_LEAGUE"}
GROUP_MAP = {"HMS": "HAMAS", "ISI": "ISIS", "HEZ": "HEZBOLLAH", "TAL": "TALIBAN"}


def event_type(code):
    if code in CODE_MAP:
        return CODE_MAP[code]
    if code[:3] in CODE_MAP:
        return CODE_MAP[code[:3]]
    return ROOT_MAP.get(code[:2])


def actor_codes(cameo, states):
    """Our codes for a CAMEO actor code (a set; empty when it cannot be mapped)."""
    out = set()
    if cameo.startswith(("IGO", "NGO", "IMG")):
        for i in range(3, len(cameo) - 2, 3):
            seg = cameo[i:i + 3]
            if cameo.startswith("IGO") and seg in IGO_MAP:
                out.add(IGO_MAP[seg])
    elif cameo[:3] in states:
        out.add(cameo[:3])
    for i in range(3, len(cameo) - 2, 3):
        if cameo[i:i + 3] in GROUP_MAP:
            out.add(GROUP_MAP[cameo[i:i + 3]])
    return out


# ---------------------------------------------------------------- gold


def read_gold(path):
    with open(path, encoding="utf-8") as f:
        data = f.read()
    records, empty = [], []
    for block in re.split(r"(?=<Sentence\b)", data)[1:]:
        head = re.match(r"<Sentence([^>]*)>", block)
        attrs = dict(re.findall(r'(\w+)="([^"]*)"', head.group(1)))
        codings, noevents = [], False
        for c in re.findall(r"<EventCoding([^>]*)>", block):
            a = dict(re.findall(r'(\w+)="([^"]*)"', c))
            if a.get("noevents", "").lower() == "true":
                noevents = True
            elif "eventcode" in a:
                codings.append({"event": a["eventcode"], "source": a.get("sourcecode", ""),
                                "target": a.get("targetcode", "")})
        m = re.search(r"<Text>(.*?)</Text>", block, re.S)
        text = " ".join(m.group(1).split()) if m else ""
        rec = {"id": attrs.get("id"), "category": attrs.get("category"), "date": attrs.get("date", ""),
               "evaluate": attrs.get("evaluate", "true") != "false", "text": text, "codings": codings,
               "noevents": noevents}
        if not rec["evaluate"]:
            continue
        (records if text else empty).append(rec)
    return records, empty


def iso_date(d):
    return f"{d[:4]}-{d[4:6]}-{d[6:]}" if re.fullmatch(r"(19|20)\d{6}", d) else None


# ---------------------------------------------------------------- scoring


def self_pair(c, states):
    s, g = actor_codes(c["source"], states), actor_codes(c["target"], states)
    return bool(s & g)


def gold_pairs(rec, states):
    """(mappable pairs [(src set, type, tgt set, coding)], unmappable codings [(type, coding, why)])."""
    pairs, unmappable, seen = [], [], set()
    for c in rec["codings"]:
        t = event_type(c["event"])
        if t is None:
            continue
        s, g = actor_codes(c["source"], states), actor_codes(c["target"], states)
        if not s or not g:
            why = "actor without a country" if "---" in (c["source"][:3], c["target"][:3]) else "actor code not mapped"
            unmappable.append((t, c, why))
        elif s & g:
            unmappable.append((t, c, "same actor on both sides"))
        else:
            key = (t, frozenset((frozenset(s), frozenset(g)))) if t in SYMMETRIC else (t, frozenset(s), frozenset(g))
            if key not in seen:  # the same pair coded twice (both directions of a meeting, PSECVL/PSEGZACVL)
                seen.add(key)
                pairs.append((s, t, g, c))
    return pairs, unmappable


def side_codes(gaz, rel, side, states):
    """A relation side's codes with their affiliation chains; SYR_OPP also counts as SYR."""
    out = gaz.relation_side_codes(rel, side)
    out |= {c[:3] for c in out if len(c) > 4 and c[3] == "_" and c[:3] in states}
    return out


def pair_match(ps, pt, typ, gs, gt):
    if ps & gs and pt & gt:
        return True
    return typ in SYMMETRIC and bool(ps & gt) and bool(pt & gs)


def score(records, rels_by_doc, gaz, states):
    sent = {t: Counter() for t in TYPES}
    sent_hyp = {t: Counter() for t in TYPES}
    pair = {t: Counter() for t in TYPES}
    details = []
    for rec in records:
        rels = rels_by_doc.get(rec["id"], [])
        gold_types = {event_type(c["event"]) for c in rec["codings"] if not self_pair(c, states)} - {None}
        pred_types = {r["relation"] for r in rels if ec.active(r)}
        pred_types_hyp = {r["relation"] for r in rels if ec.active(r, with_hyp=True)}
        for t in TYPES:
            for counter, pred in ((sent[t], pred_types), (sent_hyp[t], pred_types_hyp)):
                g, p = t in gold_types, t in pred
                counter["tp"] += g and p
                counter["fp"] += p and not g
                counter["fn"] += g and not p
                counter["tn"] += not g and not p
        gp, unm = gold_pairs(rec, states)
        # predicted pairs of the sentence
        preds = {}
        for r in rels:
            if not ec.active(r) or r["relation"] not in TYPES:
                continue
            key = (r["source"], r["relation"], r["target"])
            s, g = side_codes(gaz, r, "source", states), side_codes(gaz, r, "target", states)
            if key in preds:
                preds[key]["s"] |= s
                preds[key]["g"] |= g
            else:
                preds[key] = {"s": s, "g": g, "rel": r}
        found = [False] * len(gp)
        verdicts = []
        for key, p in preds.items():
            typ = key[1]
            hits = [i for i, (gs, gtype, gt, _) in enumerate(gp)
                    if gtype == typ and pair_match(p["s"], p["g"], typ, gs, gt)]
            for i in hits:
                found[i] = True
            if hits:
                verdict = "correct"
            elif any(t == typ for t, _, _ in unm):
                verdict = "unjudged"
            else:
                verdict = "wrong"
            pair[typ][verdict] += 1
            verdicts.append((key, verdict, p["rel"]))
        for (gs, typ, gt, c), f in zip(gp, found):
            pair[typ]["gold"] += 1
            pair[typ]["found"] += f
        for typ, c, why in unm:
            pair[typ]["unmappable_gold"] += 1
        details.append({"rec": rec, "rels": rels, "gold_types": gold_types, "pred_types": pred_types,
                        "gold_pairs": gp, "found": found, "unmappable": unm, "verdicts": verdicts})

    res = {"sentence": {}, "sentence_incl_hypothetical": {}, "pair": {}}
    for name, src in (("sentence", sent), ("sentence_incl_hypothetical", sent_hyp)):
        for t in TYPES:
            c = src[t]
            res[name][t] = {**ec.prf(c["tp"], c["fp"], c["fn"]), "gold_positive": c["tp"] + c["fn"]}
        tot = Counter()
        for t in TYPES:
            tot.update(src[t])
        res[name]["all"] = {**ec.prf(tot["tp"], tot["fp"], tot["fn"]), "gold_positive": tot["tp"] + tot["fn"]}
    tot = Counter()
    for t in TYPES:
        c = pair[t]
        tot.update(c)
        res["pair"][t] = pair_figures(c)
    res["pair"]["all"] = pair_figures(tot)
    return res, details


def pair_figures(c):
    return {"gold_pairs": c["gold"], "found": c["found"], "unmappable_gold_codings": c["unmappable_gold"],
            "predicted": c["correct"] + c["wrong"] + c["unjudged"], "correct": c["correct"], "wrong": c["wrong"],
            "unjudged": c["unjudged"], "precision": ec.ratio(c["correct"], c["correct"] + c["wrong"]),
            "recall": ec.ratio(c["found"], c["gold"])}


# ---------------------------------------------------------------- output


def print_table(res, meta):
    print(f"graphctl vs PETR2_GSR_validation (English, CAMEO)  graphctl={meta['graphctl']}  commit={meta['commit']}")
    print(f"sentences {meta['sentences']} (skipped, empty text: {', '.join(meta['empty']) or 'none'}); codings "
          f"{meta['codings']}: mapped to a type {meta['codings_typed']}, distinct pairs with both actors mappable "
          f"{meta['codings_pairs']}")
    print("predicted = relation not negated, not hypothetical\n")
    print("sentence level")
    print(f"{'type':<17}{'gold+':>6}{'TP':>4}{'FP':>4}{'FN':>4}{'P':>7}{'R':>7}{'P+hyp':>7}{'R+hyp':>7}")
    for t in TYPES + ("all",):
        s, h = res["sentence"][t], res["sentence_incl_hypothetical"][t]
        print(f"{t:<17}{s['gold_positive']:>6}{s['tp']:>4}{s['fp']:>4}{s['fn']:>4}{ec.fmt(s['precision']):>7}"
              f"{ec.fmt(s['recall']):>7}{ec.fmt(h['precision']):>7}{ec.fmt(h['recall']):>7}")
    print("\npair level (source, type, target; mappable codings)")
    print(f"{'type':<17}{'gold':>5}{'found':>6}{'R':>7}{'pred':>6}{'ok':>4}{'wrong':>6}{'unjdg':>6}{'P':>7}"
          f"{'unmap':>6}")
    for t in TYPES + ("all",):
        p = res["pair"][t]
        print(f"{t:<17}{p['gold_pairs']:>5}{p['found']:>6}{ec.fmt(p['recall']):>7}{p['predicted']:>6}{p['correct']:>4}"
              f"{p['wrong']:>6}{p['unjudged']:>6}{ec.fmt(p['precision']):>7}{p['unmappable_gold_codings']:>6}")


def rel_line(r):
    flags = "".join(f" [{k}]" for k in ("negated", "hypothetical") if r.get(k))
    return (f"    pred {r['relation']} {r['source']}({r.get('source_text', '')}) -> {r['target']}"
            f"({r.get('target_text', '')}) cue={r['cue']} rule={r['rule']}{flags}")


def print_errors(details, n):
    groups = defaultdict(list)
    for d in details:
        if d["pred_types"] - d["gold_types"] or d["gold_types"] - d["pred_types"] \
                or any(v == "wrong" for _, v, _ in d["verdicts"]) or not all(d["found"]):
            missing = d["gold_types"] - d["pred_types"]
            extra = d["pred_types"] - d["gold_types"]
            if missing and extra:
                key = "type disagreement"
            elif missing:
                key = "miss (no relation of the gold type)"
            elif extra:
                key = "false positive type"
            else:
                key = "types agree, pairs differ"
            groups[key].append(d)
    for key, items in sorted(groups.items(), key=lambda x: -len(x[1])):
        print(f"\n=== {key} ({len(items)}; {min(n, len(items))} shown)")
        for d in items[:n]:
            rec = d["rec"]
            print(f"[{rec['id']}] {rec['text']}")
            for c in rec["codings"]:
                print(f"    gold {c['event']} {c['source']} -> {c['target']}  ({event_type(c['event']) or 'left out'})")
            if rec["noevents"]:
                print("    gold: no events")
            for r in d["rels"]:
                print(rel_line(r))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--graphctl", help="path of the graphctl binary (default: build with swift build -c release)")
    ap.add_argument("--gold-dir", default=DEFAULT_GOLD,
                    help="folder of PETR2_GSR_validation.xml (default: %(default)s)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--show-errors", type=int, default=0, metavar="N",
                    help="print up to N sentences per kind of disagreement")
    args = ap.parse_args()
    path = os.path.join(args.gold_dir, GOLD_FILE)
    if not os.path.exists(path):
        sys.exit(f"petr_gold: {path} not found")
    records, empty = read_gold(path)
    gaz = ec.Gazetteer()
    states = {c for c, e in gaz.entries.items() if e.get("kind") == "state"}
    binary = ec.graphctl_binary(args.graphctl)
    docs = []
    for r in records:
        d = {"id": r["id"], "text": r["text"]}
        if iso_date(r["date"]):
            d["date"] = iso_date(r["date"])
        docs.append(d)
    if len({d["id"] for d in docs}) != len(docs):
        sys.exit("petr_gold: duplicate record ids")
    rels_by_doc = ec.run_graphctl(binary, docs, "petr")
    res, details = score(records, rels_by_doc, gaz, states)
    codings = [c for r in records for c in r["codings"]]
    meta = {"graphctl": binary, "commit": ec.commit_of_repo(), "gold": os.path.abspath(path),
            "sentences": len(records), "empty": [r["id"] for r in empty], "codings": len(codings),
            "codings_typed": sum(1 for c in codings if event_type(c["event"])),
            "codings_pairs": sum(len(gold_pairs(r, states)[0]) for r in records),
            "codings_by_type": dict(Counter(event_type(c["event"]) or "left out" for c in codings))}
    if args.json:
        print(json.dumps({"meta": meta, "results": res}, ensure_ascii=False, indent=2))
    else:
        print_table(res, meta)
    if args.show_errors:
        print_errors(details, args.show_errors)


if __name__ == "__main__":
    main()
