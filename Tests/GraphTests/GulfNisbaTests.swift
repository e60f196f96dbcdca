import Testing

@testable import Graph

/// The nisba "خليجي" ("القوات الخليجية", "المبادرة الخليجية", "الدول الخليجية") names the Gulf
/// Cooperation Council, as Arabic papers use it.
@Suite("Gulf nisba")
struct GulfNisbaTests {
  @Test func theGulfNisbaNamesTheCouncil() throws {
    // (Each gave nothing.)
    #expect(
      try builtInRelations("ورحبت مصر بالمبادرة الخليجية لحل الأزمة اليمنية.", date: "2011-05-01")
        == ["EGY supports GCC"])
    #expect(
      try builtInRelations("ونددت إيران بدخول القوات الخليجية إلى البحرين.", date: "2011-03-15")
        == ["IRN opposes GCC"])
    #expect(
      try builtInRelations(
        "وقال وزير الخارجية الإيراني إن الدول الخليجية تدعم المعارضة السورية.", date: "2012-09-20")
        == ["GCC supports SYR_OPP"])
  }
}
