import Testing

@testable import Graph

@Test func relationTypeSymmetry() {
  #expect(RelationType.negotiatesWith.isSymmetric)
  #expect(!RelationType.supports.isSymmetric)
}
