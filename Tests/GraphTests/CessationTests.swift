import Testing

@testable import Graph

/// Stopping aid ("Russia cut gas supplies to Ukraine", "التوقف عن تقديم المساعدات") negates the
/// support, unless the stop is denied ("never stopped supporting"); suspending or freezing it,
/// or cutting aid ("cut aid to"), opposes; breaking ties is read from the verb and the word for
/// ties ("broke diplomatic relations with").
@Suite("Relations: stopped aid and broken ties")
struct CessationTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2020-06-01").sorted()
  }

  @Test func stoppedAidIsNoSupport() throws {
    // ("cut aid to", "halted funding for", "withheld aid from" oppose since the fifty-fourth
    // stop, as "suspended" and "froze" do: `CutAidTests`.)
    #expect(try relations("Russia cut gas supplies to Ukraine.").isEmpty)
    #expect(try relations("أوقفت الولايات المتحدة مساعداتها العسكرية لمصر.").isEmpty)
    #expect(try relations("توقفت إيران عن دعم الحوثيين.").isEmpty)
    // Aid given is support as before.
    #expect(try relations("The US sent aid to Egypt.") == ["USA supports EGY"])
  }

  @Test func aStopNamedAfterTheSubjectOfAnotherVerb() throws {
    // A suspension or a freeze (list `suspension`) is a stance against the one who had the
    // support: it opposes (it was read as no relation before, where English "suspended its
    // support" already opposed).
    #expect(try relations("قررت الولايات المتحدة تعليق المساعدات لمصر.") == ["USA opposes EGY"])
    #expect(
      try relations("أعلنت الخارجية الأمريكية تعليق المساعدات العسكرية لمصر.") == [
        "USA opposes EGY"
      ])
    #expect(try relations("قررت الولايات المتحدة تجميد دعمها لمصر.") == ["USA opposes EGY"])
    #expect(try relations("علق الاتحاد الأوروبي دعمه المالي للنيجر.") == ["EU opposes NER"])
    #expect(try relations("The US froze military aid to Ukraine.") == ["USA opposes UKR"])
    // Stopped is only denied.
    #expect(try relations("قررت الولايات المتحدة التوقف عن دعم مصر.").isEmpty)
    // Guard: going on is no stop.
    #expect(
      try relations("قررت الولايات المتحدة مواصلة دعمها لمصر.") == ["USA supports EGY"])
  }

  @Test func blockingAnActorsStepOpposesIt() throws {
    #expect(try relations("عرقلت تركيا انضمام السويد إلى حلف الناتو.") == ["TUR opposes SWE"])
    #expect(
      try relations("عرقلت روسيا مشروع قرار أمريكي في مجلس الأمن.") == ["RUS opposes USA"])
  }

  @Test func aDeniedStopLeavesTheSupport() throws {
    #expect(try relations("Iran never stopped supporting the Houthis.") == ["IRN supports HOUTHIS"])
    #expect(try relations("لم تتوقف إيران عن دعم الحوثيين.") == ["IRN supports HOUTHIS"])
  }

  @Test func breakingTiesIsReadFromTheVerbAndTheTies() throws {
    #expect(
      try relations("Venezuela broke diplomatic relations with Colombia.") == ["VEN opposes COL"])
    #expect(
      try relations("Djibouti severed all diplomatic ties with Eritrea.") == ["DJI opposes ERI"])
    // Without a word for ties the verb is no cue.
    #expect(try relations("Egypt broke the news to Israel.").isEmpty)
  }

  @Test func talksRefusedAreNoTalks() throws {
    // "رفضه لأي تفاوض مع": the refusal is a stance; the talks it refuses did not happen.
    #expect(
      try relations(
        "وأكد قائد الجيش السوداني عبد الفتاح البرهان رفضه لأي تفاوض مع قوات الدعم السريع.")
        == ["SDN opposes RSF"])
  }
}
