// swift-tools-version: 6.1
import PackageDescription

// relgraph's benchmarks, kept in their own package so that users of the library never build them.
// `name:` fixes the dependency's name whatever the clone's folder is called.
let package = Package(
    name: "RelGraphBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "relgraph", path: "..")],
    targets: [
        // The Analysis section's harness: the analysis algorithms on a graph it parses itself.
        .executableTarget(name: "AnalysisBench", dependencies: [
            .product(name: "RelGraphCore", package: "relgraph"),
            .product(name: "RelGraphAlgorithms", package: "relgraph"),
        ]),
        // The Scale section's harness: the real --data loader, snapshots, all operations at 1M.
        .executableTarget(name: "ScaleBench", dependencies: [
            .product(name: "RelGraphCore", package: "relgraph"),
            .product(name: "RelGraphAlgorithms", package: "relgraph"),
            .product(name: "RelGraphIO", package: "relgraph"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)
