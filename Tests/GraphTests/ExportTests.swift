import Foundation
import Testing

@testable import Graph

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Names that must come back unchanged from every export (XML, JSON, CSV).
private let hostile: [String] = [
  "Say \"hello\" & <goodbye>",
  "back\\slash",
  "'apos' ]]> --> <!-- <![CDATA[x]]>",
  "=HYPERLINK(\"http://x\")",
  "+1 -1 @SUM(A1)",
  "two\nlines\tand tab",
  "emoji 🇱🇾 عربي (LNA)",
  "  spaces  around  ",
  "} digraph G { a -> b } // node [shape=box]; edge; graph; subgraph strict",
  "<script>alert(1)</script><img src=x onerror=alert(2)>",
  "-2+3",
  "@SUM(A1:A9)",
  "\tTab first",
  "-1.5",
  "\u{202E}evil\u{202C} \u{2067}عربي\u{2069} \u{200F}mark",
  "nul\u{0}bell\u{7}esc\u{1B}[31m del\u{7F} c1\u{85}",
  "cr\r\nlf\rend",
  "crlf only\r\nhere",
]

/// What XML 1.0 can carry of `name`: it has no way to write NUL and the other C0 controls
/// (tab, LF and CR aside) or U+FFFE/U+FFFF, so the writers drop them; everything else must
/// come back exactly.
private func xmlCarried(_ name: String) -> String {
  String(
    String.UnicodeScalarView(
      name.unicodeScalars.filter {
        !(($0.value < 0x20 && ![0x09, 0x0A, 0x0D].contains($0.value)) || $0.value == 0xFFFE
          || $0.value == 0xFFFF)
      }))
}

/// A CSV cell for `name` as a spreadsheet must see it: text that would run as a formula
/// (first character = + - @ tab or CR, and not a number) starts with an apostrophe.
private func csvCell(_ name: String) -> String {
  guard let first = name.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first),
    Double(name) == nil
  else { return name }
  return "'" + name
}

private func hostileGraph() -> ActorGraph {
  let actors = hostile.enumerated().map { i, name in
    Actor(code: "H\(i)", name: name, nameAr: "اسم \"\(i)\" <عربي>", kind: .other)
  }
  let edges = zip(actors, actors.dropFirst()).enumerated().map { i, pair in
    GraphEdge(
      source: pair.0.code, target: pair.1.code, type: RelationType.allCases[i % 4], count: i + 1,
      weight: Double(i) + 0.25, firstDate: "2020-01-0\(i + 1)", lastDate: "2020-02-0\(i + 1)",
      evidence: [EvidenceRef(doc: pair.0.name, sentence: i, span: [0, 3], cue: pair.1.name)])
  }
  return ActorGraph(actors: actors, edges: edges)
}

private func hostileJSON() -> GraphJSON {
  let graph = hostileGraph()
  return GraphJSON(graph: graph, report: Analyzer.analyze(graph))
}

/// An attribute's value (looked up by name: `attribute(forName:)` misses attributes of
/// namespaced elements in swift-corelibs-foundation).
private func attr(_ element: XMLElement?, _ name: String) -> String? {
  element?.attributes?.first { $0.name == name }?.stringValue
}

private func xml(_ text: String) throws -> XMLDocument {
  try XMLDocument(data: Data(text.utf8), options: [])
}

@Test func graphMLCarriesTypedAttributesAndHostileNames() throws {
  let json = hostileJSON()
  let doc = try xml(GraphMLWriter.write(ExportGraph(json)))
  let keys = try doc.nodes(forXPath: "//*[local-name()='key']").compactMap { $0 as? XMLElement }
  let byName = Dictionary(
    keys.map { (attr($0, "attr.name") ?? "", $0) },
    uniquingKeysWith: { a, _ in a })
  #expect(attr(byName["pagerank"], "attr.type") == "double")
  #expect(attr(byName["bloc"], "attr.type") == "int")
  #expect(attr(byName["directed"], "attr.type") == "boolean")
  let nameKey = try #require(attr(byName["name"], "id"))
  let nodes = try doc.nodes(forXPath: "//*[local-name()='node']").compactMap { $0 as? XMLElement }
  #expect(nodes.count == hostile.count)
  for (i, node) in nodes.enumerated() {
    #expect(attr(node, "id") == "H\(i)")
    let name = try node.nodes(forXPath: "./*[local-name()='data'][@key='\(nameKey)']").first
    #expect(name?.stringValue == xmlCarried(hostile[i]), "\(hostile[i].debugDescription)")
  }
  let edges = try doc.nodes(forXPath: "//*[local-name()='edge']")
  #expect(edges.count == hostile.count - 1)
  let root = try #require(doc.rootElement())
  #expect(root.uri == "http://graphml.graphdrawing.org/xmlns")
}

