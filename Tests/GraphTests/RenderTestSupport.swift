import Foundation
import Testing

@testable import Graph

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Helpers for the Render tests: what Graphviz displays for a label, and reading SVG.
enum RenderTestSupport {
  /// The text Graphviz displays for a plain label (see `DOTLabelText.displayed`).
  static func displayedText(ofLabel raw: String) -> String? {
    DOTLabelText.displayed(raw)
  }

  static func withoutIsolates(_ text: String) -> String {
    DOTLabelText.withoutIsolates(text)
  }

  /// The lines of text drawn inside each node of a Graphviz SVG, keyed by the node's
  /// `<title>`, isolates removed. Throws when the SVG is not well-formed XML.
  static func nodeTexts(inSVG svg: [UInt8]) throws -> [String: [String]] {
    #if canImport(FoundationXML) || os(macOS)
      let document = try XMLDocument(data: Data(svg), options: [])
      var result: [String: [String]] = [:]
      let groups = try document.nodes(forXPath: "//*[local-name()='g'][@class='node']")
      for case let group as XMLElement in groups {
        let title = try group.nodes(forXPath: "./*[local-name()='title']").first?.stringValue
        let texts = try group.nodes(forXPath: ".//*[local-name()='text']").map {
          withoutIsolates($0.stringValue ?? "")
        }
        result[title ?? ""] = texts
      }
      return result
    #else
      Issue.record("no XML parser on this platform")
      return [:]
    #endif
  }
}
