import Foundation
import Testing

@testable import Graph

/// Writes the Libya example as DOT, SVG, PNG and PDF into `$GRAPHCTL_RENDER_DIR` for people to
/// look at. Skipped unless the variable is set, so ordinary test runs write nothing.
@Test(.enabled(if: ProcessInfo.processInfo.environment["GRAPHCTL_RENDER_DIR"] != nil))
func renderLibyaExampleForInspection() throws {
  let dir = try #require(ProcessInfo.processInfo.environment["GRAPHCTL_RENDER_DIR"])
  let renderer = GraphvizRenderer()
  let options = DOTOptions(title: "Libya 2020: who backs whom")
  for format in RenderFormat.allCases {
    let bytes = try renderer.render(
      graph: RenderFixtures.libya, report: RenderFixtures.libyaReport, options: options,
      format: format)
    let url = URL(fileURLWithPath: dir).appendingPathComponent("render-check." + format.rawValue)
    try Data(bytes).write(to: url)
  }
}

@Test func libyaExampleRendersWithoutGraphvizWarnings() throws {
  let dot = DOTWriter().write(graph: RenderFixtures.libya, report: RenderFixtures.libyaReport)
  let output = try GraphvizRenderer().renderWithWarnings(dot: dot, format: .svg)
  #expect(output.warnings == [])
}
