import Testing

@testable import Graph

/// Accusations denied or rejected: the one who denies opposes the accuser (named after the noun
/// of accusation, told the sentence before, or in the same sentence before "وهو ما نفته"); an
/// actor in the accusation's content is no object of the denial, and the act it tells is denied.
@Suite("Relations: accusations denied")
struct DeniedAccusationTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2025-03-10")
  }

  @Test func aDenialOfAccusationsToldBeforeOpposesTheAccuser() throws {
    #expect(
      try relations("اتهمت واشنطن طهران بتسليح الحوثيين. ونفت طهران الاتهامات.") == [
        "USA opposes IRN", "IRN supports HOUTHIS ?", "IRN opposes USA",
      ])
    // A demonstrative before the noun, after a verb of rejection.
    #expect(
      try relations("اتهمت واشنطن طهران بتسليح الحوثيين. ورفضت طهران هذه الاتهامات.") == [
        "USA opposes IRN", "IRN supports HOUTHIS ?", "IRN opposes USA",
      ])
    #expect(
      try relations("Kinshasa accused Rwanda of backing the rebels. Kigali denied the accusations.")
        == ["COD opposes RWA", "RWA opposes COD"])
  }

  @Test func accusationsTwoSentencesBackWithNoActBetween() throws {
    #expect(
      try relations(
        "اتهمت كينشاسا رواندا بدعم المتمردين. وقالت الوزيرة إن الوضع خطير. ونفت كيغالي هذه الاتهامات."
      )
        == ["COD opposes RWA", "RWA opposes COD"])
    // guard: an act told between them is the one remembered.
    #expect(
      try relations("اتهمت واشنطن طهران بتسليح الحوثيين. وقصفت إسرائيل غزة. ونفت طهران الاتهامات.")
        == ["USA opposes IRN", "IRN supports HOUTHIS ?", "ISR strikes PSE"])
  }

  @Test func aRelativeDenialOpposesTheAccuserOfItsSentence() throws {
    #expect(
      try relations("اتهمت النيجر فرنسا بالسعي إلى التدخل عسكرياً، وهو ما تنفيه باريس.") == [
        "NER opposes FRA", "FRA opposes NER",
      ])
    #expect(
      try relations("اتهمت واشنطن طهران بتزويد الحوثيين بالأسلحة، وهي اتهامات نفتها طهران مراراً.")
        == ["USA opposes IRN", "IRN supports HOUTHIS ?", "IRN opposes USA"])
  }

  @Test func theAuthorNamedAfterTheNounIsTheObject() throws {
    #expect(
      try relations("نفت إيران الاتهامات الأمريكية بتزويد الحوثيين بالأسلحة.") == [
        "IRN opposes USA"
      ])
    #expect(
      try relations("نفت إيران اتهامات واشنطن بتزويد الحوثيين بالأسلحة.") == ["IRN opposes USA"])
    #expect(
      try relations("Iran denied accusations by Washington that it armed the Houthis.") == [
        "IRN opposes USA"
      ])
  }

  @Test func criticismAndComplaintsRejectedOpposeTheirAuthor() throws {
    #expect(
      try relations("Jakarta rejected the criticism from Canberra.") == ["IDN opposes AUS"])
    #expect(
      try relations("Jakarta dismissed criticism by Australia.") == ["IDN opposes AUS"])
    #expect(
      try relations("Beijing rejected the complaints from Manila.") == ["CHN opposes PHL"])
  }

  @Test func aDenialOfAnyPartOpposesTheAccusers() throws {
    #expect(
      try relations("اتهمت إستونيا روسيا بالوقوف وراء الهجمات. ونفت موسكو أي صلة لها.")
        == ["EST opposes RUS", "RUS opposes EST"])
    #expect(
      try relations("اتهمت إستونيا روسيا بالوقوف وراء الهجمات، فيما نفت موسكو أي صلة لها.")
        == ["EST opposes RUS", "RUS opposes EST"])
    #expect(
      try relations("Estonia accused Russia of the attacks. Moscow denied any involvement.")
        == ["EST opposes RUS", "RUS opposes EST"])
    #expect(
      try relations("India blamed Pakistan for the bombing, while Islamabad denied any role.")
        == ["IND opposes PAK", "PAK opposes IND"])
  }

  @Test func callingTheAccusationsBaselessOpposesTheAccusers() throws {
    #expect(
      try relations(
        "Estonia accused Russia of the attacks. Moscow called the accusations baseless.")
        == ["EST opposes RUS", "RUS opposes EST"])
    #expect(
      try relations(
        "اتهمت إستونيا روسيا بالوقوف وراء الهجمات. ووصفت موسكو الاتهامات بأنها لا أساس لها.")
        == ["EST opposes RUS", "RUS opposes EST"])
    #expect(try relations("Russia called the Ukrainian claims baseless.") == ["RUS opposes UKR"])
  }

  @Test func whatAPronounCallsBaselessIsNoActor() throws {
    // guard: "ه" is what the team said, not the plane named last.
    #expect(
      try relations(
        "ورفضت وزارة الخارجية الروسية ما قاله فريق التحقيق عن أن وحدة من الجيش الروسي هي "
          + "مصدر إطلاق الصاروخ الذي أسقط الطائرة الماليزية، ووصفته بأنه لا أساس له من الصحة.")
        == [])
  }

  @Test func holdingSomeoneResponsibleAccusesThem() throws {
    #expect(
      try relations("وتحمّل نيودلهي إسلام آباد مسؤولية الهجوم. ونفت إسلام آباد أي صلة لها بالهجوم.")
        == ["IND opposes PAK", "PAK opposes IND"])
    // guard: English read the holder as the act's actor already.
    #expect(
      try relations(
        "India held Pakistan responsible for the attack. Islamabad rejected the accusations.")
        == ["IND opposes PAK", "PAK opposes IND"])
  }

  @Test func aDenialOfAnyPartWithNoAccuserOpposesNobody() throws {
    // guard: the attackers accused nobody.
    #expect(
      try relations("The Taliban attacked Afghan forces. Pakistan denied any role.")
        == ["TALIBAN strikes AFG"])
  }

  @Test func aDenialOfAnyPartStillReportsItsSpeaker() throws {
    // guard: the ministry that denies is the subject a verb opening the next sentence leaves
    // unsaid, as with the speech verb "نفى".
    #expect(
      try relations(
        "نفت وزارة الخارجية التركية أي مسؤولية عن الهجوم. واتهمت الوزارة حزب العمال الكردستاني "
          + "بالوقوف وراء القصف.") == ["TUR opposes PKK"])
  }

  @Test func anActorOfTheContentIsNoObject() throws {
    #expect(try relations("رفضت إيران الاتهامات بتزويد الحوثيين بالأسلحة.") == [])
    #expect(try relations("Iran rejected accusations that it armed the Houthis.") == [])
    // guard: a denial of an act, no accusation named.
    #expect(try relations("نفت إيران تزويد الحوثيين بالأسلحة.") == [])
    // guard: the same with the noun and no author.
    #expect(try relations("نفت إيران الاتهامات بتزويد الحوثيين بالأسلحة.") == [])
  }

  @Test func anActorPastACommaIsAnotherClauses() throws {
    #expect(
      try relations(
        "Ethiopia accused Eritrea of arming rebels in Tigray. Eritrea rejected the accusation, saying Addis Ababa was seeking a pretext for war."
      ) == ["ETH opposes ERI", "ERI opposes ETH"])
    // guard: the author after "of".
    #expect(
      try relations(
        "Ethiopia accused Eritrea of arming rebels in Tigray. Eritrea rejected the accusation of Addis Ababa."
      ) == ["ETH opposes ERI", "ERI opposes ETH"])
  }
}
