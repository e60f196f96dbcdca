import Foundation

@testable import Graph

// The JSONL document reader. The first input byte sets the batch size, the read sizes and
// --skip-bad; the rest is written to a file and read as `graphctl extract FILE.jsonl` reads it.
//
// Invariants: no crash; the fast line parser answers every line as JSONDecoder does; the file
// check in small chunks finds what checking the whole file at once finds; blocks of lines cut
// at any size give back every byte and number the lines as a plain split does; the streamed
// documents, warnings and errors are those of reading the lines one by one (a NUL byte or
// invalid UTF-8 anywhere stops the file first); `check` agrees with the stream.

private let path: String = {
  let dir = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
  return (dir as NSString).appendingPathComponent("graphctl-fuzz-\(getpid()).jsonl")
}()

private func writeFile(_ bytes: [UInt8]) {
  let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
  require(fd >= 0, "cannot write \(path)")
  bytes.withUnsafeBytes { b in
    var done = 0
    while done < b.count {
      let n = write(fd, b.baseAddress! + done, b.count - done)
      require(n > 0, "cannot write \(path)")
      done += n
    }
  }
  close(fd)
}

/// One line through the fast parser and through the decoder alone (a leading U+0085 is
/// trimmed by the decoder's path and makes the fast parser leave the line to it).
private func decodeBoth(_ line: ArraySlice<UInt8>, number: Int) -> DocumentStream.LineResult {
  var d1: JSONDecoder?
  var d2: JSONDecoder?
  let fast = Array(line).withUnsafeBufferPointer {
    DocumentStream.decodeLine(
      $0, lineNo: number, file: path, base: (path as NSString).lastPathComponent, materialize: true,
      decoder: &d1)
  }
  let slow = ([0xC2, 0x85] + Array(line)).withUnsafeBufferPointer {
    DocumentStream.decodeLine(
      $0, lineNo: number, file: path, base: (path as NSString).lastPathComponent, materialize: true,
      decoder: &d2)
  }
  switch (fast, slow) {
  case (.none, .none): break
  case (.document(let a), .document(let b)): require(a == b, "line \(number): \(a) vs \(b)")
  case (.failure(let a), .failure(let b)):
    require(a.description == b.description, "line \(number): \(a) vs \(b)")
  default: require(false, "line \(number): fast \(fast) vs decoder \(slow)")
  }
  return fast
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONL(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let all = fuzzBytes(data, size)
  guard let control = all.first else { return 0 }
  let body = Array(all.dropFirst())
  let skipBad = control & 1 == 1
  let batch = 1 + Int(control >> 1) * 7
  let small = 1 + Int(control >> 4)
  writeFile(body)
  defer { unlink(path) }

  // The file check in small chunks against the whole buffer at once.
  let whole = body.withUnsafeBufferPointer { DocumentReader.problem($0, file: path) }
  var swept: InputError?
  do { try DocumentReader().sweep(path, chunk: small) } catch let e as InputError {
    swept = e
  } catch { require(false, "sweep threw \(error)") }
  require(
    swept?.description == whole?.description,
    "sweep \(String(describing: swept)) vs \(String(describing: whole))")

  // Blocks of lines at small sizes.
  let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
  let start = body.starts(with: bom) ? 3 : 0
  let fd = open(path, O_RDONLY)
  require(fd >= 0, "cannot open \(path)")
  let source = JSONLSource(fd: fd, file: path, checkBlocks: false)
  source.minimumRead = small
  var joined: [UInt8] = []
  var numbers: [Int] = []
  var ranges: [[UInt8]] = []
  do {
    while let block = try source.lines(maxBytes: small) {
      require(!block.bytes.isEmpty, "empty block")
      joined += block.bytes
      for l in block.lines {
        numbers.append(l.number)
        ranges.append(Array(block.bytes[l.range]))
      }
    }
  } catch { require(false, "reading blocks threw \(error)") }
  require(joined == body, "blocks do not give back the file")
  let content = Array(body[start...])
  var expectedLines = content.split(separator: 0x0A, omittingEmptySubsequences: false).map(
    Array.init)
  if content.last == 0x0A || content.isEmpty { expectedLines.removeLast() }
  require(ranges == expectedLines, "lines differ from a plain split")
  require(numbers == Array(1..<(expectedLines.count + 1)), "line numbers \(numbers)")

  // What reading the lines one by one gives.
  var expected: [Document] = []
  var failures: [InputError] = []
  if whole == nil {
    for (k, line) in expectedLines.enumerated() {
      switch decodeBoth(line[...], number: k + 1) {
      case .none: break
      case .document(let d): expected.append(d)
      case .failure(let e): failures.append(e)
      }
    }
  }
  var seen: [String: Int] = [:]
  for k in expected.indices {
    let n = seen[expected[k].id, default: 0]
    seen[expected[k].id] = n + 1
    if n > 0 { expected[k].id += "#\(n + 1)" }
  }
  let empty = InputError(file: path, message: "no documents to read (empty input)")
  let firstError: InputError? =
    whole ?? (skipBad ? nil : failures.first) ?? (expected.isEmpty ? empty : nil)
  let expectedError: InputError? =
    skipBad ? (expected.isEmpty ? empty : nil) : firstError
  let expectedWarnings =
    skipBad ? (whole.map { [$0] } ?? failures).map { "warning: skipped \($0.description)" } : []

  // The stream.
  var warnings: [String] = []
  let reader = DocumentReader(skipBad: skipBad, warn: { warnings.append($0) })
  let stream = reader.stream([path])
  stream.batchBytes = batch
  var docs: [Document] = []
  var error: InputError?
  do {
    while let b = try stream.next() { docs += b }
  } catch let e as InputError { error = e } catch { require(false, "stream threw \(error)") }
  require(
    error?.description == expectedError?.description,
    "stream error \(String(describing: error)) vs \(String(describing: expectedError))")
  require(warnings == expectedWarnings, "warnings \(warnings) vs \(expectedWarnings)")
  if error == nil {
    require(docs == expected, "documents differ")
    require(stream.bytesRead == body.count, "bytes read \(stream.bytesRead) of \(body.count)")
  } else {
    require(
      docs.count <= expected.count && docs == Array(expected.prefix(docs.count)),
      "docs before the error")
  }

  // The check before a run agrees.
  do {
    let summary = try DocumentReader(skipBad: skipBad, warn: { _ in }).check([path])
    require(expectedError == nil, "check passed, the stream failed")
    require(summary.documents == expected.count, "check counted \(summary.documents)")
  } catch let e as InputError {
    require(
      e.description == expectedError?.description,
      "check: \(e) vs \(String(describing: expectedError))")
  } catch { require(false, "check threw \(error)") }
  return 0
}
