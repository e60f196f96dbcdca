/// Parses one input JSONL line (`{"id", "text", "date"}`) straight from its UTF-8 bytes.
///
/// It reads only the plain shape: an object whose `id` is a string, an integer or null, whose
/// `text` and `date` are strings or null, and whose other values are strings, numbers, true,
/// false or null, with JSON's own whitespace around. Anything else (nested objects or arrays,
/// escaped keys, repeated keys, lone surrogates, other whitespace, invalid JSON) is `unsure`,
/// and the caller hands the line to `JSONDecoder`, so every line gets the decoder's answer.
enum JSONLine {
  enum Outcome {
    /// Only ASCII whitespace.
    case empty
    /// A JSON object: its fields (nil when absent or null). Strings are made only when asked.
    case fields(id: String?, text: [UInt8]?, date: String?, hasText: Bool)
    case unsure
  }

  /// A string value in a line: its content's byte range (between the quotes) and whether it
  /// has escapes.
  struct Span: Sendable {
    var range: Range<Int>
    var escaped: Bool
  }

  /// Where a plain line's fields are, as the parser found them: enough to make the fields
  /// again (`fields(_:in:materialize:)`) without parsing the line a second time.
  struct Shape: Sendable {
    /// The line's length in bytes (a shape is only read with a line of that length).
    var count: Int
    var id: Span?
    /// An integer id (`id` is then nil).
    var number: Int?
    var text: Span?
    var date: Span?
    var hasText: Bool
  }

  /// What a line is: blank, a plain object (its shape), or unsure.
  enum Form {
    case empty
    case shape(Shape)
    case unsure
  }

  static func parse(_ b: UnsafeBufferPointer<UInt8>, materialize: Bool) -> Outcome {
    switch form(b) {
    case .empty: return .empty
    case .unsure: return .unsure
    case .shape(let s): return fields(s, in: b, materialize: materialize)
    }
  }

  /// Reads `b` once, making no strings.
  static func form(_ b: UnsafeBufferPointer<UInt8>) -> Form {
    var p = Parser(b: b)
    p.skipSpace()
    if p.i == b.count {
      // Empty once trimmed; \v and \f are whitespace to the trimming the decoder path uses.
      return .empty
    }
    guard let s = p.object() else { return .unsure }
    return .shape(s)
  }

  /// The fields of line `b` whose shape is `s` (strings made only with `materialize`; an
  /// integer id is always made).
  static func fields(_ s: Shape, in b: UnsafeBufferPointer<UInt8>, materialize: Bool) -> Outcome {
    let p = Parser(b: b)
    var id = s.number.map { String($0) }
    var text: [UInt8]?
    var date: String?
    if materialize {
      if let i = s.id { id = p.unescape(i) }
      text = s.text.map { p.unescapedBytes($0) }
      date = s.date.map { p.unescape($0) }
    }
    return .fields(id: id, text: text, date: date, hasText: s.hasText)
  }

