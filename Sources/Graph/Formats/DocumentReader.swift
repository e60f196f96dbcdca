import Foundation

/// Reads the documents named on a command line: text files, folders of `.txt` files, JSONL files
/// of `{"id", "text", "date"?}` objects, or `-` for standard input.
///
/// `stream` hands them out in batches of bounded size, so memory does not grow with the input;
/// `read` returns them all; `check` reads everything once to report bad input before a run
/// writes anything.
public struct DocumentReader {
  /// With `skipBad`, unreadable inputs and bad JSONL lines are reported through `warn` and
  /// skipped instead of failing the whole run.
  public var skipBad: Bool
  public var warn: (String) -> Void
  /// A JSONL file changed less than this many seconds before it was swept is checked again
  /// when it is read (`FileStamp`); tests set it below zero to trust every file.
  var racyWindow = 2

  public init(skipBad: Bool = false, warn: @escaping (String) -> Void = { _ in }) {
    self.skipBad = skipBad
    self.warn = warn
  }

  /// Every document of `inputs`.
  public func read(_ inputs: [String]) throws -> [Document] {
    let s = stream(inputs)
    var docs: [Document] = []
    while let batch = try s.next() { docs += batch }
    return docs
  }

  /// The documents of `inputs`, a batch at a time. After a successful `check` of the same
  /// inputs, pass `checked: true`: the stream then skips the whole-file tests and says nothing
  /// more about bad lines (the check reported them).
  public func stream(_ inputs: [String], checked: Bool = false) -> DocumentStream {
    DocumentStream(reader: self, inputs: inputs, mode: checked ? .checked : .read)
  }

  /// `stream(inputs, checked: true)` after `summary = check(inputs)`: the texts of JSONL files
  /// the check swept and that have not changed since are not validated again.
  public func stream(_ inputs: [String], checkedBy summary: InputSummary) -> DocumentStream {
    let s = DocumentStream(reader: self, inputs: inputs, mode: .checked)
    s.swept = summary.swept
    s.shapes = summary.shapes
    return s
  }

  /// Reads all inputs but standard input once, as `read` would, and fails (or warns, with
  /// `skipBad`) where `read` would, without keeping any document.
  public func check(_ inputs: [String]) throws -> InputSummary {
    let s = DocumentStream(
      reader: self, inputs: inputs.filter { $0 != "-" }, mode: .check,
      allowEmpty: inputs.contains("-"))
    while try s.next() != nil {}
    return InputSummary(
      documents: s.documents, bytes: s.bytesRead, swept: s.swept, shapes: s.shapes)
  }

  /// Decodes UTF-8, refusing binary data (NUL bytes) and invalid sequences with their offset.
  func decode(_ data: Data, file: String) throws -> String {
    try data.withUnsafeBytes { raw in
      let b = raw.bindMemory(to: UInt8.self)
      if let problem = Self.problem(b, file: file) { throw problem }
      var s = String(decoding: b, as: UTF8.self)
      if s.hasPrefix("\u{FEFF}") { s.removeFirst() }
      return s
    }
  }

  /// A UTF-16 byte-order mark at the start (`offset` 0), else a NUL byte (first), else invalid
  /// UTF-8, in `b`, as the error to report.
  static func problem(_ b: UnsafeBufferPointer<UInt8>, file: String, offset: Int = 0)
    -> InputError?
  {
    guard let base = b.baseAddress, !b.isEmpty else { return nil }
    if offset == 0, isUTF16(base, b.count) { return utf16(file) }
    if let nul = findByte(0, base, b.count) {
      return binary(file, offset + nul)
    }
    if let bad = UTF8Check.firstInvalid(base, b.count).invalid {
      return invalidUTF8(file, offset + bad)
    }
    return nil
  }

