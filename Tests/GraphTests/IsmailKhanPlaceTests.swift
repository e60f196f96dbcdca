import Foundation
import Testing

@testable import Graph

/// Gazetteer: "إسماعيل خان", "Ismail Khan" alone is ambiguous: it is also part of the name of
/// the Pakistani city Dera Ismail Khan; the Afghan leader's full name, "محمد إسماعيل خان", stays.
@Suite("Gazetteer: Ismail Khan and Dera Ismail Khan")
struct IsmailKhanPlaceTests {
  @Test func theCityIsNoAfghanLeader() throws {
    // (Gave TALIBAN opposes AFG: the city's name rolled the police up to Afghanistan.)
    let ar = try builtInRelations(
      "وهاجمت حركة طالبان مركزا لتجنيد الشرطة في ديرا إسماعيل خان.", date: "2008-01-01")
    #expect(!ar.contains("TALIBAN opposes AFG"))
    // (Gave TALIBAN strikes AFG.)
    let en = try builtInRelations(
      "Taliban fighters attacked a police post in Dera Ismail Khan.", date: "2008-01-01")
    #expect(!en.contains("TALIBAN strikes AFG"))
  }

  @Test func theFullNameStays() throws {
    // Guard: the full name names him.
    let found = try builtInRelations(
      "وانتقد محمد إسماعيل خان حركة طالبان.", date: "2008-01-01")
    #expect(found == ["AFG opposes TALIBAN"])
  }
}
