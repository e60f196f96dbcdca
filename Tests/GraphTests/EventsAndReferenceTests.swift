import Testing

@testable import Graph

/// Runs the extractor on `text` with the test gazetteer plus a coalition and an armed group.
private func found(_ text: String) throws -> [String] {
  let more = """
    {"code":"COALITION","kind":"organisation","name":"Saudi-led coalition","name_ar":"التحالف العربي","names":["Saudi-led coalition","التحالف العربي"]}
    {"code":"REBELS","kind":"armed-group","name":"Rebel movement","name_ar":"حركة المتمردين","names":["Rebel Movement","حركة المتمردين"]}
    {"code":"IRN","kind":"state","name":"Iran","name_ar":"إيران","names":["Iran","إيران"],"adjectives":["Iranian","إيراني"]}
    {"code":"HASSAN_A","kind":"person","name":"Ali Hassan","name_ar":"علي حسن","affiliation":"EGY","names":["Ali Hassan"]}
    {"code":"HASSAN_O","kind":"person","name":"Omar Hassan","name_ar":"عمر حسن","affiliation":"TUR","names":["Omar Hassan"]}
    {"code":"HOUTHIS","kind":"armed-group","name":"Houthis","name_ar":"الحوثيون","names":["Houthis","الحوثيين","الحوثيون"]}
    """
  var g = Gazetteer(entries: try Gazetteer.parse(testGazetteerText, file: "test"))
  g.merge(try Gazetteer.parse(extraTestActors, file: "test2"))
  g.merge(try Gazetteer.parse(more, file: "test3"))
  let ex = Extractor(
    gazetteer: g, lexicon: try Lexicon.builtIn(), titles: try TitleRecognizer.builtIn())
  return ex.extract(Document(id: "t", text: text)).map {
    "\($0.source) \($0.relation.rawValue) \($0.target)\($0.hypothetical ? " ?" : "")"
  }
}

/// "A negotiates-with B" as "A|B" with the codes sorted.
private func symmetricKey(_ r: String) -> String {
  let parts = r.split(separator: " ")
  return [String(parts[0]), String(parts[2])].sorted().joined(separator: "|")
}