  /// True when `p` starts with a UTF-16 byte-order mark (FF FE or FE FF).
  static func isUTF16(_ p: UnsafePointer<UInt8>, _ n: Int) -> Bool {
    n >= 2 && ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF))
  }

  static func utf16(_ file: String) -> InputError {
    InputError(
      file: file,
      message: "is UTF-16 text (byte-order mark at offset 0); graphctl reads UTF-8 "
        + "(convert with: iconv -f UTF-16 -t UTF-8)")
  }

  static func binary(_ file: String, _ offset: Int) -> InputError {
    InputError(file: file, message: "looks like a binary file (NUL byte at offset \(offset))")
  }

  static func invalidUTF8(_ file: String, _ offset: Int) -> InputError {
    InputError(file: file, message: "invalid UTF-8 at byte offset \(offset)")
  }

  static func firstInvalidUTF8(_ data: Data) -> Int {
    data.withUnsafeBytes { raw in
      let b = raw.bindMemory(to: UInt8.self)
      guard let base = b.baseAddress else { return 0 }
      return UTF8Check.firstInvalid(base, b.count).invalid ?? b.count
    }
  }

  func readText(_ path: String) throws -> Document {
    let text = try decode(try load(path), file: path)
    if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
      throw InputError(file: path, message: "file is empty")
    }
    return Document(id: (path as NSString).lastPathComponent, text: text)
  }

  func load(_ path: String) throws -> Data {
    try InputFile.data(path)
  }

  /// Reads a whole file in chunks of `chunk` bytes and reports its first NUL byte, else its
  /// first invalid UTF-8, as `decode` would for the whole file, without holding it in memory.
  /// Returns the file's stamp from before the first read (nil when it cannot be trusted).
  @discardableResult
  func sweep(_ path: String, chunk: Int = 4 << 20) throws -> FileStamp? {
    let fd = sysOpen(path)
    guard fd >= 0 else { throw InputFile.openError(path, errno) }
    defer { sysClose(fd) }
    let stamp = FileStamp(fd: fd, window: racyWindow)
    // Room for a chunk and the up to three bytes of a sequence cut off by the previous one.
    // (Not zeroed first: only bytes read into it, or kept from the last read, are looked at.)
    let capacity = max(chunk, 1) + 3
    let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
    defer { buffer.deallocate() }
    var carry = 0  // bytes of a cut-off UTF-8 sequence kept at the start of the buffer
    var offset = 0  // file offset of buffer[0]
    var badUTF8: Int?
    while true {
      let got = sysRead(fd, buffer + carry, capacity - carry)
      guard got >= 0 else { throw InputError(file: path, message: "cannot read file") }
      let n = carry + got
      var complete = n
      if offset == 0 && carry == 0 && DocumentReader.isUTF16(buffer, got) {
        throw DocumentReader.utf16(path)
      }
      // The first NUL byte wins over any UTF-8 error, as in `decode`.
      if got > 0, let nul = findByte(0, buffer + carry, got) {
        throw DocumentReader.binary(path, offset + carry + nul)
      }
      if badUTF8 == nil {
        let r = UTF8Check.firstInvalid(buffer, n, final: got == 0)
        if let bad = r.invalid { badUTF8 = offset + bad } else { complete = r.complete }
      }
      if got == 0 { break }
      // Keep a cut-off sequence for the next read (the two ranges may overlap).
      carry = n - complete
      if carry > 0 {
        UnsafeMutableRawPointer(buffer).copyMemory(from: buffer + complete, byteCount: carry)
      }
      offset += complete
    }
    if let bad = badUTF8 { throw DocumentReader.invalidUTF8(path, bad) }
    return stamp
  }
}

func sysOpen(_ path: String) -> Int32 { open(path, O_RDONLY) }
func sysRead(_ fd: Int32, _ p: UnsafeMutableRawPointer, _ n: Int) -> Int { read(fd, p, n) }
func sysClose(_ fd: Int32) { close(fd) }

/// Offset of the first `byte` in `p[0..<n]`.
@inline(__always)
func findByte(_ byte: UInt8, _ p: UnsafePointer<UInt8>, _ n: Int) -> Int? {
  guard n > 0, let hit = memchr(p, Int32(byte), n) else { return nil }
  return UnsafeRawPointer(hit) - UnsafeRawPointer(p)
}

/// Offset of the last `byte` in `p[0..<n]`.
func findLastByte(_ byte: UInt8, _ p: UnsafePointer<UInt8>, _ n: Int) -> Int? {
  var k = n - 1
  while k >= 0 {
    if p[k] == byte { return k }
    k -= 1
  }
  return nil
}

