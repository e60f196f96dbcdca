import CGraphviz

/// Lays out and renders DOT text in-process through libgvc (no `dot` executable needed).
///
/// All Graphviz work is serialised by one process-wide lock, so a renderer can be used from
/// any number of tasks at once; renders then run one after another.
public struct GraphvizRenderer: Sendable {
  public init() {}

  /// Renders DOT text.
  ///
  /// The engine is, in order: `engine`, the graph's `layout` attribute, or
  /// `LayoutEngine.automatic(nodeCount:)`. For `.dot` the text is parsed (to report errors the
  /// same way) and returned unchanged.
  public func render(dot: String, format: RenderFormat, engine: LayoutEngine? = nil) throws
    -> [UInt8]
  {
    try renderWithWarnings(dot: dot, format: format, engine: engine).data
  }

  /// Like `render(dot:format:engine:)`, and also returns the warnings Graphviz printed while
  /// parsing, laying out and rendering (for example about a malformed HTML-like label).
  public func renderWithWarnings(dot: String, format: RenderFormat, engine: LayoutEngine? = nil)
    throws -> RenderOutput
  {
    guard !dot.utf8.contains(0) else { throw GraphvizError.embeddedNUL }
    return try GraphvizSession.shared.run { session in
      // The context must exist before any graph is parsed, or labels go missing.
      let gvc = try session.context()
      let graph = try Self.parse(dot, session: session)
      defer { agclose(graph) }
      var warnings = session.takeMessages()
      guard let formatName = format.graphvizFormat else {
        return RenderOutput(data: Array(dot.utf8), warnings: warnings)
      }

      let engineName = try Self.engineName(for: graph, requested: engine)
      Self.fixStartIfUnset(graph)
      guard gvLayout(gvc, graph, engineName) == 0 else {
        let message = session.takeMessageText()
        if message.contains("not recognized") {
          throw GraphvizError.layoutPluginMissing(engine: engineName, message: message)
        }
        throw GraphvizError.layoutFailed(engine: engineName, message: message)
      }
      defer { gvFreeLayout(gvc, graph) }
      warnings += session.takeMessages()

      var data: UnsafeMutablePointer<CChar>? = nil
      var length: UInt32 = 0
      let status = gvRenderData(gvc, graph, formatName, &data, &length)
      defer { if let data { gvFreeRenderData(data) } }
      guard status == 0, let data else {
        throw GraphvizError.renderFailed(format: formatName, message: session.takeMessageText())
      }
      warnings += session.takeMessages()
      var bytes = Array(UnsafeRawBufferPointer(start: data, count: Int(length)))
      if format == .pdf { PDFDate.fix(&bytes) }
      return RenderOutput(data: bytes, warnings: warnings)
    }
  }

  /// Writes `graph` as DOT with `options` and renders it; the engine is `options.engine`
  /// or chosen by the number of actors.
  public func render(
    graph: ActorGraph, report: AnalysisReport, options: DOTOptions = DOTOptions(),
    format: RenderFormat
  ) throws -> [UInt8] {
    let dot = DOTWriter(options: options).write(graph: graph, report: report)
    return try render(dot: dot, format: format)
  }

