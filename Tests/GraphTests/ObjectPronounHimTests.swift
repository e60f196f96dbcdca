import Testing

@testable import Graph

/// English "him" as an object names the person named last, but not one named in its own
/// sentence outside a phrase after a preposition (there he is likelier the subject of another
/// clause: "Maduro said Erdogan had called him"); then a person named before in the sentence
/// after a preposition, if any.
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

  @Test func aPersonAfterAPrepositionInItsOwnSentence() throws {
    // (Each gave no relation with "him".)
    #expect(
      try builtInRelations(
        "Within minutes of Juan Guaido declaring himself president, the Trump administration "
          + "recognised him.", date: "2019-01-25") == ["USA supports VEN_OPP"])
    #expect(
      try builtInRelations("After talks with Guaido, Pompeo praised him.", date: "2019-01-25")
        == ["USA negotiates-with VEN_OPP", "USA supports VEN_OPP"])
  }

  @Test func notASubjectOfItsOwnSentence() throws {
    // Guard.
    #expect(try builtInRelations("Maduro said Erdogan had called him.", date: "2019-01-25").isEmpty)
  }
}
