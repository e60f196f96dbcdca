import Foundation
import Testing

@testable import Graph

/// One side of a synthetic GDELT event.
private struct Side {
  var code = ""
  var name = ""
  var country = ""
  var group = ""
  var role = ""
}

/// A synthetic GDELT event row with `width` fields (57, 58 or 61), laid out as GDELT does.
private func row(
  width: Int, id: String = "1001", date: String = "20200115", _ a: Side, _ b: Side,
  event: String, quad: String = "1", goldstein: String = "3.0", mentions: String = "4",
  url: String = "https://example.org/a"
) -> [String] {
  var f = [String](repeating: "", count: width)
  f[0] = id
  f[1] = date
  f[2] = String(date.prefix(6))
  f[3] = String(date.prefix(4))
  f[5] = a.code
  f[6] = a.name
  f[7] = a.country
  f[8] = a.group
  f[12] = a.role
  f[15] = b.code
  f[16] = b.name
  f[17] = b.country
  f[18] = b.group
  f[22] = b.role
  f[25] = "1"
  f[26] = event
  f[27] = String(event.prefix(3))
  f[28] = String(event.prefix(2))
  f[29] = quad
  f[30] = goldstein
  f[31] = mentions
  if width == 58 { f[57] = url }
  if width == 61 {
    f[59] = date + "000000"
    f[60] = url
  }
  return f
}

private let usa = Side(code: "USA", name: "UNITED STATES", country: "USA")
private let usaGov = Side(code: "USAGOV", name: "WASHINGTON", country: "USA", role: "GOV")
private let tur = Side(code: "TUR", name: "TURKEY", country: "TUR")
private let un = Side(code: "IGOUNOGOV", name: "THE UN", group: "UNO", role: "IGO")
private let syrOpp = Side(code: "SYROPP", name: "SYRIAN OPPOSITION", country: "SYR", role: "OPP")

private func tsv(_ rows: [[String]]) -> String {
  rows.map { $0.joined(separator: "\t") }.joined(separator: "\n") + "\n"
}

@Test func tabSeparatedRowsOfEveryWidthImport() throws {
  let text = tsv([
    row(width: 57, id: "1", usaGov, tur, event: "042"),
    row(width: 58, id: "2", tur, un, event: "0871", url: "https://example.org/b"),
    row(width: 61, id: "3", date: "20201113", syrOpp, tur, event: "190"),
  ])
  let result = try GDELTImporter().parse(text, file: "/data/events.tsv")
  #expect(result.rows == 3)
  #expect(result.relations.count == 3)
  let (a, b, c) = (result.relations[0], result.relations[1], result.relations[2])
  #expect(a.source == "USA" && a.sourceActor == "USAGOV" && a.target == "TUR")
  #expect(a.relation == .negotiatesWith)
  #expect(a.evidence == "")  // 57-field rows have no SOURCEURL
  #expect(a.doc == "events.tsv" && a.sentence == 1 && a.date == "2020-01-15")
  #expect(a.rule?.contains("gdelt events.tsv:1 id=1 cameo=042") == true)
  #expect(b.target == "UN" && b.relation == .negotiatesWith)
  #expect(b.evidence == "https://example.org/b")
  #expect(c.source == "SYR_OPP" && c.relation == .strikes && c.date == "2020-11-13")
  #expect(c.evidence == "https://example.org/a")
  #expect(c.sourceText == "SYRIAN OPPOSITION" && c.cue == "CAMEO 190 fight")
  #expect(result.layouts["/data/events.tsv"] == "tab-separated")
}

@Test func cameoRootCodesMapToTheFourTypes() {
  func t(_ code: String) -> String {
    guard let m = CAMEOEvents.mapping(for: code) else { return "-" }
    return m.type.rawValue + (m.hypothetical ? "?" : "")
  }
  #expect(t("010") == "-")
  #expect(t("0214") == "-")
  #expect(t("090") == "-")
  #expect(t("030") == "supports?")
  #expect(t("0331") == "supports?")
  #expect(t("036") == "negotiates-with?")
  #expect(t("039") == "negotiates-with?")
  #expect(t("040") == "negotiates-with")
  #expect(t("046") == "negotiates-with")
  #expect(t("051") == "supports")
  #expect(t("057") == "negotiates-with")
  #expect(t("061") == "supports")
  #expect(t("073") == "supports")
  #expect(t("0871") == "negotiates-with")
  #expect(t("100") == "opposes")
  #expect(t("1384") == "opposes")
  #expect(t("163") == "opposes")
  #expect(t("173") == "opposes")
  #expect(t("175") == "strikes")
  #expect(t("1712") == "strikes")
  #expect(t("183") == "strikes")
  #expect(t("195") == "strikes")
  #expect(t("204") == "strikes")
  #expect(t("215") == "-")
}

