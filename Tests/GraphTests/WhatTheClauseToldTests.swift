import Foundation
import Testing

@testable import Graph

/// Arabic: in "، وهو ما رفضته X" the verb's pronoun is "ما", what the clause before told, and
/// no actor named last: X reacts to the main actor of that clause (`clauseReactionPairs`).
@Suite("Arabic: what the clause before told")
struct WhatTheClauseToldTests {
  @Test func theThreatenerNotTheThreatened() throws {
    // (Gave MLI opposes NER: the pronoun read as the last actor, Niger.)
    let found = try builtInRelations(
      "وجاء ذلك بعد تهديد إيكواس بالتدخل عسكريا في النيجر، وهو ما رفضته باماكو.",
      date: "2023-09-16")
    #expect(found.contains("MLI opposes ECOWAS"))
    #expect(!found.contains("MLI opposes NER"))
  }

  @Test func noPlaceAsTheTarget() throws {
    // (Gave JOR opposes PSE: the land annexed read as what was rejected.)
    let found = try builtInRelations(
      "وتأتي الخطوة بعد إعلان إسرائيل ضم أجزاء من الضفة الغربية، وهو ما رفضه الأردن.",
      date: "2020-06-10")
    #expect(!found.contains("JOR opposes PSE"))
  }

  @Test func theSubjectOfAVerb() throws {
    // Guard: a threat told by a verb's subject.
    let found = try builtInRelations(
      "وجاء القرار بعد أيام من تهديد الولايات المتحدة بفرض عقوبات على كولومبيا، وهو ما رفضته بوغوتا.",
      date: "2025-01-27")
    #expect(found.contains("COL opposes USA"))
  }
}
