import Foundation
import Testing

@testable import Graph

/// Leaving an organisation opposes it ("انسحبت النيجر من إيكواس", "withdrew from the ICC"); a
/// cue line's `targets` keeps such a cue to one kind of actor, so leaving a town, a state or a
/// place of the body says nothing.
@Suite("Relations: leaving a body")
struct LeavingABodyTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-06-01").sorted()
  }

  @Test func leavingAnOrganisationOpposesIt() throws {
    #expect(
      try relations("انسحبت النيجر من إيكواس احتجاجا على العقوبات.") == ["NER opposes ECOWAS"])
    #expect(
      try relations(
        "أعلنت مالي وبوركينا فاسو والنيجر انسحابها من المجموعة الاقتصادية لدول غرب أفريقيا.")
        == ["BFA opposes ECOWAS", "MLI opposes ECOWAS", "NER opposes ECOWAS"])
    #expect(
      try relations("قررت روسيا الانسحاب من مجلس أوروبا.") == ["RUS opposes COUNCIL_OF_EUROPE"])
    #expect(
      try relations("Burkina Faso withdrew from the International Criminal Court.") == [
        "BFA opposes ICC"
      ])
    #expect(
      try relations("Russia pulled out of the Council of Europe.") == [
        "RUS opposes COUNCIL_OF_EUROPE"
      ])
    // A progressive or a perfect with "have"/"had" leaves the body as the past does.
    #expect(
      try relations("Mali said on Sunday it was withdrawing from ECOWAS without delay.") == [
        "MLI opposes ECOWAS"
      ])
    #expect(
      try relations("Washington is withdrawing from the World Health Organization.") == [
        "USA opposes UN"
      ])
    #expect(
      try relations("By then Burundi had withdrawn from the International Criminal Court.") == [
        "BDI opposes ICC"
      ])
  }

  @Test func leavingAPlaceAStateOrABuildingSaysNothing() throws {
    #expect(try relations("US troops quit Afghanistan in 2021.") == [])
    // Guards: a place of the body, a pull-out from a town, and a negated one.
    #expect(try relations("انسحب الجيش السوداني من مقر الأمم المتحدة في الخرطوم.") == [])
    #expect(try relations("انسحبت القوات الروسية من مدينة خيرسون.") == [])
    #expect(
      try relations("Russia said it was withdrawing its troops from the Kherson region.") == [])
    #expect(try relations("لن تنسحب تركيا من حلف شمال الأطلسي.") == [])
    // Guard: a withdrawal asked for is still a demand.
    #expect(
      try relations("The United States demanded that Russia withdraw from Ukraine.") == [
        "USA opposes RUS"
      ])
  }

  @Test func aCueLineNamesTheKindOfItsTarget() throws {
    let line = #"{"relation":"opposes","frame":"verb","forms":["x"],"targets":"organisation"}"#
    #expect(LexiconLine.line(line) == LexiconLineTests.decoded(line))
    #expect(LexiconLine.line(line)?.targets == "organisation")
    var lexicon = Lexicon()
    #expect(throws: InputError.self) {
      try lexicon.addCues(
        #"{"relation":"opposes","frame":"verb","forms":["x"],"targets":"city"}"#,
        language: "en", file: "t.jsonl")
    }
  }
}
