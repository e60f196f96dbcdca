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
]

private func hostileJSON() -> GraphJSON {
  let actors = hostile.enumerated().map { i, name in
    Actor(code: "H\(i)", name: name, nameAr: "اسم \"\(i)\" <عربي>", kind: .other)
  }
  let edges = zip(actors, actors.dropFirst()).enumerated().map { i, pair in
    GraphEdge(
      source: pair.0.code, target: pair.1.code, type: RelationType.allCases[i % 4], count: i + 1,
      weight: Double(i) + 0.25, firstDate: "2020-01-0\(i + 1)", lastDate: "2020-02-0\(i + 1)",
      evidence: [EvidenceRef(doc: pair.0.name, sentence: i, span: [0, 3], cue: pair.1.name)])
  }
  let graph = ActorGraph(actors: actors, edges: edges)
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
    #expect(name?.stringValue == hostile[i])
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
    #expect(label == hostile[i].split(whereSeparator: \.isWhitespace).joined(separator: " "))
    let values = try node.nodes(forXPath: ".//*[local-name()='attvalue']").compactMap {
      attr($0 as? XMLElement, "value")
    }
    #expect(values.contains(hostile[i]))
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
  #expect(edges.contains(",-"))
  #expect(!edges.contains(",'-"))
  // RFC 4180: as many records as rows, quoted line breaks inside.
  let records = DelimitedRecords.parse(nodes, delimiter: UInt8(ascii: ","))
  #expect(records.count == hostile.count + 1)
  #expect(records[6].fields[1] == "two\nlines\tand tab")
}

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
