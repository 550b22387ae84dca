// swift-tools-version:6.0
// Tolk: Danish-English text alignment. One module per capability; each imports only modules to its left in
// CICU, CLibXML2 (over CLibXML2System) -> TolkExtract -> TolkText -> TolkLanguage -> TolkLexicon -> TolkAlign
// -> TolkMatch -> TolkEntities -> TolkEvents -> TolkPhrasing -> TolkGlossary -> TolkFormats -> tolk.
// (TolkExtract, article text from HTML over the system libxml2, sits below TolkText so that TolkText's one input
// reader can hand it every HTML page.) The real edges above TolkLexicon: TolkAlign (alignment and the
// cross-language evidence) needs TolkText, TolkLanguage, TolkLexicon; TolkMatch (comparable corpora: reading,
// pairing, statements) needs TolkAlign; TolkEntities (names, gazetteer, tagger, links; the data error type) needs
// TolkText and TolkLexicon only; TolkEvents (dates, paired events, and the `match` pipeline that analyses every
// matched pair) needs TolkMatch and TolkEntities; TolkPhrasing needs TolkMatch (matched pairs), TolkEntities (the
// table reader) and TolkEvents (the phrasing of a match run); TolkGlossary needs TolkAlign and TolkMatch (its
// aligned units), TolkEntities (names) and TolkPhrasing (function words); TolkFormats (writers) and tolk need them
// all.
import PackageDescription

/// Every library module, in the order above; each is a product of its own.
let libraries = [
    "TolkExtract", "TolkText", "TolkLanguage", "TolkLexicon", "TolkAlign", "TolkMatch", "TolkEntities", "TolkEvents",
    "TolkPhrasing", "TolkGlossary", "TolkFormats",
]

let icu: [LinkerSetting] = [.linkedLibrary("icui18n"), .linkedLibrary("icuuc"), .linkedLibrary("icudata")]

let package = Package(
    name: "Tolk",
    products: [.executable(name: "tolk", targets: ["tolk"])] + libraries.map { .library(name: $0, targets: [$0]) },
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
        .target(name: "TolkMatch", dependencies: ["TolkText", "TolkLanguage", "TolkLexicon", "TolkAlign"]),
        .target(name: "TolkEntities", dependencies: ["TolkText", "TolkLanguage", "TolkLexicon"]),
        .target(
            name: "TolkEvents",
            dependencies: ["TolkText", "TolkLanguage", "TolkLexicon", "TolkAlign", "TolkMatch", "TolkEntities"]
        ),
        .target(
            name: "TolkPhrasing",
            dependencies: ["TolkText", "TolkLanguage", "TolkLexicon", "TolkAlign", "TolkMatch", "TolkEntities", "TolkEvents"]
        ),
        .target(
            name: "TolkGlossary",
            dependencies: ["TolkText", "TolkLanguage", "TolkLexicon", "TolkAlign", "TolkMatch", "TolkEntities", "TolkPhrasing"]
        ),
        .target(
            name: "TolkFormats",
            dependencies: [
                "TolkExtract", "TolkText", "TolkLanguage", "TolkLexicon", "TolkAlign", "TolkMatch", "TolkEntities",
                "TolkEvents", "TolkPhrasing", "TolkGlossary",
            ]
        ),
        .executableTarget(
            name: "tolk",
            dependencies: [
                "TolkText", "TolkLanguage", "TolkLexicon", "TolkAlign", "TolkMatch", "TolkEntities", "TolkEvents",
                "TolkPhrasing", "TolkGlossary", "TolkFormats",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "tolk-train", dependencies: ["TolkText", "TolkAlign", "TolkMatch"]),
        // What several test targets read: the FLORES and seed-article fixtures, a hand-matched seed pair.
        .target(
            name: "TolkTestSupport", dependencies: ["TolkText", "TolkAlign", "TolkMatch", "TolkEntities"],
            path: "Tests/TolkTestSupport"
        ),
        .testTarget(name: "TolkExtractTests", dependencies: ["TolkExtract", "TolkText"], exclude: ["Fixtures"]),
        .testTarget(name: "TolkTextTests", dependencies: ["TolkText", "TolkTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "TolkLanguageTests", dependencies: ["TolkLanguage"], exclude: ["Fixtures"]),
        .testTarget(name: "TolkLexiconTests", dependencies: ["TolkLexicon"], exclude: ["Fixtures"]),
        .testTarget(name: "TolkAlignTests", dependencies: ["TolkAlign", "TolkTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "TolkMatchTests", dependencies: ["TolkMatch", "TolkTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "TolkEntitiesTests", dependencies: ["TolkEntities", "TolkTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "TolkEventsTests", dependencies: ["TolkEvents", "TolkTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "TolkPhrasingTests", dependencies: ["TolkPhrasing", "TolkTestSupport"]),
        .testTarget(name: "TolkGlossaryTests", dependencies: ["TolkGlossary"], exclude: ["Fixtures"]),
        .testTarget(name: "TolkFormatsTests", dependencies: ["TolkFormats"], exclude: ["Fixtures"]),
        .testTarget(name: "tolkTests", dependencies: ["tolk"], exclude: ["Fixtures"]),
    ]
)
