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
        benchmark("SegmentThroughput", using: ["TolkText"]),
        benchmark("LexiconLoad", using: ["TolkLexicon", "TolkText"]),
        benchmark("AlignThroughput", using: ["TolkAlign"]),
        benchmark("MatchThroughput", using: ["TolkAlign", "TolkMatch", "TolkText"]),
        benchmark("EntityTagging", using: ["TolkEntities", "TolkText"]),
    ]
)

/// One benchmark executable: its folder under Benchmarks/, the Tolk libraries it measures, and the benchmark plugin.
func benchmark(_ name: String, using libraries: [String]) -> Target {
    .executableTarget(
        name: name,
        dependencies: [.product(name: "Benchmark", package: "benchmark")]
            + libraries.map { .product(name: $0, package: "Tolk") },
        path: "Benchmarks/\(name)",
        plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    )
}
