import Foundation

@testable import Graph

// The actor-file (gazetteer JSONL) reader, as `--actors FILE` uses it: the input is the file.
// Entries that parse are merged over the built-in gazetteer, rolled up, and matched: a small
// extractor over them reads a text made of their own names.
//
// Invariants: no crash; a bad file is an `InputError` naming the file and a line that exists,
// on one line; roll-ups end (cycles too) at a known code; every relation found in the names'
// text points into it and names known actors.

private let builtIn: Gazetteer = {
  do { return try Gazetteer.builtIn() } catch { fatalError("cannot load resources: \(error)") }
}()
private let lexicon: Lexicon = {
  do { return try Lexicon.builtIn() } catch { fatalError("cannot load resources: \(error)") }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGazetteer(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let text = lenientText(fuzzBytes(data, size))
  let lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).count
  let entries: [GazetteerEntry]
  do {
    entries = try Gazetteer.parse(text, file: "actors.jsonl")
  } catch let e as InputError {
    require(e.file == "actors.jsonl", "error names \(e.file)")
    require(
      e.line.map { 1 <= $0 && $0 <= lines } ?? false,
      "error line \(String(describing: e.line)) of \(lines)")
    require(!e.description.contains("\n"), "error message is not one line")
    return 0
  } catch {
    require(false, "not an InputError: \(error)")
    return 0
  }
  var merged = builtIn
  merged.merge(entries)
  for e in entries {
    let top = merged.rollUp(e.code)
    require(merged.entry(top) != nil, "\(e.code) rolls up to unknown \(top)")
  }
  guard !entries.isEmpty, entries.count <= 16 else { return 0 }
  let own = Gazetteer(entries: entries)
  let extractor = Extractor(gazetteer: own, lexicon: lexicon)
  var names: [String] = []
  for e in entries { names += e.names.prefix(3) + [e.name] + (e.nameAr.map { [$0] } ?? []) }
  let sample =
    zip(names, names.dropFirst()).map { "\($0) supports \($1). \($1) قصفت \($0)." }.joined(
      separator: " ")
  let doc = Document(id: "names", text: sample, date: entries.first?.from)
  let scalars = Array(doc.text.unicodeScalars)
  for r in extractor.extract(doc) {
    require(r.span.count == 2 && r.span[0] <= r.span[1] && r.span[1] <= scalars.count, "span")
    require(own.entry(r.source) != nil, "unknown source \(r.source)")
    require(own.entry(r.target) != nil, "unknown target \(r.target)")
  }
  return 0
}
