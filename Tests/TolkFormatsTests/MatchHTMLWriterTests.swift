import Foundation
import Testing
import TolkAlign
import TolkEntities
import TolkEvents
import TolkMatch
import TolkText
@testable import TolkFormats

@Suite struct MatchHTMLWriterTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// A pair of documents with one statement match (sentence 0 with sentence 0).
    static func pair(source: String, target: String) throws -> ComparableMatch {
        try OnePairFixture.result(source: source, target: target) { s, t in
            let first = try #require(s.first), other = try #require(t.first)
            return StatementMatching(
                matches: [StatementMatch(sourceSentences: [0], targetSentences: [0], score: 0.8, logOdds: 1,
                                         sourceRange: first.range, targetRange: other.range)],
                onlyInSource: Array(s.indices.dropFirst()), onlyInTarget: Array(t.indices.dropFirst()))
        }
    }

    static func html(_ result: ComparableMatch) throws -> String {
        let analyzer = PairAnalyzer(gazetteer: try Gazetteer.shipped(languages: [.danish, .english]))
        return MatchHTMLWriter.html(result, analyses: try MatchAnalyses(result, analyzer: analyzer))
    }

    /// Issue 16 (memory on long inputs): the page written piece by piece, its pairs analysed a batch at a time
    /// and their sections held in a temporary file until the index is written, is the page made whole; so are
    /// the text form's pieces.
    @Test func pageWrittenInBatchesIsThePageMadeWhole() throws {
        let one = try Self.pair(source: "Assange mødte russere i London. Han blev anholdt i går. Æbler og ål.",
                                target: "Assange met Russians in London. He was arrested yesterday.")
        let pair = try #require(one.pairs.first)
        let pairs = (0..<5).map { number in
            MatchedPair(pair: pair.pair,
                        source: ComparableDocument(id: "a\(number).da.txt", text: pair.source.text,
                                                   language: .danish, sentences: pair.source.sentences),
                        target: pair.target, statements: pair.statements)
        }
        let result = ComparableMatch(pairs: pairs, unmatchedSources: [pair.source], unmatchedTargets: [])
        let analyzer = PairAnalyzer(gazetteer: try Gazetteer.shipped(languages: [.danish, .english]))
        let whole = MatchHTMLWriter.html(result, analyses: try MatchAnalyses(result, analyzer: analyzer))
        var batches: [Int] = []
        var pieces: [String] = []
        try MatchHTMLWriter.write(result, analyses: { batch in
            batches.append(batch.count)
            return try MatchAnalyses(ComparableMatch(pairs: batch, unmatchedSources: [], unmatchedTargets: []),
                                     analyzer: analyzer)
        }, batch: 2) { pieces.append($0) }
        #expect(batches == [2, 2, 1])
        #expect(pieces.joined() == whole)
        #expect(whole.contains("<li><a href=\"#pair-5\">a4.da.txt"))
        let analyses = try MatchAnalyses(result, analyzer: analyzer)
        var text: [String] = []
        MatchTextWriter.write(result) { text.append($0) }
        try MatchEventsTextWriter.write(result, analyses: { _ in analyses }, batch: 2) { text.append($0) }
        #expect(text.joined() == MatchTextWriter.text(result) + MatchEventsTextWriter.text(result, analyses: analyses))
        #expect(text.count > 5)
    }

    /// What is held back in the temporary file comes back whole, in order, each piece ending at a character.
    @Test func scratchTextReadsBackWhatWasAppendedInWholeCharacters() throws {
        let scratch = try ScratchText()
        let parts = ["Æbler og ål ", "⇄ koster 5 € ", "", "🇩🇰 ok", "ø"]
        for part in parts { try scratch.append(part) }
        var pieces: [String] = []
        try scratch.readBack(piece: 8) { pieces.append($0) }
        #expect(pieces.joined() == parts.joined())
        #expect(pieces.count > 3)
        #expect(!pieces.joined().contains("\u{FFFD}"))
    }

    @Test func articleMarkupIsShownAsText() throws {
        let result = try Self.pair(
            source: "Assange mødte <script>alert(\"da\")</script> russere i London. Han blev anholdt.",
            target: "Assange met <b onclick=\"x()\">Russians</b> & others in London. He stayed.")
        let page = try Self.html(result)
        #expect(page.contains("&lt;script&gt;alert(&quot;da&quot;)&lt;/script&gt;"))
        #expect(page.contains("&lt;b onclick=&quot;x()&quot;&gt;"))
        #expect(page.contains(" &amp; others"))
        // The page's own script is the only one, and nothing is loaded from elsewhere.
        #expect(page.components(separatedBy: "<script>").count == 2)
        for external in ["src=", "href=\"http", "@import", "url(", "<link"] { #expect(!page.contains(external), "\(external)") }
    }

    @Test func seedPageNumbersMatchedStatementsOnBothSidesAndShowsEntityChips() throws {
        let source = try String(contentsOf: Self.repository.appendingPathComponent(
            "samples/2019-07-assange-embassy-russians.da.txt"), encoding: .utf8)
        let target = try String(contentsOf: Self.repository.appendingPathComponent(
            "samples/nbc-2016-10-assange-ecuador.en.txt"), encoding: .utf8)
        let page = try Self.html(try Self.pair(source: source, target: target))
        let columns = page.components(separatedBy: "<div class=\"col target\">")
        try #require(columns.count == 2)
        #expect(columns[0].contains("data-m=\"1\"") && columns[1].contains("data-m=\"1\""))
        for chip in ["Julian Assange", "Rusland ⇄ Russia", "USA ⇄ United States", "Ecuador", "London", "WikiLeaks"] {
            #expect(page.contains(">\(chip) <small>"), "\(chip)")
        }
        #expect(page.contains("class=\"st only\""))
        #expect(page.contains("<ol class=\"events\">"))
    }

    @Test func emptyResultIsAPage() throws {
        let page = MatchHTMLWriter.html(ComparableMatch(pairs: [], unmatchedSources: [], unmatchedTargets: []),
                                        analyses: try MatchAnalyses(
                                            ComparableMatch(pairs: [], unmatchedSources: [], unmatchedTargets: []),
                                            analyzer: PairAnalyzer(gazetteer: Gazetteer(cldrNamesFor: []))))
        #expect(page.hasPrefix("<!DOCTYPE html>") && page.contains("No documents."))
    }
}

