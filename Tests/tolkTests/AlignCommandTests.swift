import Foundation
import Testing
@testable import tolk

/// `tolk align` end to end on the FLORES fixture of TolkAlignTests, writing to temporary files.
@Suite struct AlignCommandTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("TolkAlignTests/Fixtures/flores-devtest-1-40-edited")

    static func run(_ arguments: [String]) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tolk-align-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out").path
        let command = try Align.parse(arguments + ["--output", output])
        try command.run()
        return try String(contentsOfFile: output, encoding: .utf8)
    }

    @Test func beadsCoverEveryLineInBothDirections() throws {
        let source = Self.fixture.appendingPathExtension("da").path
        let target = Self.fixture.appendingPathExtension("en").path
        let forward = try Self.run([source, target, "--presegmented", "--no-lexicon"])
        let backward = try Self.run([target, source, "--presegmented", "--no-lexicon"])
        let mirrored = backward.split(separator: "\n").map { line -> String in
            let sides = line.split(separator: ":", omittingEmptySubsequences: false)
            return "\(sides[1]):\(sides[0])"
        }
        #expect(forward.split(separator: "\n").map(String.init) == mirrored)
        let gold = try String(contentsOfFile: Self.fixture.appendingPathExtension("gold").path, encoding: .utf8)
        let matching = Set(forward.split(separator: "\n")).intersection(gold.split(separator: "\n")).count
        #expect(matching >= 34, "\(matching) of 36 gold beads")
        // Every line index of both files, once, in order.
        var sourceIndices: [Int] = []
        var targetIndices: [Int] = []
        for line in forward.split(separator: "\n") {
            let sides = line.split(separator: ":", omittingEmptySubsequences: false)
            sourceIndices += sides[0].split(separator: ",").compactMap { Int($0) }
            targetIndices += sides[1].split(separator: ",").compactMap { Int($0) }
        }
        #expect(sourceIndices == Array(0..<38) && targetIndices == Array(0..<36))
    }

    @Test func tmxHasOneUnitPerPairAndDetectedLanguages() throws {
        let source = Self.fixture.appendingPathExtension("da").path
        let target = Self.fixture.appendingPathExtension("en").path
        let tmx = try Self.run([source, target, "--presegmented", "--format", "tmx", "--no-lexicon"])
        let beads = try Self.run([source, target, "--presegmented", "--no-lexicon"])
        let pairs = beads.split(separator: "\n").filter { !$0.hasPrefix(":") && !$0.hasSuffix(":") }.count
        #expect(tmx.components(separatedBy: "<tu>").count - 1 == pairs)
        #expect(tmx.contains("srclang=\"da\"") && tmx.contains("<tuv xml:lang=\"en\">"))
    }

    @Test func rejectsBadLanguageAndConflictingLexiconOptions() {
        #expect(throws: (any Error).self) { try Align.parse(["a", "b", "--source-language", "danish!"]) }
        #expect(throws: (any Error).self) { try Align.parse(["a", "b", "--lexicon", "x.tsv", "--no-lexicon"]) }
    }
}
