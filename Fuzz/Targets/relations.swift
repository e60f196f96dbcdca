import Foundation

@testable import Graph

#if canImport(FoundationXML)
  import FoundationXML
#endif

// The relations reader (`analyze`, `render`, `export`, `import relations`) and what follows it:
// the input is a relations.jsonl file, read strictly and with --skip-bad; what reads is built
// into the actor graph, analysed, and written in every export format, which are parsed back.
// Inputs starting with "#edges" are read as an `analyze --edges` list instead.
//
// Invariants: no crash; errors name the file and an existing line, on one line; relations read
// back equal after writing; GraphML and GEXF are well-formed XML and node-link JSON is JSON
// with every node; CSV has one record per node.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRelations(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = fuzzBytes(data, size)
  let text = lenientText(bytes)
  let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
  func checked(_ e: InputError) {
    require(e.file == "r.jsonl", "error names \(e.file)")
    if let line = e.line { require(1 <= line && line <= lines, "error line \(line) of \(lines)") }
    require(
      !e.description.unicodeScalars.contains { $0.value < 0x20 },
      "error is not one plain line: \(e.description)")
  }
  if text.hasPrefix("#edges") {
    do {
      let g = try EdgeList.parse(Data(bytes), file: "r.jsonl", skipBad: true)
      _ = Analyzer.analyze(g, options: AnalysisOptions())
    } catch let e as InputError { checked(e) } catch { require(false, "\(error)") }
    return 0
  }
  var strict: [Relation]?
  do { strict = try RelationsJSONL.decode(text, file: "r.jsonl") } catch let e as InputError {
    checked(e)
  } catch { require(false, "not an InputError: \(error)") }
  var relations: [Relation] = []
  do {
    relations = try RelationsJSONL.decode(text, file: "r.jsonl", skipBad: true)
  } catch { require(false, "--skip-bad threw \(error)") }
  if let strict { require(strict == relations, "--skip-bad changed a clean file") }
  let back = try? RelationsJSONL.decode(RelationsJSONL.encode(relations), file: "m")
  require(
    back == relations.filter { $0.confidence.isFinite },
    "relations.jsonl does not read back what was written")
  guard relations.count <= 64 else { return 0 }
  let graph = ActorGraph.build(
    relations: RelationMerge.merge([relations, relations]).relations, includeHypothetical: true,
    actorInfo: { _ in nil })
  let report = Analyzer.analyze(graph)
  let json = GraphJSON(graph: graph, report: report)
  require((try? json.encoded()) != nil, "graph.json cannot be written")
  let export = ExportGraph(json)
  // A SAX parse is enough to know the XML is well-formed (XMLDocument leaks its libxml2
  // document in swift-corelibs-foundation).
  for xml in [GraphMLWriter.write(export), GEXFWriter.write(export, description: text)] {
    let parser = XMLParser(data: Data(xml.utf8))
    require(
      parser.parse(), "export is not well-formed XML: \(String(describing: parser.parserError))")
  }
  do {
    let object = try JSONSerialization.jsonObject(with: try NodeLinkJSON.write(export))
    let nodes = (object as? [String: Any])?["nodes"] as? [Any]
    require(nodes?.count == graph.actors.count, "node-link JSON lost nodes")
  } catch { require(false, "node-link JSON: \(error)") }
  let csv = DelimitedRecords.parse(GraphCSV.nodes(export), delimiter: UInt8(ascii: ","))
  require(csv.count == graph.actors.count + 1, "nodes.csv has \(csv.count) records")
  return 0
}
