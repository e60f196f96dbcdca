import Foundation
import Testing

@testable import Graph

/// A state's leaders named after a word of killing that follows a strike in it ("في عملية
/// أسفرت عن مقتل القائد العام للحرس الثوري ...") are its victims: the state is still the place
/// hit, unlike a leader on whose behalf an act is done.
@Suite("Leaders killed by a strike leave its place hit")
struct VictimsNamedAfterAStrikeTests {
  @Test func killedLeadersAreNoBehalf() throws {
    #expect(
      try builtInRelations(
        "شنت إسرائيل غارات على منشآت في إيران، في عملية أسفرت عن مقتل القائد العام للحرس الثوري "
          + "حسين سلامي ورئيس هيئة الأركان محمد باقري.",
        date: "2025-06-13") == ["ISR strikes IRN"])
  }
}