/// What `DocumentReader.check` found: documents and input bytes.
public struct InputSummary: Sendable {
  public var documents: Int
  public var bytes: Int
  /// The stamps of the JSONL files found valid UTF-8, by path.
  var swept: [String: FileStamp] = [:]
  /// The shapes of those files' lines, by path (`DocumentStream.shapes`).
  var shapes: [String: [JSONLine.Shape?]] = [:]
}

/// The documents of a list of inputs, a batch at a time (see `DocumentReader.stream`).
/// JSONL files are read in blocks of lines whose lines are decoded on all cores.
public final class DocumentStream {
  enum Mode {
    /// Report problems; keep no documents.
    case check
    /// Report problems and return documents.
    case read
    /// Return documents; the inputs were checked, so problems are skipped silently.
    case checked
  }

  let reader: DocumentReader
  let inputs: [String]
  let mode: Mode
  let allowEmpty: Bool
  private var nextInput = 0
  private var currentInput = ""
  private var jsonl: JSONLSource?
  private var pendingFiles: [String] = []
  private var pendingDocs: [Document] = []
  private var seen: [String: Int] = [:]
  /// Documents handed out (or, when checking, found) so far.
  public private(set) var documents = 0
  /// Input bytes consumed so far.
  public private(set) var bytesRead = 0
  /// Target size of a batch, in input bytes.
  public var batchBytes = 8 << 20
  /// The stamps of the JSONL files swept (by this stream or the check before it), by path.
  var swept: [String: FileStamp] = [:]
  /// The shapes of the lines of swept JSONL files (index: line number - 1; nil for a line that
  /// is not a plain object), found by the check and read by the stream after it, which then
  /// parses each line once only. Kept only for lines read as the swept bytes.
  var shapes: [String: [JSONLine.Shape?]] = [:]

  init(reader: DocumentReader, inputs: [String], mode: Mode, allowEmpty: Bool = false) {
    self.reader = reader
    self.inputs = inputs
    self.mode = mode
    self.allowEmpty = allowEmpty
  }

  private var exhausted: Bool {
    jsonl == nil && pendingFiles.isEmpty && pendingDocs.isEmpty && nextInput >= inputs.count
  }

  /// The next batch (possibly empty), or nil after the last. Throws the first bad input unless
  /// `skipBad`; throws when no input held a document.
  public func next() throws -> [Document]? {
    var batch: [Document] = []
    var size = 0
    while size < batchBytes {
      if !pendingDocs.isEmpty {
        for d in pendingDocs { add(d, &batch) }
        pendingDocs = []
      } else if let src = jsonl {
        guard let block = try src.lines(maxBytes: batchBytes - size) else {
          jsonl = nil
          continue
        }
        bytesRead += block.bytes.count
        size += block.bytes.count
        for d in try decode(block, src) { add(d, &batch) }
      } else if !pendingFiles.isEmpty {
        let path = pendingFiles.removeFirst()
        do {
          let d = try reader.readText(path)
          bytesRead += d.utf8Count
          size += d.utf8Count
          add(d, &batch)
        } catch let e as InputError {
          try report(e)
        }
      } else if nextInput < inputs.count {
        let input = inputs[nextInput]
        currentInput = input
        nextInput += 1
        do {
          try start(input)
        } catch let e as InputError {
          try report(e)
        }
      } else {
        break
      }
    }
    if batch.isEmpty && exhausted {
      if documents == 0 && !allowEmpty {
        throw InputError(
          file: inputs.joined(separator: " "), message: "no documents to read (empty input)")
      }
      return nil
    }
    return batch
  }

  private func add(_ d: Document, _ batch: inout [Document]) {
    documents += 1
    guard mode != .check else { return }
    var d = d
    // The id's count, read and raised in one look-up (the id hashed once).
    let n = Self.raise(&seen[d.id, default: 0])
    if n > 1 { d.id += "#\(n)" }
    batch.append(d)
  }

