import Foundation
import Testing

@testable import Graph

/// Every kind of bad input the hardening issue lists, through every subcommand that reads
/// input: one line on stderr naming the file and the line or byte offset, exit code 2, and no
/// output file (nor a temporary one) left behind; with --skip-bad a warning and the rest read.
@Suite("Bad input catalogue")
struct BadInputCatalogueTests {
  static let good = "Turkey supports the Government of National Accord. Russia backed Haftar.\n"

  static func relation(_ source: String, _ type: String, _ target: String) -> String {
    #"{"confidence":0.9,"cue":"supports","doc":"d.txt","evidence":"\#(source) \#(type) \#(target).","#
      + #""hypothetical":false,"negated":false,"relation":"\#(type)","sentence":1,"#
      + #""source":"\#(source)","source_text":"\#(source)","span":[0,10],"target":"\#(target)","#
      + #""target_text":"\#(target)","date":"2020-01-15"}"#
  }

  /// A GDELT 1.0 daily-file row (58 fields) of a consultation between two states.
  static func gdeltRow(_ id: String) -> String {
    var f = [String](repeating: "", count: 58)
    f[0] = id
    f[1] = "20200115"
    (f[5], f[6], f[7]) = ("USA", "UNITED STATES", "USA")
    (f[15], f[16], f[17]) = ("TUR", "TURKEY", "TUR")
    (f[26], f[27], f[28], f[29], f[30], f[31]) = ("042", "042", "04", "1", "1.9", "4")
    f[57] = "https://example.org/\(id)"
    return f.joined(separator: "\t")
  }