@Test func gexfFollowsTheSchemaOrderAndKeepsValues() throws {
  let doc = try xml(GEXFWriter.write(ExportGraph(hostileJSON()), description: "d <x>"))
  let root = try #require(doc.rootElement())
  #expect(root.name == "gexf")
  #expect(root.uri == "http://gexf.net/1.3")
  #expect(attr(root, "version") == "1.3")
  // gexf: meta?, graph; graph: attributes*, nodes, edges (GEXF 1.3 schema).
  #expect(root.children?.compactMap { $0.localName } == ["meta", "graph"])
  let graph = try #require(root.elements(forName: "graph").first)
  #expect(attr(graph, "defaultedgetype") == "directed")
  #expect(
    graph.children?.compactMap { $0.localName } == ["attributes", "attributes", "nodes", "edges"])
  let nodes = try doc.nodes(forXPath: "//*[local-name()='node']").compactMap { $0 as? XMLElement }
  #expect(nodes.count == hostile.count)
  for (i, node) in nodes.enumerated() {
    // label is an xs:token: whitespace collapsed; the attvalue keeps the exact name.
    let label = attr(node, "label") ?? ""
    #expect(
      label == xmlCarried(hostile[i]).split(whereSeparator: \.isWhitespace).joined(separator: " "))
    let values = try node.nodes(forXPath: ".//*[local-name()='attvalue']").compactMap {
      attr($0 as? XMLElement, "value")
    }
    #expect(values.contains(xmlCarried(hostile[i])), "\(hostile[i].debugDescription)")
    #expect(try node.nodes(forXPath: "./*[local-name()='color']").count == 1)
  }
  let edges = try doc.nodes(forXPath: "//*[local-name()='edge']").compactMap { $0 as? XMLElement }
  let types = edges.map { attr($0, "type") ?? "" }
  let labels = edges.map { attr($0, "label") ?? "" }
  for (type, label) in zip(types, labels) {
    #expect(type == (label == "negotiates-with" ? "mutual" : "directed"))
  }
  #expect(edges.allSatisfy { Double(attr($0, "weight") ?? "") != nil })
}

@Test func nodeLinkJSONHasTheNetworkXKeys() throws {
  let data = try NodeLinkJSON.write(ExportGraph(hostileJSON()))
  let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  #expect(root["directed"] as? Bool == true)
  #expect(root["multigraph"] as? Bool == true)
  let nodes = try #require(root["nodes"] as? [[String: Any]])
  let edges = try #require(root["edges"] as? [[String: Any]])
  #expect(nodes.map { $0["id"] as? String } == hostile.indices.map { "H\($0)" })
  #expect(nodes.map { $0["name"] as? String } == hostile)
  #expect(edges.allSatisfy { $0["source"] != nil && $0["target"] != nil && $0["key"] != nil })
  let evidence = try #require(edges.first?["evidence"] as? [[String: Any]])
  #expect(evidence.first?["doc"] as? String == hostile[0])
  let graph = try #require(root["graph"] as? [String: Any])
  #expect(graph["first_date"] as? String == "2020-01-01")
}

@Test func csvExportsAreSpreadsheetSafeAndParseBack() throws {
  let export = ExportGraph(hostileJSON())
  let nodes = GraphCSV.nodes(export)
  #expect(nodes.hasPrefix("code,name,name_ar,kind,affiliation,bloc,"))
  #expect(nodes.contains("\"'=HYPERLINK(\"\"http://x\"\")\""))
  #expect(nodes.contains("'+1 -1 @SUM(A1)"))
  let edges = GraphCSV.edges(export)
  #expect(edges.hasPrefix("id,source,target,type,directed,count,weight,signed_weight,sign,"))
  // Negative signed weights stay numbers.
  let edgeRecords = DelimitedRecords.parse(edges, delimiter: UInt8(ascii: ","))
  let signed = try #require(edgeRecords.first?.fields.firstIndex(of: "signed_weight"))
  #expect(edgeRecords.dropFirst().contains { $0.fields[signed].hasPrefix("-") })
  #expect(edgeRecords.dropFirst().allSatisfy { Double($0.fields[signed]) != nil })
  // RFC 4180: as many records as rows, quoted line breaks inside; every name comes back
  // exactly, formulas made text.
  let records = DelimitedRecords.parse(nodes, delimiter: UInt8(ascii: ","))
  #expect(records.count == hostile.count + 1)
  #expect(records[6].fields[1] == "two\nlines\tand tab")
  #expect(records.dropFirst().map { $0.fields[1] } == hostile.map(csvCell))
  #expect(csvCell("-1.5") == "-1.5" && csvCell("-2+3") == "'-2+3")
  // actors.csv (what `run` writes) the same way.
  let actors = CSV.actors(Analyzer.analyze(hostileGraph()))
  let actorRecords = DelimitedRecords.parse(actors, delimiter: UInt8(ascii: ","))
  #expect(Set(actorRecords.dropFirst().map { $0.fields[1] }) == Set(hostile.map(csvCell)))
  // Python's csv module, an independent reader, sees the same cells.
  if let python = pythonCSVReader {
    let cells = try python(nodes)
    #expect(cells.count == hostile.count + 1)
    #expect(cells.dropFirst().map { $0[1] } == hostile.map(csvCell))
  }
}

