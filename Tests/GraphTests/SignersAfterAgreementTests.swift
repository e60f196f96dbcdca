import Testing

@testable import Graph

/// Arabic: "ووقع الاتفاق الرئيس السوداني وزعيم الحركة الشعبية": with the agreement right after
/// the bare verb of signing, the signers come after it, and each negotiates with each other.
@Suite("Arabic: the signers after the agreement")
struct SignersAfterAgreementTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2018-09-06").sorted()
  }

  @Test func theSignersAfterTheAgreementArePartners() throws {
    // (Each gave nothing.)
    #expect(
      try relations("ووقع الاتفاق الرئيس السوداني وزعيم الحركة الشعبية.") == [
        "SDN negotiates-with SPLM"
      ])
    #expect(
      try relations(
        "ووقع الاتفاق زعيم الجبهة الشعبية لنهضة أفريقيا الوسطى وزعيم الاتحاد من أجل السلام في أفريقيا الوسطى."
      ) == ["CAF_FPRC negotiates-with CAF_UPC"])
    // Guard: one signer names no partner.
    #expect(try relations("ووقع الاتفاق الرئيس السوداني عمر البشير.") == [])
  }
}
