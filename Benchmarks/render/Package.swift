// swift-tools-version: 6.1
// The rendering benchmark: its own package, so that relgraph's users never build it.
//   swift run -c release --package-path Benchmarks/render render-benchmark --bench-data DIR [--relgraph BIN]
import PackageDescription

let package = Package(
    name: "render-benchmark",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "relgraph", path: "../..")],
    targets: [
        .executableTarget(
            name: "render-benchmark",
            dependencies: [
                .product(name: "RelGraphCore", package: "relgraph"),
                .product(name: "RelGraphRender", package: "relgraph"),
            ],
            path: "Sources/RenderBenchmark"
        ),
    ],
    swiftLanguageModes: [.v6]
)
