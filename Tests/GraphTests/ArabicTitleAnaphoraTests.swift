import Testing

@testable import Graph

/// Arabic: a title with the article right before a person's name ("الشيخ عبد الستار أبو
/// ريشة", "الرئيس رجب طيب أردوغان") is a head a later "الشيخ" or "الرئيس" refers back by; a
/// state's name right after such a title is the verb's other argument ("وانتقد الرئيس
/// روسيا"); "لم يخف" (did not hide) negates nothing.
@Suite("Arabic: a title refers back to its person")
struct ArabicTitleAnaphoraTests {
  @Test func sheikhRefersBack() throws {
    #expect(
      try builtInRelations(
        "قال رئيس مجلس صحوة الأنبار الشيخ عبد الستار أبو ريشة إن القاعدة ضعفت. وانتقد الشيخ حكومة رئيس الوزراء نوري المالكي.",
        date: "2007-07-21") == ["SAHWA opposes IRQ"])
  }

  @Test func presidentThenState() throws {
    for text in [
      "قال الرئيس التركي رجب طيب أردوغان إن بلاده قلقة. وانتقد الرئيس روسيا.",
      "قال الرئيس رجب طيب أردوغان إن بلاده قلقة. وانتقد الرئيس روسيا.",
    ] {
      #expect(try builtInRelations(text, date: "2015-07-21") == ["TUR opposes RUS"])
    }
  }

  @Test func didNotHide() throws {
    let out = try builtInRelations(
      "قال رئيس مجلس صحوة الأنبار الشيخ عبد الستار أبو ريشة إن القاعدة ضعفت. وانتقد الشيخ حكومة المالكي. ولم يخف أبو ريشة عداءه لإيران، إذ اتهم طهران بتمويل الميليشيات في بغداد.",
      date: "2007-07-21")
    #expect(out.contains("SAHWA opposes IRN"))
    // guard: a person named again by a title is no group a later "الميليشيات" names.
    #expect(!out.contains("IRN opposes SAHWA"))
  }

  @Test func noTitleBeforeTheName() throws {
    // guard: "عزل الجيش محمد مرسي": the army is no title of Morsi's; "الجيش" later is the
    // army's.
    #expect(
      try builtInRelations(
        "قرر الاتحاد الأفريقي تعليق مشاركة مصر، إثر عزل الجيش محمد مرسي. وأفادت مصادر طبية بأن ثلاثة من أنصار مرسي قتلوا برصاص الجيش أمام مقر الحرس الجمهوري في القاهرة.",
        date: "2013-07-05"
      ).contains("EGY strikes MB"))
  }
}
