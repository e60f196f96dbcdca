import Foundation
import Testing

@testable import Graph

/// The byte-level reader and writer against Foundation's, the document stream against reading
/// everything at once, and the progress bar's silence off a terminal.
@Suite("Streaming input and output")
struct StreamingTests {
  func temp(_ name: String, _ data: Data) throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "graphctl-stream-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent(name)
    try data.write(to: url)
    return url.path
  }

  /// Lines the fast JSONL parser must answer exactly as `JSONDecoder` does (or leave to it).
  static let lines: [String] = [
    #"{"id":"a","text":"Russia backed Haftar."}"#,
    #"  {"id" : "a" , "text" : "x" , "date" : "2020-01-02"}  "#,
    #"{"text":"x","id":12}"#, #"{"text":"x","id":-0}"#, #"{"text":"x","id":1.5}"#,
    #"{"text":"x","id":1e2}"#, #"{"text":"x","id":null}"#, #"{"text":"x"}"#,
    #"{"text":"x","id":true}"#, #"{"text":"x","id":99999999999999999999}"#,
    #"{"text":null}"#, #"{"id":"b"}"#, #"{}"#, #"[1,2]"#, "not json", #"{"text":"x"} y"#,
    #"{"text":"x",}"#, #"{"text":"x","text":"y"}"#, #"{"te\u0078t":"x"}"#,
    #"{"text":"a\nb\t\"q\"\\ \/ \u00e9 \ud83d\ude00 \u062a"}"#, #"{"text":"lone \ud83d"}"#,
    #"{"text":"lone \ude00"}"#, #"{"text":"bad \x"}"#, "{\"text\":\"raw\ttab\"}",
    #"{"text":"x","meta":{"a":[1,2,{"b":null}]}}"#, #"{"text":"x","n":-12.5,"m":0,"k":false}"#,
    #"{"text":"x","n":01}"#, #"{"text":"x","n":1.}"#, #"{"text":"x","n":1e400}"#,
    "\u{00A0}{\"text\":\"nbsp\"}\u{00A0}", "\u{000B}{\"text\":\"vt\"}\u{000C}", "   ", "",
    #"{"text":"x","date":5}"#, #"{"text":"x","date":"Tue, 05 Nov 2019 10:00:00 GMT"}"#,
    #"{"text":"\u0000nul"}"#, #"{"id":"ع","text":"قالت تركيا إنها تدعم حكومة الوفاق"}"#,
  ]

  @Test func fastLineParserAgreesWithJSONDecoder() {
    for (k, line) in Self.lines.enumerated() {
      var fastDecoder: JSONDecoder?
      let fast = Array(line.utf8).withUnsafeBufferPointer {
        DocumentStream.decodeLine(
          $0, lineNo: k + 1, file: "f.jsonl", base: "f.jsonl", materialize: true,
          decoder: &fastDecoder)
      }
      // The decoder path alone: a line the fast parser never reads (a leading newline is
      // trimmed away, and the parser leaves lines starting with it to the decoder).
      var slowDecoder: JSONDecoder?
      let slow = Array(("\u{0085}" + line).utf8).withUnsafeBufferPointer {
        DocumentStream.decodeLine(
          $0, lineNo: k + 1, file: "f.jsonl", base: "f.jsonl", materialize: true,
          decoder: &slowDecoder)
      }
      switch (fast, slow) {
      case (.none, .none): break
      case (.document(let a), .document(let b)): #expect(a == b, "\(line)")
      case (.failure(let a), .failure(let b)): #expect(a.description == b.description, "\(line)")
      default: Issue.record("\(line): \(fast) vs \(slow)")
      }
    }
  }

  @Test func relationLinesAreWhatJSONEncoderWrites() throws {
    // Every stored property of Relation is written; a new one must be added to the writer.
    #expect(
      Mirror(
        reflecting: Relation(
          doc: "", sentence: 0, source: "", relation: .supports,
          target: "", cue: "", evidence: "", span: [], sourceText: "", targetText: "")
      ).children
        .count == 17)
    let enc = JSONEncoder()
    enc.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    var controls = ""
    for v in 0..<0x20 { controls.unicodeScalars.append(Unicode.Scalar(v)!) }
    let texts = [
      "plain", "قالت تركيا \"إنها\" تدعم\\ / الوفاق", controls, "\u{7F}\u{2028}\u{FEFF}😀", "",
    ]
    var relations: [Relation] = []
    for (k, t) in texts.enumerated() {
      for conf in [0.8, 1.0, 0.72, 0.1 + 0.2, 1e-7, 0.56] {
        relations.append(
          Relation(
            doc: t, sentence: k, source: "TUR", relation: .negotiatesWith, target: t, cue: t,
            evidence: t, span: [k, 1000 * k], sourceText: t, targetText: t, negated: k % 2 == 0,
            hypothetical: k % 3 == 0, confidence: conf, rule: k == 1 ? nil : t,
            sourceActor: k % 2 == 0 ? nil : t, targetActor: k % 3 == 0 ? t : nil,
            date: k == 2 ? nil : "2020-01-01"))
      }
    }
    let expected = try relations.map {
      String(decoding: try enc.encode($0), as: UTF8.self) + "\n"
    }.joined()
    #expect(RelationsJSONL.encode(relations) == expected)
    #expect(try RelationsJSONL.decode(RelationsJSONL.encode(relations), file: "m") == relations)
  }

  @Test func streamedBatchesEqualReadingEverything() throws {
    var lines: [String] = []
    for k in 0..<500 {
      // Repeated ids get #2, #3 across batches as in one read; a bad line in the middle.
      lines.append(#"{"id":"d\#(k % 7)","text":"Doc \#(k): Russia backed Haftar in Libya."}"#)
      if k == 250 { lines.append(#"{"id":"x"}"#) }
    }
    let path = try temp("many.jsonl", Data(lines.joined(separator: "\r\n").utf8))
    var warnings: [String] = []
    let reader = DocumentReader(skipBad: true, warn: { warnings.append($0) })
    let all = try reader.read([path])
    let stream = reader.stream([path])
    stream.batchBytes = 1000  // many small batches
    var streamed: [Document] = []
    var batches = 0
    while let b = try stream.next() {
      streamed += b
      batches += 1
    }
    #expect(batches > 5)
    #expect(streamed == all)
    #expect(all.count == 500)
    #expect(Set(all.map(\.id)).count == 500)
    #expect(warnings.count == 2 && warnings[0].contains("many.jsonl:252"))
    // Without --skip-bad the line is an error that names it, before any document is kept.
    #expect { try DocumentReader().check([path]) } throws: { "\($0)".contains("many.jsonl:252") }
  }

  @Test func checkReportsWhatReadWouldAndCountsDocuments() throws {
    let path = try temp("c.jsonl", Data("{\"text\":\"a\"}\n\n{\"text\":\"b\"}\n".utf8))
    let summary = try DocumentReader().check([path])
    #expect(summary.documents == 2 && summary.bytes == 27)
    let nul = try temp("n.jsonl", Data("{\"text\":\"a\"}\nnot json\n{\"text\":\"\0\"}\n".utf8))
    // The first NUL byte wins over an earlier bad line, as when the whole file was decoded.
    #expect { try DocumentReader().check([nul]) } throws: {
      "\($0)".contains("NUL byte at offset 31")
    }
    let empty = try temp("e.jsonl", Data("\n \n".utf8))
    #expect { try DocumentReader().check([empty]) } throws: { "\($0)".contains("no documents") }
  }

  @Test func streamingPipelineEqualsTheWholeRun() throws {
    let ex = try Extractor.standard()
    let pipeline = Pipeline(extractor: ex)
    let docs = try DocumentReader().read([Repo.seeds.path])
    let stream = DocumentReader().stream([Repo.seeds.path])
    stream.batchBytes = 1
    var streamed: [Relation] = []
    try pipeline.forEachBatch(stream, map: { $0.extract($1) }) { _, r in streamed += r.joined() }
    #expect(streamed == pipeline.extract(docs))
    #expect(!streamed.isEmpty)
  }

  @Test func utf8CheckAgreesWithTheStandardLibrary() {
    var rng = SplitMix64(seed: 11)
    let pieces: [[UInt8]] = [
      [0x41], [0xD8, 0xA7], [0xE2, 0x80, 0x94], [0xF0, 0x9F, 0x98, 0x80], [0x80], [0xC0, 0xAF],
      [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0xFF], [0x0A],
      [0xC1, 0x81], [0xDF, 0xBF], [0xC2, 0x80], [0xD9], [0xD9, 0x84], [0x20], [0xBF],
    ]
    // Runs of two-byte sequences and ASCII, as Arabic text is, go through the word-at-a-time
    // path: many pieces, mostly those.
    let common = [0, 1, 1, 1, 10, 13, 14, 16, 17]
    for round in 0..<4000 {
      var b: [UInt8] = []
      let count = Int(rng.next() % (round % 2 == 0 ? 12 : 60))
      for _ in 0..<count {
        let k =
          round % 2 == 0 || rng.next() % 8 == 0
          ? Int(rng.next() % UInt64(pieces.count)) : common[Int(rng.next() % UInt64(common.count))]
        b += pieces[k]
      }
      let mine = b.withUnsafeBufferPointer {
        UTF8Check.firstInvalid($0.baseAddress ?? UnsafePointer(bitPattern: 1)!, $0.count).invalid
      }
      var it = b.makeIterator()
      var decoder = UTF8()
      var consumed = 0
      var expected: Int?
      loop: while true {
        switch decoder.decode(&it) {
        case .scalarValue(let s): consumed += UTF8.width(s)
        case .emptyInput: break loop
        case .error:
          expected = consumed
          break loop
        }
      }
      #expect(mine == expected, "\(b)")
    }
  }

  @Test func progressIsSilentOffATerminal() throws {
    var fds: [Int32] = [0, 0]
    #expect(pipe(&fds) == 0)
    defer {
      close(fds[0])
      close(fds[1])
    }
    let silent = ProgressLine(label: "extract", totalBytes: 100, totalDocuments: 2, fd: fds[1])
    #expect(!silent.enabled)
    silent.update(documents: 1, bytes: 50)
    silent.finish(documents: 2, bytes: 100)
    let shown = ProgressLine(
      label: "extract", totalBytes: 4_000_000, totalDocuments: 20, fd: fds[1],
      forceTerminal: true)
    shown.finish(documents: 10, bytes: 2_000_000)
    var buffer = [UInt8](repeating: 0, count: 4096)
    let n = read(fds[0], &buffer, buffer.count)
    let text = String(decoding: buffer[0..<max(n, 0)], as: UTF8.self)
    // Only the forced bar wrote: one line with documents, MB and MB/s.
    #expect(text.hasPrefix("\rextract  10/20 docs  2.0/4.0 MB  "))
    #expect(text.contains("MB/s") && text.hasSuffix("\n"))
    #expect(shown.line(documents: 1, bytes: 1_000_000, elapsed: 1).hasSuffix("ETA 0:03"))
  }

  @Test func unfinishedAtomicWritesLeaveNothing() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "graphctl-writer-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let path = dir.appendingPathComponent("out.jsonl").path
    do {
      let w = try AtomicFile.Writer(path: path)
      try w.write(Array("half".utf8))
      // Dropped without commit: as when a run fails half-way.
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    let w = try AtomicFile.Writer(path: path)
    try w.write(Array("one\n".utf8))
    try w.write(Array("two\n".utf8))
    try w.commit()
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "one\ntwo\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["out.jsonl"])
  }
}

@Suite("Unmatched report")
struct UnmatchedReportTests {
  /// Words missed equally often are listed in text order, so the report is the same on every
  /// run (a dictionary's order changes with each process's hash seed).
  @Test(.enabled(if: CLIRunner.binary != nil, "graphctl is not built beside the tests"))
  func mostFrequentTiesAreInTextOrder() throws {
    let dir = try CLIRunner.folder("unmatched-order")
    defer { try? FileManager.default.removeItem(at: dir) }
    // Four cues, each twice with one actor: four ties of count 2.
    let text = ["condemned", "attacked", "supported", "criticised"].map {
      "Turkey \($0) them. Turkey \($0) it."
    }.joined(separator: " ")
    let r = try CLIRunner.run(["extract", "-", "--unmatched"], in: dir, stdin: Data(text.utf8))
    #expect(r.status == 0)
    let section = r.stdout.components(separatedBy: "== most frequent\n").last ?? ""
    let words = section.split(separator: "\n").compactMap { $0.split(separator: "\t").last }
      .map(String.init)
    #expect(words == ["attacked", "condemned", "criticised", "supported"], "\(r.stdout)")
  }
}
