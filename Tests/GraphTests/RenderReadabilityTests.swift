import Foundation
import Testing

@testable import Graph

private func inspect(_ graph: ActorGraph, _ report: AnalysisReport, _ options: DOTOptions)
  throws -> DOTInspection
{
  try GraphvizRenderer().inspect(
    dot: DOTWriter(options: options).write(graph: graph, report: report))
}

@Test func subtitleGivesThePeriodTheEdgesCover() throws {
  let inspection = try inspect(RenderFixtures.libya, RenderFixtures.libyaReport, DOTOptions())
  let label = try #require(inspection.graphAttributes["label"])
  #expect(label.contains("7 actors · 13 edges · 2020-01-05 – 2020-06-20"))
  let fixed = try inspect(
    RenderFixtures.libya, RenderFixtures.libyaReport, DOTOptions(period: "spring <2020>"))
  #expect(fixed.graphAttributes["label"]?.contains("spring &lt;2020&gt;") == true)
  var undated = RenderFixtures.libya
  for i in undated.edges.indices {
    undated.edges[i].firstDate = nil
    undated.edges[i].lastDate = nil
  }
  let none = try inspect(undated, RenderFixtures.libyaReport, DOTOptions())
  #expect(none.graphAttributes["label"]?.contains("13 edges</FONT>") == true)
}

@Test func blocsCanBeDrawnAsBoxes() throws {
  let dot = DOTWriter(options: DOTOptions(blocStyle: .clusters)).write(
    graph: RenderFixtures.libya, report: RenderFixtures.libyaReport)
  #expect(dot.contains("subgraph \"cluster_bloc_0\""))
  #expect(dot.contains("subgraph \"cluster_bloc_1\""))
  #expect(dot.contains("label=\"bloc 2\""))
  let output = try GraphvizRenderer().renderWithWarnings(dot: dot, format: .svg)
  #expect(output.warnings == [])
  let svg = String(decoding: output.data, as: UTF8.self)
  #expect(svg.contains("class=\"cluster\""))
  // Engines without cluster support get colours only.
  let neato = DOTWriter(options: DOTOptions(engine: .neato, blocStyle: .clusters)).write(
    graph: RenderFixtures.libya, report: RenderFixtures.libyaReport)
  #expect(!neato.contains("cluster_bloc"))
}

@Test func personsAreEllipsesAndTheLegendSaysSo() throws {
  var graph = RenderFixtures.libya
  graph.actors.append(
    Actor(code: "HAFTAR", name: "Khalifa Haftar", nameAr: "خليفة حفتر", kind: .person))
  graph.edges.append(RenderFixtures.edge("HAFTAR", .opposes, "GNA", count: 1, weight: 0.9))
  let inspection = try inspect(graph, RenderFixtures.libyaReport, DOTOptions())
  #expect(inspection.node("HAFTAR")?.attributes["shape"] == "ellipse")
  #expect(inspection.node("TUR")?.attributes["shape"] == "box")
  let legend = try #require(inspection.nodes.first { $0.attributes["shape"] == "plain" })
  #expect(legend.attributes["label"]?.contains("ellipses are persons") == true)
  #expect(legend.attributes["label"]?.contains("line width grows") == true)
}

@Test func actorsBeyondTheLabelLimitBecomeDots() throws {
  let inspection = try inspect(
    RenderFixtures.libya, RenderFixtures.libyaReport, DOTOptions(labelLimit: 3))
  // Highest PageRank: LNA, GNA, TUR keep labels.
  for code in ["LNA", "GNA", "TUR"] {
    #expect(inspection.node(code)?.attributes["label"]?.isEmpty == false, "\(code)")
  }
  let fra = try #require(inspection.node("FRA"))
  #expect(fra.attributes["shape"] == "circle")
  #expect(fra.attributes["label"] == nil || fra.attributes["label"] == "")
  #expect(fra.attributes["tooltip"]?.contains("France") == true)
  let legend = try #require(inspection.nodes.first { $0.attributes["shape"] == "plain" })
  #expect(legend.attributes["label"]?.contains("4 smaller actors drawn as dots") == true)
}

@Test(arguments: RenderFormat.allCases)
func sameInputGivesTheSameBytes(format: RenderFormat) throws {
  let renderer = GraphvizRenderer()
  let first = try renderer.render(
    graph: RenderFixtures.libya, report: RenderFixtures.libyaReport, format: format)
  let second = try renderer.render(
    graph: RenderFixtures.libya, report: RenderFixtures.libyaReport, format: format)
  #expect(first == second)
  #expect(first.count > 100)
}

@Test func pdfCreationDateIsFixed() throws {
  let pdf = try GraphvizRenderer().render(
    graph: RenderFixtures.libya, report: RenderFixtures.libyaReport, format: .pdf)
  let text = String(decoding: pdf, as: UTF8.self)
  #expect(text.contains("/CreationDate (D:19700101000000"))
  var sample = Array("x /CreationDate (D:20261130121630Z) y".utf8)
  let length = sample.count
  PDFDate.fix(&sample)
  #expect(String(decoding: sample, as: UTF8.self) == "x /CreationDate (D:19700101000000Z) y")
  #expect(sample.count == length)
}

@Test func tintIsPaleAndValid() {
  #expect(BlocPalette.tint("#000000") == "#CCCCCC")
  #expect(BlocPalette.tint("#FFFFFF") == "#FFFFFF")
  #expect(BlocPalette.tint("nonsense") == "#F4F4F4")
}