  /// Parses DOT text and reports what Graphviz read from it: nodes and edges with the
  /// attribute values Graphviz stores (quotes unescaped, other escapes kept). Useful to check
  /// that written DOT means what it should; no layout is done.
  public func inspect(dot: String) throws -> DOTInspection {
    guard !dot.utf8.contains(0) else { throw GraphvizError.embeddedNUL }
    return try GraphvizSession.shared.run { session in
      _ = try session.context()
      let graph = try Self.parse(dot, session: session)
      defer { agclose(graph) }
      var result = DOTInspection(
        graphAttributes: Self.attributes(of: UnsafeMutableRawPointer(graph), graph, kind: AGRAPH),
        nodes: [], edges: [])
      var node = agfstnode(graph)
      while let tail = node {
        let tailName = Self.name(of: UnsafeMutableRawPointer(tail))
        result.nodes.append(
          DOTInspection.Node(
            name: tailName,
            attributes: Self.attributes(of: UnsafeMutableRawPointer(tail), graph, kind: AGNODE)))
        var edge = agfstout(graph, tail)
        while let current = edge {
          result.edges.append(
            DOTInspection.Edge(
              tail: tailName,
              head: Self.name(of: UnsafeMutableRawPointer(current.pointee.node)),
              attributes: Self.attributes(
                of: UnsafeMutableRawPointer(current), graph, kind: Self.edgeKind)))
          edge = agnxtout(graph, current)
        }
        node = agnxtnode(graph, tail)
      }
      result.warnings = session.takeMessages()
      return result
    }
  }

  // MARK: - Helpers (call only inside GraphvizSession.run)

  private static func parse(_ dot: String, session: GraphvizSession) throws
    -> UnsafeMutablePointer<Agraph_t>
  {
    guard let graph = GraphvizReader.read(dot) else {
      let message = session.takeMessageText()
      throw GraphvizError.parseFailed(message: message.isEmpty ? "no graph found" : message)
    }
    return graph
  }

  private static func engineName(
    for graph: UnsafeMutablePointer<Agraph_t>, requested: LayoutEngine?
  ) throws -> String {
    if let requested { return requested.rawValue }
    if let declared = attribute("layout", of: UnsafeMutableRawPointer(graph)), !declared.isEmpty {
      guard let engine = LayoutEngine(rawValue: declared) else {
        throw GraphvizError.unknownEngine(declared)
      }
      return engine.rawValue
    }
    return LayoutEngine.automatic(nodeCount: Int(agnnodes(graph))).rawValue
  }

  /// Gives the force-directed engines (neato, fdp, sfdp) a fixed seed when the DOT sets none:
  /// their default initial placement is random and the same graph would come out differently
  /// from one run to the next.
  private static func fixStartIfUnset(_ graph: UnsafeMutablePointer<Agraph_t>) {
    if let start = attribute("start", of: UnsafeMutableRawPointer(graph)), !start.isEmpty {
      return
    }
    // Declared as the root's default, as `start=1` in the DOT text would be: fdp reads it on
    // the graphs it derives from the root, which inherit defaults, not the root's own value.
    var name = Array("start".utf8CString)
    var value = Array("1".utf8CString)
    name.withUnsafeMutableBufferPointer { n in
      value.withUnsafeMutableBufferPointer { v in
        _ = agattr(graph, AGRAPH, n.baseAddress, v.baseAddress)
      }
    }
  }

  /// cgraph's object kind for edges (`AGEDGE`, a macro Swift does not import).
  private static let edgeKind: Int32 = 2

  private static func name(of object: UnsafeMutableRawPointer?) -> String {
    guard let object, let name = agnameof(object) else { return "" }
    return String(cString: name)
  }

  /// Every declared attribute of one kind with its non-empty value on `object`.
  private static func attributes(
    of object: UnsafeMutableRawPointer, _ graph: UnsafeMutablePointer<Agraph_t>, kind: Int32
  ) -> [String: String] {
    var values: [String: String] = [:]
    var symbol = agnxtattr(graph, kind, nil)
    while let current = symbol {
      if let key = current.pointee.name, let value = agxget(object, current) {
        let text = String(cString: value)
        if !text.isEmpty { values[String(cString: key)] = text }
      }
      symbol = agnxtattr(graph, kind, current)
    }
    return values
  }

  /// `agget` for a graph, node or edge; nil when the attribute is not declared.
  private static func attribute(_ key: String, of object: UnsafeMutableRawPointer) -> String? {
    var name = Array(key.utf8CString)
    return name.withUnsafeMutableBufferPointer { buffer -> String? in
      guard let value = agget(object, buffer.baseAddress) else { return nil }
      return String(cString: value)
    }
  }
}
