#!/usr/bin/env python3
"""Inclusive instruction counts of the extraction phases, from a callgrind_annotate --inclusive
listing (scripts/bench/profile.sh writes one as OUT.incl.txt). Usage: phases.py OUT.incl.txt"""
import re, sys
want = ['Extractor.standard', 'DocumentReader.check', 'DocumentReader.sweep', 'DocumentStream.next',
        'DocumentStream.decode', 'Extractor.trace', 'ScalarText.scalars', 'Tokenizer.tokenize',
        'WordIndex.analyze', 'SentenceSplitter.split', 'ActorMatcher.mentions', 'ActorMatcher.dropModifiers',
        'Extractor.findCues', 'Lexicon.match', 'TitleRecognizer.surnameMentions', 'TitleRecognizer.recognise',
        'Extractor.learnShortNames', 'DefiniteAnaphora.resolve', 'SentenceContext.init', 'verbRule', 'nounRule',
        'jointRule', 'meetRule', 'agentRule', 'patronRule', 'passiveRule', 'demandRule', 'subject(of',
        'isCountryName', 'isNegated', 'isHypothetical', 'RelationsJSONL.encodedBytes', 'ScalarText.string']
best = {}
for l in open(sys.argv[1]):
    m = re.match(r'\s*([\d,]+) \(', l)
    if not m or '=>' in l:
        continue
    v = int(m.group(1).replace(',', ''))
    for w in want:
        if w in l:
            best[w] = max(best.get(w, 0), v)
for w in want:
    if w in best:
        print(f"{best[w]/1e6:9.1f} M  {w}")
