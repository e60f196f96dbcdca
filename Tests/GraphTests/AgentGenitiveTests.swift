import Foundation
import Testing

@testable import Graph

/// Arabic: the genitive of an act whose verb takes no object (named list `agent_genitive`:
/// "هجوم", "غارات", "عدوان") is its author, with no ل-object after it: "أدانت فرنسا هجوم حماس"
/// opposes Hamas; "تهجير الفلسطينيين" keeps its genitive as whom the act is done to.
@Suite("Arabic: the genitive author of an attack")
struct AgentGenitiveTests {
  @Test func theAttackersGenitive() throws {
    // (Was nothing.)
    #expect(
      try builtInRelations("وأدانت فرنسا هجوم حماس.", date: "2024-01-10") == ["FRA opposes HAMAS"])
  }

  @Test func aDescriptionOfTheGroup() throws {
    // (Was nothing: "الحركة" is the movement named before.)
    #expect(
      try builtInRelations(
        "أعلنت حركة حماس سيطرتها على غزة. وأدانت فرنسا هجوم الحركة.", date: "2024-01-10")
        == ["FRA opposes HAMAS"])
  }

  @Test func pastTheBodyWhereItIsSaid() throws {
    // (Was nothing: "في مجلس الأمن" stands between the subject and the act.)
    #expect(
      try builtInRelations("وأدانت فرنسا في مجلس الأمن هجوم حماس.", date: "2024-01-10")
        == ["FRA opposes HAMAS"])
  }

  @Test func anObjectGenitiveIsNoAuthor() throws {
    // guard: "تهجير" and "قصف" keep their readings.
    #expect(try builtInRelations("رفضت مصر تهجير الفلسطينيين.", date: "2024-01-10").isEmpty)
    #expect(
      try builtInRelations("أدانت مصر قصف إسرائيل لغزة.", date: "2024-01-10")
        == ["EGY opposes ISR", "ISR strikes PSE"])
  }
}
