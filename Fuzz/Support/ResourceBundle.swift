import Foundation

// Compiled into the fuzzing build of the Graph library only (see Fuzz/README.md): SwiftPM
// generates `Bundle.module` for the library's resources, swiftc alone does not. This gives the
// same accessor over the source tree's Resources folder (which holds `gazetteer` and
// `lexicon`), so `Gazetteer.builtIn()`, `Lexicon.builtIn()` and `TitleRecognizer.builtIn()`
// load exactly the files the product ships. The folder is baked in by Fuzz/build.sh
// (`FuzzResourcePath.swift`) and may be overridden with GRAPHCTL_RESOURCES.
extension Foundation.Bundle {
  static let module: Bundle = {
    let path = ProcessInfo.processInfo.environment["GRAPHCTL_RESOURCES"] ?? fuzzResourcePath
    guard let bundle = Bundle(path: path) else {
      fatalError("graphctl fuzz build: no resource folder at \(path)")
    }
    return bundle
  }()
}
