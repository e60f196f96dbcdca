import ArgumentParser
import Foundation
import Graph

/// `graphctl draw`: renders a DOT file through the same in-process Graphviz as `render`.
struct Draw: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "draw",
    abstract: "Render a DOT file (e.g. an edited alliances.dot) through in-process Graphviz.",
    discussion: """
      Uses the same libgvc path as `render`: PNG and PDF through cairo (Arabic shaped), the \
      engine from --layout, else the graph's layout attribute, else chosen by size.
      """)

  @Argument(help: ArgumentHelp("A DOT file, or - for standard input.", valueName: "dot"))
  var file: String

  @Option(help: "Output format: svg, png, pdf or dot.")
  var format: RenderFormat = .svg

  @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
  var output: String?

  @Option(help: "Layout engine: dot, neato, sfdp, circo or fdp.")
  var layout: LayoutEngine?

  func run() throws {
    try CLI.guarded {
      try Outputs.checkNotAnInput(output, inputs: [file])
      if output == nil, format == .png || format == .pdf, isatty(STDOUT_FILENO) != 0 {
        throw ValidationError(
          "\(format.rawValue) is binary: give -o FILE or redirect standard output")
      }
      let text = try InputFile.text(file)
      let bytes: [UInt8]
      do {
        bytes = try GraphvizRenderer().render(dot: text, format: format, engine: layout)
      } catch let e as GraphvizError {
        throw InputError(file: file, message: e.description)
      }
      if let output {
        try AtomicFile.write(Data(bytes), to: output)
      } else {
        FileHandle.standardOutput.write(Data(bytes))
      }
    }
  }
}
