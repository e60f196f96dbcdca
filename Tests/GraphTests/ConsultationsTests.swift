import Foundation
import Testing

@testable import Graph

/// English: consultations with an actor are talks with it ("after consultations with the United
/// States", "held consultations with Qatar").
@Suite("English: consultations")
struct ConsultationsTests {
  @Test func consultationsWithAList() throws {
    let found = try builtInRelations(
      "Kosovo agreed to the delay after consultations with the United States and the European Union.",
      date: "2022-07-31")
    #expect(found.contains("XKX negotiates-with USA"))
    #expect(found.contains("XKX negotiates-with EU"))
  }

  @Test func heldConsultations() throws {
    #expect(
      try builtInRelations(
        "Egypt held consultations with Qatar on the ceasefire.", date: "2024-05-01"
      )
      .contains("EGY negotiates-with QAT"))
  }
}