@Test func actorCodesMapToOurCodes() {
  func m(_ code: String, _ country: String = "", _ group: String = "", _ role: String = "")
    -> String
  {
    switch CAMEOActors.map(code: code, country: country, knownGroup: group, role: role) {
    case .success(let x): return x.code + (x.subActor.map { "<" + $0 } ?? "")
    case .failure(let e): return "drop:" + String(describing: e.kind)
    }
  }
  #expect(m("USA", "USA") == "USA")
  #expect(m("USAGOV", "USA", "", "GOV") == "USA<USAGOV")
  #expect(m("RUSMIL", "RUS", "", "MIL") == "RUS<RUSMIL")
  #expect(m("LBYREB", "LBY", "", "REB") == "LBY_REB")
  #expect(m("SYROPP", "SYR", "", "OPP") == "SYR_OPP")
  #expect(m("USAMED", "USA", "", "MED") == "drop:society")
  #expect(m("CVL", "", "", "CVL") == "drop:noCountry")
  #expect(m("GOV", "", "", "GOV") == "drop:noCountry")
  #expect(m("AFR", "AFR") == "drop:region")
  #expect(m("ROM", "ROM") == "ROU")
  #expect(m("GZS", "GZS") == "PSE")
  #expect(m("IGOUNOGOV", "", "UNO", "IGO") == "UN")
  #expect(m("IGOWSTNAT", "WST", "NAT", "IGO") == "NATO")
  #expect(m("AFGINSTAL", "AFG", "TAL", "INS") == "TALIBAN")
  #expect(m("", "") == "drop:empty")
}

@Test func eventsThatCannotBeMappedAreCountedByReason() throws {
  let text = tsv([
    row(width: 58, id: "1", usa, tur, event: "010"),  // statement: dropped
    row(
      width: 58, id: "2", usaGov, Side(code: "USAMIL", country: "USA", role: "MIL"), event: "042"),
    row(width: 58, id: "3", usa, Side(), event: "190"),  // one side empty
    row(width: 58, id: "4", usa, tur, event: "190", mentions: "1"),
    row(width: 58, id: "5", usa, tur, event: "190", mentions: "9"),
  ])
  let result = try GDELTImporter(minMentions: 2).parse(text, file: "e.tsv")
  #expect(result.relations.map { $0.rule?.contains("id=5") } == [true])
  #expect(result.dropped["CAMEO root 01 (make public statement) is not mapped"] == 1)
  #expect(result.dropped["both actors are the same after mapping"] == 1)
  #expect(result.dropped[CAMEOActors.Drop.empty.rawValue] == 1)
  #expect(result.dropped["fewer than 2 mentions"] == 1)
}

@Test func wrongWidthIsAnErrorNamingFileAndLineOrSkipped() throws {
  var short = row(width: 58, id: "2", usa, tur, event: "190")
  short.removeLast(4)
  let text = tsv([
    row(width: 58, id: "1", usa, tur, event: "190"), short,
    row(width: 58, id: "3", tur, usa, event: "111"),
  ])
  #expect {
    try GDELTImporter().parse(text, file: "bad.tsv")
  } throws: { error in
    let message = "\(error)"
    return message.contains("bad.tsv:2:") && message.contains("54 fields")
      && message.contains("57, 58 or 61")
  }
  var warnings: [String] = []
  let skipped = try GDELTImporter(skipBad: true).parse(text, file: "bad.tsv") {
    warnings.append($0)
  }
  #expect(skipped.relations.count == 2)
  #expect(skipped.badRows == 1)
  #expect(warnings.count == 1 && warnings[0].contains("bad.tsv:2"))
  var badDate = row(width: 58, id: "4", usa, tur, event: "190")
  badDate[1] = "2020-01-15"
  #expect(throws: InputError.self) { try GDELTImporter().parse(tsv([badDate]), file: "d.tsv") }
  #expect(throws: InputError.self) { try GDELTImporter().parse("", file: "empty.tsv") }
}

/// The shape pandas writes: a header, an index column, 61 GDELT fields, one extra column,
/// integers without leading zeros, RFC 4180 quoting.
private func pandasCSV(_ rows: [[String]], header: [String]? = nil) -> String {
  let names = header ?? ([""] + (0..<61).map { "Col\($0)" } + ["Confidence"])
  func line(_ fields: [String]) -> String {
    fields.map {
      $0.contains(",") || $0.contains("\"")
        ? "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : $0
    }
    .joined(separator: ",")
  }
  var named = names
  if header == nil { named[61] = "Source_URL" }
  var out = line(named) + "\n"
  for (i, r) in rows.enumerated() { out += line(["\(i)"] + r + ["50"]) + "\n" }
  return out
}