  /// Writes the inputs of the catalogue into `dir`.
  static func makeInputs(in dir: URL) throws {
    func file(_ name: String, _ bytes: [UInt8]) throws {
      let url = dir.appendingPathComponent(name)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(bytes).write(to: url)
    }
    func text(_ name: String, _ s: String) throws { try file(name, Array(s.utf8)) }
    try text("good.txt", good)
    try text("empty.txt", "")
    try text("blank.txt", " \n\t\n")
    try text("notext/readme.md", "# not a .txt file\n")
    try text("jsonlonly/docs.jsonl", #"{"text":"x"}"# + "\n")
    try file("bad.txt", Array("Turkey".utf8) + [0xFF] + Array(" backed Haftar.".utf8))
    try file("bin.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D])
    try file("utf16.txt", [0xFF, 0xFE, 0x54, 0x00, 0x75, 0x00])
    try FileManager.default.createDirectory(
      at: dir.appendingPathComponent("withdir/sub.txt"), withIntermediateDirectories: true)
    try text("withdir/a.txt", good)
    let doc = #"{"id":"a","text":"Turkey supports the Government of National Accord."}"#
    try text("notjson.jsonl", doc + "\n{\"id\": \"b\", text: oops}\n")
    try text("notext.jsonl", doc + "\n" + #"{"id":"b","body":"no text here"}"# + "\n")
    try text("textnumber.jsonl", doc + "\n\n" + #"{"id":"c","text":42}"# + "\n")
    try text("notobject.jsonl", "[\"a list\"]\n" + doc + "\n")
    try text(
      "actors-kind.jsonl",
      #"{"code":"MISRATA","kind":"armed-group","name":"Misrata brigades","names":["Misrata brigades"]}"#
        + "\n"
        + #"{"code":"X","kind":"flying-saucer","name":"X","names":["X"]}"# + "\n")
    try text("actors-names.jsonl", #"{"code":"Y","kind":"party","name":"Y"}"# + "\n")
    try text("actors-empty.jsonl", "# only a comment\n")
    let r1 = relation("TUR", "supports", "GNA")
    let r2 = relation("RUS", "opposes", "GNA")
    try text("rel.jsonl", r1 + "\n" + r2 + "\n")
    try text("rel-unknown.jsonl", r1 + "\n" + relation("EGY", "likes", "LNA") + "\n" + r2 + "\n")
    try text("rel-broken.jsonl", r1 + "\n{\"doc\": \n")
    try text(
      "events.tsv", [gdeltRow("1"), "1\t2\t3", gdeltRow("3")].joined(separator: "\n") + "\n")
    try text("events-bad.tsv", "1\t2\t3\n4\t5\t6\n")
    try text("graph.dot", "digraph { a -> b }\n")
    try text("broken.dot", "digraph { a -> \n")
    try file("bad.dot", Array("digraph { \"a".utf8) + [0xC3, 0x28] + Array("\" -> b }".utf8))
    try text("edges.tsv", "a\tb\t1\t+\nc\td\theavy\t+\ne\tf\t2\t-\n")
  }

  /// One bad input: the command, the text its one error line must contain, and the output that
  /// must not appear.
  struct Case: CustomTestStringConvertible, Sendable {
    var args: [String]
    var message: String
    var output: String
    var stdin: [UInt8]? = nil
    var testDescription: String { args.joined(separator: " ") }
  }

  static let cases: [Case] = [
    // Text inputs: extract (to a file and to standard output) and run.
    Case(
      args: ["extract", "missing.txt", "-o", "o.jsonl"], message: "missing.txt: no such file",
      output: "o.jsonl"),
    Case(
      args: ["extract", "withdir", "-o", "o.jsonl"],
      message: "withdir/sub.txt: is a folder, not a file", output: "o.jsonl"),
    Case(
      args: ["extract", "empty.txt", "-o", "o.jsonl"], message: "empty.txt: file is empty",
      output: "o.jsonl"),
    Case(
      args: ["extract", "good.txt", "blank.txt"], message: "blank.txt: file is empty", output: "-"),
    Case(
      args: ["extract", "notext", "-o", "o.jsonl"], message: "notext: folder has no .txt files",
      output: "o.jsonl"),
    Case(
      args: ["extract", "jsonlonly", "-o", "o.jsonl"], message: "give its .jsonl files by name",
      output: "o.jsonl"),
    Case(
      args: ["extract", "good.txt", "bad.txt", "-o", "o.jsonl"],
      message: "bad.txt: invalid UTF-8 at byte offset 6", output: "o.jsonl"),
    Case(
      args: ["extract", "good.txt", "bin.txt"],
      message: "bin.txt: looks like a binary file (NUL byte at offset 8)", output: "-"),
    Case(
      args: ["extract", "utf16.txt", "-o", "o.jsonl"], message: "utf16.txt: is UTF-16 text",
      output: "o.jsonl"),
    Case(
      args: ["extract", "notjson.jsonl", "-o", "o.jsonl"],
      message: "notjson.jsonl:2: not valid JSON", output: "o.jsonl"),
    Case(
      args: ["extract", "notext.jsonl"], message: "notext.jsonl:2: no \"text\" field", output: "-"),
    Case(
      args: ["extract", "textnumber.jsonl", "-o", "o.jsonl"],
      message: "textnumber.jsonl:3: field \"text\" is not a string", output: "o.jsonl"),
    Case(
      args: ["extract", "notobject.jsonl", "-o", "o.jsonl"],
      message: "notobject.jsonl:1: not a JSON object", output: "o.jsonl"),
    Case(
      args: ["extract", "-", "-o", "o.jsonl"], message: "<stdin>: invalid UTF-8 at byte offset 1",
      output: "o.jsonl", stdin: [0x54, 0xFF, 0x0A]),
    Case(
      args: ["extract", "-"], message: "-: no documents to read (empty input)", output: "-",
      stdin: []),
    Case(
      args: ["extract", "--actors", "actors-kind.jsonl", "good.txt", "-o", "o.jsonl"],
      message: "actors-kind.jsonl:2: field 'kind' has an invalid value", output: "o.jsonl"),
    Case(
      args: ["extract", "--actors", "actors-names.jsonl", "good.txt"],
      message: "actors-names.jsonl:1: missing field 'names'", output: "-"),
    Case(
      args: ["extract", "--actors", "actors-empty.jsonl", "good.txt"],
      message: "actors-empty.jsonl: actor file has no entries", output: "-"),
    Case(
      args: ["extract", "--actors", "bin.txt", "good.txt"],
      message: "bin.txt: looks like a binary file (NUL byte at offset 8)", output: "-"),
    Case(
      args: ["run", "good.txt", "missing", "--out", "out"],
      message: "missing: no such file or folder", output: "out"),
    Case(
      args: ["run", "notext.jsonl", "--out", "out"], message: "notext.jsonl:2: no \"text\" field",
      output: "out"),
    Case(
      args: ["run", "bad.txt", "--out", "out"], message: "bad.txt: invalid UTF-8 at byte offset 6",
      output: "out"),
    // Relation files: analyze, render, export, import relations.
    Case(
      args: ["analyze", "rel-unknown.jsonl", "-o", "o.txt"],
      message: "rel-unknown.jsonl:2: unknown relation type", output: "o.txt"),
    Case(
      args: ["analyze", "missing.jsonl", "-o", "o.txt"], message: "missing.jsonl: no such file",
      output: "o.txt"),
    Case(
      args: ["analyze", "empty.txt", "-o", "o.txt"],
      message: "empty.txt: no relations to read (empty input)", output: "o.txt"),
    Case(
      args: ["analyze", "--edges", "edges.tsv", "-o", "o.txt"],
      message: "edges.tsv:2: weight \"heavy\" is not a finite number", output: "o.txt"),
    Case(
      args: ["analyze", "--edges", "bin.txt", "-o", "o.txt"],
      message: "bin.txt: looks like a binary file", output: "o.txt"),
    Case(
      args: ["render", "rel.jsonl", "rel-broken.jsonl", "-o", "o.svg"],
      message: "rel-broken.jsonl:2: not a JSON relation", output: "o.svg"),
    Case(
      args: ["render", "bad.txt", "-o", "o.svg"],
      message: "bad.txt: invalid UTF-8 at byte offset 6", output: "o.svg"),
    Case(
      args: ["render", "notext", "-o", "o.svg"], message: "notext: is a folder, not a file",
      output: "o.svg"),
    Case(
      args: ["export", "rel-unknown.jsonl", "--format", "graphml", "-o", "o.graphml"],
      message: "rel-unknown.jsonl:2: unknown relation type", output: "o.graphml"),
    Case(
      args: ["export", "bin.txt", "--format", "csv", "-o", "csv/"],
      message: "bin.txt: looks like a binary file", output: "csv"),
    Case(
      args: ["import", "relations", "rel.jsonl", "rel-unknown.jsonl", "-o", "m.jsonl"],
      message: "rel-unknown.jsonl:2: unknown relation type", output: "m.jsonl"),
    Case(
      args: ["import", "relations", "empty.txt", "-o", "m.jsonl"],
      message: "empty.txt: no relations to read (empty input)", output: "m.jsonl"),
    // GDELT event files.
    Case(
      args: ["import", "gdelt", "events.tsv", "-o", "g.jsonl"],
      message: "events.tsv:2: 3 fields; GDELT event rows here have 57, 58 or 61", output: "g.jsonl"),
    Case(
      args: ["import", "gdelt", "empty.txt", "-o", "g.jsonl"],
      message: "empty.txt: no GDELT rows (empty file)", output: "g.jsonl"),
    Case(
      args: ["import", "gdelt", "utf16.txt", "-o", "g.jsonl"], message: "utf16.txt: is UTF-16 text",
      output: "g.jsonl"),
    // DOT files.
    Case(
      args: ["draw", "broken.dot", "-o", "o.svg"],
      message: "broken.dot: Graphviz could not parse the DOT text", output: "o.svg"),
    Case(
      args: ["draw", "bad.dot", "-o", "o.svg"], message: "bad.dot: invalid UTF-8 at byte offset 12",
      output: "o.svg"),
    Case(
      args: ["draw", "missing.dot", "-o", "o.svg"], message: "missing.dot: no such file",
      output: "o.svg"),
  ]

  @Test(
    .enabled(if: CLIRunner.binary != nil, "graphctl is not built beside the tests"),
    arguments: cases)
  func badInputStopsWithOneLineAndNoOutput(_ c: Case) throws {
    let dir = try CLIRunner.folder("bad-input")
    defer { try? FileManager.default.removeItem(at: dir) }
    try Self.makeInputs(in: dir)
    let before = CLIRunner.listing(dir)
    let r = try CLIRunner.run(c.args, in: dir, stdin: c.stdin.map { Data($0) })
    #expect(r.status == 2, "\(r.stderr)")
    let lines = r.stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(lines.count == 1, "one line on stderr: \(r.stderr)")
    #expect(r.stderr.hasPrefix("graphctl: error: "), "\(r.stderr)")
    #expect(r.stderr.contains(c.message), "\(r.stderr)")
    #expect(r.stdout.isEmpty, "nothing on stdout: \(r.stdout.prefix(200))")
    // Nothing written: no output file, no temporary file, no output folder.
    #expect(CLIRunner.listing(dir) == before)
    #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent(c.output).path))
  }

  /// An output that is one of the inputs would replace it: refused before anything is read.
  @Test(.enabled(if: CLIRunner.binary != nil, "graphctl is not built beside the tests"))
  func outputThatIsAnInputIsRefused() throws {
    let dir = try CLIRunner.folder("same-file")
    defer { try? FileManager.default.removeItem(at: dir) }
    try Self.makeInputs(in: dir)
    for (args, input) in [
      (["extract", "good.txt", "-o", "./good.txt"], "good.txt"),
      (["render", "rel.jsonl", "--format", "dot", "-o", "rel.jsonl"], "rel.jsonl"),
      (["import", "gdelt", "events.tsv", "-o", "events.tsv"], "events.tsv"),
    ] {
      let before = try Data(contentsOf: dir.appendingPathComponent(input))
      let r = try CLIRunner.run(args, in: dir)
      #expect(r.status == 2)
      #expect(r.stderr.contains("is also an input (\(input))"), "\(r.stderr)")
      #expect(try Data(contentsOf: dir.appendingPathComponent(input)) == before)
    }
  }

  /// With --skip-bad: the warnings, then what the good inputs give.
  struct Lenient: CustomTestStringConvertible, Sendable {
    var args: [String]
    var warnings: [String]
    var output: String
    var testDescription: String { args.joined(separator: " ") }
  }

  static let lenient: [Lenient] = [
    Lenient(
      args: [
        "extract", "--skip-bad", "notjson.jsonl", "bad.txt", "missing.txt", "good.txt", "-o",
        "o.jsonl",
      ],
      warnings: [
        "notjson.jsonl:2: not valid JSON", "bad.txt: invalid UTF-8 at byte offset 6",
        "missing.txt: no such file",
      ],
      output: "o.jsonl"),
    Lenient(
      args: ["run", "--skip-bad", "notext.jsonl", "withdir", "--out", "out"],
      warnings: ["notext.jsonl:2: no \"text\" field", "withdir/sub.txt: is a folder, not a file"],
      output: "out/relations.jsonl"),
    Lenient(
      args: ["analyze", "--skip-bad", "rel-unknown.jsonl", "missing.jsonl", "-o", "o.txt"],
      warnings: ["rel-unknown.jsonl:2: unknown relation type", "missing.jsonl: no such file"],
      output: "o.txt"),
    Lenient(
      args: ["analyze", "--skip-bad", "--edges", "edges.tsv", "-o", "o.txt"],
      warnings: ["edges.tsv:2: weight \"heavy\""], output: "o.txt"),
    Lenient(
      args: ["export", "--skip-bad", "rel-broken.jsonl", "--format", "gexf", "-o", "o.gexf"],
      warnings: ["rel-broken.jsonl:2: not a JSON relation"], output: "o.gexf"),
    Lenient(
      args: ["import", "relations", "--skip-bad", "rel-unknown.jsonl", "-o", "m.jsonl"],
      warnings: ["rel-unknown.jsonl:2: unknown relation type"], output: "m.jsonl"),
    Lenient(
      args: [
        "import", "gdelt", "--skip-bad", "events.tsv", "events-bad.tsv", "missing.tsv", "-o",
        "g.jsonl",
      ],
      warnings: [
        "events.tsv:2: 3 fields", "events-bad.tsv:1: 3 fields", "events-bad.tsv:2: 3 fields",
        "missing.tsv: no such file",
      ],
      output: "g.jsonl"),
  ]

  @Test(
    .enabled(if: CLIRunner.binary != nil, "graphctl is not built beside the tests"),
    arguments: lenient)
  func skipBadWarnsAndReadsTheRest(_ c: Lenient) throws {
    let dir = try CLIRunner.folder("skip-bad")
    defer { try? FileManager.default.removeItem(at: dir) }
    try Self.makeInputs(in: dir)
    let r = try CLIRunner.run(c.args, in: dir)
    #expect(r.status == 0, "\(r.stderr)")
    let warnings = r.stderr.split(separator: "\n").filter { $0.hasPrefix("graphctl: warning: ") }
    #expect(warnings.count == c.warnings.count, "\(r.stderr)")
    for (line, expected) in zip(warnings, c.warnings) {
      #expect(line.contains(expected), "\(line)")
    }
    let out = dir.appendingPathComponent(c.output)
    let data = try Data(contentsOf: out)
    #expect(!data.isEmpty)
    #expect(!CLIRunner.listing(dir).contains { $0.contains(".tmp-") })
  }

  /// A file without read permission (root reads it anyway, so the test needs another user).
  @Test(
    .enabled(if: CLIRunner.binary != nil && geteuid() != 0, "needs graphctl and a non-root user"))
  func unreadableFilesAreNamed() throws {
    let dir = try CLIRunner.folder("unreadable")
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("secret.txt")
    try Data(Self.good.utf8).write(to: file)
    chmod(file.path, 0)
    for args in [
      ["extract", "secret.txt", "-o", "o.jsonl"], ["analyze", "secret.txt", "-o", "o.txt"],
    ] {
      let r = try CLIRunner.run(args, in: dir)
      #expect(r.status == 2)
      #expect(r.stderr.contains("secret.txt: cannot read file (permission denied)"), "\(r.stderr)")
      #expect(CLIRunner.listing(dir) == ["secret.txt"])
    }
  }

  /// The same errors through the library entry points, which name the file and place alike.
  @Test func libraryReadersNameFileAndPlace() throws {
    let dir = try CLIRunner.folder("bad-input-lib")
    defer { try? FileManager.default.removeItem(at: dir) }
    try Self.makeInputs(in: dir)
    func path(_ name: String) -> String { dir.appendingPathComponent(name).path }
    func fails(_ message: String, _ body: () throws -> Void) {
      do {
        try body()
        Issue.record("no error, expected \(message)")
      } catch let e as InputError {
        #expect(e.description.contains(message), "\(e)")
        #expect(!e.description.unicodeScalars.contains { InertText.isUnsafe($0) })
      } catch {
        Issue.record("\(error)")
      }
    }
    fails("bad.txt: invalid UTF-8 at byte offset 6") {
      _ = try DocumentReader().read([path("bad.txt")])
    }
    fails("notjson.jsonl:2: not valid JSON") {
      _ = try DocumentReader().check([path("notjson.jsonl")])
    }
    fails("rel-unknown.jsonl:2: unknown relation type") {
      _ = try RelationsJSONL.read([path("rel-unknown.jsonl")])
    }
    fails("events.tsv:2: 3 fields") { _ = try GDELTImporter().read([path("events.tsv")]) }
    fails("edges.tsv:2: weight") { _ = try EdgeList.read(path("edges.tsv")) }
    fails("actors-kind.jsonl:2: field 'kind'") {
      _ = try Gazetteer.parse(
        try InputFile.text(path("actors-kind.jsonl")), file: path("actors-kind.jsonl"))
    }
    fails("bin.txt: looks like a binary file (NUL byte at offset 8)") {
      _ = try InputFile.text(path("bin.txt"))
    }
    // A value from the data in a message is quoted and made inert: one line, no escapes.
    var row = Self.gdeltRow("9").split(separator: "\t", omittingEmptySubsequences: false).map(
      String.init)
    row[1] = "2020\u{1B}]0;owned\u{7}"
    fails("SQLDATE \"2020\\u{1B}]0;owned\\u{7}\" is not YYYYMMDD") {
      _ = try GDELTImporter().parse(row.joined(separator: "\t"), file: "e.tsv")
    }
    // With skipBad the good rows and files are read.
    var warnings: [String] = []
    let result = try GDELTImporter(skipBad: true).read(
      [path("events.tsv"), path("missing.tsv")], warn: { warnings.append($0) })
    #expect(result.relations.count == 2 && result.badRows == 1 && result.badFiles == 1)
    #expect(warnings.count == 2)
  }

  /// Found by Fuzz/Targets/gdelt.swift: SQLDATE 02200115 was imported as the year 220.
  @Test func gdeltDatesOutsideTheCalendarAreBadRows() throws {
    var row = Self.gdeltRow("7").split(separator: "\t", omittingEmptySubsequences: false).map(
      String.init)
    for date in ["02200115", "20201301", "20200100", "2020011"] {
      row[1] = date
      #expect(throws: InputError.self, "\(date)") {
        try GDELTImporter().parse(row.joined(separator: "\t"), file: "d.tsv")
      }
    }
    row[1] = "20200115.0"  // as pandas writes an integer column with gaps
    #expect(
      try GDELTImporter().parse(row.joined(separator: "\t"), file: "d.tsv").relations.first?.date
        == "2020-01-15")
  }

  @Test func gdeltRowsEndingInCRLFAreRead() throws {
    let text = [Self.gdeltRow("1"), Self.gdeltRow("2")].joined(separator: "\r\n") + "\r\n"
    let result = try GDELTImporter().parse(text, file: "crlf.tsv")
    #expect(result.rows == 2 && result.relations.count == 2)
    #expect(result.relations.allSatisfy { !$0.evidence.hasSuffix("\r") })
  }
}

/// Names and text from the input reach the terminal only inert: no escape sequences (which
/// could retitle the terminal or hide text), no bidi overrides, no line breaks inside a line.
@Suite("Terminal output is inert")
struct TerminalOutputTests {
  static let hostile = "EVIL\u{1B}]0;pwned\u{7}\u{1B}[2J\u{202E}txt.exe"

  static func unsafe(_ text: String) -> Bool {
    text.unicodeScalars.contains {
      $0.value == 0x1B || $0.value == 0x07 || (0x202A...0x202E).contains($0.value)
    }
  }

  @Test(.enabled(if: CLIRunner.binary != nil, "graphctl is not built beside the tests"))
  func tablesExplanationsAndErrorsAreInert() throws {
    let dir = try CLIRunner.folder("inert")
    defer { try? FileManager.default.removeItem(at: dir) }
    // The code as JSON writes it (control characters as \u escapes).
    let code = #"XEVIL\u001b]0;pwned\u0007\u001b[2J\u202etxt.exe"#
    let relations = [
      BadInputCatalogueTests.relation(code, "supports", "GNA"),
      BadInputCatalogueTests.relation("TUR", "opposes", code),
    ]
    try Data((relations.joined(separator: "\n") + "\n").utf8).write(
      to: dir.appendingPathComponent("r.jsonl"))
    let table = try CLIRunner.run(["analyze", "r.jsonl", "--format", "table"], in: dir)
    #expect(table.status == 0, "\(table.stderr)")
    #expect(table.stdout.contains("XEVIL\\u{1B}]0;pwned\\u{7}"))
    #expect(!Self.unsafe(table.stdout))
    // The text of an article, quoted back by --explain.
    let text = "Turkey supports the Government of National Accord \(Self.hostile)."
    try Data(text.utf8).write(to: dir.appendingPathComponent("a.txt"))
    let explain = try CLIRunner.run(["extract", "--explain", "a.txt"], in: dir)
    #expect(explain.status == 0, "\(explain.stderr)")
    #expect(explain.stdout.contains("supports GNA"))
    #expect(!Self.unsafe(explain.stdout))
    // A value from a bad line, in the error message.
    try Data("a\tb\t\(Self.hostile)\n".utf8).write(to: dir.appendingPathComponent("e.tsv"))
    let error = try CLIRunner.run(["analyze", "--edges", "e.tsv"], in: dir)
    #expect(error.status == 2)
    #expect(error.stderr.contains("e.tsv:1: weight \"EVIL\\u{1B}"))
    #expect(!Self.unsafe(error.stderr))
    #expect(error.stderr.split(separator: "\n").count == 1)
  }

  @Test func inertTextEscapesOnlyWhatIsUnsafe() {
    #expect(InertText.line("تركيا \u{200F}(Turkey)") == "تركيا \u{200F}(Turkey)")
    #expect(InertText.line("a\nb\tc\u{1B}[31m") == "a\\u{A}b\\u{9}c\\u{1B}[31m")
    #expect(InertText.block("a\nb\tc\u{85}\u{2066}") == "a\nb\tc\\u{85}\\u{2066}")
    #expect(InertText.quoted(String(repeating: "x", count: 100), limit: 5) == "\"xxxxx…\"")
  }
}

/// Crashes the fuzz targets found in the extractor, kept as tests.
@Suite("Fuzzing finds")
struct FuzzRegressionTests {
  /// Fuzz/Targets/text.swift: a title and nisba glued to an English pronoun made a person
  /// mention with the pronoun inside it, and the pronoun became a second, overlapping mention;
  /// grouping them built a range with its bounds reversed and the process trapped.
  @Test func pronounInsideATitleMentionDoesNotCrash() throws {
    let ex = try Extractor.standard()
    for text in [
      "رئيس تركيHe condemn", "رئيس تركيHe condemned Iran. وقال أردوغان إن تركيا تدعم حكومة الوفاق",
      "الرئيس التركيShe backed Haftar.", "وزير الخارجية الروسيThey attacked Egypt.",
    ] {
      let doc = Document(id: "f", text: text)
      let trace = ex.trace(doc)
      let scalars = Array(text.unicodeScalars)
      for r in trace.relations {
        #expect(r.span[0] <= r.span[1] && r.span[1] <= scalars.count)
      }
    }
  }
}
