import Testing

@testable import Graph

/// The host of talks named after their noun ("محادثات استضافتها الصين", "talks hosted by China")
/// meets each of their parties.
@Suite("Relations: hosts of talks")
struct TalksHostTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2023-03-10")
  }

  @Test func theHostMeetsTheParties() throws {
    #expect(
      try relations("Saudi Arabia and Iran agreed to restore ties after talks hosted by China.")
        == [
          "SAU negotiates-with IRN", "CHN negotiates-with SAU", "CHN negotiates-with IRN",
        ])
    #expect(
      try relations("توصلت الصومال وإثيوبيا إلى اتفاق بعد محادثات استضافتها تركيا.") == [
        "SOM negotiates-with ETH", "TUR negotiates-with SOM", "TUR negotiates-with ETH",
      ])
    #expect(
      try relations("أجرت السعودية وإيران محادثات سرية استضافتها بغداد.") == [
        "SAU negotiates-with IRN", "IRQ negotiates-with SAU", "IRQ negotiates-with IRN",
      ])
  }

  @Test func theTalksOfTheSentenceBefore() throws {
    #expect(
      try relations(
        "اتفقت السعودية وإيران على استئناف العلاقات. وجاء الاتفاق بعد محادثات استضافتها الصين.")
        == [
          "SAU negotiates-with IRN", "CHN negotiates-with SAU", "CHN negotiates-with IRN",
        ])
    #expect(
      try relations(
        "Ethiopia and Somalia agreed to end their dispute. The deal came after talks hosted by Turkey."
      )
        == ["ETH negotiates-with SOM", "TUR negotiates-with ETH", "TUR negotiates-with SOM"])
    // guard: no talks told before.
    #expect(try relations("وصل الوفد إلى القاهرة. وجاء ذلك بعد محادثات استضافتها قطر.") == [])
  }
}
