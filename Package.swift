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
        .library(name: "RelGraphReport", targets: ["RelGraphReport"]),
        .library(name: "RelGraphServe", targets: ["RelGraphServe"]),
        .library(name: "RelGraphExtract", targets: ["RelGraphExtract"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        .target(name: "RelGraphCore"),
        .target(name: "RelGraphAlgorithms", dependencies: ["RelGraphCore"]),
        .target(
            name: "RelGraphIO",
            dependencies: ["RelGraphCore", .product(name: "Yams", package: "Yams")]
        ),
        // `relgraph extract`: an article's mentions and the relations it states, proposed for review.
        .target(
            name: "RelGraphExtract",
            dependencies: ["RelGraphCore", "RelGraphAlgorithms", "RelGraphIO", .product(name: "Yams", package: "Yams")]
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
        // The browser viewer: one HTML page (template, style, script) and the data it reads.
        .target(
            name: "RelGraphReport",
            dependencies: ["RelGraphCore", "RelGraphAlgorithms", "RelGraphRender"],
            resources: [
                .embedInCode("Assets/page.html"),
                .embedInCode("Assets/viewer.css"),
                .embedInCode("Assets/model.js"),
                .embedInCode("Assets/draw.js"),
                .embedInCode("Assets/input.js"),
                .embedInCode("Assets/xdot.js"),
                .embedInCode("Assets/ui.js"),
                .embedInCode("Assets/pathfinder.js"),
                .embedInCode("Assets/dates.js"),
                .embedInCode("Assets/serve.js"),
                .embedInCode("Assets/main.js"),
            ]
        ),
        // `relgraph serve`: the viewer's page and JSON API over HTTP (Hummingbird).
        .target(
            name: "RelGraphServe",
            dependencies: [.product(name: "Hummingbird", package: "hummingbird")]
        ),
        .executableTarget(
            name: "relgraph",
            dependencies: [
                "RelGraphCore", "RelGraphAlgorithms", "RelGraphIO", "RelGraphGraphviz", "RelGraphRender",
                "RelGraphReport", "RelGraphServe", "RelGraphExtract",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Yams", package: "Yams"),
            ],
            resources: [
                // Every file of Data/vietnam-laos-defence (a link); scripts/embed-dataset.py lists them.
                .embedInCode("Embedded/vietnam-laos-defence"),
                // A snapshot of them and the key of the files it was made from (make bundled-snapshot).
                .embedInCode("Embedded/bundled.rgs"),
                .embedInCode("Embedded/bundled.key"),
            ]
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
