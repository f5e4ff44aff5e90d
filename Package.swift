// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "relgraph",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "relgraph", targets: ["relgraph"]),
        .library(name: "RelGraphCore", targets: ["RelGraphCore"]),
        .library(name: "RelGraphAlgorithms", targets: ["RelGraphAlgorithms"]),
        .library(name: "RelGraphIO", targets: ["RelGraphIO"]),
        .library(name: "RelGraphGraphviz", targets: ["RelGraphGraphviz"]),
        .library(name: "RelGraphRender", targets: ["RelGraphRender"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .target(name: "RelGraphCore"),
        .target(name: "RelGraphAlgorithms", dependencies: ["RelGraphCore"]),
        .target(
            name: "RelGraphIO",
            dependencies: ["RelGraphCore", .product(name: "Yams", package: "Yams")]
        ),
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // relgraph's C beside Graphviz's: the DOT text reader and its object-id discipline.
        .target(name: "CGraphvizReader", dependencies: ["CGraphviz"]),
        // The one room that calls Graphviz: parsing, layout, rendering, the layout child process.
        .target(name: "RelGraphGraphviz", dependencies: ["RelGraphCore", "CGraphviz", "CGraphvizReader"]),
        .target(name: "RelGraphRender", dependencies: ["RelGraphCore", "RelGraphAlgorithms", "RelGraphGraphviz"]),
        .executableTarget(
            name: "relgraph",
            dependencies: [
                "RelGraphCore", "RelGraphAlgorithms", "RelGraphIO", "RelGraphGraphviz", "RelGraphRender",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Yams", package: "Yams"),
            ],
            // Every file of Data/vietnam-laos-defence (a link); scripts/embed-dataset.py lists them.
            resources: [.embedInCode("Embedded/vietnam-laos-defence")]
        ),
        .testTarget(name: "RelGraphCoreTests", dependencies: ["RelGraphCore"]),
        // What several test targets share: the fuzz mutator, the SVG reader.
        .target(name: "RelGraphTestSupport", dependencies: ["RelGraphAlgorithms"], path: "Tests/Support"),
        .testTarget(name: "RelGraphIOTests", dependencies: ["RelGraphIO", "RelGraphTestSupport"]),
        .testTarget(name: "RelGraphAlgorithmsTests", dependencies: ["RelGraphAlgorithms", "RelGraphTestSupport"]),
        .testTarget(name: "RelGraphGraphvizTests", dependencies: ["RelGraphGraphviz", "RelGraphTestSupport"]),
        .testTarget(name: "RelGraphRenderTests", dependencies: ["RelGraphRender", "RelGraphGraphviz", "RelGraphTestSupport"]),
        .testTarget(name: "RelGraphCLITests", dependencies: ["relgraph", "RelGraphTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
