// swift-tools-version:6.0
// Tolk: Danish-English text alignment. Modules depend in one direction only (see STYLE in README):
// CICU, CLibXML2 (over CLibXML2System) -> TolkExtract -> TolkText -> TolkLanguage -> TolkLexicon -> TolkAlign
// -> TolkEvents -> TolkFormats -> tolk. TolkExtract (article text from HTML, over the system libxml2) sits above
// TolkText so that TolkText's one input reader can hand it every HTML page.
import PackageDescription

let icu: [LinkerSetting] = [.linkedLibrary("icui18n"), .linkedLibrary("icuuc"), .linkedLibrary("icudata")]

let package = Package(
    name: "Tolk",
    products: [
        .executable(name: "tolk", targets: ["tolk"]),
        .library(name: "TolkExtract", targets: ["TolkExtract"]),
        .library(name: "TolkText", targets: ["TolkText"]),
        .library(name: "TolkLanguage", targets: ["TolkLanguage"]),
        .library(name: "TolkLexicon", targets: ["TolkLexicon"]),
        .library(name: "TolkAlign", targets: ["TolkAlign"]),
        .library(name: "TolkEvents", targets: ["TolkEvents"]),
        .library(name: "TolkFormats", targets: ["TolkFormats"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .target(name: "CICU", linkerSettings: icu),
        .systemLibrary(name: "CLibXML2System", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .target(name: "CLibXML2", dependencies: ["CLibXML2System"]),
        .target(name: "TolkExtract", dependencies: ["CLibXML2"]),
        .target(name: "TolkText", dependencies: ["CICU", "TolkExtract"]),
        .target(name: "TolkLanguage", dependencies: ["TolkExtract", "TolkText"]),
        .target(name: "TolkLexicon", dependencies: ["TolkText"]),
        .target(name: "TolkAlign", dependencies: ["TolkText", "TolkLanguage", "TolkLexicon"]),
        .target(name: "TolkEvents", dependencies: ["TolkText", "TolkLanguage", "TolkLexicon", "TolkAlign"]),
        .target(
            name: "TolkFormats", dependencies: ["TolkExtract", "TolkText", "TolkLanguage", "TolkLexicon", "TolkAlign", "TolkEvents"]
        ),
        .executableTarget(
            name: "tolk",
            dependencies: [
                "TolkText", "TolkLanguage", "TolkLexicon", "TolkAlign", "TolkEvents", "TolkFormats",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "tolk-train", dependencies: ["TolkText", "TolkAlign"]),
        .testTarget(name: "TolkExtractTests", dependencies: ["TolkExtract", "TolkText"], exclude: ["Fixtures"]),
        .testTarget(name: "TolkTextTests", dependencies: ["TolkText"], exclude: ["Fixtures"]),
        .testTarget(name: "TolkLanguageTests", dependencies: ["TolkLanguage"], exclude: ["Fixtures"]),
        .testTarget(name: "TolkLexiconTests", dependencies: ["TolkLexicon"], exclude: ["Fixtures"]),
        .testTarget(name: "TolkAlignTests", dependencies: ["TolkAlign"], exclude: ["Fixtures"]),
        .testTarget(name: "TolkEventsTests", dependencies: ["TolkEvents"], exclude: ["Fixtures"]),
        .testTarget(name: "TolkFormatsTests", dependencies: ["TolkFormats"], exclude: ["Fixtures"]),
        .testTarget(name: "tolkTests", dependencies: ["tolk"], exclude: ["Fixtures"]),
    ]
)
