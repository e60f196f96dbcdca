import Foundation
import Testing

@testable import Graph

private let libyaDOT = DOTWriter().write(
  graph: RenderFixtures.libya, report: RenderFixtures.libyaReport)

@Test func svgIsWellFormedAndCarriesArabicText() throws {
  let output = try GraphvizRenderer().renderWithWarnings(dot: libyaDOT, format: .svg)
  #expect(output.warnings == [])
  let svg = try #require(String(bytes: output.data, encoding: .utf8))
  #expect(svg.contains("<svg"))
  for word in ["تركيا", "حكومة الوفاق", "الجيش الوطني الليبي", "الإمارات"] {
    #expect(svg.contains(word), "SVG lacks \(word)")
  }
  let texts = try RenderTestSupport.nodeTexts(inSVG: output.data)
  #expect(texts["GNA"] == ["Government of National Accord", "حكومة الوفاق"])
  #expect(texts.count == RenderFixtures.actors.count + 1)  // actors and the legend
}

@Test func pngAndPdfComeFromCairo() throws {
  let renderer = GraphvizRenderer()
  let png = try renderer.renderWithWarnings(dot: libyaDOT, format: .png)
  #expect(png.warnings == [])
  #expect(Array(png.data.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
  let pdf = try renderer.render(dot: libyaDOT, format: .pdf)
  #expect(Array(pdf.prefix(5)) == Array("%PDF-".utf8))
}

@Test func dotFormatReturnsTheTextItself() throws {
  let bytes = try GraphvizRenderer().render(dot: libyaDOT, format: .dot)
  #expect(bytes == Array(libyaDOT.utf8))
}

@Test func sameInputGivesIdenticalSVG() throws {
  let renderer = GraphvizRenderer()
  let first = try renderer.render(
    graph: RenderFixtures.libya, report: RenderFixtures.libyaReport, format: .svg)
  let second = try renderer.render(
    graph: RenderFixtures.libya, report: RenderFixtures.libyaReport, format: .svg)
  #expect(first == second)
  #expect(!first.isEmpty)
}

@Test(arguments: LayoutEngine.allCases)
func everyEngineLaysOutTheExample(engine: LayoutEngine) throws {
  let output = try GraphvizRenderer().renderWithWarnings(
    dot: libyaDOT, format: .svg, engine: engine)
  #expect(output.warnings == [])
  let texts = try RenderTestSupport.nodeTexts(inSVG: output.data)
  #expect(texts["TUR"] == ["Turkey", "تركيا"])
}

@Test func parseErrorsAreReportedAndDoNotPoisonLaterParses() throws {
  let renderer = GraphvizRenderer()
  #expect {
    try renderer.render(dot: "digraph { a -> ; }", format: .svg)
  } throws: { error in
    guard case GraphvizError.parseFailed(let message) = error else { return false }
    return message.contains("syntax error")
  }
  #expect(throws: GraphvizError.self) { try renderer.render(dot: "", format: .svg) }
  #expect(throws: GraphvizError.embeddedNUL) {
    try renderer.render(dot: "digraph { a\u{0} }", format: .svg)
  }
  // Graphviz's parser keeps global state; a good graph must still parse after errors.
  let svg = try renderer.render(dot: "digraph { a -> b }", format: .svg)
  #expect(String(bytes: svg, encoding: .utf8)?.contains("<svg") == true)
}

@Test func unknownLayoutIsAnError() throws {
  #expect(throws: GraphvizError.unknownEngine("twopi-ish")) {
    try GraphvizRenderer().render(dot: "graph { layout=\"twopi-ish\"; a -- b }", format: .svg)
  }
  let message = GraphvizError.layoutPluginMissing(engine: "dot", message: "").description
  #expect(message.contains("libgvc6-config-update -c"))
}

@Test func manyRendersAtOnceDoNotCrash() async throws {
  let renderer = GraphvizRenderer()
  let results = try await withThrowingTaskGroup(of: (RenderFormat, [UInt8]).self) { group in
    for index in 0..<24 {
      let format: RenderFormat = [.svg, .png, .pdf][index % 3]
      group.addTask {
        if index % 4 == 0 { _ = try? renderer.render(dot: "digraph { broken", format: format) }
        return (format, try renderer.render(dot: libyaDOT, format: format))
      }
    }
    var collected: [(RenderFormat, [UInt8])] = []
    for try await result in group { collected.append(result) }
    return collected
  }
  #expect(results.count == 24)
  let svgs = Set(results.filter { $0.0 == .svg }.map(\.1))
  #expect(svgs.count == 1)
  #expect(results.allSatisfy { !$0.1.isEmpty })
}

/// Layouts of the neato family split the graph into components (subgraphs they create and
/// close again); names must survive that in every engine, or the SVG's titles read `%3`.
@Test(arguments: LayoutEngine.allCases)
func namesSurviveEveryLayout(engine: LayoutEngine) throws {
  let dot = """
    digraph "G" { a -> b; c; d; subgraph "cluster_x" { e -> f } g; "h i" }
    """
  let svg = String(
    decoding: try GraphvizRenderer().render(dot: dot, format: .svg, engine: engine), as: UTF8.self)
  #expect(svg.contains("<title>G</title>"))
  for name in ["a", "b", "c", "d", "e", "f", "g", "h i"] {
    #expect(svg.contains("<title>\(name)</title>"), "\(engine): node \(name)")
  }
  #expect(!svg.contains("<title>%"))
}

/// neato and sfdp start from a random placement unless `start` is set: the renderer sets
/// `start=1` when the DOT has none, so a DOT without it renders as with `start=1`. (fdp is left
/// out: libgvc 2.42's fdp keeps state from one layout to the next in the same process, so a
/// second fdp render in one process can differ whatever `start` says; see `LayoutEngine.fdp`.)
@Test(arguments: [LayoutEngine.neato, .sfdp])
func forceDirectedLayoutsGetAFixedSeed(engine: LayoutEngine) throws {
  let edges = (0..<60).map { "n\($0) -> n\(($0 * 7 + 3) % 60);" }.joined(separator: " ")
  let plain = "digraph G { \(edges) }"
  let seeded = "digraph G { start=1; \(edges) }"
  let renderer = GraphvizRenderer()
  let a = try renderer.render(dot: plain, format: .svg, engine: engine)
  let b = try renderer.render(dot: seeded, format: .svg, engine: engine)
  let same = a == b  // compared outside #expect, which would print both files
  #expect(same, "\(engine): the DOT without start rendered differently from start=1")
  let written = DOTWriter().write(graph: RenderFixtures.libya, report: RenderFixtures.libyaReport)
  #expect(try renderer.inspect(dot: written).graphAttributes["start"] == "1")
}
