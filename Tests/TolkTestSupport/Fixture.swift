import Foundation

/// Reads the test fixtures: the FLORES pair with gold beads (TolkAlignTests/Fixtures), any test target's
/// fixture files, and the samples/ articles.
public enum Fixture {
    /// The repository's root.
    public static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    /// The fixtures of the alignment tests (the edited FLORES pair).
    public static let folder = fixtures(of: "TolkAlignTests")

    /// The fixture folder of test target `target` (Tests/TARGET/Fixtures).
    public static func fixtures(of target: String) -> URL {
        repository.appendingPathComponent("Tests").appendingPathComponent(target).appendingPathComponent("Fixtures")
    }

    /// The lines of a fixture file (no final empty line).
    public static func lines(_ name: String, in base: URL = folder) throws -> [String] {
        let text = try String(contentsOf: base.appendingPathComponent(name), encoding: .utf8)
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// The rows of a tab-separated fixture file: `#` comment lines and the header line left out, each row's
    /// fields. A row with another number of fields than the header fails.
    public static func table(_ name: String, in base: URL) throws -> [[String]] {
        let rows = try lines(name, in: base).filter { !$0.isEmpty && !$0.hasPrefix("#") }
            .map { $0.components(separatedBy: "\t") }
        guard let header = rows.first else { throw CocoaError(.fileReadCorruptFile) }
        guard rows.allSatisfy({ $0.count == header.count }) else { throw CocoaError(.fileReadCorruptFile) }
        return Array(rows.dropFirst())
    }

    /// The edited FLORES pair and its gold beads.
    public static func flores() throws -> (source: [String], target: [String], gold: [String]) {
        (try lines("flores-devtest-1-40-edited.da"), try lines("flores-devtest-1-40-edited.en"),
         try lines("flores-devtest-1-40-edited.gold"))
    }

    /// Paragraphs (non-empty lines) of a samples/ article.
    public static func sample(_ name: String) throws -> [String] {
        try lines(name, in: repository.appendingPathComponent("samples")).filter { !$0.isEmpty }
    }
}
