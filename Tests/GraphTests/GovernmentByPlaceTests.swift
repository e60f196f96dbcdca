import Testing

@testable import Graph

/// A government named by where it rules ("المجلس العسكري في النيجر", "السلطات في سوريا", "the
/// junta in Niger"): the state after "في"/"in" is the actor, not a place. Also the nisba أرمني,
/// and two readings of a verb by the word each needs ("تبادلت ... الاتهامات").
@Suite("Relations: governments named by where they rule")
struct GovernmentByPlaceTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-06-01").sorted()
  }

  @Test func aGovernmentHeadBeforeFiNamesTheState() throws {
    #expect(
      try relations("رفض المجلس العسكري في النيجر الوساطة الجزائرية.") == ["NER opposes DZA"])
    #expect(try relations("انتقدت فرنسا السلطات في سوريا.") == ["FRA opposes SYR"])
    #expect(try relations("اتهمت الحكومة في دمشق تركيا بدعم الإرهاب.") == ["SYR opposes TUR"])
    #expect(
      try relations("احتجت الصين على دعم الولايات المتحدة للنظام الحاكم في تايوان.") == [
        "CHN opposes USA", "USA supports TWN",
      ])
    // Guard: a delegation meeting in a capital.
    #expect(
      try relations("التقى وفد الحكومة اليمنية بممثلي الحوثيين في الرياض.") == [
        "YEM negotiates-with HOUTHIS"
      ])
  }

  @Test func englishGovernmentHeadsBeforeIn() throws {
    #expect(try relations("France criticised the authorities in Mali.") == ["FRA opposes MLI"])
    #expect(
      try relations("The military junta in Niger expelled the French ambassador.") == [
        "NER opposes FRA"
      ])
  }

  @Test func armenianNisba() throws {
    #expect(
      try relations("اشتبكت القوات الأذربيجانية والأرمنية على الحدود.") == [
        "ARM strikes AZE", "AZE strikes ARM",
      ])
    #expect(
      try relations("اشتبكت قوات أذربيجانية مع قوات أرمنية على الحدود.") == [
        "ARM strikes AZE", "AZE strikes ARM",
      ])
  }

  @Test func theNearerNeededWordDecidesAnExchange() throws {
    // Accusations traded, though "إطلاق" (of a ceasefire) follows.
    #expect(
      try relations("تبادلت الهند وباكستان الاتهامات بخرق وقف إطلاق النار.") == [
        "IND opposes PAK", "PAK opposes IND",
      ])
    // Guard: fire traded.
    #expect(
      try relations("تبادلت القوات الهندية والباكستانية إطلاق النار على الحدود.") == [
        "IND strikes PAK", "PAK strikes IND",
      ])
  }
}
