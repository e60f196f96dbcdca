import Foundation
import Testing

@testable import Graph

/// Names that must not break out of their DOT quotes, labels or the SVG they end up in.
private let hostileNames: [String] = [
  "Say \"hello\"",
  "back\\slash and trailing\\",
  "\\N \\G \\E \\L \\n not escapes",
  "two\nlines",
  "<b>bold</b> & <i>html</i>",
  "AT&amp;T &lt;entity&gt; &#92;n",
  "]]> end of CDATA",
  "} digraph G { a -> b [label=x] } //",
  "node [shape=box]; edge; graph; subgraph strict",
  "<<TABLE><TR><TD>x</TD></TR></TABLE>>",
  "'single' `back` $dollar %percent",
  "emoji 🇱🇾 and عربي mixed (LNA)",
  "=HYPERLINK(\"http://x\") +1 -2+3 @SUM(A1)",
  "<script>alert(1)</script> <svg onload=x> <![CDATA[ ]]>",
  "\u{202E}evil\u{202C} \u{2067}عربي\u{2069} \u{200F}mark",
  "nul\u{0}bell\u{7}esc\u{1B}[31m del\u{7F} c1\u{85} tab\tend",
  "cr\r\nlf\rend",
]

/// What a diagram shows of `text`, worked out apart from `DOTEscaping`: C0 and C1 controls,
/// DEL, bidi embedding/override/isolate controls and U+FFFE/U+FFFF are dropped (XML, hence SVG,
/// cannot carry most of them; a stray bidi control would unbalance the label's isolates); a tab
/// is a space; CR LF and a lone CR are line breaks.
private func shown(_ text: String) -> String {
  var out = String.UnicodeScalarView()
  var scalars = Array(text.unicodeScalars)[...]
  while let c = scalars.popFirst() {
    switch c.value {
    case 0x0D:
      out.append("\n")
      if scalars.first == "\n" { scalars.removeFirst() }
    case 0x0A: out.append("\n")
    case 0x09: out.append(" ")
    case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0xFFFE, 0xFFFF: continue
    default: out.append(c)
    }
  }
  return String(out)
}

private func hostileGraph(arabic: Bool) -> (ActorGraph, AnalysisReport) {
  let actors = hostileNames.enumerated().map { index, name in
    Actor(
      code: "X\(index)", name: name, nameAr: arabic ? "اسم \"\(index)\" <عربي>" : "",
      kind: .other)
  }
  let edges = zip(actors, actors.dropFirst()).map { a, b in
    GraphEdge(
      source: a.code, target: b.code, type: .supports, count: 1, weight: 1,
      evidence: [EvidenceRef(doc: a.name, sentence: 1, span: [0, 1], cue: b.name)])
  }
  let report = AnalysisReport(
    actors: actors.enumerated().map { index, actor in
      ActorReport(
        code: actor.code, name: actor.name, nameAr: actor.nameAr, kind: actor.kind,
        bloc: index % 3 == 0 ? nil : index % 2,
        scores: ["pagerank": Double(index), actor.name: 1])
    },
    blocs: [Bloc(id: 0, members: ["X1", "\"}<x>&"]), Bloc(id: 1, members: ["X2"])],
    balance: nil)
  return (ActorGraph(actors: actors, edges: edges), report)
}

@Test(arguments: [false, true])
func hostileNamesRoundTripThroughGraphvizLabels(arabic: Bool) throws {
  let (graph, report) = hostileGraph(arabic: arabic)
  let dot = DOTWriter(options: DOTOptions(title: "<T> & \"title\" \\N")).write(
    graph: graph, report: report)
  let inspection = try GraphvizRenderer().inspect(dot: dot)
  #expect(inspection.warnings == [])
  #expect(inspection.edges.count == graph.edges.count)
  for actor in graph.actors {
    let node = try #require(inspection.node(actor.code), "node \(actor.code) missing")
    let label = try #require(node.attributes["label"])
    let expected = shown(actor.nameAr.isEmpty ? actor.name : actor.name + "\n" + actor.nameAr)
    #expect(RenderTestSupport.displayedText(ofLabel: label) == expected)
    let tooltip = try #require(node.attributes["tooltip"])
    #expect(RenderTestSupport.displayedText(ofLabel: tooltip) != nil)
  }
}

