import Foundation
import Testing
@testable import TolkAlign
import TolkText

@Suite struct LexiconAndOptionsTests {
    @Test func badOptionsAreErrors() {
        var options = TolkAlign.AlignmentOptions()
        options.bandRadius = 1
        #expect(throws: AlignmentError.self) { try SentenceAligner(options: options) }
        options = TolkAlign.AlignmentOptions()
        options.chunkLength = 10
        #expect(throws: AlignmentError.self) { try SentenceAligner(options: options) }
        options = TolkAlign.AlignmentOptions()
        options.evidenceWeight = .nan
        #expect(throws: AlignmentError.self) { try SentenceAligner(options: options) }
    }

    @Test func lexiconPairsRaiseConfidenceOfATranslation() throws {
        let source = ["Regeringen har besluttet at sænke skatten for familier med børn."]
        let target = ["The government has decided to lower the tax for families with children."]
        let plain = try SentenceAligner().align(source: source, target: target)
        var options = TolkAlign.AlignmentOptions()
        options.lexicon = TranslationLexicon(
            pairs: [("regering", "government"), ("beslutte", "decide"), ("sænke", "lower"), ("skat", "tax"),
                    ("familie", "family"), ("barn", "child"), ("børn", "children")],
            sourceLanguage: "da", targetLanguage: "en")
        let withLexicon = try SentenceAligner(options: options).align(source: source, target: target)
        #expect(plain.count == 1 && withLexicon.count == 1)
        #expect(withLexicon[0].confidence > plain[0].confidence)
        // Read the other way round, the reversed lexicon gives the same confidence.
        var reversed = TolkAlign.AlignmentOptions()
        reversed.lexicon = options.lexicon?.oriented(source: "en", target: "da")
        let backward = try SentenceAligner(options: reversed).align(source: target, target: source)
        #expect(abs(backward[0].confidence - withLexicon[0].confidence) < 1e-9)
    }

    @Test func lexiconFileErrorsNameTheLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tolk-align-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = folder.appendingPathComponent("good.tsv")
        try "da\ten\tsource\nregering\tgovernment\tmanual\n# comment\n\nskat\ttax\tmanual\n"
            .write(to: good, atomically: true, encoding: .utf8)
        let lexicon = try TranslationLexicon(contentsOfTSV: good.path)
        #expect(lexicon.count == 2 && lexicon.sourceLanguage == "da" && lexicon.targetLanguage == "en")

        let bad = folder.appendingPathComponent("bad.tsv")
        try "da\ten\nregering\tgovernment\nskat-without-tab\n".write(to: bad, atomically: true, encoding: .utf8)
        #expect(throws: AlignmentError.data(.malformedLine(path: bad.path, line: 3,
                                                        reason: "expected two tab-separated fields: source word, target word"))) {
            try TranslationLexicon(contentsOfTSV: bad.path)
        }
        let headerless = folder.appendingPathComponent("headerless.tsv")
        try "regering\tgovernment\n".write(to: headerless, atomically: true, encoding: .utf8)
        #expect(throws: AlignmentError.self) { try TranslationLexicon(contentsOfTSV: headerless.path) }
        #expect(throws: AlignmentError.self) { try TranslationLexicon(contentsOfTSV: folder.appendingPathComponent("none").path) }
    }

    @Test func foldingMeetsCognates() {
        func folded(_ word: String) -> String {
            var bytes: [UInt8] = []
            for scalar in word.unicodeScalars { WordFolding.append(scalar, to: &bytes) }
            return String(decoding: bytes, as: UTF8.self)
        }
        #expect(folded("præsident") == folded("President"))
        #expect(folded("kommission") == folded("commission"))
        #expect(folded("teater") == folded("theater"))
        #expect(folded("Kierkegaard").hasPrefix("kierkegard"))
    }

    /// The shipped folder is da-en only: asked for English to Danish, the keys must still read from English
    /// ("embassy") to Danish ("ambassade"), not take the Danish column for English.
    @Test func shippedLexiconIsOrientedInBothDirections() throws {
        let forward = try #require(try TranslationLexicon.shipped(source: .danish, target: .english))
        let backward = try #require(try TranslationLexicon.shipped(source: .english, target: .danish))
        #expect(backward.sourceLanguage == .english && backward.targetLanguage == .danish)
        let embassy = try #require(TranslationLexicon.stem(of: "embassy"))
        let ambassade = try #require(TranslationLexicon.stem(of: "ambassade"))
        #expect(forward.translations(ofStem: ambassade).contains(embassy))
        #expect(backward.translations(ofStem: embassy).contains(ambassade))
        #expect(!backward.translations(ofStem: ambassade).contains(embassy))
    }
}
