import Testing

@testable import Graph

/// A tiny gazetteer written for these tests, so they check the matcher, not the data.
let testGazetteerText = """
  {"code":"TUR","kind":"state","name":"Turkey","name_ar":"تركيا","names":["Turkey","تركيا","أنقرة"],"adjectives":["Turkish","تركي","أتراك"]}
  {"code":"USA","kind":"state","name":"United States","name_ar":"الولايات المتحدة","names":["United States","US","U.S.","الولايات المتحدة"],"adjectives":["American","أمريكي","أميركي"]}
  {"code":"LBY","kind":"state","name":"Libya","name_ar":"ليبيا","names":["Libya","ليبيا"],"adjectives":["Libyan","ليبي"]}
  {"code":"ARE","kind":"state","name":"United Arab Emirates","name_ar":"الإمارات","names":["UAE","الإمارات"],"adjectives":["إماراتي"]}
  {"code":"GNA","kind":"government","name":"Government of National Accord","name_ar":"حكومة الوفاق","names":["حكومة الوفاق","GNA"]}
  {"code":"ERDOGAN","kind":"person","name":"Recep Tayyip Erdogan","name_ar":"رجب طيب أردوغان","affiliation":"TUR","names":["Erdogan","أردوغان","رجب طيب أردوغان"]}
  """

func mentions(_ text: String, _ gazetteer: Gazetteer) throws -> [(String, String)] {
  let matcher = ActorMatcher(gazetteer: gazetteer)
  let scalars = Array(text.unicodeScalars)
  let tokens = Tokenizer.tokenize(scalars)
  let ms = matcher.dropModifiers(
    matcher.mentions(in: tokens, range: 0..<tokens.count), tokens, lexicon: try Lexicon.builtIn())
  return ms.map { m in
    (
      m.code,
      String(
        String.UnicodeScalarView(scalars[tokens[m.tokenStart].start..<tokens[m.tokenEnd - 1].end]))
    )
  }
}

@Suite("Actors: gazetteer and matching")
struct ActorMatcherTests {
  let gazetteer: Gazetteer

  init() throws {
    gazetteer = Gazetteer(entries: try Gazetteer.parse(testGazetteerText, file: "test"))
  }

  @Test func arabicProcliticsAndNisba() throws {
    let found = try mentions("رحبت الإمارات والولايات المتحدة بالموقف التركي وللأتراك", gazetteer)
    #expect(found.map(\.0) == ["ARE", "USA", "TUR", "TUR"])
    #expect(found[1].1 == "والولايات المتحدة")
  }

  @Test func brokenPluralNisbasOfTheBuiltInStates() throws {
    // "جنود أفغان", "مقاتلون صرب": plurals the nisba rule cannot make are listed.
    let g = try Gazetteer.builtIn()
    #expect(try mentions("قتل جنود أفغان", g).map(\.0) == ["AFG"])
    #expect(try mentions("هاجم مقاتلون صرب", g).map(\.0) == ["SRB"])
    #expect(try mentions("وصل جنود إنجليز", g).map(\.0) == ["GBR"])
  }

  @Test func namesWithAnApostropheMatchWithEitherApostrophe() throws {
    // The apostrophe is a word of the name: without it the longer name never matched, and
    // "Kata'ib Hezbollah" was read as Hezbollah.
    let g = try Gazetteer.builtIn()
    #expect(try mentions("the Kurdistan Workers' Party", g).map(\.0) == ["PKK"])
    #expect(try mentions("the Kurdistan Workers\u{2019} Party", g).map(\.0) == ["PKK"])
    #expect(try mentions("Kata'ib Hezbollah fighters", g).map(\.0) == ["KATAIB_HEZBOLLAH"])
    #expect(try mentions("the People\u{2019}s Protection Units", g).map(\.0) == ["YPG"])
    #expect(try mentions("Hay'at Tahrir al-Sham", g).map(\.0) == ["HTS"])
  }

  @Test func bothSpellingsOfAmerican() throws {
    #expect(try mentions("الجيش الأمريكي", gazetteer).map(\.0) == ["USA"])
    #expect(try mentions("القوات الأميركية", gazetteer).map(\.0) == ["USA"])
  }

  @Test func englishCaseRules() throws {
    let found = try mentions("Let us talk turkey with the US and the U.S.", gazetteer)
    #expect(found.map(\.0) == ["USA", "USA"], "\(found)")
  }

  @Test func personsRollUpAndApposedMentionsMerge() throws {
    let found = try mentions("قال الرئيس التركي رجب طيب أردوغان", gazetteer)
    #expect(found.count == 1)
    #expect(found.first?.0 == "TUR")
    #expect(found.first?.1 == "التركي رجب طيب أردوغان")
  }

