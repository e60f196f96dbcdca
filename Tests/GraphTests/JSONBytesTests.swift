import Foundation
import Testing

@testable import Graph

/// `JSONBytes.string` skips eight bytes at a time when none needs an escape; it must write what
/// the byte-at-a-time escape writes, wherever the escapes fall.
@Suite("JSONBytes string escapes")
struct JSONBytesTests {
  /// The escape one byte at a time (the writer before the eight-byte skip).
  static func reference(_ s: String) -> [UInt8] {
    let hex = Array("0123456789abcdef".utf8)
    var out: [UInt8] = [0x22]
    for c in s.utf8 {
      switch c {
      case 0x22: out += [0x5C, 0x22]
      case 0x5C: out += [0x5C, 0x5C]
      case 0x08: out += [0x5C, 0x62]
      case 0x09: out += [0x5C, 0x74]
      case 0x0A: out += [0x5C, 0x6E]
      case 0x0C: out += [0x5C, 0x66]
      case 0x0D: out += [0x5C, 0x72]
      case ..<0x20: out += [0x5C, 0x75, 0x30, 0x30, hex[Int(c >> 4)], hex[Int(c & 0xF)]]
      default: out.append(c)
      }
    }
    out.append(0x22)
    return out
  }

  @Test func escapesEqualTheByteAtATimeWriter() {
    let pieces = [
      "a", "Z", " ", "\"", "\\", "/", "\n", "\t", "\r", "\u{08}", "\u{0C}", "\u{01}", "\u{1F}",
      "\u{7F}", "\u{20}", "\u{21}", "\u{23}", "\u{5B}", "\u{5D}", "\u{A0}", "\u{0627}", "\u{060C}",
      "\u{2019}", "\u{1F600}", "\u{00}",
    ]
    var rng = SplitMix64(seed: 5)
    var texts = ["", "plain text without escapes", "ends with a quote\"", "\"starts", "12345678"]
    for _ in 0..<4000 {
      let n = Int(rng.next() % 40)
      var s = ""
      for _ in 0..<n {
        // Mostly plain letters, so the eight-byte runs are tried between the escapes.
        s += rng.next() % 3 == 0 ? pieces[Int(rng.next() % UInt64(pieces.count))] : "x"
      }
      texts.append(s)
    }
    for t in texts {
      var w = JSONBytes()
      w.string(t)
      #expect(w.bytes == Self.reference(t), "\(t.debugDescription)")
    }
  }

  /// `firstEscape` finds the first byte that needs an escape from any start: in a word of
  /// sixteen or eight, in the last eight bytes read again, after bytes before the start that
  /// need one (whose borrows must not flag a plain byte), or none.
  @Test func firstEscapeFindsTheFirst() {
    let needs: (UInt8) -> Bool = { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }
    for n in 0..<34 {
      for from in 0...n {
        for at in from...n {
          for (special, plain): (UInt8, UInt8) in [
            (0x00, 0x20), (0x1F, 0x80), (0x22, 0x21), (0x5C, 0xFF),
          ] {
            // Bytes before the start all need an escape; from the start on, only the one at `at`.
            var b = [UInt8](repeating: plain, count: n)
            for k in 0..<from { b[k] = special }
            if at < n { b[at] = special }
            let expected = b[from...].firstIndex(where: needs) ?? n
            let found = b.withUnsafeBufferPointer { p in
              p.baseAddress.map { JSONBytes.firstEscape($0, from, n) } ?? n
            }
            #expect(found == expected, "n \(n) from \(from) at \(at) \(special)")
          }
        }
      }
    }
  }

  /// A relation line fits the room `RelationsJSONL` makes for it at its longest: every string
  /// of control characters (six bytes each), the longest numbers, every optional field.
  @Test func relationRoomHoldsTheLongestLine() {
    var controls = ""
    for v in 0..<0x20 { controls.unicodeScalars.append(Unicode.Scalar(UInt8(v))) }
    var r = Relation(
      doc: controls, sentence: Int.min, source: controls, relation: .negotiatesWith,
      target: controls, cue: controls, evidence: controls, span: [Int.min, Int.min, Int.min],
      sourceText: controls, targetText: controls)
    r.confidence = -2.2250738585072014e-308
    r.rule = controls
    r.sourceActor = controls
    r.targetActor = controls
    r.date = controls
    let line = RelationsJSONL.encodedBytes([r])
    // (Each of the eleven strings takes 174 bytes: 27 escapes of six, 5 of two, the quotes.)
    #expect(line.count > 11 * 174)
    #expect(line.count <= withUnsafePointer(to: r) { RelationsJSONL.room($0) })
  }

  @Test func wordTestFindsEveryByteThatNeedsAnEscape() {
    for v in 0..<256 {
      for lane in 0..<8 {
        // The byte in one lane, plain bytes (and each kind of neighbour) in the others.
        for fill: UInt8 in [0x61, 0x20, 0x21, 0x80, 0xFF, 0x5D, 0x23] {
          var x: UInt64 = 0
          for k in 0..<8 {
            x |= UInt64(k == lane ? UInt8(v) : fill) << (8 * UInt64(k))
          }
          let needs = v < 0x20 || v == 0x22 || v == 0x5C
          if needs { #expect(JSONBytes.mayNeedEscape(x), "\(v) \(lane) \(fill)") }
          if !needs { #expect(!JSONBytes.mayNeedEscape(x), "\(v) \(lane) \(fill)") }
        }
      }
    }
  }
}

/// `JSONBytes.int` writes what `String(v)` does.
@Suite("JSON integers")
struct JSONIntTests {
  @Test func integersAreWrittenAsStringWritesThem() {
    for v in [0, 1, -1, 9, 10, 99, 100, 12345, -98765, 1 << 40, Int.max, Int.min, Int.min + 1] {
      var out = JSONBytes()
      out.int(v)
      #expect(out.bytes == Array(String(v).utf8), "\(v)")
    }
  }

  /// `JSONBytes.double` writes hundredths from their digits; it must write what `description`
  /// (without a trailing ".0") writes, for them and for the numbers around them.
  @Test func doublesEqualTheirDescription() {
    func reference(_ v: Double) -> [UInt8] {
      var s = v.description
      if s.hasSuffix(".0") { s.removeLast(2) }
      return Array(s.utf8)
    }
    var values: [Double] = [0, -0.0, 1, -1, 2, 0.001, 0.005, 0.015, 0.995, 1.01, 100, 1e-7]
    for k in 0...100 {
      let v = Double(k) / 100
      values += [v, v.nextUp, v.nextDown, -v, (0.75 * Double(k) * 100).rounded() / 10_000]
    }
    var rng = SplitMix64(seed: 11)
    for _ in 0..<2000 {
      values.append(Double(rng.next() % 1_000_001) / 1_000_000)
    }
    for v in values {
      var w = JSONBytes()
      w.double(v)
      #expect(w.bytes == reference(v), "\(v)")
    }
  }
}
