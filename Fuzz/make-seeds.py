#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets into Fuzz/seeds/<target>/ (committed, small).

Every seed comes from graphctl's own material: sentences and hostile names written in
Tests/GraphTests, lines of the shipped gazetteer, and GDELT-shaped rows, relation lines and
edge lists made here the way the tests make them. Nothing is taken from ../shared.
Run from anywhere: python3 Fuzz/make-seeds.py
"""
import hashlib
import json
import pathlib
import re
import shutil

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "Fuzz" / "seeds"


def literals():
    """String literals of the test sources that read as sentences (two or more words)."""
    found = []
    for f in sorted((ROOT / "Tests" / "GraphTests").glob("*.swift")):
        for m in re.finditer(r'"((?:[^"\\\n]|\\.){12,400})"', f.read_text(encoding="utf-8")):
            s = m.group(1)
            if "\\(" in s or s.count(" ") < 2:
                continue
            if "\\" in s:  # Swift escapes (\n, \", \u{...}) are left out rather than guessed at
                continue
            found.append(s)
    return list(dict.fromkeys(found))


HOSTILE = [
    'Say "hello" & <goodbye>', "back\\slash\\", "\\N \\G \\E \\L \\n", "two\nlines\r\nand\ttab",
    "<b>bold</b> &amp; &#92;", "]]> --> <!-- <![CDATA[x]]>", "} digraph G { a -> b } //",
    "node [shape=box]; edge; graph; subgraph strict", "<<TABLE><TR><TD>x</TD></TR></TABLE>>",
    "=HYPERLINK(\"http://x\")", "+1 -1 @SUM(A1)", "-2+3", "@cmd", "a\u0000b\u0007c\u001b[31m",
    "\u202eevil\u202c \u2067عربي\u2069 \u200f", "\ufeff\ufffe\uffff", "emoji 🇱🇾 عربي (LNA)", "",
]


def write(target, name, data):
    d = OUT / target
    d.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    (d / name).write_bytes(data)


def gdelt_row(width, eid, a, b, event, date="20200115", url="https://example.org/a"):
    f = [""] * width
    f[0], f[1], f[2], f[3] = eid, date, date[:6], date[:4]
    f[5], f[6], f[7], f[12] = a[0], a[1], a[2], a[3]
    f[15], f[16], f[17], f[22] = b[0], b[1], b[2], b[3]
    f[25], f[26], f[27], f[28] = "1", event, event[:3], event[:2]
    f[29], f[30], f[31] = "1", "3.0", "4"
    if width == 58:
        f[57] = url
    if width == 61:
        f[59], f[60] = date + "000000", url
    return f


def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    sentences = literals()

    # text: test sentences, six at a time; one with a date line.
    for k in range(0, len(sentences), 6):
        write("text", f"p{k:03d}", " ".join(sentences[k:k + 6]))
    write("text", "dated", "#2020-01-15\n" + " ".join(sentences[:4]))
    write("text", "hostile", "\n".join(HOSTILE))

    # jsonl: a control byte, then document lines of many shapes.
    docs = [json.dumps({"id": f"d{k}", "text": s, "date": "2020-01-0%d" % (k % 9 + 1)},
                       ensure_ascii=k % 2 == 0) for k, s in enumerate(sentences[:12])]
    odd = ['{"text":"x","id":12}', '{"text":"x","id":1.5}', '{"text":null}', '{"id":"b"}', "{}",
           "[1,2]", "not json", '{"text":"x"} y', '{"text":"x",}', '{"te\\u0078t":"x"}',
           '{"text":"a\\nb\\t\\"q\\"\\\\ \\/ \\u00e9 \\ud83d\\ude00"}', '{"text":"lone \\ud83d"}',
           '{"text":"x","meta":{"a":[1,2,{"b":null}]}}', '{"text":"x","n":-12.5e3}',
           "\u00a0{\"text\":\"nbsp\"}", "   ", '{"text":"x","date":"Tue, 05 Nov 2019"}']
    for k in range(0, len(docs), 3):
        write("jsonl", f"docs{k:02d}", bytes([k * 17 % 256]) + "\n".join(docs[k:k + 3]).encode() + b"\n")
    write("jsonl", "odd", b"\x01" + "\n".join(odd).encode())
    write("jsonl", "crlf-bom", b"\x40\xef\xbb\xbf" + "\r\n".join(docs[:3]).encode())
    write("jsonl", "hostile", b"\x03" + "\n".join(json.dumps({"id": h, "text": h}) for h in HOSTILE).encode())

    # gazetteer: runs of lines of the shipped files, the README's examples, broken entries.
    gaz = ROOT / "Sources" / "Graph" / "Resources" / "gazetteer"
    for f in sorted(gaz.glob("*.jsonl")):
        lines = f.read_text(encoding="utf-8").splitlines()
        for k in range(0, min(len(lines), 40), 8):
            write("gazetteer", f"{f.stem}{k:03d}", "\n".join(lines[k:k + 4]) + "\n")
    write("gazetteer", "person-dates", json.dumps({
        "code": "BASHAGHA", "kind": "person", "name": "Fathi Bashagha", "name_ar": "فتحي باشاغا",
        "affiliation": "GNA", "names": ["Bashagha", "باشاغا"], "from": "2018-10-07", "to": "2021-03-15"},
        ensure_ascii=False) + "\n")
    write("gazetteer", "cycle", "\n".join(json.dumps({
        "code": c, "kind": "organisation", "name": c, "names": [c], "affiliation": a,
        "adjectives": ["تركي", "Turkish"], "ambiguous_names": [c.lower()]})
        for c, a in [("AA", "BB"), ("BB", "AA"), ("CC", "CC")]) + "\n")
    write("gazetteer", "hostile", "\n".join(json.dumps({
        "code": f"H{k}", "kind": "other", "name": h, "names": [h]}) for k, h in enumerate(HOSTILE)))
    write("gazetteer", "broken", '# comment\n{"code":"X","kind":"flying","name":"X","names":["X"]}\n'
          '{"code":"","kind":"state","name":"Y","names":"Y"}\nnot json\n')

    # gdelt: rows of every width, tab-separated and as pandas CSV, some bad.
    usa = ("USA", "UNITED STATES", "USA", "")
    gov = ("USAGOV", "WASHINGTON", "USA", "GOV")
    tur = ("TUR", "TURKEY", "TUR", "")
    opp = ("SYROPP", "SYRIAN OPPOSITION", "SYR", "OPP")
    un = ("IGOUNOGOV", "THE UN", "", "IGO")
    rows = [gdelt_row(58, "1", usa, tur, "042"), gdelt_row(58, "2", gov, opp, "190"),
            gdelt_row(57, "3", tur, un, "0874"), gdelt_row(61, "4", opp, gov, "112"),
            gdelt_row(58, "5", un, usa, "061", date="20201301")]
    write("gdelt", "tab", "\n".join("\t".join(r) for r in rows[:3]) + "\n")
    write("gdelt", "tab61", "\t".join(rows[3]) + "\r\n" + "\t".join(rows[3][:40]) + "\n")
    write("gdelt", "baddate", "\t".join(rows[4]) + "\n")
    header = [""] + ["GLOBALEVENTID", "SQLDATE"] + [f"F{k}" for k in range(2, 57)] + ["SOURCEURL", "Confidence"]

    def csv_cell(c):
        return '"' + c.replace('"', '""') + '"' if any(x in c for x in ',"\n') else c
    lines = [",".join(header)] + [",".join(csv_cell(c) for c in [str(k)] + r + ["100"]) for k, r in enumerate(rows[:2])]
    write("gdelt", "pandas", "\n".join(lines) + "\n")
    write("gdelt", "quoted", 'GLOBALEVENTID,SQLDATE\n"1","20200115"\n"2,\n3",x\n')

    # relations: lines as `graphctl extract` writes them, hostile values, bad lines, edge lists.
    rel = []
    for k, (s, t, typ) in enumerate([("TUR", "GNA", "supports"), ("RUS", "LNA", "supports"),
                                      ("LNA", "GNA", "strikes"), ("EGY", "TUR", "opposes"),
                                      ("TUR", "RUS", "negotiates-with")]):
        rel.append(json.dumps({"confidence": 0.9 - k / 10, "cue": "supports", "date": "2020-01-1%d" % k,
                               "doc": f"d{k}.txt", "evidence": sentences[k], "hypothetical": k == 3,
                               "negated": k == 4, "relation": typ, "rule": "svo cues-en.jsonl:1",
                               "sentence": k, "source": s, "source_text": s, "span": [0, len(sentences[k])],
                               "target": t, "target_text": t}, ensure_ascii=False, sort_keys=True))
    write("relations", "extracted", "\n".join(rel) + "\n")
    write("relations", "hostile", "\n".join(json.dumps({
        "doc": h, "sentence": 1, "source": h or "X", "relation": "opposes", "target": HOSTILE[k - 1] or "Y",
        "cue": h, "evidence": h, "span": [0, 1], "source_text": h, "target_text": h, "negated": False,
        "hypothetical": False, "confidence": 1}) for k, h in enumerate(HOSTILE)) + "\n")
    write("relations", "bad", rel[0] + "\n" + rel[1].replace("supports", "likes") + "\nnot json\n{}\n")
    write("relations", "edges", "#edges\na\tb\t1\t+\nb\tc\t2.5\t-\nc\ta\nd\te\tx\t+\n\n# note\ne\td\t0\t-1\n")

    # dot: 0xFF-separated pieces: control bytes (flags, edges) + title, then code/name/name_ar.
    def dot_seed(flags, names):
        control = bytes([flags]) + bytes(k % 256 for k in range(1, 3 * len(names) + 1))
        parts = [control]
        for k, n in enumerate(names):
            parts += [(f"C{k}" if k % 2 else n[:6]).encode(), n.encode(), HOSTILE[-k].encode()]
        return b"\xff".join(parts)
    write("dot", "plain", dot_seed(0, ["Turkey", "Russia", "Government of National Accord", "تركيا"]))
    write("dot", "hostile", dot_seed(1, HOSTILE[:9]))
    write("dot", "hostile2", dot_seed(14, HOSTILE[9:]))
    write("dot", "svg", dot_seed(8, HOSTILE[2:8]))
    write("dot", "collide", b"\x00\x01\x02\x03\xffA\xffa\xff\xffA\x00\xffb\xff\xffA~2\xffc\xff")

    total = sum(p.stat().st_size for p in OUT.rglob("*") if p.is_file())
    count = sum(1 for p in OUT.rglob("*") if p.is_file())
    print(f"{count} seeds, {total} bytes in {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
