// swift-tools-version: 6.1
// Tolk's benchmarks: their own package, so that the main build stays light. Run from this folder:
//   swift package benchmark            (needs ../shared/data beside the clone for the NTREX corpus;
//                                       MatchThroughput needs scripts/bench-match.sh's collections, see its file)
import PackageDescription

let package = Package(
    name: "TolkBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Tolk", path: "../"),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.0", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "SegmentThroughput",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "TolkText", package: "Tolk"),
            ],
            path: "Benchmarks/SegmentThroughput",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "LexiconLoad",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "TolkLexicon", package: "Tolk"),
                .product(name: "TolkText", package: "Tolk"),
            ],
            path: "Benchmarks/LexiconLoad",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "AlignThroughput",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "TolkAlign", package: "Tolk"),
            ],
            path: "Benchmarks/AlignThroughput",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "MatchThroughput",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "TolkAlign", package: "Tolk"),
                .product(name: "TolkText", package: "Tolk"),
            ],
            path: "Benchmarks/MatchThroughput",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "EntityTagging",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "TolkEvents", package: "Tolk"),
                .product(name: "TolkText", package: "Tolk"),
            ],
            path: "Benchmarks/EntityTagging",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
