import Testing

@testable import Graph

private func inspectLibya(_ options: DOTOptions = DOTOptions()) throws -> DOTInspection {
  let dot = DOTWriter(options: options).write(
    graph: RenderFixtures.libya, report: RenderFixtures.libyaReport)
  return try GraphvizRenderer().inspect(dot: dot)
}

@Test func writerEmitsOneNodePerActorWithBilingualLabel() throws {
  let inspection = try inspectLibya()
  let actorNodes = inspection.nodes.filter { $0.attributes["shape"] != "plain" }
  #expect(actorNodes.map(\.name).sorted() == RenderFixtures.actors.map(\.code).sorted())
  let tur = try #require(inspection.node("TUR"))
  #expect(tur.attributes["label"] == "\u{2068}Turkey\u{2069}\\n\u{2067}تركيا\u{2069}")
  #expect(tur.attributes["fontname"] == "DejaVu Sans")
  let tooltip = try #require(tur.attributes["tooltip"])
  #expect(tooltip.contains("TUR"))
  #expect(tooltip.contains("state"))
  #expect(tooltip.contains("pagerank: 0.13"))
}

@Test func arabicLineIsLeftOutWhenEmptyOrDisabled() throws {
  let graph = ActorGraph(
    actors: [Actor(code: "UN", name: "United Nations", nameAr: "", kind: .organisation)],
    edges: [])
  let empty = AnalysisReport(actors: [], blocs: [], balance: nil)
  let dot = DOTWriter().write(graph: graph, report: empty)
  let un = try #require(try GraphvizRenderer().inspect(dot: dot).node("UN"))
  #expect(un.attributes["label"] == "\u{2068}United Nations\u{2069}")

  let noArabic = try inspectLibya(DOTOptions(showArabicNames: false))
  #expect(noArabic.node("TUR")?.attributes["label"] == "\u{2068}Turkey\u{2069}")
}

@Test func nodesAreFilledByBlocAndGreyWithout() throws {
  var report = RenderFixtures.libyaReport
  report.actors[2].bloc = nil  // FRA
  let dot = DOTWriter().write(graph: RenderFixtures.libya, report: report)
  let inspection = try GraphvizRenderer().inspect(dot: dot)
  let fill = { (code: String) in inspection.node(code)?.attributes["fillcolor"] }
  #expect(fill("TUR") == fill("GNA"))
  #expect(fill("LNA") == fill("RUS"))
  #expect(fill("TUR") != fill("LNA"))
  #expect(fill("FRA") == BlocPalette.noBloc)
  #expect(Set(BlocPalette.colors).count == BlocPalette.colors.count)
  #expect(!BlocPalette.colors.contains(BlocPalette.noBloc))
}

@Test func nodeSizeFollowsTheChosenScore() throws {
  func number(_ inspection: DOTInspection, _ code: String, _ key: String) -> Double {
    inspection.node(code)?.attributes[key].flatMap(Double.init) ?? -1
  }
  let byPagerank = try inspectLibya()
  // LNA has the highest pagerank, FRA the lowest.
  #expect(number(byPagerank, "LNA", "fontsize") == 20)
  #expect(number(byPagerank, "FRA", "fontsize") == 11)
  #expect(number(byPagerank, "GNA", "width") > number(byPagerank, "TUR", "width"))
  #expect(number(byPagerank, "TUR", "width") > number(byPagerank, "FRA", "width"))

  // By betweenness ARE and FRA tie at the bottom; a missing score counts as the lowest.
  let byBetweenness = try inspectLibya(DOTOptions(sizeBy: "betweenness", maxFontSize: 30))
  #expect(number(byBetweenness, "LNA", "fontsize") == 30)
  #expect(number(byBetweenness, "ARE", "fontsize") == number(byBetweenness, "FRA", "fontsize"))
  let byNothing = try inspectLibya(DOTOptions(sizeBy: "no-such-score"))
  #expect(number(byNothing, "LNA", "width") == number(byNothing, "FRA", "width"))
}