@Test func hostileNamesAppearVerbatimInSVG() throws {
  let (graph, report) = hostileGraph(arabic: true)
  let output = try GraphvizRenderer().renderWithWarnings(
    dot: DOTWriter().write(graph: graph, report: report), format: .svg)
  #expect(output.warnings == [])
  let texts = try RenderTestSupport.nodeTexts(inSVG: output.data)
  for actor in graph.actors {
    let lines = try #require(texts[actor.code], "no SVG node for \(actor.code)")
    #expect(lines.joined(separator: "\n") == shown(actor.name + "\n" + actor.nameAr))
  }
}

@Test func hostileCodesStayInsideTheirQuotes() throws {
  let codes = ["A\"B", "C\\", "D} digraph {E", "F\nG", "H -> I", "graphctl_legend", "\\N"]
  let actors = codes.map { Actor(code: $0, name: "n", nameAr: "", kind: .other) }
  let edges = zip(codes, codes.dropFirst()).map {
    GraphEdge(source: $0, target: $1, type: .opposes, count: 2, weight: 1.5)
  }
  let dot = DOTWriter().write(
    graph: ActorGraph(actors: actors, edges: edges),
    report: AnalysisReport(actors: [], blocs: [], balance: nil))
  let inspection = try GraphvizRenderer().inspect(dot: dot)
  #expect(inspection.warnings == [])
  // One node per code plus the legend (whose id moved aside for the actor "graphctl_legend").
  #expect(inspection.nodes.count == codes.count + 1)
  #expect(inspection.edges.count == edges.count)
  #expect(inspection.nodes.filter { $0.attributes["shape"] == "plain" }.count == 1)
  // Graphviz stores each code as the writer meant it (DOT unescapes only \" in IDs).
  let names = Set(inspection.nodes.map(\.name))
  #expect(names.isSuperset(of: codes.map { DOTLabelText.storedName(DOTEscaping.sanitized($0)) }))
  #expect(names.contains("C\\\\") && names.contains("F\\nG") && names.contains("A\"B"))
}

/// Codes that differ only in characters the writer must drop (NUL, ESC, bidi controls) were
/// one node in Graphviz, and "graphctl_legend" + ESC was the legend: each is its own node now.
@Test func codesThatSanitizeAlikeStayApart() throws {
  // "%b>bol" (found by Fuzz/Targets/dot.swift): cgraph takes names starting with % for its
  // own internal ids, and the node came back without its name.
  let codes = [
    "A", "A\u{0}", "A\u{202E}", "A~2", "graphctl_legend\u{1B}", "B\u{7}", "%b>bol", "%2",
  ]
  let actors = codes.map { Actor(code: $0, name: "name of \($0)", nameAr: "", kind: .other) }
  let edges = codes.dropFirst().map {
    GraphEdge(source: "A", target: $0, type: .supports, count: 1, weight: 1)
  }
  let dot = DOTWriter().write(
    graph: ActorGraph(actors: actors, edges: edges),
    report: AnalysisReport(actors: [], blocs: [], balance: nil))
  let inspection = try GraphvizRenderer().inspect(dot: dot)
  #expect(inspection.warnings == [])
  #expect(inspection.nodes.count == codes.count + 1)
  let ids = DOTWriter.nodeIDs(codes)
  #expect(Set(ids.values).count == codes.count)
  #expect(ids["A"] == "A" && ids["A~2"] == "A~2" && ids["B\u{7}"] == "B")
  #expect(ids["%b>bol"] == "_%b>bol" && ids["%2"] == "_%2")
  // Every edge leaves A and reaches the node of its own target.
  let heads = inspection.edges.map(\.head).sorted()
  #expect(inspection.edges.allSatisfy { $0.tail == "A" })
  #expect(heads == codes.dropFirst().compactMap { ids[$0] }.sorted())
  // The legend kept a name of its own.
  #expect(inspection.nodes.filter { $0.attributes["shape"] == "plain" }.count == 1)
  for actor in actors {
    let node = try #require(inspection.node(ids[actor.code] ?? ""))
    #expect(node.attributes["label"].flatMap(DOTLabelText.displayed) == shown(actor.name))
  }
}

