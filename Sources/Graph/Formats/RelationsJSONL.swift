import Foundation

/// Reads and writes `relations.jsonl` (one `Relation` per line, DESIGN.md §2).
public enum RelationsJSONL {
  public static func encode(_ relations: [Relation]) -> String {
    String(decoding: encodedBytes(relations), as: UTF8.self)
  }

  /// `encode(relations)` as UTF-8 bytes.
  public static func encodedBytes(_ relations: [Relation]) -> [UInt8] {
    // The lines are written into memory with room for the most each could take, with no test
    // for room or uniqueness per piece, and copied out at their length.
    // (The relations are read in place: `reduce` and `for r in relations` copied each, some
    // ten Strings, twice.)
    relations.withUnsafeBufferPointer { rs in
      guard let base = rs.baseAddress else { return [] }
      var room = 0
      for i in rs.indices { room += self.room(base + i) }
      let memory = UnsafeMutablePointer<UInt8>.allocate(capacity: room)
      defer { memory.deallocate() }
      var out = JSONBytes.Cursor(memory)
      for i in rs.indices { append(base + i, to: &out) }
      precondition(out.written <= room, "RelationsJSONL: more written than room was made for")
      return Array(UnsafeBufferPointer(start: memory, count: out.written))
    }
  }

  /// The most `append` writes for the relation at `p`: its keys, numbers and strings at their
  /// longest.
  static func room(_ p: UnsafePointer<Relation>) -> Int {
    typealias C = JSONBytes.Cursor
    // The keys and punctuation take 211 bytes with every optional field.
    var n = 256 + C.doubleRoom + C.intRoom + (C.intRoom + 1) * p.pointee.span.count
    n += C.room(p.pointee.cue) + C.room(p.pointee.doc) + C.room(p.pointee.evidence)
    n += C.room(p.pointee.relation.rawValue) + C.room(p.pointee.source)
    n += C.room(p.pointee.sourceText) + C.room(p.pointee.target) + C.room(p.pointee.targetText)
    n += p.pointee.date.map(C.room) ?? 0
    n += p.pointee.rule.map(C.room) ?? 0
    n += p.pointee.sourceActor.map(C.room) ?? 0
    n += p.pointee.targetActor.map(C.room) ?? 0
    return n
  }

  /// Appends the relation at `p` as one line, byte for byte what `JSONEncoder` with sorted keys
  /// and unescaped slashes writes (tests compare the two), into memory with room for its most
  /// (`room`). A relation whose confidence is not a finite number cannot be written as JSON
  /// and is left out, as the encoder's error left it out before.
  /// (The relation is read where it is, field by field: passed as a value it was copied, ten
  /// Strings, and destroyed after.)
  static func append(_ p: UnsafePointer<Relation>, to out: inout JSONBytes.Cursor) {
    guard p.pointee.confidence.isFinite else { return }
    out.raw("{\"confidence\":")
    out.double(p.pointee.confidence)
    out.raw(",\"cue\":")
    out.string(p.pointee.cue)
    if let date = p.pointee.date {
      out.raw(",\"date\":")
      out.string(date)
    }
    out.raw(",\"doc\":")
    out.string(p.pointee.doc)
    out.raw(",\"evidence\":")
    out.string(p.pointee.evidence)
    // The two flags with the keys around them, in one piece each.
    switch (p.pointee.hypothetical, p.pointee.negated) {
    case (false, false): out.raw(",\"hypothetical\":false,\"negated\":false,\"relation\":")
    case (false, true): out.raw(",\"hypothetical\":false,\"negated\":true,\"relation\":")
    case (true, false): out.raw(",\"hypothetical\":true,\"negated\":false,\"relation\":")
    case (true, true): out.raw(",\"hypothetical\":true,\"negated\":true,\"relation\":")
    }
    out.string(p.pointee.relation.rawValue)
    if let rule = p.pointee.rule {
      out.raw(",\"rule\":")
      out.string(rule)
    }
    out.raw(",\"sentence\":")
    out.int(p.pointee.sentence)
    out.raw(",\"source\":")
    out.string(p.pointee.source)
    if let a = p.pointee.sourceActor {
      out.raw(",\"source_actor\":")
      out.string(a)
    }
    out.raw(",\"source_text\":")
    out.string(p.pointee.sourceText)
    out.raw(",\"span\":[")
    for (k, v) in p.pointee.span.enumerated() {
      if k > 0 { out.raw(",") }
      out.int(v)
    }
    out.raw("],\"target\":")
    out.string(p.pointee.target)
    if let a = p.pointee.targetActor {
      out.raw(",\"target_actor\":")
      out.string(a)
    }
    out.raw(",\"target_text\":")
    out.string(p.pointee.targetText)
    out.raw("}\n")
  }

  /// Parses relation lines; an error names the file and line. Unknown relation types are errors
  /// unless `skipBad`, when they are reported through `warn` and skipped.
  public static func decode(
    _ text: String, file: String, skipBad: Bool = false, warn: (String) -> Void = { _ in }
  ) throws -> [Relation] {
    let dec = JSONDecoder()
    var out: [Relation] = []
    var lineNo = 0
    for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNo += 1
      let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
      if line.isEmpty { continue }
      do {
        out.append(try dec.decode(Relation.self, from: Data(line.utf8)))
      } catch {
        let msg: String
        if case DecodingError.dataCorrupted(let ctx) = error,
          ctx.codingPath.last?.stringValue == "relation"
        {
          msg = "unknown relation type (expected supports, opposes, negotiates-with or strikes)"
        } else if case DecodingError.keyNotFound(let key, _) = error {
          msg = "missing field '\(key.stringValue)'"
        } else if case DecodingError.typeMismatch(_, let ctx) = error {
          msg =
            "field '\(ctx.codingPath.map(\.stringValue).joined(separator: "."))' has the wrong type"
        } else {
          msg = "not a JSON relation"
        }
        if skipBad {
          warn("warning: skipped \(file):\(lineNo): \(msg)")
        } else {
          throw InputError(file: file, line: lineNo, message: msg)
        }
      }
    }
    return out
  }

  /// Reads relation files (`-` is standard input) in order. With `skipBad`, bad lines and
  /// whole files that cannot be read (missing, a folder, binary, not UTF-8) are reported
  /// through `warn` and skipped.
  public static func read(
    _ paths: [String], skipBad: Bool = false, warn: (String) -> Void = { _ in }
  )
    throws -> [Relation]
  {
    var out: [Relation] = []
    for p in paths {
      let text: String
      do {
        text = try InputFile.text(p)
      } catch let e as InputError where skipBad {
        warn("warning: skipped \(e.description)")
        continue
      }
      out += try decode(text, file: InputFile.name(p), skipBad: skipBad, warn: warn)
    }
    return out
  }
}
