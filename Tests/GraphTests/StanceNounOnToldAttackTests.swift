import Foundation
import Testing

@testable import Graph

/// A noun of support or opposition after a light verb ("أعلن حلف شمال الأطلسي دعمه الكامل
/// للضربات", "voiced their support for the strikes") whose object is the bare attack told in an
/// earlier sentence judges that attack's agents.
@Suite("A stance noun on an attack told before")
struct StanceNounOnToldAttackTests {
  @Test func arabicSupportOfTheStrikes() throws {
    // (Gave no relation of NATO: the noun's object names no actor.)
    let found = try builtInRelations(
      "شنت الولايات المتحدة وبريطانيا وفرنسا ضربات على سوريا. وأعلن حلف شمال الأطلسي دعمه الكامل للضربات، معتبرا أنها ستقلص قدرات النظام.",
      date: "2018-04-14")
    #expect(found.contains("NATO supports USA"))
    #expect(found.contains("NATO supports GBR"))
    #expect(found.contains("NATO supports FRA"))
  }

  @Test func arabicRejectionOfTheRaids() throws {
    // (Gave nothing of Qatar.)
    let found = try builtInRelations(
      "شنت إسرائيل غارات على غزة. وأعلنت قطر رفضها للغارات.", date: "2024-01-12")
    #expect(found.contains("QAT opposes ISR"))
  }

  @Test func englishSupportOfTheStrikes() throws {
    // (Gave nothing of Australia and Canada.)
    let found = try builtInRelations(
      "The United States and Britain struck Houthi targets in Yemen. Australia and Canada voiced their support for the strikes.",
      date: "2024-01-12")
    #expect(found.contains("AUS supports USA"))
    #expect(found.contains("CAN supports GBR"))
    let opposed = try builtInRelations(
      "Israel struck Gaza on Saturday. Qatar expressed strong opposition to the strikes.",
      date: "2024-01-12")
    #expect(opposed.contains("QAT opposes ISR"))
  }

  @Test func anotherActIsNoneOfTheAttacks() throws {
    // Guards: an entry of forces and another side's attack are other acts.
    let entry = try builtInRelations(
      "شنت إسرائيل غارات على غزة. وأعلنت قطر رفضها دخول القوات إلى المدينة.",
      date: "2024-01-12")
    #expect(!entry.contains("QAT opposes ISR"))
    let other = try builtInRelations(
      "شنت روسيا غارات على أوكرانيا. وأعلنت بولندا دعمها للهجوم الأوكراني المضاد.",
      date: "2024-01-12")
    #expect(!other.contains("POL supports RUS"))
  }
}
