import Foundation
import Testing

@testable import Graph

/// `LexiconLine` reads plain cue lines from their bytes; what it reads must be what
/// `JSONDecoder` reads, and it must leave every other line to the decoder.
@Suite("Lexicon lines read from bytes")
struct LexiconLineTests {
  static func decoded(_ line: String) -> Lexicon.Line? {
    try? JSONDecoder().decode(Lexicon.Line.self, from: Data(line.utf8))
  }

  @Test func everyBuiltInLineReadsAsTheDecoderReadsIt() throws {
    let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../Sources/Graph/Resources/lexicon").standardized
    var lines = 0
    for name in ["cues-ar.jsonl", "cues-en.jsonl"] {
      let text = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
      for line in text.split(separator: "\n") where !line.hasPrefix("#") {
        let fast = try #require(LexiconLine.line(String(line)), "\(line)")
        #expect(fast == Self.decoded(String(line)))
        lines += 1
      }
    }
    #expect(lines > 100)
  }

  @Test func plainShapesReadAsTheDecoderReadsThem() {
    for line in [
      #"{"relation":"supports","frame":"verb","forms":["a b"],"confidence":0.75}"#,
      #"{ "relation" : "none", "frame" : "speech", "lemmas" : [ ] , "suffix" : true }"#,
      #"{"relation":"opposes","frame":"noun","past":["x"],"present":["y"],"confidence":1}"#,
      #"{"relation":"opposes","frame":"noun","confidence":0.1,"suffix":false,"needs":"n"}"#,
    ] {
      #expect(LexiconLine.line(line) != nil, "\(line)")
      #expect(LexiconLine.line(line) == Self.decoded(line), "\(line)")
    }
  }

  @Test func otherShapesAreLeftToTheDecoder() {
    for line in [
      #"{"relation":"supports","frame":"verb","forms":["a"],"extra":1}"#,
      #"{"relation":"supports","frame":"verb","forms":null}"#,
      #"{"relation":"supports","frame":"verb","forms":["\u0061"]}"#,
      #"{"relation":"supports","relation":"opposes","frame":"verb"}"#,
      #"{"relation":"supports","frame":"dance"}"#,
      #"{"relation":"supports"}"#,
      #"{"relation":"supports","frame":"verb"} x"#,
      #"{"relation":"supports","frame":"verb","forms":["a",]}"#,
      #"{"relation":"supports","frame":"verb","confidence":1e0}"#,
      #"{"relation":"supports","frame":"verb","confidence":-0.5}"#,
      #"{"relation":"supports","frame":"verb","confidence":07}"#,
      #"{"relation":"supports","frame":"verb","confidence":"0.5"}"#,
      #"{"relation":"supports","frame":"verb","suffix":1}"#,
      #"["X"]"#,
    ] {
      #expect(LexiconLine.line(line) == nil, "\(line)")
    }
  }
}