  /// Adds one to `count`; the count after.
  private static func raise(_ count: inout Int) -> Int {
    count += 1
    return count
  }

  /// A bad input: an error, a warning (`skipBad`), or nothing when already reported (standard
  /// input is never checked beforehand).
  private func report(_ e: InputError) throws {
    if mode == .checked && currentInput != "-" { return }
    guard reader.skipBad else { throw e }
    reader.warn("warning: skipped \(e.description)")
  }

  private func start(_ input: String) throws {
    if input == "-" {
      try startStandardInput()
      return
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
      if txt.isEmpty {
        let jsonl = names.contains { $0.hasSuffix(".jsonl") || $0.hasSuffix(".ndjson") }
        throw InputError(
          file: input,
          message: "folder has no .txt files"
            + (jsonl ? " (give its .jsonl files by name: a folder is read for .txt files)" : ""))
      }
      pendingFiles = txt.map { (input as NSString).appendingPathComponent($0) }
      return
    }
    if input.hasSuffix(".jsonl") || input.hasSuffix(".ndjson") {
      if mode != .checked { swept[input] = try reader.sweep(input) }
      if mode == .check { shapes[input] = [] }
      let fd = sysOpen(input)
      guard fd >= 0 else { throw InputFile.openError(input, errno) }
      jsonl = JSONLSource(fd: fd, file: input, checkBlocks: false, swept: swept[input])
      return
    }
    pendingFiles = [input]
  }