/// Graphviz writes a node's name into the SVG `<title>` and leaves whatever looks like an
/// entity (`&;`, `&amp;`, `&#779;`) as it is: a code `Say "hello" &; x` made an SVG that was
/// not XML (found by Fuzz/Targets/dot.swift). Ids carry `&` as `&amp;`, and the titles read
/// back as the codes.
@Test func ampersandsInCodesKeepTheSVGWellFormed() throws {
  let codes = ["Say \"hello\" &; &#779", "&amp;", "&#x41;", "a&b"]
  let actors = codes.map { Actor(code: $0, name: "n", nameAr: "", kind: .other) }
  let edges = codes.dropFirst().map {
    GraphEdge(source: codes[0], target: $0, type: .opposes, count: 1, weight: 1)
  }
  let dot = DOTWriter().write(
    graph: ActorGraph(actors: actors, edges: edges),
    report: AnalysisReport(actors: [], blocs: [], balance: nil))
  let svg = try GraphvizRenderer().render(dot: dot, format: .svg)
  let texts = try RenderTestSupport.nodeTexts(inSVG: svg)
  for code in codes { #expect(texts[code] == ["n"], "\(code)") }
  #expect(DOTWriter.nodeIDs(codes)["a&b"] == "a&amp;b")
}

/// A title of "]" made the graph label `<B>]</B>`, which Graphviz's HTML lexer rejects (a
/// syntax error and no title; found by Fuzz/Targets/dot.swift). HTML text carries `]` as
/// `&#93;`.
@Test func bracketTitlesParse() throws {
  for title in ["]", "]]", "]]>", "a]"] {
    let actor = Actor(code: "A", name: "a", nameAr: "", kind: .other)
    let dot = DOTWriter(options: DOTOptions(title: title)).write(
      graph: ActorGraph(actors: [actor], edges: []),
      report: AnalysisReport(actors: [], blocs: [], balance: nil))
    let svg = try GraphvizRenderer().renderWithWarnings(dot: dot, format: .svg)
    #expect(svg.warnings == [], "\(title)")
    #expect(
      String(decoding: svg.data, as: UTF8.self).contains(
        title.replacingOccurrences(of: ">", with: "&gt;")))
  }
}

/// A combining mark after `&` joins the `;` of the written `&amp;` in one Character; the
/// label check searched by Character and did not decode it (found by Fuzz/Targets/dot.swift).
@Test func combiningMarksAfterEntitiesDecode() throws {
  #expect(
    DOTLabelText.decodeEntities("a&amp;\u{05A8}b &#x41;\u{301} &x; &")
      == "a&\u{05A8}b A\u{301} &x; &")
  let name = "<5\u{0639}&\u{05A8}\u{064A}"
  let actor = Actor(code: "A", name: name, nameAr: "", kind: .other)
  let dot = DOTWriter().write(
    graph: ActorGraph(actors: [actor], edges: []),
    report: AnalysisReport(actors: [], blocs: [], balance: nil))
  let node = try #require(try GraphvizRenderer().inspect(dot: dot).node("A"))
  #expect(node.attributes["label"].flatMap(DOTLabelText.displayed) == name)
}

@Test func controlAndBidiCharactersAreDropped() throws {
  let name = "a\u{0}b\u{7}c\td\r\ne\u{202E}f\u{2069}g\u{85}h\u{FFFF}"
  #expect(DOTEscaping.sanitized(name) == "abc d\nefgh")
  let actor = Actor(code: "C\u{1B}[31m", name: name, nameAr: "", kind: .other)
  let dot = DOTWriter().write(
    graph: ActorGraph(actors: [actor], edges: []),
    report: AnalysisReport(actors: [], blocs: [], balance: nil))
  #expect(!dot.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
  let svg = try GraphvizRenderer().render(dot: dot, format: .svg)
  let texts = try RenderTestSupport.nodeTexts(inSVG: svg)
  #expect(texts["C[31m"] == ["abc d", "efgh"])
}

@Test func escapingFunctions() {
  #expect(DOTEscaping.quotedID("a\"b\\c\nd") == "\"a\\\"b\\\\c\\nd\"")
  #expect(DOTEscaping.quotedLabel("x & \"y\" \\N") == "\"x &amp; \\\"y\\\" \\\\N\"")
  #expect(
    DOTEscaping.html("<a href='x'>&\"\\\n]")
      == "&lt;a href=&#39;x&#39;&gt;&amp;&quot;&#92;<BR/>&#93;")
  #expect(DOTEscaping.isolated("تركيا", rightToLeft: true) == ["\u{2067}تركيا\u{2069}"])
  #expect(
    DOTEscaping.isolated("a\nb", rightToLeft: false) == ["\u{2068}a\u{2069}", "\u{2068}b\u{2069}"])
  #expect(DOTEscaping.decimal(1.0 / 3.0) == "0.33")
  #expect(DOTEscaping.decimal(.nan) == "0")
}

