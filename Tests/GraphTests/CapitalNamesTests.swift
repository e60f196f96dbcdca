import Testing

@testable import Graph

/// A capital the gazetteer keeps ambiguous ("Santiago", "سانتياغو", "سيول"; `capital_names`)
/// names its state in a document that named the state before, or in a sentence that names it
/// before the form; with no such mention it stays ambiguous.
@Suite("Actors: ambiguous capitals of a state the document named")
struct CapitalNamesTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2016-06-01").sorted()
  }

  @Test func aCapitalNamesTheStateTheDocumentNamedBefore() throws {
    #expect(
      try relations(
        "Chile and Paraguay signed a trade deal. Bolivia criticized Santiago over the border.")
        == ["BOL opposes CHL", "CHL negotiates-with PRY"])
    #expect(
      try relations(
        "أعلنت تشيلي رفضها للمطالب البوليفية. واتهمت لاباز سانتياغو بالتنصل من التزاماتها.")
        == ["BOL opposes CHL", "CHL opposes BOL"])
    // "سيول" after "إن", where no context name is read.
    #expect(
      try relations(
        "أعلنت كوريا الجنوبية حالة الطوارئ. وقالت بيونغيانغ إن سيول هي التي بدأت الهجوم، متهمة إياها بخرق الهدنة."
      ) == ["PRK opposes KOR"])
  }

  @Test func aCapitalNamesTheStateNamedBeforeItInItsSentence() throws {
    #expect(
      try relations("Before the ruling on Chile's claim, Bolivia accused Santiago of bad faith.")
        == ["BOL opposes CHL"])
  }

  @Test func otherArabicSpellingsOfCapitals() throws {
    #expect(try relations("وطالبت الخارجية المكسيكية كراكاس باعتذار رسمي.") == ["MEX opposes VEN"])
    #expect(try relations("وانتقدت لا باز تشيلي بشدة.") == ["BOL opposes CHL"])
  }

  @Test func withoutTheStateTheFormNamesNothing() throws {
    // Guards: no Chile before the form.
    #expect(try relations("Bolivia criticized Santiago over the border.") == [])
    #expect(try relations("واتهمت لاباز سانتياغو بالتنصل من التزاماتها.") == [])
  }

  @Test func aCapitalisedWordAfterTheFormMakesItAName() throws {
    // Guard: a person's name.
    #expect(
      try relations(
        "Chile and Paraguay signed a trade deal. Bolivia criticized Santiago Peña over the border."
      ) == ["CHL negotiates-with PRY"])
  }

  @Test func georgetownInArabicInBothSpellings() throws {
    #expect(
      try relations("قالت غيانا إنها سترد. وأعلنت الجماعة الكاريبية دعمها الكامل لجورجتاون.")
        == ["CARICOM supports GUY"])
    #expect(
      try relations("قالت غيانا إنها سترد. وأعلنت الجماعة الكاريبية دعمها الكامل لجورج تاون.")
        == ["CARICOM supports GUY"])
  }

  @Test func theFieldIsReadFromAUserLine() throws {
    let line =
      #"{"code":"XCP","kind":"state","name":"Xland","names":["Xland"],"ambiguous_names":["Ypolis"],"capital_names":["Ypolis"]}"#
    let entry = try #require(GazetteerLine.entry(line))
    #expect(entry.capitalNames == ["Ypolis"])
  }
}
