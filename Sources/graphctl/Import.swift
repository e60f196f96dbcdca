import ArgumentParser
import Foundation
import Graph

struct Import: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Bring relations in from other runs and from GDELT event files.",
    subcommands: [ImportRelations.self, ImportGDELT.self])
}