  /// Standard input: JSONL when its first non-blank character is `{`, else one document.
  private func startStandardInput() throws {
    let file = "<stdin>"
    var head: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    // Read until the first non-blank character shows which it is.
    while true {
      let got = chunk.withUnsafeMutableBytes { sysRead(0, $0.baseAddress!, $0.count) }
      if got > 0 { head += chunk[0..<got] }
      var text = String(decoding: head, as: UTF8.self)
      if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
      let first = text.drop { $0.isWhitespace }.first
      // A cut-off sequence at the end decodes as U+FFFD: read on.
      if got > 0 && (first == nil || first == "\u{FFFD}") { continue }
      if first == "{" {
        jsonl = JSONLSource(fd: 0, file: file, checkBlocks: true, prefix: head)
        return
      }
      break
    }
    // One document: all of the input.
    var data = Data(head)
    data.append(FileHandle.standardInput.readDataToEndOfFile())
    bytesRead += data.count
    let text = try reader.decode(data, file: file)
    if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return }
    pendingDocs = [Document(id: "stdin", text: text)]
  }

  /// Decodes a block of lines on all cores, then reports problems in line order.
  private func decode(_ block: JSONLSource.Block, _ src: JSONLSource) throws -> [Document] {
    let materialize = mode != .check
    let lines = block.lines
    let chunk = 64
    let chunks = (lines.count + chunk - 1) / chunk
    let base = (src.file as NSString).lastPathComponent
    let file = src.file
    // The check's shapes of these lines, when both read the swept bytes.
    let known = mode == .checked && block.validated ? shapes[file] : nil
    let results: [[(result: LineResult, shape: JSONLine.Shape?)]] =
      block.bytes.withUnsafeBufferPointer { whole in
        nonisolated(unsafe) let buffer = whole
        return parallelMap(chunks) { c in
          var decoder: JSONDecoder?
          return ((c * chunk)..<min(lines.count, (c + 1) * chunk)).map { k in
            let n = lines[k].number
            return DocumentStream.decodeLine(
              UnsafeBufferPointer(rebasing: buffer[lines[k].range]), lineNo: n,
              file: file, base: base, materialize: materialize, validated: block.validated,
              known: known.flatMap { n <= $0.count ? $0[n - 1] : nil }, decoder: &decoder)
          }
        }
      }
    if mode == .check {
      // Shapes are kept for swept bytes only; a line not read as such ends them.
      if block.validated, shapes[file] != nil {
        // (The block's shapes added at once: the file's entry looked up, its path hashed, once.)
        shapes[file]?.append(contentsOf: results.joined().lazy.map(\.shape))
      } else {
        shapes[file] = nil
      }
    }
    var docs: [Document] = []
    for r in results.joined().lazy.map(\.result) {
      switch r {
      case .none: break
      case .document(let d): docs.append(d)
      case .failure(let e): try report(e)
      }
    }
    return docs
  }

  enum LineResult: Sendable {
    case none
    case document(Document)
    case failure(InputError)
  }

  /// One JSONL line: the fast parser when it is sure, else `JSONDecoder` on the trimmed line.
  /// With `validated`, `b` is known to be valid UTF-8, and so are the text's bytes cut from it
  /// (escapes decode to whole scalars).
  static func decodeLine(
    _ b: UnsafeBufferPointer<UInt8>, lineNo: Int, file: String, base: String, materialize: Bool,
    validated: Bool = false, decoder: inout JSONDecoder?
  ) -> LineResult {
    decodeLine(
      b, lineNo: lineNo, file: file, base: base, materialize: materialize, validated: validated,
      known: nil, decoder: &decoder
    ).result
  }

  /// `decodeLine`, with the line's shape: `known` (what a read of the same bytes found) is
  /// taken instead of parsing the line again; the shape returned is the one read (nil when
  /// the line is not a plain object).
  static func decodeLine(
    _ b: UnsafeBufferPointer<UInt8>, lineNo: Int, file: String, base: String, materialize: Bool,
    validated: Bool, known: JSONLine.Shape?, decoder: inout JSONDecoder?
  ) -> (result: LineResult, shape: JSONLine.Shape?) {
    let form: JSONLine.Form
    if let known, known.count == b.count { form = .shape(known) } else { form = JSONLine.form(b) }
    switch form {
    case .empty:
      return (.none, nil)
    case .shape(let shape):
      guard
        case .fields(let id, let text, let date, let hasText) = JSONLine.fields(
          shape, in: b, materialize: materialize),
        hasText
      else {
        return (
          .failure(InputError(file: file, line: lineNo, message: "no \"text\" field")), shape
        )
      }
      return (
        .document(
          Document(
            id: id ?? "\(base):\(lineNo)", utf8: text ?? [], date: date, validated: validated)),
        shape
      )
    case .unsure:
      break
    }
    let line = String(decoding: b, as: UTF8.self).trimmingCharacters(
      in: .whitespacesAndNewlines)
    if line.isEmpty { return (.none, nil) }
    if decoder == nil { decoder = JSONDecoder() }
    guard let l = try? decoder?.decode(Line.self, from: Data(line.utf8)) else {
      return (.failure(InputError(file: file, line: lineNo, message: lineProblem(line))), nil)
    }
    guard let t = l.text else {
      return (.failure(InputError(file: file, line: lineNo, message: "no \"text\" field")), nil)
    }
    return (
      .document(Document(id: l.id?.value ?? "\(base):\(lineNo)", text: t, date: l.date)), nil
    )
  }

  /// What is wrong with a line `JSONDecoder` could not read as a document.
  static func lineProblem(_ line: String) -> String {
    guard
      let object = try? JSONSerialization.jsonObject(
        with: Data(line.utf8), options: [.fragmentsAllowed])
    else { return "not valid JSON" }
    guard let fields = object as? [String: Any] else {
      return "not a JSON object (a document line is {\"id\", \"text\", \"date\"})"
    }
    if let text = fields["text"], !(text is String), !(text is NSNull) {
      return "field \"text\" is not a string"
    }
    if let date = fields["date"], !(date is String), !(date is NSNull) {
      return "field \"date\" is not a string"
    }
    if let id = fields["id"], !(id is String), !(id is NSNumber), !(id is NSNull) {
      return "field \"id\" is not a string or a number"
    }
    return "not a JSON document line"
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
}

/// A JSONL file (or standard input) read in blocks of whole lines.
final class JSONLSource {
  let fd: Int32
  let file: String
  /// Test each block for NUL bytes and invalid UTF-8 (standard input, which cannot be swept
  /// before it is read).
  let checkBlocks: Bool
  /// The stamp of the file when it was swept; while `fstat` after each read still gives it,
  /// the bytes read are the swept ones, valid UTF-8.
  let swept: FileStamp?
  private var unchanged: Bool
  private var buffer: [UInt8]
  private var eof = false
  private var lineNo = 0
  private var offset = 0  // input offset of buffer[0]
  /// The least a read asks for (tests and fuzzing make it small to reach every cut).
  var minimumRead = 1 << 20

