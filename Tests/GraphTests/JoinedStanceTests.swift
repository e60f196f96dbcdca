import Testing

@testable import Graph

/// Arabic: who joins another in a stance ("انضمت X إلى Y في رفض ...") supports the one joined.
@Suite("Relations: joining another in a stance")
struct JoinedStanceTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2025-08-28")
  }

  @Test func theJoinersSupportTheOneJoined() throws {
    #expect(
      try relations("وانضمت روسيا والصين إلى طهران في رفض القرار.") == [
        "RUS supports IRN", "CHN supports IRN",
      ])
    #expect(
      try relations("انضمت تركيا إلى قطر في دعم الحكومة السورية.") == [
        "TUR supports SYR", "QAT supports SYR", "TUR supports QAT",
      ])
    // guard: joined in strikes, each strikes; no stance to back.
    #expect(
      try relations("انضمت بريطانيا إلى الولايات المتحدة في شن ضربات على الحوثيين.") == [
        "GBR strikes HOUTHIS", "USA strikes HOUTHIS",
      ])
  }
}
