import Foundation

/// Reads the documents named on a command line: text files, folders of `.txt` files, JSONL files
/// of `{"id", "text", "date"?}` objects, or `-` for standard input.
public struct DocumentReader {
  /// With `skipBad`, unreadable inputs and bad JSONL lines are reported through `warn` and
  /// skipped instead of failing the whole run.
  public var skipBad: Bool
  public var warn: (String) -> Void

  public init(skipBad: Bool = false, warn: @escaping (String) -> Void = { _ in }) {
    self.skipBad = skipBad
    self.warn = warn
  }

  public func read(_ inputs: [String]) throws -> [Document] {
    var docs: [Document] = []
    for input in inputs {
      do {
        docs += try read(one: input)
      } catch let e as InputError where skipBad {
        warn("warning: skipped \(e.description)")
      }
    }
    if docs.isEmpty {
      throw InputError(
        file: inputs.joined(separator: " "), message: "no documents to read (empty input)")
    }
    var seen: [String: Int] = [:]
    for i in docs.indices {
      let n = seen[docs[i].id, default: 0]
      seen[docs[i].id] = n + 1
      if n > 0 { docs[i].id += "#\(n + 1)" }
    }
    return docs
  }

  func read(one input: String) throws -> [Document] {
    if input == "-" {
      let data = FileHandle.standardInput.readDataToEndOfFile()
      let text = try decode(data, file: "<stdin>")
      if text.drop(while: { $0.isWhitespace }).first == "{" {
        return try parseJSONL(text, file: "<stdin>")
      }
      return text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        ? [] : [Document(id: "stdin", text: text)]
    }
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: input, isDirectory: &isDir) else {
      throw InputError(file: input, message: "no such file or folder")
    }
    if isDir.boolValue {
      let names: [String]
      do { names = try FileManager.default.contentsOfDirectory(atPath: input) } catch {
        throw InputError(file: input, message: "cannot read folder")
      }
      let txt = names.filter { $0.hasSuffix(".txt") && !$0.hasPrefix(".") }.sorted()
      if txt.isEmpty { throw InputError(file: input, message: "folder has no .txt files") }
      var docs: [Document] = []
      for name in txt {
        let path = (input as NSString).appendingPathComponent(name)
        do {
          docs += try readText(path)
        } catch let e as InputError where skipBad {
          warn("warning: skipped \(e.description)")
        }
      }
      return docs
    }
    if input.hasSuffix(".jsonl") || input.hasSuffix(".ndjson") {
      return try parseJSONL(try decode(try load(input), file: input), file: input)
    }
    return try readText(input)
  }

  private func readText(_ path: String) throws -> [Document] {
    let text = try decode(try load(path), file: path)
    if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
      throw InputError(file: path, message: "file is empty")
    }
    return [Document(id: (path as NSString).lastPathComponent, text: text)]
  }

  private func load(_ path: String) throws -> Data {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw InputError(file: path, message: "cannot read file (permission denied?)")
    }
    return data
  }

  /// Decodes UTF-8, refusing binary data (NUL bytes) and invalid sequences with their offset.
  func decode(_ data: Data, file: String) throws -> String {
    if let nul = data.firstIndex(of: 0) {
      throw InputError(
        file: file,
        message: "looks like a binary file (NUL byte at offset \(nul - data.startIndex))")
    }
    if let s = String(data: data, encoding: .utf8) {
      return s.hasPrefix("\u{FEFF}") ? String(s.dropFirst()) : s
    }
    let offset = Self.firstInvalidUTF8(data)
    throw InputError(file: file, message: "invalid UTF-8 at byte offset \(offset)")
  }

  static func firstInvalidUTF8(_ data: Data) -> Int {
    var it = data.makeIterator()
    var decoder = UTF8()
    var offset = 0
    var consumed = 0
    while true {
      switch decoder.decode(&it) {
      case .scalarValue(let s):
        offset = consumed
        consumed += UTF8.width(s)
      case .emptyInput: return consumed
      case .error: return consumed == 0 ? 0 : max(offset, consumed)
      }
    }
  }

  private struct Line: Decodable {
    var id: Flexible?
    var text: String?
    var date: String?
  }

  /// An id that may be written as a string or a number.
  private struct Flexible: Decodable {
    var value: String
    init(from decoder: any Decoder) throws {
      let c = try decoder.singleValueContainer()
      if let s = try? c.decode(String.self) {
        value = s
      } else if let i = try? c.decode(Int.self) {
        value = String(i)
      } else {
        value = String(try c.decode(Double.self))
      }
    }
  }

  func parseJSONL(_ text: String, file: String) throws -> [Document] {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let base = (file as NSString).lastPathComponent
    // Lines are decoded in parallel (in chunks); errors are reported in line order.
    let chunk = 256
    let chunks = (lines.count + chunk - 1) / chunk
    let decoded: [[Result<Document?, InputError>]] = parallelMap(chunks) { c in
      let decoder = JSONDecoder()
      return ((c * chunk)..<min(lines.count, (c + 1) * chunk)).map { k in
        let line = lines[k].trimmingCharacters(in: .whitespacesAndNewlines)
        if line.isEmpty { return .success(nil) }
        let lineNo = k + 1
        guard let l = try? decoder.decode(Line.self, from: Data(line.utf8)) else {
          return .failure(InputError(file: file, line: lineNo, message: "not a JSON object"))
        }
        guard let t = l.text else {
          return .failure(InputError(file: file, line: lineNo, message: "no \"text\" field"))
        }
        return .success(Document(id: l.id?.value ?? "\(base):\(lineNo)", text: t, date: l.date))
      }
    }
    var docs: [Document] = []
    docs.reserveCapacity(lines.count)
    for r in decoded.joined() {
      switch r {
      case .success(let d): if let d { docs.append(d) }
      case .failure(let e):
        if skipBad { warn("warning: skipped \(e.description)") } else { throw e }
      }
    }
    return docs
  }
}
