import Foundation
import Testing

@testable import Graph

/// English: a capitalised title between "and" and the next name ("Zelenskiy and President
/// Vladimir Putin", "and Prime Minister Modi") keeps the name in the list.
@Suite("English: a title inside a list")
struct TitledCoordinateTests {
  @Test func bothPartnersOfACall() throws {
    // (Gave only TUR negotiates-with UKR: the title ended the list.)
    let found = try builtInRelations(
      "Turkish President Tayyip Erdogan spoke by phone with both Zelenskiy and President Vladimir Putin.",
      date: "2023-06-07")
    #expect(found.contains("TUR negotiates-with UKR"))
    #expect(found.contains("TUR negotiates-with RUS"))
  }

  @Test func aTitleOfTwoWords() throws {
    let found = try builtInRelations(
      "Biden spoke with Netanyahu and Prime Minister Narendra Modi on Tuesday.", date: "2023-10-10")
    #expect(found.contains("USA negotiates-with IND"))
  }
}
