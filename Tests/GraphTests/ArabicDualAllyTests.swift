import Foundation
import Testing

@testable import Graph

/// An Arabic apposition naming two allies by the dual ("الصين وروسيا، حليفتا كوريا الشمالية،"),
/// and an ally's apposition after the subject of a verb of meeting or signing, which the
/// partner follows and does not stand in.
@Suite("Arabic: allies in the dual, and a meeting past an ally's apposition")
struct ArabicDualAllyTests {
  @Test func twoAlliesByTheDual() throws {
    // (Each was nothing.)
    #expect(
      try builtInRelations(
        "وقالت الصين وروسيا، حليفتا كوريا الشمالية، إنهما ترفضان العقوبات الجديدة.",
        date: "2019-05-01") == ["CHN supports PRK", "RUS supports PRK"])
    #expect(
      try builtInRelations(
        "وأدان حزب الله وحركة حماس، حليفا إيران، الضربات الأمريكية.", date: "2019-05-01")
        == [
          "HEZBOLLAH opposes USA", "HAMAS opposes USA", "HEZBOLLAH supports IRN",
          "HAMAS supports IRN",
        ])
  }

  @Test func signersPastTheApposition() throws {
    // (Was IRN and RUS negotiates-with SYR: the one they are allies of signed nothing.)
    #expect(
      try builtInRelations(
        "ووقعت إيران وروسيا، حليفتا دمشق، اتفاقا للتعاون العسكري أمس.", date: "2019-05-01")
        == ["IRN negotiates-with RUS", "IRN supports SYR", "RUS supports SYR"])
    // (Was IRN negotiates-with SYR.)
    #expect(
      try builtInRelations(
        "والتقى وزير الخارجية الإيراني، حليف دمشق، بنظيره التركي في أنقرة.", date: "2019-05-01")
        == ["IRN negotiates-with TUR", "IRN supports SYR"])
  }

  @Test func aSignerJoinedAfterTheApposition() throws {
    // (Was IRN and RUS negotiates-with SYR and TUR, and SYR negotiates-with TUR from the
    // memorandum, whose signers' list took the one the allies back.)
    #expect(
      try builtInRelations(
        "وقعت روسيا وإيران، حليفتا الحكومة السورية، وتركيا الداعمة للمعارضة مذكرة تفاهم في أستانا.",
        date: "2019-05-01")
        == [
          "RUS negotiates-with IRN", "RUS negotiates-with TUR", "IRN negotiates-with TUR",
          "RUS supports SYR", "IRN supports SYR",
        ])
  }
}
