import Testing

@testable import Graph

/// Arabic: a welcome of "the force's arrival" ("رحب X بوصول القوة") backs the owner of the force
/// an earlier sentence named (`ForceMemory`): the body after "التابعة ل", or a nisba.
@Suite("Relations: a welcome of the arrival of a force named before")
struct WelcomedForceTests {
  func relations(_ text: String, date: String) throws -> [String] {
    try builtInRelations(text, date: date)
  }

  @Test func theForceOfABodyNamedBefore() throws {
    // (Each gave nothing: the welcome's object named no actor.) "القوة" is the singular force
    // of the first sentence, not the Ethiopian forces named after it.
    #expect(
      try relations(
        "بدأت طلائع القوة الأوغندية التابعة لبعثة الاتحاد الأفريقي في الصومال الانتشار في مقديشو. وجاء الانتشار لتحل محل القوات الإثيوبية. ورحب الرئيس الصومالي عبد الله يوسف أحمد بوصول القوة.",
        date: "2007-03-07") == ["SOM supports AU"])
    // "الجنود" are the soldiers of the force named last.
    #expect(
      try relations(
        "وصلت إلى منروفيا طلائع قوة حفظ السلام التابعة للمجموعة الاقتصادية لدول غرب أفريقيا. ورحب الرئيس الليبيري تشارلز تايلور بوصول الجنود.",
        date: "2003-08-05") == ["LBR supports ECOWAS"])
  }

  @Test func guards() throws {
    // guard: "القوات" (plural) names no force told by a singular noun.
    #expect(
      try relations(
        "بدأت طلائع القوة الأوغندية التابعة لبعثة الاتحاد الأفريقي في الصومال الانتشار في مقديشو. ورحب الرئيس الصومالي عبد الله يوسف أحمد بوصول القوات.",
        date: "2007-03-07"
      ).isEmpty)
  }
}
