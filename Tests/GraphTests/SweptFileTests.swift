import Foundation
import Testing

@testable import Graph

/// A JSONL file swept once is not validated again while it is unchanged (`FileStamp`), and is
/// when it changed between the check and the read.
@Suite("Swept files")
struct SweptFileTests {
  func temp(_ data: Data) throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "graphctl-swept-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent("docs.jsonl")
    try data.write(to: url)
    return url.path
  }

  func stamp(_ path: String, window: Int) -> FileStamp? {
    let fd = open(path, O_RDONLY)
    defer { if fd >= 0 { close(fd) } }
    return fd >= 0 ? FileStamp(fd: fd, window: window) : nil
  }

  @Test func aFileJustWrittenIsNotTrusted() throws {
    let path = try temp(Data(#"{"id":"a","text":"x"}"#.utf8))
    #expect(stamp(path, window: 2) == nil)
    let a = try #require(stamp(path, window: -1))
    #expect(stamp(path, window: -1) == a)
    // Any write changes the stamp.
    try Data(#"{"id":"a","text":"xy"}"#.utf8).write(to: URL(fileURLWithPath: path))
    #expect(stamp(path, window: -1) != a)
  }

  @Test func anUnchangedFileReadsAsWhenValidated() throws {
    let text = "قالت تركيا إنها تدعم حكومة الوفاق\n\u{00E9} \u{1F600} \"q\""
    let lines = [
      #"{"id":"a","text":"قالت تركيا إنها تدعم حكومة الوفاق\n\u00e9 \ud83d\ude00 \"q\""}"#,
      #"{"id":"b","text":"Russia backed Haftar."}"#,
    ]
    let path = try temp(Data(lines.joined(separator: "\n").utf8))
    var reader = DocumentReader()
    reader.racyWindow = -1
    let summary = try reader.check([path])
    #expect(summary.swept[path] != nil)
    let trusted = try reader.stream([path], checkedBy: summary)
    var docs: [Document] = []
    while let batch = try trusted.next() { docs += batch }
    #expect(docs.map(\.text) == [text, "Russia backed Haftar."])
    #expect(docs.map(\.utf8) == [Array(text.utf8), Array("Russia backed Haftar.".utf8)])
  }

  @Test func aFileChangedAfterTheCheckIsValidatedAgain() throws {
    let path = try temp(Data(#"{"id":"a","text":"fine"}"#.utf8))
    var reader = DocumentReader()
    reader.racyWindow = -1
    let summary = try reader.check([path])
    #expect(summary.swept[path] != nil)
    // Invalid UTF-8 written after the check: the read repairs it as `String(decoding:)` does
    // instead of keeping the bytes as valid.
    var bad = Array(#"{"id":"a","text":"bad "#.utf8)
    bad += [0xD8, 0x20, 0xFF]
    bad += Array(#" end"}"#.utf8)
    try Data(bad).write(to: URL(fileURLWithPath: path))
    let s = reader.stream([path], checkedBy: summary)
    var docs: [Document] = []
    while let batch = try s.next() { docs += batch }
    let raw: [UInt8] = Array("bad ".utf8) + [0xD8, 0x20, 0xFF] + Array(" end".utf8)
    #expect(docs.map(\.utf8) == [Array(String(decoding: raw, as: UTF8.self).utf8)])
  }
}