@Test func edgesAreStyledByRelationType() throws {
  let inspection = try inspectLibya()
  #expect(inspection.edges.count == RenderFixtures.libya.edges.count)
  func edge(_ tail: String, _ head: String, style: String) -> DOTInspection.Edge? {
    inspection.edges.first { $0.tail == tail && $0.head == head && $0.attributes["style"] == style }
  }
  let supports = try #require(edge("TUR", "GNA", style: "solid"))
  #expect(supports.attributes["color"] == "#228833")
  #expect(supports.attributes["arrowhead"] == "normal")
  let opposes = try #require(edge("GNA", "LNA", style: "dashed"))
  #expect(opposes.attributes["color"] == "#EE7733")
  let strikes = try #require(edge("LNA", "GNA", style: "bold"))
  #expect(strikes.attributes["color"] == "#CC3311")
  #expect(strikes.attributes["arrowhead"] == "veevee")
  let talks = try #require(edge("RUS", "TUR", style: "dotted"))
  #expect(talks.attributes["dir"] == "none")
  #expect(talks.attributes["color"] == "#0077BB")
  let tooltip = try #require(supports.attributes["tooltip"])
  #expect(tooltip.contains("14 reports"))
  #expect(tooltip.contains("001_libya.txt, sentence 7"))
  #expect(tooltip.contains("ندعم"))
}

@Test func penWidthGrowsWithWeightWithinBounds() {
  let writer = DOTWriter()
  let widths = [0, 0.5, 1, 5, 20, 1e6, -3, .nan, .infinity].map { writer.penWidth(weight: $0) }
  #expect(widths.allSatisfy { $0 >= 1.2 && $0 <= 6 })
  #expect(widths[0] < widths[1] && widths[1] < widths[2] && widths[2] < widths[3])
  #expect(widths[3] < widths[4])
  #expect(widths[5] == 6)
}

@Test func titleLegendAndEngineAreWritten() throws {
  let inspection = try inspectLibya()
  #expect(inspection.graphAttributes["labelloc"] == "t")
  #expect(inspection.graphAttributes["label"]?.contains("Alliance diagram") == true)
  #expect(inspection.graphAttributes["layout"] == "dot")
  #expect(inspection.graphAttributes["rankdir"] == "LR")
  let legend = try #require(inspection.nodes.first { $0.attributes["shape"] == "plain" })
  let label = try #require(legend.attributes["label"])
  for text in ["supports", "opposes", "strikes", "negotiates with", "bloc 1: GNA, TUR", "pagerank"]
  {
    #expect(label.contains(text), "legend lacks \(text)")
  }
  let bare = try inspectLibya(
    DOTOptions(title: "Other", engine: .neato, rankdir: .topToBottom, showLegend: false))
  #expect(bare.nodes.count == RenderFixtures.actors.count)
  #expect(bare.graphAttributes["layout"] == "neato")
  #expect(bare.graphAttributes["label"]?.contains("Other") == true)
}

@Test func largeGraphsGetSfdp() {
  #expect(LayoutEngine.automatic(nodeCount: 300) == .dot)
  #expect(LayoutEngine.automatic(nodeCount: 301) == .sfdp)
  let actors = (0..<301).map { Actor(code: "A\($0)", name: "a", nameAr: "", kind: .other) }
  let dot = DOTWriter().write(
    graph: ActorGraph(actors: actors, edges: []),
    report: AnalysisReport(actors: [], blocs: [], balance: nil))
  #expect(dot.contains("layout=sfdp"))
}

@Test func outputDoesNotDependOnInputOrder() {
  var shuffled = RenderFixtures.libya
  shuffled.actors.reverse()
  shuffled.edges.reverse()
  var report = RenderFixtures.libyaReport
  report.actors.reverse()
  let a = DOTWriter().write(graph: RenderFixtures.libya, report: RenderFixtures.libyaReport)
  let b = DOTWriter().write(graph: shuffled, report: report)
  #expect(a == b)
}

@Test func edgeEndpointsWithoutActorGetPlaceholderNodes() throws {
  let graph = ActorGraph(
    actors: [Actor(code: "TUR", name: "Turkey", nameAr: "تركيا", kind: .state)],
    edges: [GraphEdge(source: "TUR", target: "WAGNER", type: .opposes, count: 1, weight: 0.9)])
  let dot = DOTWriter().write(
    graph: graph, report: AnalysisReport(actors: [], blocs: [], balance: nil))
  let node = try #require(try GraphvizRenderer().inspect(dot: dot).node("WAGNER"))
  #expect(node.attributes["label"] == "\u{2068}WAGNER\u{2069}")
  #expect(node.attributes["fillcolor"] == BlocPalette.noBloc)
}
