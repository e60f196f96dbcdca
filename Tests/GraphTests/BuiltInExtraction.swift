import Testing

@testable import Graph

/// One extractor with the built-in gazetteer, lexicon and titles, shared by the suites that test
/// relations on real names (loading it takes a few seconds).
let builtInExtractor: Extractor? = try? Extractor(
  gazetteer: Gazetteer.builtIn(), lexicon: Lexicon.builtIn(), titles: TitleRecognizer.builtIn())

/// The relations the built-in extractor finds in `text`, as "SOURCE relation TARGET" (" ?"
/// after a hypothetical one).
func builtInRelations(_ text: String, date: String) throws -> [String] {
  let ex = try #require(builtInExtractor)
  return ex.extract(Document(id: "t", text: text, date: date)).map {
    "\($0.source) \($0.relation.rawValue) \($0.target)\($0.hypothetical ? " ?" : "")"
  }
}