  @Test func nisbaOfNonActorHeadIsDropped() throws {
    #expect(try mentions("تفاقم الأزمة الليبية", gazetteer).isEmpty)
    #expect(try mentions("the Libyan crisis", gazetteer).isEmpty)
    #expect(try mentions("قوات حكومة الوفاق الليبية", gazetteer).map(\.0) == ["GNA"])
  }

  @Test func userEntriesOverrideByCode() throws {
    var g = gazetteer
    g.merge(
      try Gazetteer.parse(
        #"{"code":"GNA","kind":"government","name":"Tripoli government","names":["Tripoli government"]}"#,
        file: "user"))
    #expect(g.actor("GNA")?.name == "Tripoli government")
    #expect(try mentions("the Tripoli government", g).map(\.0) == ["GNA"])
  }

  @Test func aSurnameThatIsANisbaStillQualifiesANoun() throws {
    // "السوداني" is also a surname (an ambiguous form that names no actor alone); after a noun
    // with the article it is the nisba, in the string-keyed and the compiled matching alike.
    let g = Gazetteer(
      entries: try Gazetteer.parse(
        """
        {"code":"SDN","kind":"state","name":"Sudan","name_ar":"السودان","names":["السودان"],"adjectives":["سوداني"]}
        {"code":"TUR","kind":"state","name":"Turkey","name_ar":"تركيا","names":["تركيا"]}
        {"code":"SUDANI","kind":"person","name":"al-Sudani","name_ar":"محمد السوداني","names":["محمد السوداني"],"ambiguous_names":["السوداني"]}
        """, file: "test"))
    #expect(try mentions("قال الجيش السوداني", g).map(\.0) == ["SDN"])
    #expect(try mentions("وزير الخارجية السوداني", g).map(\.0) == ["SDN"])
    #expect(try mentions("انتقد السوداني", g).isEmpty)
    // After ل the article loses its alif ("للجيش").
    #expect(try mentions("صد هجوما للجيش السوداني", g).map(\.0) == ["SDN"])
    #expect(try mentions("وللجيش السوداني", g).map(\.0) == ["SDN"])
    let ex = Extractor(gazetteer: g, lexicon: try Lexicon.builtIn())
    func relations(_ text: String) -> [String] {
      ex.extract(Document(id: "t", text: text)).map {
        "\($0.source) \($0.relation.rawValue) \($0.target)"
      }
    }
    #expect(relations("قصف الجيش السوداني تركيا.") == ["SDN strikes TUR"])
    #expect(relations("انتقد السوداني تركيا.").isEmpty)
  }

  @Test func aSurnameAfterAnotherGivenNameIsAnotherMan() throws {
    let g = Gazetteer(
      entries: try Gazetteer.parse(
        """
        {"code":"IND","kind":"state","name":"India","name_ar":"الهند","names":["India","الهند"]}
        {"code":"MODI","kind":"person","name":"Narendra Modi","name_ar":"ناريندرا مودي","affiliation":"IND","names":["Narendra Modi","Modi","ناريندرا مودي","مودي"]}
        """, file: "test"))
    #expect(try mentions("قال الناطق عبد الرحمن مودي", g).isEmpty)
    #expect(try mentions("قال عبدالرحمن مودي", g).isEmpty)
    #expect(try mentions("Courts spokesman Abdirahman Modi said", g).isEmpty)
    // The person's own given name, a title, the sentence's first word: the person.
    #expect(try mentions("قال مودي", g).map(\.0) == ["IND"])
    #expect(try mentions("He said Narendra Modi came", g).map(\.0) == ["IND"])
    #expect(try mentions("He said Mr Modi came", g).map(\.0) == ["IND"])
    #expect(try mentions("When Modi came", g).map(\.0) == ["IND"])
    #expect(try mentions("He said Narendr Modi came", g).map(\.0) == ["IND"])
  }

  @Test func aNisbaOfWhereAThingWasMadeIsNoActor() throws {
    #expect(
      try builtInRelations(
        "Russian-made missiles fired by the Houthis hit Saudi oil facilities.", date: "2020-01-01")
        == ["HOUTHIS strikes SAU"])
    #expect(
      try builtInRelations("Iranian-designed drones struck Ukrainian cities.", date: "2023-01-01")
        .isEmpty)
  }

  @Test func malformedActorFileNamesLineAndField() {
    let bad = """
      {"code":"X","kind":"state","name":"X","names":["X"]}
      {"code":"Y","kind":"planet","name":"Y","names":["Y"]}
      """
    #expect {
      try Gazetteer.parse(bad, file: "actors.jsonl")
    } throws: { error in
      "\(error)".contains("actors.jsonl:2") && "\(error)".contains("kind")
    }
  }
}
