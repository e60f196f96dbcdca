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
    var index: [Substring: Int] = [:]
    var nodes: [String] = []
    var arcs: [SignedDigraph.Arc] = []
    let text = String(decoding: data, as: UTF8.self)
    var lineNumber = 0
    func node(_ name: Substring) -> Int {
      if let i = index[name] { return i }
      let i = nodes.count
      index[name] = i
      nodes.append(String(name))
      return i
    }
    for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      var line = rawLine
      if line.last == "\r" { line = line.dropLast() }
      if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.first == "#" { continue }
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
    return SignedDigraph(nodes: nodes, arcs: arcs)
  }

  /// Reads and parses a file (`-` is standard input).
  public static func read(
    _ path: String, skipBad: Bool = false, warn: (String) -> Void = { _ in }
  ) throws -> SignedDigraph {
    let data: Data
    if path == "-" {
      data = FileHandle.standardInput.readDataToEndOfFile()
    } else {
      guard FileManager.default.fileExists(atPath: path) else {
        throw InputError(file: path, message: "no such edge file")
      }
      do {
        data = try Data(contentsOf: URL(fileURLWithPath: path))
      } catch {
        throw InputError(file: path, message: "cannot read edge file")
      }
    }
    if data.isEmpty { throw InputError(file: path, message: "empty edge file") }
    return try parse(data, file: path, skipBad: skipBad, warn: warn)
  }

  struct LineError: Error {
    var text: String
  }

  static func parseLine(_ line: Substring) throws -> (
    source: Substring, target: Substring, weight: Double
  ) {
    let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
    guard fields.count >= 2, fields.count <= 4 else {
      throw LineError(
        text: "expected 2 to 4 tab-separated fields (src dst weight sign), found \(fields.count)")
    }
    let source = fields[0]
    let target = fields[1]
    guard !source.isEmpty, !target.isEmpty else { throw LineError(text: "empty node name") }
    var weight = 1.0
    if fields.count >= 3 {
      guard let w = Double(fields[2].trimmingCharacters(in: .whitespaces)), w.isFinite, w >= 0
      else {
        throw LineError(
          text: "weight '\(fields[2])' is not a finite number >= 0 (put the sign in field 4)")
      }
      weight = w
    }
    if fields.count == 4 {
      switch fields[3].trimmingCharacters(in: .whitespaces) {
      case "+", "+1", "1": break
      case "-", "-1": weight = -weight
      default: throw LineError(text: "sign '\(fields[3])' is not + or -")
      }
    }
    return (source, target, weight)
  }
}
