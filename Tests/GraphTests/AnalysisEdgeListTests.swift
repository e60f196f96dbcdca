import Foundation
import Testing

@testable import Graph

@Suite struct AnalysisEdgeListTests {
  @Test func parsesFieldsSignsDefaultsAndComments() throws {
    let text = "# comment\nA\tB\t2\t-\nB\tC\t0.5\t+1\n\nC\tA\nA\tC\t1.5\r\nA\tB\t1\t+\n"
    let g = try EdgeList.parse(Data(text.utf8), file: "e.tsv")
    #expect(g.nodes == ["A", "B", "C"])
    #expect(
      g.arcs == [
        .init(from: 0, to: 1, weight: -2), .init(from: 1, to: 2, weight: 0.5),
        .init(from: 2, to: 0, weight: 1), .init(from: 0, to: 2, weight: 1.5),
        .init(from: 0, to: 1, weight: 1),
      ])
    // Parallel arcs merge in the CSR: A -> B is -2 + 1.
    let csr = CSRGraph(g)
    #expect(csr.outRange(0).map { csr.outWeights[$0] } == [-1, 1.5])
  }

  @Test(arguments: [
    ("A\tB\t1\t+\nA B 1 +\n", 2, "expected 2 to 4 tab-separated fields"),
    ("A\tB\tx\n", 1, "weight \"x\""),
    ("A\tB\t-1\n", 1, "put the sign in field 4"),
    ("A\tB\tinf\n", 1, "finite"),
    ("A\tB\t1\t?\n", 1, "sign \"?\""),
    ("A\t\t1\n", 1, "empty node name"),
    ("A\tB\t1\t+\tmore\n", 1, "found 5"),
  ])
  func badLinesNameFileAndLine(_ text: String, _ line: Int, _ message: String) {
    do {
      _ = try EdgeList.parse(Data(text.utf8), file: "bad.tsv")
      Issue.record("no error for \(text.debugDescription)")
    } catch let e as InputError {
      #expect(e.file == "bad.tsv")
      #expect(e.line == line)
      #expect(e.description.contains(message), "\(e.description)")
      #expect(e.description.hasPrefix("bad.tsv:\(line): "))
    } catch {
      Issue.record("unexpected \(error)")
    }
  }

  @Test func skipBadWarnsAndGoesOn() throws {
    var warnings: [String] = []
    let g = try EdgeList.parse(
      Data("A\tB\nbroken\nB\tC\t1\t+\n".utf8), file: "e.tsv", skipBad: true,
      warn: { warnings.append($0) })
    #expect(g.arcs.count == 2)
    #expect(warnings.count == 1)
    #expect(warnings.first?.contains("e.tsv:2:") == true)
  }

  @Test func missingAndEmptyFiles() throws {
    #expect(throws: InputError.self) { try EdgeList.read("/nonexistent/edges.tsv") }
    let empty = FileManager.default.temporaryDirectory.appendingPathComponent(
      "graphctl-empty-\(UUID().uuidString).tsv")
    try Data().write(to: empty)
    defer { try? FileManager.default.removeItem(at: empty) }
    #expect(throws: InputError.self) { try EdgeList.read(empty.path) }
  }
}
