/// A reading position in the bytes of one JSON line, with the two steps the byte parsers of
/// JSON lines share (documents in `JSONLine`, gazetteer entries in `GazetteerLine`).
protocol JSONByteCursor {
  var b: UnsafeBufferPointer<UInt8> { get }
  var i: Int { get set }
}

extension JSONByteCursor {
  /// Skips JSON whitespace (space, tab, line feed, carriage return).
  mutating func ws() {
    while i < b.count, b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0A || b[i] == 0x0D { i += 1 }
  }

  /// Steps over byte `c` if it is next.
  @inline(__always)
  mutating func eat(_ c: UInt8) -> Bool {
    guard i < b.count, b[i] == c else { return false }
    i += 1
    return true
  }
}
