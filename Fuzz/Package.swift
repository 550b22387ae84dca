// swift-tools-version:6.0
// Tolk's coverage-guided fuzz targets (libFuzzer with address sanitizer): their own package, so that the main
// build stays plain. Each target is a library defining LLVMFuzzerTestOneInput; scripts/fuzz.sh builds it with
// -sanitize=fuzzer,address, links it into a fuzzer binary and runs it for a fixed time on Fuzz/Corpus/TARGET.
import PackageDescription

let package = Package(
    name: "TolkFuzz",
    dependencies: [.package(name: "Tolk", path: "../")],
    targets: [
        .target(name: "FuzzDecode", dependencies: [.product(name: "TolkText", package: "Tolk")]),
        .target(name: "FuzzHTML", dependencies: [.product(name: "TolkText", package: "Tolk"),
                                                 .product(name: "TolkExtract", package: "Tolk")]),
        .target(name: "FuzzLexicon", dependencies: [.product(name: "TolkLexicon", package: "Tolk")]),
        .target(name: "FuzzImport", dependencies: [.product(name: "TolkLexicon", package: "Tolk")]),
        .target(name: "FuzzGlossary", dependencies: [.product(name: "TolkFormats", package: "Tolk"),
                                                     .product(name: "TolkText", package: "Tolk")]),
        .target(name: "FuzzJSONL", dependencies: [.product(name: "TolkMatch", package: "Tolk"),
                                                  .product(name: "TolkText", package: "Tolk")]),
    ]
)
