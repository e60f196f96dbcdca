import Foundation
import Testing

@testable import Graph

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Helpers for the Render tests: what Graphviz displays for a label, and reading SVG.
enum RenderTestSupport {
  /// The text Graphviz displays for a plain (non-HTML) escString label as `agget` returns it,
  /// following Graphviz's own steps: `\N`-style substitution (none must be left: returns nil),
  /// HTML entity decoding, then backslash line breaks and escapes. Bidi isolates are removed.
  static func displayedText(ofLabel raw: String) -> String? {
    let scalars = Array(raw.unicodeScalars)
    // 1. Substitutions: an unescaped \N, \G, \E, \H, \T or \L would pull in other text.
    var i = 0
    while i < scalars.count {
      if scalars[i] == "\\", i + 1 < scalars.count {
        if "GNEHTL".unicodeScalars.contains(scalars[i + 1]) { return nil }
        i += 2
      } else {
        i += 1
      }
    }
    // 2. Entities.
    let decoded = decodeEntities(raw)
    // 3. Line breaks and other backslash escapes.
    var out = String.UnicodeScalarView()
    var iterator = decoded.unicodeScalars.makeIterator()
    while let scalar = iterator.next() {
      if scalar == "\\" {
        guard let next = iterator.next() else { break }
        out.append(["n", "l", "r"].contains(next) ? "\n" : next)
      } else {
        out.append(scalar)
      }
    }
    return withoutIsolates(String(out))
  }

  static func withoutIsolates(_ text: String) -> String {
    String(
      String.UnicodeScalarView(text.unicodeScalars.filter { !(0x2066...0x2069).contains($0.value) })
    )
  }

  /// Decodes the entities Graphviz knows in plain labels (the few our writer emits, and
  /// numeric references).
  static func decodeEntities(_ text: String) -> String {
    var out = ""
    var rest = Substring(text)
    while let amp = rest.firstIndex(of: "&") {
      out += rest[..<amp]
      let after = rest[amp...]
      guard let semi = after.firstIndex(of: ";"), after.distance(from: amp, to: semi) <= 10 else {
        out += "&"
        rest = after.dropFirst()
        continue
      }
      let name = String(after[after.index(after: amp)..<semi])
      let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"]
      if let value = named[name] {
        out += value
      } else if name.hasPrefix("#x"), let code = UInt32(name.dropFirst(2), radix: 16),
        let scalar = Unicode.Scalar(code)
      {
        out.unicodeScalars.append(scalar)
      } else if name.hasPrefix("#"), let code = UInt32(name.dropFirst()),
        let scalar = Unicode.Scalar(code)
      {
        out.unicodeScalars.append(scalar)
      } else {
        out += "&"
        rest = after.dropFirst()
        continue
      }
      rest = after[after.index(after: semi)...]
    }
    return out + rest
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
