import Foundation
import Testing

@testable import Graph

/// `GazetteerLine` reads plain gazetteer lines from their bytes; what it reads must be what
/// `JSONDecoder` reads, and it must leave every other line to the decoder.
@Suite("Gazetteer lines read from bytes")
struct GazetteerLineTests {
  static func decoded(_ line: String) -> GazetteerEntry? {
    try? JSONDecoder().decode(GazetteerEntry.self, from: Data(line.utf8))
  }

  @Test func everyBuiltInLineReadsAsTheDecoderReadsIt() throws {
    let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../Sources/Graph/Resources/gazetteer").standardized
    let files = try FileManager.default.contentsOfDirectory(
      at: dir, includingPropertiesForKeys: nil
    )
    .filter { $0.pathExtension == "jsonl" }
    var lines = 0
    for f in files {
      for line in try String(contentsOf: f, encoding: .utf8).split(separator: "\n") {
        let fast = try #require(GazetteerLine.entry(String(line)), "\(line)")
        #expect(fast == Self.decoded(String(line)))
        lines += 1
      }
    }
    #expect(lines > 1000)
  }

  @Test func otherShapesAreLeftToTheDecoder() {
    let plain = #"{"code":"X","kind":"state","name":"X","names":["X"]}"#
    #expect(GazetteerLine.entry(plain) == Self.decoded(plain))
    for line in [
      #"{"code":"X","kind":"state","name":"X","names":["X"],"extra":1}"#,
      #"{"code":"X","kind":"state","name":"X","names":["X"],"to":null}"#,
      #"{"code":"X\u0041","kind":"state","name":"X","names":["X"]}"#,
      #"{"code":"X","code":"Y","kind":"state","name":"X","names":["X"]}"#,
      #"{"code":"X","kind":"planet","name":"X","names":["X"]}"#,
      #"{"code":"X","kind":"state","name":"X"}"#,
      #"{"code":"X","kind":"state","name":"X","names":["X"]} x"#,
      #"{"code":"X","kind":"state","name":"X","names":["X",]}"#,
      #"["X"]"#,
    ] {
      #expect(GazetteerLine.entry(line) == nil, "\(line)")
    }
  }
}
