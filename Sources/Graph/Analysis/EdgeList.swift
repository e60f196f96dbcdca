import Foundation

/// Reads plain signed edge lists: one arc a line, tab-separated `src dst [weight [sign]]`,
/// node names are the strings themselves. Weight defaults to 1 and must be a finite number
/// >= 0; sign is `+`, `-`, `+1`, `1` or `-1` (default `+`). Blank lines and lines starting
/// with `#` are skipped. The arc's signed weight is sign x weight.
public enum EdgeList {
  /// Parses `data` read from `file` (the name is only used in errors). A bad line throws an
  /// `InputError` naming the file and line, or, with `skipBad`, is reported to `warn` and
  /// skipped.
  public static func parse(
    _ data: Data, file: String, skipBad: Bool = false, warn: (String) -> Void = { _ in }
  ) throws -> SignedDigraph {
    var index: [String: Int] = [:]
    var nodes: [String] = []
    var arcs: [SignedDigraph.Arc] = []
    func node(_ name: String) -> Int {
      if let i = index[name] { return i }
      let i = nodes.count
      index[name] = i
      nodes.append(name)
      return i
    }
    try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
      let bytes = raw.bindMemory(to: UInt8.self)
      var lineNumber = 0
      var start = 0
      while start < bytes.count {
        var end = start
        while end < bytes.count && bytes[end] != 0x0A { end += 1 }
        lineNumber += 1
        var stop = end
        if stop > start && bytes[stop - 1] == 0x0D { stop -= 1 }
        let line = UnsafeBufferPointer(rebasing: bytes[start..<stop])
        start = end + 1
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) || line.first == 0x23 { continue }
        do {
          let arc = try parseLine(line)
          arcs.append(
            SignedDigraph.Arc(from: node(arc.source), to: node(arc.target), weight: arc.weight))
        } catch let message as LineError {
          let error = InputError(file: file, line: lineNumber, message: message.text)
          if skipBad {
            warn("graphctl: warning: \(error.description) (skipped)")
          } else {
            throw error
          }
        }
      }
    }
    return SignedDigraph(nodes: nodes, arcs: arcs)
  }

  /// Reads and parses a file (`-` is standard input).
  public static func read(
    _ path: String, skipBad: Bool = false, warn: (String) -> Void = { _ in }
  ) throws -> SignedDigraph {
    // Binary data and invalid UTF-8 are refused first, with their byte offset.
    let text = try InputFile.text(path)
    let file = InputFile.name(path)
    if text.isEmpty { throw InputError(file: file, message: "empty edge file") }
    let graph = try parse(Data(text.utf8), file: file, skipBad: skipBad, warn: warn)
    if graph.nodes.isEmpty { throw InputError(file: file, message: "no edges to read") }
    return graph
  }

  struct LineError: Error {
    var text: String
  }

  static func parseLine(_ line: UnsafeBufferPointer<UInt8>) throws -> (
    source: String, target: String, weight: Double
  ) {
    var fields: [UnsafeBufferPointer<UInt8>] = []
    var from = 0
    for i in 0...line.count where i == line.count || line[i] == 0x09 {
      fields.append(UnsafeBufferPointer(rebasing: line[from..<i]))
      from = i + 1
    }
    func text(_ f: UnsafeBufferPointer<UInt8>) -> String { String(decoding: f, as: UTF8.self) }
    guard fields.count >= 2, fields.count <= 4 else {
      throw LineError(
        text: "expected 2 to 4 tab-separated fields (src dst weight sign), found \(fields.count)")
    }
    guard !fields[0].isEmpty, !fields[1].isEmpty else { throw LineError(text: "empty node name") }
    var weight = 1.0
    if fields.count >= 3 {
      let field = text(fields[2])
      guard let w = Double(field.trimmingCharacters(in: .whitespaces)), w.isFinite, w >= 0
      else {
        throw LineError(
          text:
            "weight \(InertText.quoted(field)) is not a finite number >= 0 (put the sign in field 4)"
        )
      }
      weight = w
    }
    if fields.count == 4 {
      let field = text(fields[3])
      switch field.trimmingCharacters(in: .whitespaces) {
      case "+", "+1", "1": break
      case "-", "-1": weight = -weight
      default: throw LineError(text: "sign \(InertText.quoted(field)) is not + or -")
      }
    }
    return (text(fields[0]), text(fields[1]), weight)
  }
}