  fileprivate struct Parser: JSONByteCursor {
    let b: UnsafeBufferPointer<UInt8>
    var i = 0

    /// JSON whitespace, plus \v \f only where the line is trimmed (start and end).
    mutating func skipSpace() {
      while i < b.count, b[i] == 0x20 || (b[i] >= 0x09 && b[i] <= 0x0D) { i += 1 }
    }

    /// The object at the cursor as a shape; nil when the fast path is not sure of it.
    mutating func object() -> Shape? {
      guard eat(0x7B) else { return nil }  // {
      var shape = Shape(count: b.count, hasText: false)
      var seen: UInt8 = 0
      ws()
      if !eat(0x7D) {
        while true {
          ws()
          guard let key = string(), !key.escaped else { return nil }
          ws()
          guard eat(0x3A) else { return nil }  // :
          ws()
          let k = UnsafeBufferPointer(rebasing: b[key.range])
          let which: UInt8 =
            equals(k, "id") ? 1 : equals(k, "text") ? 2 : equals(k, "date") ? 4 : 0
          if which != 0 {
            guard seen & which == 0 else { return nil }
            seen |= which
          }
          switch which {
          case 1:
            if i < b.count, b[i] == 0x22 {
              guard let s = string() else { return nil }
              shape.id = s
            } else if literal("null") {
              shape.id = nil
            } else {
              guard let v = integer() else { return nil }
              shape.number = v
            }
          case 2, 4:
            if literal("null") {
              break
            }
            guard let s = string() else { return nil }
            if which == 2 {
              shape.hasText = true
              shape.text = s
            } else {
              shape.date = s
            }
          default:
            guard skipScalarValue() else { return nil }
          }
          ws()
          if eat(0x2C) { continue }  // ,
          guard eat(0x7D) else { return nil }
          break
        }
      }
      // Only whitespace the line's trimming removes may follow.
      skipSpace()
      guard i == b.count else { return nil }
      return shape
    }

    func equals(_ k: UnsafeBufferPointer<UInt8>, _ s: StaticString) -> Bool {
      s.withUTF8Buffer { w in k.count == w.count && k.elementsEqual(w) }
    }

    mutating func literal(_ s: StaticString) -> Bool {
      let n = s.utf8CodeUnitCount
      guard i + n <= b.count else { return false }
      let ok = s.withUTF8Buffer { w in
        UnsafeBufferPointer(rebasing: b[i..<(i + n)]).elementsEqual(w)
      }
      if ok { i += n }
      return ok
    }

    /// A string's content range (between the quotes) and whether it has escapes; nil when it is
    /// not a string the fast path is sure about.
    mutating func string() -> Span? {
      guard eat(0x22) else { return nil }
      let start = i
      var escaped = false
      guard let base = b.baseAddress else { return nil }
      // The next quote at or after `i` (b.count when none): `memchr` finds it, and looks again
      // only once an escape has taken `i` past it.
      var quote = -1
      while i < b.count {
        if quote < i { quote = findByte(0x22, base + i, b.count - i).map { $0 + i } ?? b.count }
        // Plain bytes up to the first backslash before the quote, if any.
        let stop = findByte(0x5C, base + i, quote - i).map { $0 + i } ?? quote
        guard Self.noControl(base, i, stop) else { return nil }
        i = stop
        guard i < b.count else { break }
        if i == quote {
          i += 1
          return Span(range: start..<(i - 1), escaped: escaped)
        }
        escaped = true
        i += 1
        guard i < b.count else { return nil }
        switch b[i] {
        case 0x22, 0x5C, 0x2F, 0x62, 0x66, 0x6E, 0x72, 0x74:
          i += 1
        case 0x75:  // u
          guard let u = hex4(i + 1) else { return nil }
          i += 5
          if u >= 0xDC00 && u <= 0xDFFF { return nil }  // lone low surrogate
          if u >= 0xD800 && u <= 0xDBFF {
            guard i + 1 < b.count, b[i] == 0x5C, b[i + 1] == 0x75, let lo = hex4(i + 2),
              lo >= 0xDC00 && lo <= 0xDFFF
            else { return nil }
            i += 6
          }
        default:
          return nil
        }
      }
      return nil
    }

    /// True when `p[from..<to]` holds no control character (below 0x20), sixteen bytes at a
    /// time.
    @inline(__always)
    static func noControl(_ p: UnsafePointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
      let ones: UInt64 = 0x0101_0101_0101_0101
      let high: UInt64 = 0x8080_8080_8080_8080
      let below = 0x20 &* ones
      var k = from
      while k + 16 <= to {
        let w0 = UnsafeRawPointer(p + k).loadUnaligned(as: UInt64.self)
        let w1 = UnsafeRawPointer(p + k + 8).loadUnaligned(as: UInt64.self)
        if ((w0 &- below) & ~w0 | (w1 &- below) & ~w1) & high != 0 { return false }
        k += 16
      }
      while k < to {
        if p[k] < 0x20 { return false }
        k += 1
      }
      return true
    }

    func hex4(_ at: Int) -> UInt32? {
      guard at + 4 <= b.count else { return nil }
      var v: UInt32 = 0
      for k in at..<(at + 4) {
        let c = b[k]
        let d: UInt8
        switch c {
        case 0x30...0x39: d = c - 0x30
        case 0x41...0x46: d = c - 0x41 + 10
        case 0x61...0x66: d = c - 0x61 + 10
        default: return nil
        }
        v = v << 4 | UInt32(d)
      }
      return v
    }

    /// An integer without fraction or exponent that fits in `Int`.
    mutating func integer() -> Int? {
      let start = i
      let negative = eat(0x2D)
      guard i < b.count, b[i] >= 0x30 && b[i] <= 0x39 else { return nil }
      if b[i] == 0x30, i + 1 < b.count, b[i + 1] >= 0x30 && b[i + 1] <= 0x39 { return nil }
      var v = 0
      while i < b.count, b[i] >= 0x30 && b[i] <= 0x39 {
        let d = Int(b[i] - 0x30)
        let (m, o1) = v.multipliedReportingOverflow(by: 10)
        let (s, o2) = negative ? m.subtractingReportingOverflow(d) : m.addingReportingOverflow(d)
        guard !o1, !o2 else { return nil }
        v = s
        i += 1
      }
      // A fraction or exponent makes it a Double: let the decoder convert it.
      if i < b.count, b[i] == 0x2E || b[i] == 0x65 || b[i] == 0x45 {
        i = start
        return nil
      }
      return v
    }

    /// A string, number, true, false or null (not an object or array).
    mutating func skipScalarValue() -> Bool {
      guard i < b.count else { return false }
      switch b[i] {
      case 0x22: return string() != nil
      case 0x74: return literal("true")
      case 0x66: return literal("false")
      case 0x6E: return literal("null")
      case 0x2D, 0x30...0x39: return number()
      default: return false
      }
    }

    /// -?(0|[1-9][0-9]*)(.[0-9]+)? with at most 15 digits in each part; exponents and longer
    /// numbers are left to the decoder (whose range checks the fast path does not repeat).
    mutating func number() -> Bool {
      _ = eat(0x2D)
      guard i < b.count else { return false }
      if b[i] == 0x30 {
        i += 1
      } else {
        let n = skipDigits()
        if n == 0 || n > 15 { return false }
      }
      if eat(0x2E) {
        let n = skipDigits()
        if n == 0 || n > 15 { return false }
      }
      if i < b.count, b[i] == 0x65 || b[i] == 0x45 || (b[i] >= 0x30 && b[i] <= 0x39) {
        return false
      }
      return true
    }

    /// The string's value: escapes decoded (surrogate pairs joined).
    func unescape(_ s: Span) -> String {
      guard s.escaped else {
        return String(decoding: UnsafeBufferPointer(rebasing: b[s.range]), as: UTF8.self)
      }
      return String(decoding: unescapedBytes(s), as: UTF8.self)
    }

    /// The string's value as UTF-8: escapes decoded (surrogate pairs joined).
    func unescapedBytes(_ s: Span) -> [UInt8] {
      let r = s.range
      guard s.escaped, let base = b.baseAddress else {
        return Array(UnsafeBufferPointer(rebasing: b[r]))
      }
      // Written in place: an escape is never shorter than what it stands for, so the value
      // fits in the bytes of the escaped form. (Appending each run of plain bytes to an array
      // checked its capacity and uniqueness every time.)
      return [UInt8](unsafeUninitializedCapacity: r.count) { out, count in
        guard let to = out.baseAddress else { return }
        var n = 0
        var k = r.lowerBound
        while k < r.upperBound {
          // The plain bytes up to the next backslash, in one piece.
          let stop = findByte(0x5C, base + k, r.upperBound - k).map { k + $0 } ?? r.upperBound
          (to + n).initialize(from: base + k, count: stop - k)
          n += stop - k
          k = stop
          guard k < r.upperBound else { break }
          let e = b[k + 1]
          k += 2
          let plain: UInt8
          switch e {
          case 0x62: plain = 0x08
          case 0x66: plain = 0x0C
          case 0x6E: plain = 0x0A
          case 0x72: plain = 0x0D
          case 0x74: plain = 0x09
          case 0x75:
            var u = hex4(k) ?? 0xFFFD
            k += 4
            if u >= 0xD800 && u <= 0xDBFF, let lo = hex4(k + 2) {
              u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00)
              k += 6
            }
            for byte in (Unicode.Scalar(u) ?? "\u{FFFD}").utf8 {
              to[n] = byte
              n += 1
            }
            continue
          default: plain = e  // " \ /
          }
          to[n] = plain
          n += 1
        }
        count = n
      }
    }
  }
}