@Test func pandasCSVWithIndexAndExtraColumnImports() throws {
  var a = row(width: 61, id: "954680550", date: "20201113", usa, tur, event: "190")
  a[6] = "UNITED STATES, THE"  // a quoted comma
  var b = row(width: 61, id: "954680551", date: "20201113", tur, usa, event: "834")  // was 0834
  b[1] = "20201113.0"
  let c = row(width: 61, id: "954680552", date: "20201113", tur, usa, event: "10")  // was 010
  let text = pandasCSV([a, b, c])
  let result = try GDELTImporter().parse(text, file: "2020-11-13.csv")
  #expect(result.rows == 3)
  #expect(result.relations.count == 2)
  #expect(result.relations[0].sourceText == "UNITED STATES, THE")
  #expect(result.relations[0].sentence == 2)  // line 1 is the header
  #expect(result.relations[1].relation == .negotiatesWith)  // 0834: yield
  #expect(result.relations[1].rule?.contains("cameo=0834") == true)
  #expect(result.relations[1].date == "2020-11-13")
  #expect(result.dropped["CAMEO root 01 (make public statement) is not mapped"] == 1)
  let layout = try #require(result.layouts["2020-11-13.csv"])
  #expect(layout.contains("pandas index column dropped"))
  #expect(layout.contains("GDELT 2.0 (61 fields)"))
  #expect(layout.contains("Confidence"))

  // A row that lost a field is an error with its line.
  var broken = row(width: 61, usa, tur, event: "190")
  broken.removeLast()
  #expect {
    try GDELTImporter().parse(pandasCSV([a, broken]), file: "p.csv")
  } throws: { "\($0)".contains("p.csv:3:") }
  // A header whose SOURCEURL is not field 58 or 61 is refused.
  var names = [""] + (0..<61).map { "Col\($0)" } + ["Confidence"]
  names[40] = "SOURCEURL"
  #expect {
    try GDELTImporter().parse(pandasCSV([a], header: names), file: "h.csv")
  } throws: { "\($0)".contains("h.csv:1:") && "\($0)".contains("SOURCEURL") }
}

@Test func cameoCodesGetTheirLeadingZeroBack() {
  func code(_ text: String) -> String? {
    var f = row(width: 58, usa, tur, event: "")
    f[26] = text
    return GDELTRow(fields: f)?.cameoCode
  }
  #expect(code("10") == "010")
  #expect(code("42") == "042")
  #expect(code("190") == "190")
  #expect(code("834") == "0834")
  #expect(code("211") == "0211")
  #expect(code("1831") == "1831")
  #expect(code("0871") == "0871")
  #expect(code("x") == nil)
  #expect(code("2150") == nil)
}

private let gdeltSamples = Repo.shared.appendingPathComponent("corpus/gdelt")

@Test(
  .enabled(
    if: FileManager.default.fileExists(atPath: gdeltSamples.path), "needs ../shared/corpus/gdelt"))
func sharedGDELTSamplesImportAndRender() throws {
  let files = ["events.csv", "2020-11-13.csv"].map { gdeltSamples.appendingPathComponent($0).path }
  let result = try GDELTImporter().read(files)
  #expect(result.rows == 710 + 2824)
  #expect(result.badRows == 0)
  let fromV1 = result.relations.filter { $0.doc == "events.csv" }
  let fromV2 = result.relations.filter { $0.doc == "2020-11-13.csv" }
  #expect(fromV1.count > 50)
  #expect(fromV2.count > 1000)
  #expect(fromV1.contains { $0.evidence.isEmpty })  // the 57-field back-file rows
  #expect(fromV1.contains { $0.evidence.hasPrefix("http") })
  #expect(Set(result.relations.map(\.relation)) == Set(RelationType.allCases))
  let graph = GraphFilter().graph(result.relations, actorInfo: { _ in nil })
  let report = Analyzer.analyze(graph)
  let (top, topReport) = try GraphFilter(top: 30).view(graph: graph, report: report)
  let output = try GraphvizRenderer().renderWithWarnings(
    dot: DOTWriter().write(graph: top, report: topReport), format: .svg)
  #expect(output.warnings == [])
  #expect(String(decoding: output.data, as: UTF8.self).contains("<svg"))
}
