import ArgumentParser
import Foundation
import Graph

struct Render: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Draw the alliance diagram of relation files through Graphviz (in-process).",
    discussion: """
      Nodes are actors (English and Arabic names, sized by influence, coloured by bloc); edges \
      are styled per relation type, with a legend. SVG and DOT go to standard output unless -o \
      is given; PNG and PDF need -o or a pipe.
      """)

  @OptionGroup var input: RelationInput
  @OptionGroup var analysis: AnalysisFlags

  @Option(help: "Output format: svg, png, pdf or dot.")
  var format: RenderFormat = .svg

  @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
  var output: String?

  @Option(help: "Layout engine: dot, neato, sfdp, circo or fdp (default: chosen by graph size).")
  var layout: LayoutEngine?

  @Option(help: "Diagram title.")
  var title: String = "Alliance diagram"

  @Option(help: "Score that sets node size (pagerank, degree, ...).")
  var sizeBy: String = "pagerank"

  func run() throws {
    try CLI.guarded {
      if output == nil, format == .png || format == .pdf, isatty(STDOUT_FILENO) != 0 {
        throw ValidationError(
          "\(format.rawValue) is binary: give -o FILE or redirect standard output")
      }
      let graph = try input.graph(includeHypothetical: analysis.includeHypothetical)
      let report = Analyzer.analyze(graph, options: try analysis.analysisOptions())
      var options = DOTOptions()
      options.title = title
      options.sizeBy = sizeBy
      options.engine = layout
      let dot = DOTWriter(options: options).write(graph: graph, report: report)
      let bytes = try GraphvizRenderer().render(dot: dot, format: format, engine: layout)
      if let output {
        try AtomicFile.write(Data(bytes), to: output)
      } else {
        FileHandle.standardOutput.write(Data(bytes))
      }
    }
  }
}

extension RenderFormat: ExpressibleByArgument {}
extension LayoutEngine: ExpressibleByArgument {}
