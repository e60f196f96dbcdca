import Foundation
import Testing

@testable import Graph

/// The start-up's shortcuts (resource text checked by `UTF8Check`, tables sized once, roll-ups
/// at once, the gazetteer's list kept as it is, suffix twins found by their first word) give
/// what the plain ways gave.
@Suite("Start-up tables")
struct StartUpTablesTests {
  @Test func resourceTextReadsAsFoundationDoes() {
    let samples: [[UInt8]] = [
      [], Array("plain".utf8), Array("عربي، Latin é \u{1F600}".utf8), [0x61, 0xFF, 0x62], [0xD8],
      [0x61, 0xE2, 0x82], [0xEF, 0xBB, 0xBF] + Array("bom".utf8), [0xC0, 0xAF],
      [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
    ]
    for b in samples {
      let data = Data(b)
      let fast = ResourceText.utf8(data).map { Array($0.utf8) }
      #expect(fast == String(data: data, encoding: .utf8).map { Array($0.utf8) }, "\(b)")
    }
  }

  @Test func aSizedByteTableGivesTheSameIdsAndAnswers() {
    let words = (0..<3000).map { "w\($0 % 2500)" } + ["", "عربي", "كلمة", "w7"]
    var grown = ByteTable()
    var sized = ByteTable()
    sized.reserveCapacity(words: 2600, bytes: 20000)
    var same = true
    for w in words where grown.insert(w.utf8) != sized.insert(w.utf8) { same = false }
    for w in words + ["absent", "w2500"] where grown.find(w) != sized.find(w) { same = false }
    #expect(same)
    #expect(grown.count == sized.count)
  }

  @Test func rollUpsAreEachEntrysRollUp() throws {
    func entry(_ code: String, _ affiliation: String?) -> GazetteerEntry {
      GazetteerEntry(
        code: code, kind: .person, name: code, names: [code], affiliation: affiliation)
    }
    // A chain, a cycle, an unknown affiliation, one to itself.
    let small = Gazetteer(entries: [
      entry("A", "B"), entry("B", "C"), entry("C", nil), entry("D", "E"), entry("E", "D"),
      entry("F", "nobody"), entry("G", "G"),
    ])
    for g in [small, try Gazetteer.builtIn()] {
      let (codes, places) = g.rollUps()
      #expect(codes == g.entries.map { g.rollUp($0.code) })
      #expect(places == codes.map { Int32(g.index($0) ?? -1) })
    }
  }

  @Test func aGazetteerOfRepeatedCodesKeepsTheLastEntry() {
    let a = GazetteerEntry(code: "A", kind: .state, name: "first", names: ["a"])
    let b = GazetteerEntry(code: "B", kind: .state, name: "b", names: ["b"])
    let a2 = GazetteerEntry(code: "A", kind: .party, name: "second", names: ["a2"])
    let distinct = Gazetteer(entries: [a, b])
    #expect(distinct.entries.map(\.code) == ["A", "B"])
    #expect(distinct.index("B") == 1)
    let repeated = Gazetteer(entries: [a, b, a2])
    #expect(repeated.entries.map(\.code) == ["A", "B"])
    #expect(repeated.entry("A")?.name == "second")
    #expect(repeated.index("A") == 0)
  }

  @Test func suffixTwinsAreNotMadeOverPatterns() throws {
    var lex = Lexicon()
    try lex.addCues(
      """
      {"relation":"opposes","frame":"noun","forms":["معارضة","لقاء","معارضت"]}
      {"relation":"supports","frame":"noun","forms":["معارضة"]}
      """, language: "ar", file: "test")
    // "معارضة" (folded with ه) would get the twin "معارضت", which a form has already.
    let under = lex.patterns[FoldedKey("معارضت")] ?? []
    #expect(under.count == 1)
    #expect(under.allSatisfy { !$0.entry.suffixOnly })
    // A twin is made once, however many patterns would make it.
    let twins = lex.patterns.values.joined().filter { $0.entry.suffixOnly }
    let words = twins.map { $0.tokens.joined(separator: " ") }
    #expect(Set(words).count == words.count)
    #expect(!twins.isEmpty)
  }
}
