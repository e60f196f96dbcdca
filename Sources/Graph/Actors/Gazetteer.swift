import Foundation

/// An error in a gazetteer or other line-oriented input file, naming the file and line.
public struct InputError: Error, CustomStringConvertible, Sendable {
  public var file: String
  public var line: Int?
  public var message: String

  public init(file: String, line: Int? = nil, message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  public var description: String {
    if let line { return "\(file):\(line): \(message)" }
    return "\(file): \(message)"
  }
}

/// The actor dictionary: every known actor, how to roll persons up, and the name index.
public struct Gazetteer: Sendable {
  /// The gazetteer's tables, held by one reference and never changed once made (`merge` makes
  /// new ones): a gazetteer is copied into the extractor's per-document helpers and its
  /// sentence context, and one reference is cheaper to copy than seven arrays; the sentence
  /// context, passed to every rule, is then small enough to be copied without a `memcpy` call.
  private final class Tables: Sendable {
    let entries: [GazetteerEntry]
    let byCode: [String: Int]
    /// The codes by their bytes (id = place in `entries`): the look-up of the extraction rules,
    /// without String hashing.
    let codeBytes: ByteTable
    let tag: UInt32

    init(entries: [GazetteerEntry], byCode: [String: Int], codeBytes: ByteTable, tag: UInt32) {
      self.entries = entries
      self.byCode = byCode
      self.codeBytes = codeBytes
      self.tag = tag
    }
  }

  private var tables: Tables

  public var entries: [GazetteerEntry] {
    _read { yield tables.entries }
  }
  private var byCode: [String: Int] {
    _read { yield tables.byCode }
  }
  private var codeBytes: ByteTable {
    _read { yield tables.codeBytes }
  }
  /// Tells mentions whose entries this gazetteer's matcher found (`Mention.entryTag`); new with
  /// every change of the entries.
  var tag: UInt32 { tables.tag }

  public init(entries: [GazetteerEntry]) {
    tables = Tables(entries: [], byCode: [:], codeBytes: ByteTable(), tag: 0)
    merge(entries)
  }

  /// Adds entries; an entry whose code is already known replaces the old one.
  public mutating func merge(_ more: [GazetteerEntry]) {
    // Nothing to add (the standard extractor's, without --actors): the code table stays.
    guard !more.isEmpty else { return }
    // A first list of distinct codes (the built-in gazetteer's) becomes the entries as it is,
    // not copied entry by entry; the codes' table as the loop below makes it.
    if tables.entries.isEmpty {
      var byCode = [String: Int](minimumCapacity: more.count)
      var distinct = true
      for k in more.indices where byCode.updateValue(k, forKey: more[k].code) != nil {
        distinct = false
        break
      }
      if distinct {
        setTables(entries: more, byCode: byCode)
        return
      }
    }
    var entries = tables.entries
    var byCode = tables.byCode
    // (Room for them all at once: growing a place at a time rehashed the codes a dozen times.)
    entries.reserveCapacity(entries.count + more.count)
    byCode.reserveCapacity(entries.count + more.count)
    for e in more {
      if let i = byCode[e.code] {
        entries[i] = e
      } else {
        byCode[e.code] = entries.count
        entries.append(e)
      }
    }
    // Ids in `entries` order; a code equal to an earlier one as a String but not as bytes
    // (another Unicode form) is never found by its bytes, so `index` asks `byCode` then.
    setTables(entries: entries, byCode: byCode)
  }

  /// New tables of `entries` and their codes' places (`byCode`).
  private mutating func setTables(entries: [GazetteerEntry], byCode: [String: Int]) {
    var codeBytes = ByteTable()
    // (Sized once for the codes, which are distinct: the table it would grow to.)
    codeBytes.reserveCapacity(
      words: entries.count, bytes: entries.reduce(0) { $0 + $1.code.utf8.count })
    for k in entries.indices { codeBytes.insert(entries[k].code.utf8) }
    tables = Tables(
      entries: entries, byCode: byCode, codeBytes: codeBytes,
      tag: UInt32.random(in: 1...UInt32.max))
  }

  /// The place of the entry of `m.code` (`index(m.code)`, from the mention when it knows it).
  @inline(__always)
  func codeIndex(_ m: Mention) -> Int? {
    guard m.entryTag == tag, m.codeEntry != Mention.unknownEntry else { return index(m.code) }
    return m.codeEntry >= 0 ? Int(m.codeEntry) : nil
  }

