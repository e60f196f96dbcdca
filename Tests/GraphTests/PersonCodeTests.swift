import Foundation
import Testing

@testable import Graph

/// `TitleRecognizer.personCode` makes the code Foundation's replacement made, byte for byte.
@Suite("Person codes")
struct PersonCodeTests {
  @Test func codesAreThoseOfTheReplacement() {
    let names = [
      "", "x", "ali bakr", "علي بكر", "محمد بن سلمان", " lead", "trail ", "a  b", "ali bakr علي",
      "ǰohn doe", "a \u{0301}b", "عبد \u{0654}الله", "x \u{200D}y", "straße mann", "1 2 3",
      "\u{0600} x", "ölçer ğ",
    ]
    for name in names {
      let want = "PER_" + name.uppercased().replacingOccurrences(of: " ", with: "_")
      let got = TitleRecognizer.personCode(name)
      #expect(Array(got.utf8) == Array(want.utf8), "\(name.debugDescription)")
    }
  }
}
