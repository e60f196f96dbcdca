import Testing

@testable import Graph

/// English "him" as an object names the person named last, but not one named in its own
/// sentence outside a phrase after a preposition (there he is likelier the subject of another
/// clause: "Maduro said Erdogan had called him").
@Suite("Object pronoun him")
struct ObjectPronounHimTests {
  @Test func himNamesThePersonNamedLast() throws {
    // (Each gave nothing.)
    #expect(
      try builtInRelations(
        "Guaido declared himself president. The United States recognised him.",
        date: "2019-01-25") == ["USA supports VEN_OPP"])
    #expect(
      try builtInRelations(
        "Zelaya took Honduras into the ALBA bloc. Venezuela rallied behind him.",
        date: "2008-08-25") == ["VEN supports HND"])
  }

  @Test func notASubjectOfItsOwnSentence() throws {
    // Guard.
    #expect(try builtInRelations("Maduro said Erdogan had called him.", date: "2019-01-25").isEmpty)
  }
}
