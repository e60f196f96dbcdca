import Foundation
import Testing

@testable import Graph

/// An Arabic relative clause after a comma takes its antecedent as subject when the verb has no
/// pronoun ("مع روسيا، التي أرسلت مدربين ومعدات إلى باماكو"); trainers, advisers and equipment
/// sent to an actor support it as weapons do.
@Suite("Arabic: a relative clause after a comma; trainers and equipment sent")
struct CommaRelativeSubjectTests {
  @Test func theAntecedentSends() throws {
    // (Was nothing.)
    #expect(
      try builtInRelations(
        "واتجهت إلى تعزيز التعاون العسكري مع روسيا، التي أرسلت مدربين ومعدات إلى باماكو وواغادوغو.",
        date: "2024-01-28") == ["RUS supports MLI", "RUS supports BFA"])
    #expect(
      try builtInRelations("وأعربت تركيا، التي تدعم قوات الوفاق، عن قلقها.", date: "2019-05-01")
        == ["TUR supports GNA"])
  }

  @Test func trainersSentSupport() throws {
    // (Each was nothing.)
    #expect(
      try builtInRelations("وأرسلت روسيا مدربين ومعدات إلى باماكو.", date: "2024-01-28")
        == ["RUS supports MLI"])
    #expect(
      try builtInRelations("وأرسلت روسيا مستشارين عسكريين إلى مالي.", date: "2024-01-28")
        == ["RUS supports MLI"])
  }

  @Test func anAttackOnAPlaceIsNoAntecedent() throws {
    // guard: "الغارات على غزة، التي استهدفت": Gaza did not strike.
    #expect(
      try builtInRelations("وتواصلت الغارات على غزة، التي استهدفت مواقع لحماس.", date: "2024-01-28")
        .allSatisfy { !$0.hasPrefix("PSE strikes") })
  }
}