  struct Line: Sendable {
    var range: Range<Int>
    var number: Int
  }
  struct Block {
    var bytes: [UInt8]
    var lines: [Line]
    /// The bytes are known to be valid UTF-8 (checked here or swept).
    var validated = false
  }

  init(
    fd: Int32, file: String, checkBlocks: Bool, swept: FileStamp? = nil, prefix: [UInt8] = []
  ) {
    self.fd = fd
    self.file = file
    self.checkBlocks = checkBlocks
    self.swept = swept
    self.unchanged = swept != nil
    self.buffer = prefix
  }

  deinit {
    if fd > 0 { sysClose(fd) }
  }

  /// Reads up to `n` more bytes (at least 1 MB is asked for); sets `eof` at the end.
  private func fill(_ n: Int) throws {
    let ask = max(n, minimumRead, 1)
    // Read into fresh uninitialised storage and append it: growing `buffer` by `ask` zeros and
    // trimming them again costs seconds per 8 MB batch in a debug build.
    var got = 0
    let chunk = [UInt8](unsafeUninitializedCapacity: ask) { b, count in
      got = b.baseAddress.map { sysRead(fd, $0, ask) } ?? -1
      count = max(got, 0)
    }
    guard got >= 0 else { throw InputError(file: file, message: "cannot read file") }
    // After the read: a change that the bytes read could show has changed the stamp by now.
    if unchanged, let swept { unchanged = FileStamp(fd: fd, window: -1) == swept }
    if got == 0 { eof = true }
    // Nothing left over: the chunk is the buffer (not copied into it).
    if buffer.isEmpty { buffer = chunk } else { buffer.append(contentsOf: chunk) }
  }

  private func newline(_ range: Range<Int>, last: Bool) -> Int? {
    guard !range.isEmpty else { return nil }
    return buffer.withUnsafeBufferPointer { b in
      let p = b.baseAddress! + range.lowerBound
      let hit = last ? findLastByte(0x0A, p, range.count) : findByte(0x0A, p, range.count)
      return hit.map { $0 + range.lowerBound }
    }
  }

  /// The next whole lines, about `maxBytes` of them (at least one line), or nil at the end.
  func lines(maxBytes: Int) throws -> Block? {
    let want = max(maxBytes, 1)
    while buffer.count < want && !eof { try fill(want - buffer.count) }
    // Cut after the last newline in the first `want` bytes, else after the first one past them.
    var end = newline(0..<min(want, buffer.count), last: true).map { $0 + 1 }
    var searched = min(want, buffer.count)
    while end == nil {
      if let k = newline(searched..<buffer.count, last: false) {
        end = k + 1
      } else if eof {
        end = buffer.count
      } else {
        searched = buffer.count
        try fill(minimumRead)
      }
    }
    guard let end, end > 0 else { return nil }
    // The whole buffer handed over when the block takes all of it (the common case of a file
    // that fits a batch), not copied and then removed.
    let bytes: [UInt8]
    if end == buffer.count {
      bytes = buffer
      buffer = []
    } else {
      bytes = Array(buffer[0..<end])
      buffer.removeFirst(end)
    }
    if checkBlocks,
      let problem = bytes.withUnsafeBufferPointer({
        DocumentReader.problem($0, file: file, offset: offset)
      })
    {
      throw problem
    }
    // A byte-order mark at the start of the input is not part of the first line.
    let start = offset == 0 && bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    offset += end
    var lines: [Line] = []
    bytes.withUnsafeBufferPointer { b in
      var lo = start
      while lo < b.count {
        let hi = findByte(0x0A, b.baseAddress! + lo, b.count - lo).map { $0 + lo } ?? b.count
        lineNo += 1
        lines.append(Line(range: lo..<hi, number: lineNo))
        lo = hi + 1
      }
    }
    return Block(bytes: bytes, lines: lines, validated: checkBlocks || unchanged)
  }
}
