import Foundation
import Testing

@testable import Graph

/// Office holders of 2006-2013 (gazetteer): a person named in a report of those years rolls up
/// to the state or body they served then, which may differ from a later office. Also the
/// demonyms' other spellings ("Ecuadorean", "Belarussian", "Salvadorean"), and East Asian
/// family names, which come first, as the forms a later mention takes ("Lee", "Hu", "Wang").
@Suite("Gazetteer: office holders of 2006-2013")
struct OlderOfficeHoldersTests {
  @Test func stoltenbergWasNorwaysPrimeMinister() throws {
    // (Gave NATO: his later office.)
    let found = try builtInRelations(
      "وأجرى رئيس الوزراء النرويجي ينس ستولتنبرغ اتصالا هاتفيا بالرئيس الجزائري.",
      date: "2013-01-17")
    #expect(found == ["NOR negotiates-with DZA"])
    let later = try builtInRelations(
      "NATO Secretary-General Jens Stoltenberg condemned Russia's attack.", date: "2022-02-24")
    #expect(later.contains("NATO opposes RUS"))
  }

  @Test func koreanAndJapaneseLeadersOf2010() throws {
    // (Gave nothing: neither was in the gazetteer.)
    let found = try builtInRelations(
      "Japan's prime minister Naoto Kan telephoned President Lee Myung-bak on Tuesday.",
      date: "2010-11-23")
    #expect(found.contains("JPN negotiates-with KOR"))
  }

  @Test func otherSpellingsOfDemonyms() throws {
    // (Gave nothing: "Ecuadorean" was no adjective of Ecuador.)
    #expect(
      try builtInRelations(
        "British and Ecuadorean diplomats had held several rounds of talks on the case.",
        date: "2012-08-16") == ["GBR negotiates-with ECU"])
    #expect(
      try builtInRelations("Salvadorean troops met Belarussian officers.", date: "2012-08-16")
        == ["SLV negotiates-with BLR"])
  }

  @Test func anEastAsianFamilyNameLater() throws {
    // (Gave nothing: the family name comes first, and "Lee" was no form of his.)
    let found = try builtInRelations(
      "President Lee Myung-bak ordered his commanders to respond. Obama later spoke by telephone with Lee.",
      date: "2010-11-23")
    #expect(found.contains("USA negotiates-with KOR"))
    // Guard: the family name alone, with no full name before it, names nobody.
    #expect(
      try builtInRelations("Obama later spoke by telephone with Lee.", date: "2010-11-23")
        .isEmpty)
  }
}
