import Foundation

@testable import Graph

// The text pipeline: arbitrary bytes, decoded leniently, through the whole extractor
// (normalising, sentence and clause splitting, actor matching, cue rules, anaphora, titles).
// A first line "#<date>" gives the document a date (persons' office dates depend on it).
//
// Invariants: no crash or trap; every relation's span lies in the text and its evidence is the
// text of that span; relations are the same with and without collecting unmatched items; the
// relations survive relations.jsonl (written and read back equal).

private let extractor: Extractor = {
  do { return try Extractor.standard() } catch { fatalError("cannot load resources: \(error)") }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzText(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  var text = lenientText(fuzzBytes(data, size))
  var date: String?
  if text.hasPrefix("#"), let newline = text.firstIndex(of: "\n") {
    date = String(text[text.index(after: text.startIndex)..<newline])
    text = String(text[text.index(after: newline)...])
  }
  let doc = Document(id: "fuzz", text: text, date: date)
  let trace = extractor.trace(doc)
  let plain = extractor.extract(doc)
  require(plain == trace.relations, "relations change when unmatched items are collected")
  let scalars = Array(doc.text.unicodeScalars)
  for r in plain {
    require(r.span.count == 2, "span \(r.span) is not a pair")
    let (lo, hi) = (r.span[0], r.span[1])
    require(0 <= lo && lo <= hi && hi <= scalars.count, "span \(r.span) outside the text")
    let slice = String(String.UnicodeScalarView(scalars[lo..<hi]))
    require(slice == r.evidence, "evidence is not the text of its span \(r.span)")
    require(!r.source.isEmpty && !r.target.isEmpty, "relation without an actor")
    require(r.confidence.isFinite && r.confidence > 0 && r.confidence <= 1, "confidence")
  }
  let back = try? RelationsJSONL.decode(RelationsJSONL.encode(plain), file: "fuzz")
  require(back == plain, "relations.jsonl does not read back what was written")
  return 0
}
