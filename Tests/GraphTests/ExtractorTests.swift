import Testing

@testable import Graph

let extraTestActors = """
  {"code":"RUS","kind":"state","name":"Russia","name_ar":"روسيا","names":["Russia","روسيا","موسكو","Moscow"],"adjectives":["Russian","روسي","روس"]}
  {"code":"EGY","kind":"state","name":"Egypt","name_ar":"مصر","names":["Egypt","مصر","القاهرة","Cairo"],"adjectives":["Egyptian","مصري"]}
  {"code":"LNA","kind":"armed-group","name":"Libyan National Army","name_ar":"الجيش الوطني الليبي","names":["الجيش الوطني الليبي","LNA","Libyan National Army"]}
  {"code":"HAFTAR","kind":"person","name":"Khalifa Haftar","name_ar":"خليفة حفتر","affiliation":"LNA","names":["Haftar","حفتر","خليفة حفتر"]}
  {"code":"SYR","kind":"state","name":"Syria","name_ar":"سوريا","names":["Syria","سوريا","دمشق"],"adjectives":["Syrian","سوري"]}
  """

/// Runs the extractor with the test gazetteer and the built-in lexicon; returns "SRC type TGT".
func relations(_ text: String, date: String? = nil) throws -> [String] {
  var g = Gazetteer(entries: try Gazetteer.parse(testGazetteerText, file: "test"))
  g.merge(try Gazetteer.parse(extraTestActors, file: "test2"))
  let ex = Extractor(gazetteer: g, lexicon: try Lexicon.builtIn())
  return ex.extract(Document(id: "t", text: text, date: date)).map {
    "\($0.source) \($0.relation.rawValue) \($0.target)\($0.hypothetical ? " ?" : "")"
  }
}

