// Micro-benchmark behind the profile notes in scripts/bench/README.md: Swift String operations on
// folded Arabic words versus their UTF-8 / integer alternatives.
//   swiftc -O scripts/bench/strings-micro.swift -o /tmp/strings-micro && /tmp/strings-micro
import Foundation

let words = ["والحكومه", "بالمبادره", "للامم", "وزير", "الخارجيه", "فلسطين", "وروسيا", "لليبيا", "الليبي", "حفتر"]
let prefixes = ["و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"]
let rounds = 200_000

func report(_ name: String, _ calls: Int, _ start: Date, _ check: Int) {
  let ns = Date().timeIntervalSince(start) * 1e9 / Double(calls)
  print(name.padding(toLength: 44, withPad: " ", startingAt: 0), String(format: "%7.1f ns", ns), "(\(check))")
}

@inline(never) func prefixString(_ w: String, _ p: String) -> Bool { w.hasPrefix(p) }
@inline(never) func prefixUTF8(_ w: String, _ p: String) -> Bool { w.utf8.starts(with: p.utf8) }
for (name, f) in [("prefix test: String.hasPrefix", prefixString), ("prefix test: utf8.starts(with:)", prefixUTF8)] {
  var hits = 0
  let t0 = Date()
  for _ in 0..<rounds { for w in words { for p in prefixes where f(w, p) { hits += 1 } } }
  report(name, rounds * words.count * prefixes.count, t0, hits)
}

@inline(never) func stemScalars(_ w: String) -> String {
  let s = Array(w.unicodeScalars)
  return String(String.UnicodeScalarView(s[2...]))
}
@inline(never) func stemUTF8(_ w: String) -> Substring {
  w[w.unicodeScalars.index(w.startIndex, offsetBy: 2)...]
}
do {
  var n = 0
  var t0 = Date()
  for _ in 0..<rounds { for w in words { n &+= stemScalars(w).utf8.count } }
  report("stem: [Unicode.Scalar] -> String", rounds * words.count, t0, n)
  n = 0
  t0 = Date()
  for _ in 0..<rounds { for w in words { n &+= stemUTF8(w).utf8.count } }
  report("stem: Substring slice", rounds * words.count, t0, n)
}

var byString: [String: Int] = [:]
var byBytes: [[UInt8]: Int] = [:]
var byId: [Int: Int] = [:]
let bytes = words.map { Array($0.utf8) }
for (i, w) in words.enumerated() {
  byString[w] = i
  byBytes[bytes[i]] = i
  byId[i] = i
}
do {
  var n = 0
  var t0 = Date()
  for _ in 0..<rounds { for w in words { n &+= byString[w] ?? 0 } }
  report("look-up: [String: Int], Arabic key", rounds * words.count, t0, n)
  n = 0
  t0 = Date()
  for _ in 0..<rounds { for b in bytes { n &+= byBytes[b] ?? 0 } }
  report("look-up: [[UInt8]: Int]", rounds * words.count, t0, n)
  n = 0
  t0 = Date()
  for _ in 0..<rounds { for i in words.indices { n &+= byId[i] ?? 0 } }
  report("look-up: [Int: Int] (interned id)", rounds * words.count, t0, n)
  let ascii = ["government", "minister", "palestine", "russia", "libya", "haftar", "foreign", "united", "nations", "talks"]
  var byAscii: [String: Int] = [:]
  for (i, w) in ascii.enumerated() { byAscii[w] = i }
  n = 0
  t0 = Date()
  for _ in 0..<rounds { for w in ascii { n &+= byAscii[w] ?? 0 } }
  report("look-up: [String: Int], ASCII key", rounds * ascii.count, t0, n)
}