  /// The place of the entry of `m.actor` (`index(m.actor)`, from the mention when it knows it).
  @inline(__always)
  func actorIndex(_ m: Mention) -> Int? {
    guard m.entryTag == tag, m.actorEntry != Mention.unknownEntry else { return index(m.actor) }
    return m.actorEntry >= 0 ? Int(m.actorEntry) : nil
  }

  /// The kind of the entry of `m.code`.
  @inline(__always)
  func codeKind(_ m: Mention) -> ActorKind? { codeIndex(m).map { entries[$0].kind } }

  /// The kind of the entry of `m.actor`.
  @inline(__always)
  func actorKind(_ m: Mention) -> ActorKind? { actorIndex(m).map { entries[$0].kind } }

  public func entry(_ code: String) -> GazetteerEntry? {
    index(code).map { entries[$0] }
  }

  /// The kind of the entry with `code`, without copying the entry.
  func kind(_ code: String) -> ActorKind? {
    guard let i = index(code) else { return nil }
    return entries[i].kind
  }

  /// The place of the entry with `code` in `entries`.
  func index(_ code: String) -> Int? {
    let id = Int(codeBytes.find(code))
    if id >= 0 { return id }
    // ASCII codes are equal as Strings only when their bytes are.
    if code.utf8.allSatisfy({ $0 < 0x80 }) { return nil }
    return byCode[code]
  }

  /// The code an actor rolls up to: follows affiliations to the top (cycles stop).
  public func rollUp(_ code: String) -> String {
    var current = code
    // The codes passed, compared as Strings (as a Set of them did; a chain is short); the
    // entries read in place (`entry` copies one).
    var seen: [String] = [code]
    while let i = index(current), let a = entries[i].affiliation, index(a) != nil,
      !seen.contains(a)
    {
      seen.append(a)
      current = a
    }
    return current
  }

  /// `rollUp(e.code)` of every entry `e`, with the place of the entry it names (`index` of it):
  /// the codes passed compared by their entries' places, as codes are equal as Strings exactly
  /// when their places are (one list of them for all entries, not one for each).
  func rollUps() -> (codes: [String], entries: [Int32]) {
    var codes: [String] = []
    var places: [Int32] = []
    codes.reserveCapacity(entries.count)
    places.reserveCapacity(entries.count)
    var seen: [Int] = []
    for k in entries.indices {
      var current = k
      var code = entries[k].code
      seen.removeAll(keepingCapacity: true)
      seen.append(k)
      while let a = entries[current].affiliation, let j = index(a), !seen.contains(j) {
        seen.append(j)
        code = a
        current = j
      }
      codes.append(code)
      places.append(Int32(current))
    }
    return (codes, places)
  }

  /// The display record of a code (nil for unknown codes).
  public func actor(_ code: String) -> Actor? { entry(code)?.actor }

  /// The gazetteer shipped with graphctl (Resources/gazetteer/*.jsonl).
  public static func builtIn() throws -> Gazetteer {
    guard let dir = Bundle.module.url(forResource: "gazetteer", withExtension: nil) else {
      throw InputError(file: "gazetteer", message: "built-in gazetteer is missing")
    }
    let files = try FileManager.default.contentsOfDirectory(
      at: dir, includingPropertiesForKeys: nil
    )
    .filter { $0.pathExtension == "jsonl" }
    .sorted { $0.lastPathComponent < $1.lastPathComponent }
    // (Each file's entries read into one list: `+=` copied every entry.)
    var all: [GazetteerEntry] = []
    for f in files { try load(contentsOf: f, into: &all) }
    return Gazetteer(entries: all)
  }

  /// Reads one gazetteer JSONL file; errors name the line and the field.
  public static func load(contentsOf url: URL) throws -> [GazetteerEntry] {
    var out: [GazetteerEntry] = []
    try load(contentsOf: url, into: &out)
    return out
  }

  /// `load(contentsOf:)`, the entries added to `out`.
  static func load(contentsOf url: URL, into out: inout [GazetteerEntry]) throws {
    let data: Data
    do { data = try Data(contentsOf: url) } catch {
      throw InputError(file: url.path, message: "cannot read actor file")
    }
    guard let text = ResourceText.utf8(data) else {
      throw InputError(file: url.path, message: "actor file is not valid UTF-8")
    }
    try parse(text, file: url.path, into: &out)
  }

  /// Parses gazetteer JSONL text.
  public static func parse(_ text: String, file: String) throws -> [GazetteerEntry] {
    var out: [GazetteerEntry] = []
    try parse(text, file: file, into: &out)
    return out
  }