@Suite("Relations: grammar frames in Arabic and English")
struct ExtractorTests {
  @Test func arabicSVOAndVSO() throws {
    #expect(
      try relations("وقالت وكالة الأنباء إن روسيا تدعم حفتر في الشرق.") == ["RUS supports LNA"])
    #expect(try relations("وانتقدت مصر تركيا بسبب التدخل.") == ["EGY opposes TUR"])
    #expect(try relations("قصفت طائرات تركية مواقع الجيش الوطني الليبي.") == ["TUR strikes LNA"])
  }

  @Test func arabicPassiveAgentAndPatron() throws {
    #expect(try relations("تقدمت قوات حفتر المدعومة من روسيا نحو المدينة.") == ["RUS supports LNA"])
    #expect(try relations("سيطرت حكومة الوفاق على المدينة بدعم من تركيا.") == ["TUR supports GNA"])
    let patron = try relations("واتهم المتحدث حفتر وداعميه في موسكو والقاهرة بعرقلة الحل.")
    #expect(patron.contains("RUS supports LNA") && patron.contains("EGY supports LNA"))
  }

  @Test func arabicSymmetricTalks() throws {
    #expect(try relations("جرت محادثات بين تركيا وروسيا في أنقرة.") == ["TUR negotiates-with RUS"])
    #expect(
      try relations("بحثت مصر والإمارات خلال اتصال هاتفي الوضع.") == ["EGY negotiates-with ARE"])
  }

  @Test func negationLeavesNoRelation() throws {
    #expect(try relations("لم تدعم مصر حكومة الوفاق.") == [])
    #expect(try relations("Egypt did not support the GNA.") == [])
  }

  @Test func conditionalsAreFlagged() throws {
    #expect(
      try relations("وإذا قصفت تركيا الجيش الوطني الليبي فسترد مصر.") == ["TUR strikes LNA ?"])
  }

  @Test func reportedSpeechUsesTheSpeaker() throws {
    let found = try relations("وقال أردوغان في مؤتمر صحفي: \"نحن ندعم حكومة الوفاق\".")
    #expect(found == ["TUR supports GNA"])
  }

  @Test func englishFrames() throws {
    #expect(try relations("Russia backs Haftar's forces in the east.") == ["RUS supports LNA"])
    #expect(
      try relations("The LNA, backed by Egypt, attacked the GNA on Monday.").contains(
        "EGY supports LNA"))
    #expect(try relations("Turkish drones struck Syrian positions.") == ["TUR strikes SYR"])
    #expect(try relations("Erdogan met Haftar's envoy in Ankara.") == ["TUR negotiates-with LNA"])
    #expect(try relations("Egypt condemned the Turkish intervention.") == ["EGY opposes TUR"])
  }

  @Test func wordsThatOnlyLookLikeCues() throws {
    // "وزارة" is not و + زار (visit) + ه.
    #expect(try relations("وقالت وزارة الخارجية التركية إن مصر أرسلت وفدا.") == [])
  }

  @Test func verbalNounAfterPrepositionTakesTheMainSubject() throws {
    // A threatened strike is flagged hypothetical.
    #expect(
      try relations("وهدد الرئيس التركي بضرب الجيش الوطني الليبي.").contains("TUR strikes LNA ?"))
    #expect(try relations("أرسلت روسيا مرتزقة لدعم حفتر.") == ["RUS supports LNA"])
  }

  @Test func placesAreNotObjects() throws {
    // Syria is where the talks happen, not who is threatened.
    #expect(try relations("وحذرت مصر في سوريا من التصعيد.") == [])
  }

  @Test func patronNeedsAdjacentSupporters() throws {
    #expect(try relations("وقال إن حفتر وحلفاءه الروس يرفضون الحل.").contains("RUS supports LNA"))
    #expect(
      !(try relations("تقاتل تركيا وحلفاؤها في الشمال قوات حفتر.").contains("LNA supports TUR")))
  }

  @Test func titlesIntroducePeople() throws {
    var g = Gazetteer(entries: try Gazetteer.parse(testGazetteerText, file: "test"))
    g.merge(try Gazetteer.parse(extraTestActors, file: "test2"))
    let ex = Extractor(
      gazetteer: g, lexicon: try Lexicon.builtIn(), titles: try TitleRecognizer.builtIn())
    let text = "وقال وزير الخارجية المصري سامح شكري إن بلاده تدعم حكومة الوفاق. وانتقد شكري تركيا."
    let rs = ex.extract(Document(id: "t", text: text))
    #expect(
      rs.map { "\($0.source) \($0.relation.rawValue) \($0.target)" } == [
        "EGY supports GNA", "EGY opposes TUR",
      ])
    #expect(rs.last?.sourceActor?.hasPrefix("PER_") == true)
    let en = ex.extract(
      Document(
        id: "e",
        text:
          "Egyptian Foreign Minister Sameh Shoukry criticised Turkey. Later Shoukry met Erdogan."))
    #expect(
      en.map { "\($0.source) \($0.relation.rawValue) \($0.target)" } == [
        "EGY opposes TUR", "EGY negotiates-with TUR",
      ])
  }

  @Test func pluralNisbaIsNoName() throws {
    // "الرئيس الأمريكي منح الأوروبيين مزيدا ...": the words after the title are a phrase (a
    // plural nisba in it), not a person's name; the president is no actor here.
    var g = Gazetteer(entries: try Gazetteer.parse(testGazetteerText, file: "test"))
    g.merge(try Gazetteer.parse(extraTestActors, file: "test2"))
    let ex = Extractor(
      gazetteer: g, lexicon: try Lexicon.builtIn(), titles: try TitleRecognizer.builtIn())
    let text = "وأيد الرئيس المصري منح الأوروبيين مزيدا من الوقت لإقناع تركيا."
    #expect(ex.extract(Document(id: "t", text: text)).isEmpty)
  }

  @Test func unmatchedReportsWhatWasNotUnderstood() throws {
    var g = Gazetteer(entries: try Gazetteer.parse(testGazetteerText, file: "test"))
    g.merge(try Gazetteer.parse(extraTestActors, file: "test2"))
    let ex = Extractor(
      gazetteer: g, lexicon: try Lexicon.builtIn(), titles: try TitleRecognizer.builtIn())
    let t = ex.trace(
      Document(
        id: "u",
        text: "تركيا وروسيا في الميدان. وقصفت الطائرات المدينة. وقال الرئيس جون دو إن الوضع صعب."))
    let kinds = Set(t.unmatched.map(\.kind))
    #expect(kinds.contains(.actorsWithoutCue))
    #expect(kinds.contains(.cueWithOneActor))
    #expect(kinds.contains(.unknownNameAfterTitle))
    #expect(t.relations.isEmpty)
  }

  @Test func evidenceSpanPointsAtTheSentence() throws {
    var g = Gazetteer(entries: try Gazetteer.parse(testGazetteerText, file: "test"))
    g.merge(try Gazetteer.parse(extraTestActors, file: "test2"))
    let ex = Extractor(gazetteer: g, lexicon: try Lexicon.builtIn())
    let text = "مقدمة قصيرة.\nوأدانت مصر الهجوم التركي على ليبيا."
    let r = try #require(ex.extract(Document(id: "d", text: text)).first)
    let scalars = Array(text.unicodeScalars)
    #expect(String(String.UnicodeScalarView(scalars[r.span[0]..<r.span[1]])) == r.evidence)
    #expect(r.evidence.hasPrefix("وأدانت مصر"))
    #expect(r.sentence == 1)
  }
}
