// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "graphctl",
  platforms: [.macOS(.v14)],
  products: [
    .library(name: "Graph", targets: ["Graph"]),
    .executable(name: "graphctl", targets: ["graphctl"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    .systemLibrary(
      name: "CGraphviz",
      pkgConfig: "libgvc",
      providers: [.apt(["libgraphviz-dev"])]
    ),
    .target(
      name: "Graph",
      dependencies: ["CGraphviz"],
      resources: [.copy("Resources/gazetteer"), .copy("Resources/lexicon")]
    ),
    .executableTarget(
      name: "graphctl",
      dependencies: [
        "Graph",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(name: "GraphTests", dependencies: ["Graph"], exclude: ["Fixtures"]),
  ],
  swiftLanguageModes: [.v6]
)