/// Partial statements (``StatementMatching/partial``) in the writers: a kind of their own in JSON, a block of
/// their own in text, and left out of the one-sided lists.
@Suite struct PartialStatementFormatTests {
    static func result() throws -> ComparableMatch {
        let source = "Strejken ramte 3.000 passagerer. Øen har 40.000 indbyggere, som lever af turister. Alt er roligt."
        let target = "Some 3,000 travellers were stranded. The island's 40,000 residents want an airport. Talks resume."
        return try OnePairFixture.threeSentences(source: source, target: target) { statements, s, t in
            statements.partial = [StatementMatch(sourceSentences: [1], targetSentences: [1], score: 0.25, logOdds: 0,
                                                 isParaphrase: true, sourceRange: s[1].range, targetRange: t[1].range)]
        }
    }

    @Test func jsonListsPartialStatementsAsTheirOwnKind() throws {
        let json = MatchJSON(try Self.result())
        let pair = try #require(json.pairs.first)
        #expect(pair.statements.map(\.kind) == ["paraphrase", "partial"])
        #expect(pair.statements[1].sourceText == "Øen har 40.000 indbyggere, som lever af turister.")
        #expect(pair.statements[1].targetSentences == [1])
        #expect(pair.onlyInSource.map(\.sentence) == [2])
        #expect(pair.onlyInTarget.map(\.sentence) == [2])
    }

    @Test func textShowsPartialStatementsApart() throws {
        let text = MatchTextWriter.text(try Self.result())
        #expect(text.contains("1 matched, 1 partial, 1 only in source, 1 only in target"))
        #expect(text.contains("partial (a shared fact, each mainly says something else):"))
        #expect(text.contains("s1: Øen har 40.000 indbyggere"))
    }
}
