// Generates Sources/Graph/Resources/gazetteer/states.jsonl from Foundation's CLDR country names
// (English and Arabic) and the curated table states-curated.tsv next to this script.
//
//   swift scripts/gazetteer/make_states.swift > Sources/Graph/Resources/gazetteer/states.jsonl
//   swift scripts/gazetteer/make_states.swift path/to/states-curated.tsv > states.jsonl
//
// Only alpha-2 -> alpha-3 codes, capitals, nisba forms, demonyms, extra names and ambiguity
// decisions are curated; country names come from CLDR. CLDR labels differ slightly between
// Foundation versions, so the generated file is committed and reviewed (python3
// scripts/gazetteer/check.py) rather than generated at build time.

import Foundation

let scriptDir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
let tsvPath =
  CommandLine.arguments.count > 1
  ? CommandLine.arguments[1] : scriptDir.appendingPathComponent("states-curated.tsv").path

guard let tsv = try? String(contentsOfFile: tsvPath, encoding: .utf8) else {
  FileHandle.standardError.write("cannot read \(tsvPath)\n".data(using: .utf8)!)
  exit(1)
}

let english = Locale(identifier: "en")
let arabic = Locale(identifier: "ar")

/// Matcher-style normalisation, used only to compare forms (drop tashkeel/tatweel, unify alef,
/// final ya and ta marbuta, lower-case Latin).
func normalise(_ s: String) -> String {
  var out = String.UnicodeScalarView()
  for u in s.unicodeScalars {
    switch u.value {
    case 0x064B...0x0652, 0x0670, 0x0640: continue
    case 0x0623, 0x0625, 0x0622, 0x0671: out.append("\u{0627}")
    case 0x0649: out.append("\u{064A}")
    case 0x0629: out.append("\u{0647}")
    default: out.append(u)
    }
  }
  return String(out).lowercased()
}

func isArabic(_ s: String) -> Bool {
  s.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) }
}

/// Nisba by rule from a one-word Arabic country name: drop the article, then
/// -يا / -ية -> -ي, -ا / -ة -> -ي (ليبيا -> ليبي, السعودية -> سعودي, كندا -> كندي), -ي stays (هايتي), else + ي
/// (العراق -> عراقي, لبنان -> لبناني). Multi-word names get no rule nisba.
func ruleNisba(_ name: String) -> String? {
  let bare = name.replacingOccurrences(of: "\u{064F}", with: "")  // stray damma (عُمان)
  guard !bare.contains(" "), !bare.contains("-"), !bare.contains("(") else { return nil }
  var w = bare
  if w.hasPrefix("ال") && w.count > 4 { w.removeFirst(2) }
  if w.hasSuffix("ية") || w.hasSuffix("يا") { w.removeLast(); return w }
  if w.hasSuffix("ا") || w.hasSuffix("ة") { w.removeLast(); return w + "ي" }
  if w.hasSuffix("ي") { return w }
  return w + "ي"
}

func list(_ field: String) -> [String] {
  field.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
    !$0.isEmpty
  }
}

func jsonString(_ s: String) -> String {
  var out = "\""
  for u in s.unicodeScalars {
    switch u {
    case "\"": out += "\\\""
    case "\\": out += "\\\\"
    case "\n": out += "\\n"
    case "\t": out += "\\t"
    case "\r": out += "\\r"
    default:
      if u.value < 0x20 {
        out += String(format: "\\u%04x", u.value)
      } else {
        out.unicodeScalars.append(u)
      }
    }
  }
  return out + "\""
}

func jsonArray(_ xs: [String]) -> String { "[" + xs.map(jsonString).joined(separator: ",") + "]" }

/// Keep the first occurrence of each form (exact string), Latin forms before Arabic ones.
func ordered(_ xs: [String]) -> [String] {
  var seen = Set<String>()
  var latin: [String] = []
  var arab: [String] = []
  for x in xs where !x.isEmpty && seen.insert(x).inserted {
    if isArabic(x) { arab.append(x) } else { latin.append(x) }
  }
  return latin + arab
}

var lines: [String] = []
var header: [String]? = nil
for raw in tsv.split(separator: "\n", omittingEmptySubsequences: true) {
  let line = String(raw)
  if line.hasPrefix("#") { continue }
  let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
  if header == nil {
    header = f
    continue
  }
  guard (11...13).contains(f.count) else {
    FileHandle.standardError.write("bad line (\(f.count) fields): \(line)\n".data(using: .utf8)!)
    exit(1)
  }
  let (a2, a3) = (f[0], f[1])
  let cldrEn = english.localizedString(forRegionCode: a2) ?? ""
  let cldrAr = arabic.localizedString(forRegionCode: a2) ?? ""
  let nameEn = f[2].isEmpty ? cldrEn : f[2]
  let nameAr = f[3].isEmpty ? cldrAr : f[3]
  let ambiguous = list(f[9])
  let dropped = Set(list(f[10]).map(normalise))
  let blocked = Set(ambiguous.map(normalise)).union(dropped)

  var names = [nameEn, cldrEn, f[4], nameAr, cldrAr, f[5]] + list(f[8])
  names = ordered(names.filter { !blocked.contains(normalise($0)) })

  var adjectives = list(f[7])
  switch f[6] {
  case "-": break
  case "": if let n = ruleNisba(nameAr.isEmpty ? cldrAr : nameAr) { adjectives.append(n) }
  default: adjectives += list(f[6])
  }
  adjectives = ordered(adjectives.filter { !blocked.contains(normalise($0)) })

  var json = "{\"code\":\(jsonString(a3)),\"kind\":\"state\",\"name\":\(jsonString(nameEn))"
  json += ",\"name_ar\":\(jsonString(nameAr)),\"names\":\(jsonArray(names))"
  if !adjectives.isEmpty { json += ",\"adjectives\":\(jsonArray(adjectives))" }
  if !ambiguous.isEmpty { json += ",\"ambiguous_names\":\(jsonArray(ordered(ambiguous)))" }
  let context = f.count >= 12 ? list(f[11]) : []
  if !context.isEmpty { json += ",\"context_names\":\(jsonArray(ordered(context)))" }
  let capital = f.count == 13 ? list(f[12]) : []
  if !capital.isEmpty { json += ",\"capital_names\":\(jsonArray(ordered(capital)))" }
  json += "}"
  lines.append(json)
}
print(lines.joined(separator: "\n"))
