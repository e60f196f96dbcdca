import Foundation
import Testing

@testable import Graph

/// `MarkerFile` reads the plain marker file from its bytes; what it reads must be what
/// `JSONSerialization` reads, and it must leave every other file to it.
@Suite("Marker lists read from bytes")
struct MarkerFileTests {
  static func lists(_ text: String) -> [(key: String, words: [String])]? {
    Array(text.utf8).withUnsafeBufferPointer { MarkerFile.lists($0) }
  }

  static func serialized(_ data: Data) throws -> [String: [String]] {
    let obj = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    return obj.compactMapValues { $0 as? [String] }
  }

  @Test func theShippedFileReadsAsJSONSerializationReadsIt() throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../Sources/Graph/Resources/lexicon/markers.json").standardized
    let data = try Data(contentsOf: url)
    let fast = try #require(Self.lists(String(decoding: data, as: UTF8.self)))
    let want = try Self.serialized(data)
    #expect(fast.count == want.count)
    #expect(Dictionary(fast.map { ($0.key, $0.words) }, uniquingKeysWith: { a, _ in a }) == want)
  }

  @Test func otherShapesAreLeftToJSONSerialization() {
    #expect(Self.lists(#"{"a": ["x", "y"], "c": "note", "b": []}"#)?.map(\.key) == ["a", "b"])
    for text in [
      #"{"a": ["x"], "a": ["y"]}"#, #"{"a": [1]}"#, #"{"a": null}"#, #"{"a": ["\u0078"]}"#,
      #"{"a": ["x",]}"#, #"["x"]"#, #"{"a": ["x"]} x"#, #"{"a": {"b": ["x"]}}"#,
    ] {
      #expect(Self.lists(text) == nil, "\(text)")
    }
  }
}