@Suite("Relations: events, agents and reference")
struct EventsAndReferenceTests {
  @Test func headNounRefersBackToTheActorItNamed() throws {
    #expect(
      try found("هاجمت حكومة الوفاق مواقع حفتر. وتدعم تركيا الحكومة.").contains("TUR supports GNA"))
    #expect(
      try found("The Saudi-led coalition struck Sanaa. Iran condemned the coalition.")
        .contains("IRN opposes COALITION"))
    // The head of a nisba phrase: "الحكومة السورية" ... "الحكومة".
    #expect(
      try found("انتقدت الحكومة السورية تركيا. ثم هاجمت روسيا الحكومة.").contains("RUS strikes SYR")
    )
    // Nothing named with that head: no actor.
    #expect(try found("وتدعم تركيا الحكومة.").isEmpty)
  }

  @Test func eventPhraseNamesTheAgentOfAKilling() throws {
    #expect(
      try found("قتل 20 شخصا من مقاتلي الجيش الوطني الليبي في كمين نصبه مسلحو حركة المتمردين.")
        == ["REBELS strikes LNA"])
    #expect(try found("قتل جنود أتراك في غارة للتحالف العربي.") == ["COALITION strikes TUR"])
    #expect(try found("قتل جنود أتراك في غارة إيرانية.") == ["IRN strikes TUR"])
    // A preposition makes the actor a target or a place, not the agent.
    #expect(try found("قتل جنود أتراك في غارة على إيران.").isEmpty)
    #expect(
      try found("Turkish soldiers were killed in an attack by the Rebel Movement.") == [
        "REBELS strikes TUR"
      ])
    // The officials who report deaths are not the victims.
    #expect(try found("وأعلن مسؤولون أتراك أن عشرات قتلوا في غارة للتحالف العربي.").isEmpty)
  }

  @Test func relativeClausesGiveTheirOwnSubject() throws {
    // A light verb with a pronoun in a relative clause: its subject attacks.
    #expect(try found("وانتقدت مصر العمليات التي تشنها تركيا ضد حفتر.").contains("TUR strikes LNA"))
    // A signing verb with a pronoun: the signatories follow it.
    let signed = try found("انتقد أردوغان الاتفاق الذي وقعته روسيا وإيران مع مصر.")
    #expect(
      Set(signed.filter { $0.contains("negotiates-with") }.map(symmetricKey)) == [
        "EGY|IRN", "EGY|RUS",
      ])
    // The one who criticises the agreement opposes those who signed it (since 1b242a8).
    #expect(signed.contains("TUR opposes RUS") && signed.contains("TUR opposes IRN"))
  }

  @Test func alliesJoinTheGroupTheyFollow() throws {
    let r = try found("حذرت مصر حكومة الوفاق وحلفاءها الأتراك من الهجوم.")
    #expect(r.contains("EGY opposes GNA") && r.contains("EGY opposes TUR"))
    let e = try found("Egypt warned the GNA and its allies Turkey and Iran.")
    #expect(e.contains("EGY opposes TUR") && e.contains("EGY opposes IRN"))
  }

  @Test func eventGenitiveIsTheSubject() throws {
    #expect(
      try found("وقالت مصر إن عملية جوية للقوات التركية استهدفت مواقع حفتر.") == ["TUR strikes LNA"]
    )
  }

  @Test func meetingOfAGenitiveWithAnother() throws {
    #expect(
      try found("وعقد اجتماع في القاهرة للرئيس التركي مع وزير الخارجية الإيراني.").map(symmetricKey)
        == ["IRN|TUR"])
  }

  @Test func coordinatedHeadNounsJoinTheGroup() throws {
    let r = try found("وتدعم إيران النظام السوري والمتمردين الحوثيين.")
    #expect(r.contains("IRN supports SYR") && r.contains("IRN supports HOUTHIS"))
  }

  @Test func oneWordOfAFullNameNamesThePersonLater() throws {
    #expect(
      try found("Omar Hassan spoke in Ankara. Later Egypt attacked Omar's forces.")
        == ["EGY strikes TUR"])
    #expect(try found("وتحدث خليفة حفتر أمس. وانتقدت تركيا حفتر.") == ["TUR opposes LNA"])
    #expect(try found("Ali Hassan spoke. Russia condemned Hassan.") == ["RUS opposes EGY"])
    // A word two people of the document share names neither.
    #expect(
      try found("Ali Hassan met Omar Hassan. Russia condemned Hassan.").allSatisfy {
        !$0.hasPrefix("RUS")
      })
  }

  @Test func clashesBetweenTwoSidesGoBothWays() throws {
    #expect(
      try found("واندلعت اشتباكات بين تركيا ومصر قرب الحدود.").sorted()
        == ["EGY strikes TUR", "TUR strikes EGY"])
    #expect(
      try found("Heavy fighting between Turkey and Egypt continued.").sorted()
        == ["EGY opposes TUR", "EGY strikes TUR", "TUR opposes EGY", "TUR strikes EGY"])
    // The second side must be joined by "and": a later actor is not it.
    #expect(
      try found("واندلعت معركة بين تركيا بدعم من مصر.").allSatisfy { !$0.contains("strikes") })
  }

  @Test func englishSubjectPronounsReferBack() throws {
    #expect(
      try found("Erdogan spoke in public on Monday. He condemned Iran.") == ["TUR opposes IRN"])
    #expect(
      try found("The Rebel Movement met in Cairo. They attacked Iran.") == ["REBELS strikes IRN"])
    // "It is" is no actor; and two sentences back is too far.
    #expect(
      try found("Egypt spoke. It is likely that Iran attacked Turkey.") == ["IRN strikes TUR"])
    #expect(try found("Erdogan arrived. Nothing happened. He condemned Iran.").isEmpty)
  }

  @Test func counterpartsAndCallsNameTheOtherSide() throws {
    #expect(
      try found("وقال أردوغان إنه بحث الأمر خلال لقاء نظيره الإيراني.").map(symmetricKey)
        == ["IRN|TUR"])
    // The call names the other side; the thanks are also praise (TUR supports LNA).
    let call = try found("وشكر أردوغان حفتر في اتصال هاتفي.")
    #expect(call.contains { $0.contains("negotiates-with") })
    #expect(call.contains("TUR supports LNA"))
    #expect(call.allSatisfy { symmetricKey($0) == "LNA|TUR" })
  }

  @Test func agentPhraseMustBeNextToItsActor() throws {
    // "بدعم التغييرات التي يشهدها X": X is in a relative clause, not the supporter.
    #expect(
      try found("وناشد أردوغان مصر بدعم التغييرات التي تشهدها إيران.").allSatisfy {
        !$0.hasPrefix("IRN supports")
      })
    // Appeals and requests are not facts.
    #expect(try found("وطالبت مصر تركيا بدعم حفتر.") == ["TUR supports LNA ?"])
  }

  @Test func arrivingInACountryIsAVisit() throws {
    #expect(try found("وصل الرئيس الإيراني الى مصر امس.").map(symmetricKey) == ["EGY|IRN"])
    #expect(try found("Erdogan arrived in Cairo on Monday.").map(symmetricKey) == ["EGY|TUR"])
  }
}