/// Reads CSV text with Python's `csv` module (when python3 is there) and returns its rows.
private let pythonCSVReader: (@Sendable (String) throws -> [[String]])? = {
  let path = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
    .map { "\($0)/python3" }.first { FileManager.default.isExecutableFile(atPath: $0) }
  guard let path else { return nil }
  return { text in
    let p = Process()
    p.executableURL = URL(fileURLWithPath: path)
    p.arguments = [
      "-c",
      "import csv, io, json, sys; "
        + "rows = list(csv.reader(io.StringIO(sys.stdin.buffer.read().decode('utf-8'), newline=''))); "
        + "sys.stdout.write(json.dumps(rows))",
    ]
    let input = Pipe()
    let output = Pipe()
    p.standardInput = input
    p.standardOutput = output
    try p.run()
    input.fileHandleForWriting.write(Data(text.utf8))
    try input.fileHandleForWriting.close()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return try JSONDecoder().decode([[String]].self, from: data)
  }
}()

@Test func xmlTextDropsWhatXMLCannotCarry() {
  #expect(XMLText.attribute("a\u{0}b\u{1B}c\u{FFFE}") == "abc")
  #expect(XMLText.attribute("x\ny\"'<&>") == "x&#10;y&quot;&apos;&lt;&amp;&gt;")
  #expect(XMLText.text("x\ny") == "x\ny")
  #expect(XMLText.double(.infinity) == "INF")
  #expect(XMLText.double(0.1) == "0.1")
  #expect(XMLText.token("  a \n b  ") == "a b")
}

/// The Python interpreter of the repository's venv (scripts/interchange/setup.sh), when it has
/// networkx.
private let venvPython: String? = {
  let python = Repo.root.appendingPathComponent(".venv/bin/python").path
  guard FileManager.default.isExecutableFile(atPath: python) else { return nil }
  let p = Process()
  p.executableURL = URL(fileURLWithPath: python)
  p.arguments = ["-c", "import networkx"]
  p.standardError = FileHandle.nullDevice
  guard (try? p.run()) != nil else { return nil }
  p.waitUntilExit()
  return p.terminationStatus == 0 ? python : nil
}()

/// Writes graph.json and every export of `json` into a new folder.
private func writeExports(_ json: GraphJSON) throws -> URL {
  let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
    "graphctl-readback-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
  let export = ExportGraph(json)
  try json.encoded().write(to: dir.appendingPathComponent("graph.json"))
  try Data(GraphMLWriter.write(export).utf8).write(to: dir.appendingPathComponent("graph.graphml"))
  try Data(GEXFWriter.write(export).utf8).write(to: dir.appendingPathComponent("graph.gexf"))
  try NodeLinkJSON.write(export).write(to: dir.appendingPathComponent("graph.nodelink.json"))
  try Data(GraphCSV.nodes(export).utf8).write(to: dir.appendingPathComponent("nodes.csv"))
  try Data(GraphCSV.edges(export).utf8).write(to: dir.appendingPathComponent("edges.csv"))
  return dir
}

private func readBack(_ dir: URL, python: String) throws -> (Int32, String) {
  let p = Process()
  p.executableURL = URL(fileURLWithPath: python)
  p.arguments = [
    Repo.root.appendingPathComponent("scripts/interchange/readback.py").path, dir.path,
  ]
  let pipe = Pipe()
  p.standardOutput = pipe
  p.standardError = pipe
  try p.run()
  let output = pipe.fileHandleForReading.readDataToEndOfFile()
  p.waitUntilExit()
  return (p.terminationStatus, String(decoding: output, as: UTF8.self))
}

@Test(.enabled(if: venvPython != nil, "needs .venv with networkx (scripts/interchange/setup.sh)"))
func networkxReadsEveryExportBack() throws {
  let python = try #require(venvPython)
  let seeds = try #require(PipelineTests.output)
  for json in [
    GraphJSON(graph: seeds.graph, report: seeds.report, documents: 5), hostileJSON(),
  ] {
    let dir = try writeExports(json)
    defer { try? FileManager.default.removeItem(at: dir) }
    let (status, output) = try readBack(dir, python: python)
    #expect(status == 0, "\(output)")
    #expect(output.contains(": ok"))
  }
}

@Test(.enabled(if: venvPython != nil, "needs .venv with networkx (scripts/interchange/setup.sh)"))
func readbackNoticesAChangedValue() throws {
  let python = try #require(venvPython)
  var json = hostileJSON()
  let dir = try writeExports(json)
  defer { try? FileManager.default.removeItem(at: dir) }
  json.edges[0].count += 1
  json.actors[1].name += "x"
  try json.encoded().write(to: dir.appendingPathComponent("graph.json"))
  let (status, output) = try readBack(dir, python: python)
  #expect(status == 1)
  #expect(output.contains("count"))
  #expect(output.contains("node H1 name"))
}
