import ArgumentParser
import Graph

struct Run: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: "Placeholder")
  func run() throws {}
}
struct Analyze: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: "Placeholder")
  func run() throws {}
}
struct Render: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: "Placeholder")
  func run() throws {}
}