@Test func emptyStringsStillGiveValidDOT() throws {
  let actors = [
    Actor(code: "", name: "", nameAr: "", kind: .other),
    Actor(code: "B", name: "\u{0}\u{1}", nameAr: "\u{2067}", kind: .other),
  ]
  let graph = ActorGraph(
    actors: actors,
    edges: [GraphEdge(source: "", target: "B", type: .strikes, count: 0, weight: 0)])
  let report = AnalysisReport(actors: [], blocs: [Bloc(id: 0, members: [])], balance: nil)
  let dot = DOTWriter(options: DOTOptions(title: "", sizeBy: "")).write(
    graph: graph, report: report)
  let output = try GraphvizRenderer().renderWithWarnings(dot: dot, format: .svg)
  #expect(output.warnings == [])
  let texts = try RenderTestSupport.nodeTexts(inSVG: output.data)
  #expect(texts["B"] == ["B"])  // nothing printable left of the names: the code stands in
}

@Test(arguments: [BlocStyle.color, .clusters])
func hostileNamesSurviveBlocBoxesDotsAndPeriod(style: BlocStyle) throws {
  var (graph, report) = hostileGraph(arabic: true)
  for i in graph.edges.indices {
    graph.edges[i].firstDate = "\"<&>\\N\"]{}"  // ten characters: the period shows ten
    graph.edges[i].lastDate = "2020-12-31"
  }
  let options = DOTOptions(title: "t", blocStyle: style, labelLimit: 5, period: nil)
  let dot = DOTWriter(options: options).write(graph: graph, report: report)
  let output = try GraphvizRenderer().renderWithWarnings(dot: dot, format: .svg)
  #expect(output.warnings == [])
  let inspection = try GraphvizRenderer().inspect(dot: dot)
  #expect(inspection.edges.count == graph.edges.count)
  let label = try #require(inspection.graphAttributes["label"])
  #expect(label.contains("&quot;&lt;&amp;&gt;&#92;N&quot;&#93;{} – 2020-12-31"))
  // Dots keep the name in their tooltip, as a literal.
  let dots = inspection.nodes.filter { $0.attributes["shape"] == "circle" }
  #expect(dots.count == graph.actors.count - 5)
  for dot in dots {
    let actor = try #require(graph.actors.first { $0.code == dot.name })
    let tooltip = try #require(dot.attributes["tooltip"])
    let shown = try #require(RenderTestSupport.displayedText(ofLabel: tooltip))
    #expect(shown.contains(DOTEscaping.sanitized(actor.name)))
  }
}

/// Found by Fuzz/Targets/dot.swift: every parsed graph stayed in memory (the reader's memory
/// discipline had a close function, so `agclose` freed nothing), about 40 KB a parse.
@Test func parsedGraphsAreFreed() throws {
  let dot = "digraph { a -> b; c [label=\"x\"]; subgraph cluster_1 { d } }"
  _ = try GraphvizRenderer().inspect(dot: dot)
  _ = try GraphvizRenderer().render(dot: dot, format: .svg)
  _ = try GraphvizRenderer().render(dot: dot, format: .dot)
  #expect(GraphvizSession.shared.run { _ in GraphvizReader.openGraphs } == 0)
}

/// Found by Fuzz/Targets/dot.swift under AddressSanitizer: with a GVC context per render,
/// Graphviz's pango plugin compared the next render's font name with one freed by the previous
/// `gvFreeContext` (use after free). The process keeps one context.
@Test func rendersShareOneGraphvizContext() throws {
  let first = try GraphvizSession.shared.run { try $0.context() }
  _ = try GraphvizRenderer().render(dot: "digraph { a [fontname=\"DejaVu Sans\"] }", format: .svg)
  _ = try GraphvizRenderer().render(dot: "digraph { b [fontname=\"DejaVu Serif\"] }", format: .svg)
  #expect(try GraphvizSession.shared.run { try $0.context() } == first)
}