  /// `parse(_:file:)`, the entries added to `out`.
  static func parse(_ text: String, file: String, into out: inout [GazetteerEntry]) throws {
    let decoder = JSONDecoder()
    let name = (file as NSString).lastPathComponent
    var lineNo = 0
    /// "\(name):\(lineNo)", written from its bytes (an interpolation cost some 800
    /// instructions).
    func origin(_ line: Int) -> String {
      var count = 1
      var t = line
      while t >= 10 {
        t /= 10
        count += 1
      }
      return String(unsafeUninitializedCapacity: name.utf8.count + 1 + count) { out in
        let k = out.initialize(fromContentsOf: name.utf8)
        out[k] = 0x3A
        var n = line
        for p in stride(from: k + count, to: k, by: -1) {
          out[p] = 0x30 + UInt8(n % 10)
          n /= 10
        }
        return k + 1 + count
      }
    }
    // Lines split on the byte 0x0A ("\r\n" ends a line too; the "\r" is trimmed), found in the
    // text's bytes (a split of the String's UTF-8 view costs more than the bytes at once).
    var text = text
    let ranges: [Range<Int>] = text.withUTF8 { b in
      var out: [Range<Int>] = []
      var start = 0
      while true {
        let end = b.baseAddress.flatMap { findByte(0x0A, $0 + start, b.count - start) }
          .map { start + $0 }
        out.append(start..<(end ?? b.count))
        guard let end else { break }
        start = end + 1
      }
      return out
    }
    for r in ranges {
      lineNo += 1
      // A line that is one plain object from its first byte to its last (nothing to trim, no
      // comment) is read from the text's bytes, without making the line; any other as below.
      if let fast = text.withUTF8({ b -> GazetteerEntry? in
        let line = UnsafeBufferPointer(rebasing: b[r])
        guard line.first == 0x7B, line.last == 0x7D else { return nil }
        return GazetteerLine.entry(line)
      }) {
        var e = fast
        e.origin = origin(lineNo)
        guard !e.code.isEmpty else {
          throw InputError(file: file, line: lineNo, message: "field 'code' is empty")
        }
        out.append(e)
        continue
      }
      let raw = Substring(
        text.withUTF8 { String(decoding: UnsafeBufferPointer(rebasing: $0[r]), as: UTF8.self) })
      let line = trimmed(raw)
      // (The first byte tested first: `hasPrefix` compares Characters.)
      let first = line.utf8.first
      if line.isEmpty || first == 0x23 && line.hasPrefix("#")
        || first == 0x2F && line.hasPrefix("//")
      {
        continue
      }
      do {
        // The plain lines read from their bytes; anything else (and every error) by the decoder.
        var e =
          try GazetteerLine.entry(line)
          ?? decoder.decode(GazetteerEntry.self, from: Data(line.utf8))
        e.origin = origin(lineNo)
        guard !e.code.isEmpty else {
          throw InputError(file: file, line: lineNo, message: "field 'code' is empty")
        }
        out.append(e)
      } catch let e as InputError {
        throw e
      } catch let DecodingError.keyNotFound(key, _) {
        throw InputError(file: file, line: lineNo, message: "missing field '\(key.stringValue)'")
      } catch let DecodingError.typeMismatch(_, ctx) {
        throw InputError(
          file: file, line: lineNo, message: "field '\(path(ctx))' has the wrong type")
      } catch let DecodingError.dataCorrupted(ctx) {
        let field = path(ctx)
        throw InputError(
          file: file, line: lineNo,
          message: field.isEmpty ? "not valid JSON" : "field '\(field)' has an invalid value")
      } catch {
        throw InputError(file: file, line: lineNo, message: "not a valid actor entry")
      }
    }
  }

  /// `line` without surrounding white space (ASCII looked at byte by byte; anything else by
  /// Foundation).
  private static func trimmed(_ line: Substring) -> String {
    let u = line.utf8
    guard let f = u.first, let l = u.last else { return "" }
    func space(_ c: UInt8) -> Bool { c == 0x20 || (c >= 0x09 && c <= 0x0D) }
    if f < 0x80 && l < 0x80 {
      let a = u.firstIndex { !space($0) } ?? u.endIndex
      let b = u.lastIndex { !space($0) }.map { u.index(after: $0) } ?? a
      if a >= b { return "" }
      let s = Substring(line.utf8[a..<b])
      if let f2 = s.utf8.first, let l2 = s.utf8.last, f2 < 0x80, l2 < 0x80 { return String(s) }
    }
    return line.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  private static func path(_ ctx: DecodingError.Context) -> String {
    ctx.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
  }
}
