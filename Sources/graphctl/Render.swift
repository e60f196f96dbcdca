import ArgumentParser
import Foundation
import Graph

struct Render: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "render",
    abstract: "Draw the alliance diagram of relation files through Graphviz (in-process).",
    discussion: """
      Nodes are actors (English and Arabic names, sized by a score, coloured by bloc, persons \
      as ellipses); edges are styled and coloured per relation type, wider with more evidence; \
      a legend explains both, and the title line gives the number of actors and edges and the \
      period the relations cover. SVG and DOT go to standard output unless -o is given; PNG and \
      PDF need -o or a pipe. The same input always gives the same bytes.

      Filters: --types, --min-weight, --from/--to and --level choose the relations that are \
      analysed and drawn; --top and --actor/--depth then choose which actors are shown (their \
      scores and blocs stay those of the whole filtered graph).
      """)

  @OptionGroup var input: RelationInput
  @OptionGroup var analysis: AnalysisFlags
  @OptionGroup var filters: FilterFlags

  @Option(help: "Output format: svg, png, pdf or dot.")
  var format: RenderFormat = .svg

  @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
  var output: String?

  @Option(
    help:
      "Layout engine: dot, neato, sfdp, circo or fdp (default: dot up to 300 actors, else sfdp)."
  )
  var layout: LayoutEngine?

  @Option(help: "Diagram title.")
  var title: String = "Alliance diagram"

  @Option(
    help: "Score that sets node size and ranks --top (pagerank, degree, ... any analysis score).")
  var sizeBy: String = "pagerank"

  @Option(help: "Blocs as fill colour (color) or also as labelled boxes (clusters; dot and fdp).")
  var blocs: BlocStyle = .clusters

  @Option(help: "Actors beyond this many (smallest by --size-by) are drawn as unlabelled dots.")
  var labelLimit: Int = 150

  @Flag(help: "Leave out the legend.")
  var noLegend = false

  func run() throws {
    try CLI.guarded {
      try Outputs.checkNotAnInput(output, inputs: input.files)
      if output == nil, format == .png || format == .pdf, isatty(STDOUT_FILENO) != 0 {
        throw ValidationError(
          "\(format.rawValue) is binary: give -o FILE or redirect standard output")
      }
      let gaz = try input.gazetteer()
      let filtered = try FilteredGraph.make(
        relations: try input.relations(),
        filter: try filters.filter(
          includeHypothetical: analysis.includeHypothetical, rankBy: sizeBy),
        options: try analysis.analysisOptions(), actorInfo: { gaz.actor($0) }, sizeBy: sizeBy)
      var options = DOTOptions()
      options.title = title
      options.sizeBy = sizeBy
      options.engine = layout
      options.blocStyle = blocs
      options.labelLimit = max(0, labelLimit)
      options.showLegend = !noLegend
      let dot = DOTWriter(options: options).write(graph: filtered.graph, report: filtered.report)
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
