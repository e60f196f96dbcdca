import Foundation

/// Reads and writes `relations.jsonl` (one `Relation` per line, DESIGN.md §2).
public enum RelationsJSONL {
  public static func encode(_ relations: [Relation]) -> String {
    let enc = JSONEncoder()
    enc.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    var out = ""
    for r in relations {
      if let d = try? enc.encode(r), let s = String(data: d, encoding: .utf8) {
        out += s
        out += "\n"
      }
    }
    return out
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

  public static func read(
    _ paths: [String], skipBad: Bool = false, warn: (String) -> Void = { _ in }
  )
    throws -> [Relation]
  {
    var out: [Relation] = []
    for p in paths {
      let data: Data
      if p == "-" {
        data = FileHandle.standardInput.readDataToEndOfFile()
      } else {
        guard FileManager.default.fileExists(atPath: p) else {
          throw InputError(file: p, message: "no such file")
        }
        guard let d = FileManager.default.contents(atPath: p) else {
          throw InputError(file: p, message: "cannot read file")
        }
        data = d
      }
      let text = try DocumentReader().decode(data, file: p)
      out += try decode(text, file: p, skipBad: skipBad, warn: warn)
    }
    return out
  }
}
