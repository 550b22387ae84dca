import Foundation
import Testing
import TolkText
@testable import TolkLanguage

/// Rows of a fixture TSV (`language<TAB>source<TAB>text`, header first).
func fixtureRows(_ name: String) throws -> [(language: LanguageCode, text: String)] {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)")
    let text = try String(contentsOf: url, encoding: .utf8)
    return text.split(separator: "\n").dropFirst().compactMap { line in
        let fields = line.split(separator: "\t", maxSplits: 2)
        guard fields.count == 3, let code = LanguageCode(rawValue: String(fields[0])) else { return nil }
        return (code, String(fields[2]))
    }
}

func fixtureText(_ name: String) throws -> String {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)")
    return try String(contentsOf: url, encoding: .utf8)
}

@Suite struct LanguageDetectorTests {
    let detector: LanguageDetector

    init() throws {
        detector = try LanguageDetector()
    }

    @Test func supportsAtLeastTwentyLanguages() {
        #expect(detector.supportedLanguages.count >= 20)
        for code: LanguageCode in ["da", "nb", "nn", "sv", "en", "de", "nl", "is", "fo", "fi", "fr", "es", "it", "pt",
                                   "pl", "et", "lv", "lt", "ru", "uk", "el", "ar", "he", "zh", "ja", "ko"] {
            #expect(detector.supportedLanguages.contains(code), "\(code)")
        }
    }

    @Test func detectsRealSentencesInEachLatinLanguage() throws {
        let rows = try fixtureRows("sentences.tsv")
        #expect(rows.count == 10)
        for row in rows {
            #expect(detector.detect(row.text) == row.language, "\(row.text)")
        }
    }

    @Test func answersNonLatinScriptsByScript() throws {
        let rows = try fixtureRows("scripts.tsv")
        #expect(rows.count == 6)
        for row in rows {
            #expect(detector.detect(row.text) == row.language, "\(row.text)")
        }
    }

    @Test func confidencesAreRankedAndSumToOne() throws {
        for row in try fixtureRows("sentences.tsv") {
            let ranked = detector.confidences(row.text)
            #expect(ranked.count == 18)
            #expect(abs(ranked.map(\.confidence).reduce(0, +) - 1) < 1e-9)
            #expect(zip(ranked, ranked.dropFirst()).allSatisfy { $0.confidence >= $1.confidence })
        }
    }

    @Test func detectionNeverChangesRunToRun() throws {
        let other = try LanguageDetector()
        for row in try fixtureRows("sentences.tsv") + fixtureRows("scripts.tsv") {
            let first = detector.confidences(row.text)
            for candidate in [detector.confidences(row.text), other.confidences(row.text)] {
                #expect(candidate.map(\.language) == first.map(\.language))
                #expect(candidate.map(\.confidence) == first.map(\.confidence))
            }
        }
    }

    @Test func restrictedCandidatesAreRespected() throws {
        let restricted = try LanguageDetector(options: LanguageDetectorOptions().restricted(to: ["nb", "sv"]))
        #expect(restricted.candidates == ["nb", "sv"])
        for row in try fixtureRows("sentences.tsv") {
            let ranked = restricted.confidences(row.text)
            #expect(Set(ranked.map(\.language)) == ["nb", "sv"])
            if let answer = restricted.detect(row.text) { #expect(["nb", "sv"].contains(answer)) }
        }
        // Cyrillic text has no candidate in a Latin-only set.
        #expect(restricted.detect("Все люди рождаются свободными") == nil)
    }

    @Test func nilWithoutLetters() {
        for text in ["", "   \n", "12345 678", "!!! ... 2016-10-18", "€ 50"] {
            #expect(detector.detect(text) == nil, "\(text)")
            #expect(detector.confidences(text).isEmpty)
        }
    }

    @Test func minimumRelativeDistanceTurnsWeakAnswersIntoNil() throws {
        let strict = try LanguageDetector(options: LanguageDetectorOptions().withMinimumRelativeDistance(0.99))
        // "i" is a word in almost every candidate language: far too weak for a 0.99 margin.
        #expect(strict.detect("i") == nil)
        #expect(detector.detect("i") != nil)
    }

    @Test func unknownCodesAreAnErrorListingTheSupportedOnes() {
        #expect(throws: LanguageError.self) {
            try LanguageDetector(options: LanguageDetectorOptions().restricted(to: ["da", "xx"]))
        }
        do {
            _ = try LanguageDetector(options: LanguageDetectorOptions().restricted(to: ["da", "xx", "qq"]))
        } catch {
            guard case let .unsupportedLanguages(codes, supported) = error else {
                Issue.record("wrong error \(error)")
                return
            }
            #expect(codes == ["xx", "qq"])
            #expect(supported.contains("da") && supported.contains("nn"))
            #expect(error.errorDescription.contains("supported: "))
        }
        #expect(throws: LanguageError.noCandidates) {
            try LanguageDetector(options: LanguageDetectorOptions().restricted(to: []))
        }
    }

    @Test func malformedModelIsAnErrorNotACrash() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tolk-bad-model-\(getpid())")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("language"),
                                                withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("TOLKLID1 but truncated".utf8).write(to: folder.appendingPathComponent("language/model.bin"))
        #expect(throws: LanguageError.self) {
            try LanguageDetector(options: LanguageDetectorOptions(dataDirectory: folder))
        }
    }

    @Test func aFullDamagedTableStillAnswers() throws {
        // One language, one slot, occupied by a key no lookup matches, postings of zero entries: every lookup
        // probes the whole table and stops.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tolk-full-model-\(getpid())")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("language"),
                                                withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var bytes = Array("TOLKLID1".utf8)
        for value: UInt32 in [1, 1, 1] { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }
        bytes += Array("da".utf8) + [0, 0]
        for value: UInt32 in [0xFFFF_FFFF, 1] { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }
        bytes += [0]
        try Data(bytes).write(to: folder.appendingPathComponent("language/model.bin"))
        try Data("name\tvalue\tprovenance\n".utf8).write(to: folder.appendingPathComponent("language/parameters.tsv"))
        let damaged = try LanguageDetector(options: LanguageDetectorOptions(languages: ["da"], dataDirectory: folder))
        #expect(damaged.detect("Han modtog også pakker") == "da")
    }
}
