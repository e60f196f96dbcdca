import Testing

@testable import Graph

/// A group's shorter name after its longer one in the same document names the same group, not
/// another group whose name the shorter form is too.
@Suite("Shorter names of a group named in full before")
struct LongerNamesTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2001-08-14").sorted()
  }

  @Test func theShorterNameIsTheGroupNamedBefore() throws {
    // (Gave ELN opposes MKD: Colombia's National Liberation Army.)
    #expect(
      try relations(
        "ولم يكن جيش التحرير الوطني الألباني المتمرد طرفا في المفاوضات. واتهم جيش التحرير الوطني القوات المقدونية بخرق الهدنة."
      ) == ["MKD_NLA opposes MKD"])
    // Guard: named alone, the shorter name is still the group the gazetteer gives it.
    #expect(
      try relations("واتهم جيش التحرير الوطني الحكومة الكولومبية بخرق الهدنة.") == [
        "ELN opposes COL"
      ])
  }
}
