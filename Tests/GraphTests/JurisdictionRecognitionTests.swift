import Foundation
import Testing

@testable import Graph

/// Not recognising a court's jurisdiction (ولاية, اختصاص) or an authority (سلطة) refuses
/// recognition (list `recognition`): it opposes the court or the state.
@Suite("Relations: jurisdiction not recognised")
struct JurisdictionRecognitionTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2023-12-02").sorted()
  }

  @Test func theCourtsJurisdiction() throws {
    #expect(
      try relations("قالت فنزويلا إنها لا تعترف بولاية المحكمة الجنائية الدولية.")
        == ["VEN opposes ICC"])
  }

  @Test func anAuthoritysDecision() throws {
    #expect(
      try relations("قالت الخارجية الإماراتية إنها لا تعترف بقرار سلطة بورتسودان.")
        == ["ARE opposes SDN"])
  }
}
