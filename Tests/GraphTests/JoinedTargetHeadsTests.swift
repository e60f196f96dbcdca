import Foundation
import Testing

@testable import Graph

/// Arabic: places hit named by heads joined with و ("مواقع عسكرية ومراكز أبحاث في دمشق") lie
/// in the state after "في" as one head does; a word of government before an owner's nisba
/// ("تابعة للحكومة اليمنية") is the owner's own, no step away from the verb; a head joined to
/// an earlier one, with its genitive, adds no reach between a noun and its object.
@Suite("Arabic: joined target heads and a government's nisba")
struct JoinedTargetHeadsTests {
  @Test func twoHeadsAfterANoun() throws {
    // (Gave nothing: the second head stood where the place's head was looked for.)
    let found = try builtInRelations(
      "شنت الولايات المتحدة ضربات صاروخية على مواقع عسكرية ومراكز أبحاث في دمشق.",
      date: "2018-04-14")
    #expect(found.contains("USA strikes SYR"))
  }

  @Test func twoHeadsAfterAVerb() throws {
    // (Gave nothing.)
    let found = try builtInRelations(
      "قصفت المدفعية التركية قرى وبلدات في شمال العراق.", date: "2021-06-05")
    #expect(found.contains("TUR strikes IRQ"))
  }

  @Test func headsWithGenitives() throws {
    // (Gave nothing.)
    let found = try builtInRelations(
      "قصفت القوات الروسية مخازن وقود ومستودعات أسلحة في أوكرانيا.", date: "2022-04-01")
    #expect(found.contains("RUS strikes UKR"))
  }

  @Test func aGovernmentsShip() throws {
    // (Gave nothing: "للحكومة" counted as a word between the verb and the nisba.)
    let found = try builtInRelations(
      "استهدف الحوثيون سفينة شحن تابعة للحكومة اليمنية.", date: "2019-11-17")
    #expect(found.contains("HOUTHIS strikes YEM"))
  }

  @Test func joinedHeadsBeforeTheOwner() throws {
    // (Gave nothing: "ومراكز أبحاث" put the owner seven tokens past "على".)
    let found = try builtInRelations(
      "شنت الولايات المتحدة ضربات صاروخية على مواقع عسكرية ومراكز أبحاث تابعة للحكومة السورية.",
      date: "2018-04-14")
    #expect(found.contains("USA strikes SYR"))
    let more = try builtInRelations(
      "شنت إسرائيل غارات على مخازن أسلحة ومراكز قيادة ميدانية تابعة لحركة حماس.",
      date: "2021-05-12")
    #expect(more.contains("ISR strikes HAMAS"))
    let three = try builtInRelations(
      "شنت تركيا ضربات على مواقع عسكرية ومقرات قيادة ومخازن تابعة لقوات سوريا الديمقراطية.",
      date: "2019-10-10")
    #expect(three.contains("TUR strikes SDF"))
  }
}
