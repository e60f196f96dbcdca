import Foundation
import Testing

@testable import Graph

/// Every rule the extractor can name has a description for `--explain`: the rule names are the
/// string literals given as `rule:` in the library's sources, read here from the files.
@Suite("Rule descriptions for --explain")
struct RuleCatalogueTests {
  /// The rule names written as literals in `rule: ...` arguments of the library's sources.
  static func ruleNamesInSources() throws -> Set<String> {
    let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../Sources/Graph").standardized
    let files = try #require(FileManager.default.enumerator(atPath: dir.path))
    let argument = try Regex(#"rule: [^\n]*"#)
    let literal = try Regex(#""([a-z]+(?:[-+][a-z]+)+)""#)
    var names: Set<String> = []
    for case let path as String in files where path.hasSuffix(".swift") {
      let text = try String(contentsOf: dir.appendingPathComponent(path), encoding: .utf8)
      for line in text.matches(of: argument) {
        for m in text[line.range].matches(of: literal) {
          if let name = m.output[1].substring { names.insert(String(name)) }
        }
      }
    }
    return names
  }

  @Test func everyRuleInTheSourcesIsDescribed() throws {
    let names = try Self.ruleNamesInSources()
    // (The scan must find the rules at all: well over a hundred are written so.)
    #expect(names.count > 100)
    #expect(names.contains("verb-svo"))
    let missing = names.filter { RuleCatalogue.text($0) == nil }.sorted()
    #expect(missing == [])
  }

  @Test func theFrameAndTheMarksAreRead() throws {
    let plain = try #require(RuleCatalogue.text("talks-host"))
    #expect(RuleCatalogue.text("joint/talks-host") == plain)
    let reported = try #require(RuleCatalogue.text("verdict/verdict-group+reported-speech"))
    #expect(reported.hasPrefix(try #require(RuleCatalogue.text("verdict-group"))))
    #expect(reported.hasSuffix("the speaker an earlier sentence named speaks it"))
    #expect(RuleCatalogue.text("no-such-rule") == nil)
    #expect(RuleCatalogue.text("no-such-rule+unsaid-subject") == nil)
  }
}
