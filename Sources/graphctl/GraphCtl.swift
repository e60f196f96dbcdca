import ArgumentParser
import Graph

@main
struct GraphCtl: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "graphctl")
  func run() throws {}
}
