import Foundation
import Testing
import TolkAlign
import TolkMatch
import TolkText

/// Long documents on one line: every sentence is accounted for when a pair is matched in parts (``PairParts``).
/// The text is the FLORES fixture's articles (Fixtures/comparable-flores) joined into one line per language,
/// four times over, with a small part limit so that the test stays fast.
@Suite struct LongDocumentTests {
    /// The fixture's documents of one side joined into one line, `copies` times, segmented.
    static func oneLine(_ name: String, language: LanguageCode, copies: Int) throws -> ComparableDocument {
        let texts = try ComparableMatchingTests.documents(name, language: language).map {
            $0.text.split(whereSeparator: \.isNewline).joined(separator: " ")
        }
        let text = Array(repeating: texts.joined(separator: " "), count: copies).joined(separator: " ")
        #expect(!text.contains("\n"))
        return ComparableDocument(id: name, text: text, language: language,
                                  sentences: try Segmenter(language: language).segment(text).sentences)
    }

    static func matcher(limit: Int) throws -> ComparableMatcher {
        var options = MatchOptions()
        options.lexicon = try TranslationLexicon.shipped(source: .danish, target: .english)
        options.maximumPartSentences = limit
        return try ComparableMatcher(options: options)
    }

    /// Checks that the part pairs of `source` and `target` tile both documents and that every sentence of
    /// every part is in exactly one match or one only-in list; returns the matches found.
    static func checkAccounted(_ pairs: [MatchedPair], source: ComparableDocument, target: ComparableDocument,
                               limit: Int) -> Int {
        #expect(pairs.map(\.source.text).joined() == source.text)
        #expect(pairs.map(\.target.text).joined() == target.text)
        #expect(pairs.reduce(0) { $0 + $1.source.sentences.count } == source.sentences.count)
        #expect(pairs.reduce(0) { $0 + $1.target.sentences.count } == target.sentences.count)
        var matches = 0
        for pair in pairs {
            #expect(pair.source.sentences.count <= limit && pair.target.sentences.count <= limit)
            #expect(pair.source.id.hasPrefix(source.id + "#bytes="))
            // A part's sentences are slices of the part's own text, not of the whole document's (issue 16,
            // memory: the whole text need not be kept for them), at their ranges.
            for (part, whole) in [(pair.source, source), (pair.target, target)] {
                let partStorage = part.text.utf8.withContiguousStorageIfAvailable { UnsafeRawPointer($0.baseAddress) }
                let partBytes = Array(part.text.utf8)
                for sentence in part.sentences {
                    #expect(sentence.slice.base.utf8.count == partBytes.count && whole.text.utf8.count > partBytes.count)
                    #expect(sentence.slice.base.utf8.withContiguousStorageIfAvailable {
                        UnsafeRawPointer($0.baseAddress) } == partStorage)
                    #expect(Array(sentence.slice.utf8) == Array(partBytes[sentence.range]))
                }
            }
            var sourceSeen = pair.statements.onlyInSource + pair.statements.uncertainSource.map(\.sentence)
            var targetSeen = pair.statements.onlyInTarget + pair.statements.uncertainTarget.map(\.sentence)
            for match in pair.statements.matches {
                sourceSeen += match.sourceSentences
                targetSeen += match.targetSentences
                // Ranges point into the part's own text.
                let bytes = Array(pair.source.text.utf8)
                #expect(match.sourceRange.upperBound <= bytes.count)
                if let first = match.sourceSentences.first, match.sourceRange.upperBound <= bytes.count {
                    let text = String(decoding: bytes[match.sourceRange], as: UTF8.self)
                    #expect(text.hasPrefix(pair.source.sentences[first].text))
                }
            }
            // A sentence only in partial statements (a shared fact) is accounted for by them, once.
            let partialSource = Set(pair.statements.partial.flatMap(\.sourceSentences)).subtracting(sourceSeen)
            let partialTarget = Set(pair.statements.partial.flatMap(\.targetSentences)).subtracting(targetSeen)
            sourceSeen += partialSource
            targetSeen += partialTarget
            #expect(sourceSeen.sorted() == Array(pair.source.sentences.indices), "source sentences lost or repeated")
            #expect(targetSeen.sorted() == Array(pair.target.sentences.indices), "target sentences lost or repeated")
            matches += pair.statements.matches.count
        }
        return matches
    }

    @Test func aLongOneLinePairIsMatchedInPartsWithEverySentenceAccountedFor() throws {
        let source = try Self.oneLine("source.jsonl", language: .danish, copies: 4)
        let target = try Self.oneLine("target.jsonl", language: .english, copies: 4)
        let limit = 20
        #expect(source.sentences.count > 2 * limit)
        let matcher = try Self.matcher(limit: limit)
        let result = matcher.match(source: [source], target: [target])
        #expect(result.unmatchedSources.isEmpty && result.unmatchedTargets.isEmpty)
        let parts = PairParts.bounds(sourceCount: source.sentences.count, targetCount: target.sentences.count,
                                     limit: limit).count
        #expect(result.pairs.count == parts)
        let matches = Self.checkAccounted(result.pairs, source: source, target: target, limit: limit)
        // The two sides translate each other in the same order, so most parts share statements.
        #expect(matches >= source.sentences.count / 4, "only \(matches) matches")
    }

    @Test func aLongPairComparedWhateverItsScoreIsMatchedInParts() throws {
        let source = try Self.oneLine("source.jsonl", language: .danish, copies: 1)
        let target = try Self.oneLine("target.jsonl", language: .english, copies: 1)
        let pairs = try Self.matcher(limit: 10).matchPair(source: source, target: target)
        #expect(pairs.count > 1)
        _ = Self.checkAccounted(pairs, source: source, target: target, limit: 10)
    }

    /// Issue 16 (memory on long inputs): evidence that is not held but made again part by part when matched
    /// (``MatchOptions/heldEvidenceSentences``) gives the same pairs, scores, evidence and statements as held.
    @Test func evidenceMadeAgainWhenMatchedGivesTheSameResultAsHeld() throws {
        let source = try ComparableMatchingTests.documents("source.jsonl", language: .danish)
        let target = try ComparableMatchingTests.documents("target.jsonl", language: .english)
        let long = try Self.oneLine("source.jsonl", language: .danish, copies: 2)
        var options = MatchOptions()
        options.lexicon = try TranslationLexicon.shipped(source: .danish, target: .english)
        options.maximumPartSentences = 30
        #expect(long.sentences.count > options.maximumPartSentences)
        let held = try ComparableMatcher(options: options).match(source: source + [long], target: target)
        options.heldEvidenceSentences = 0
        let made = try ComparableMatcher(options: options).match(source: source + [long], target: target)
        #expect(held.pairs.count == made.pairs.count)
        #expect(held.pairs.count >= source.count / 2)
        for (a, b) in zip(held.pairs, made.pairs) {
            #expect(a.pair == b.pair)
            #expect(a.source.id == b.source.id && a.target.id == b.target.id)
            #expect(a.statements == b.statements)
        }
        #expect(held.unmatchedSources.map(\.id) == made.unmatchedSources.map(\.id))
        #expect(held.unmatchedTargets.map(\.id) == made.unmatchedTargets.map(\.id))
    }

    @Test func partsSplitBothSidesInProportionAndCoverEverySentence() {
        #expect(PairParts.bounds(sourceCount: 10, targetCount: 12, limit: 500).count == 1)
        let bounds = PairParts.bounds(sourceCount: 1_200, targetCount: 900, limit: 500)
        #expect(bounds.map(\.source) == [0..<400, 400..<800, 800..<1200])
        #expect(bounds.map(\.target) == [0..<300, 300..<600, 600..<900])
        let lopsided = PairParts.bounds(sourceCount: 3, targetCount: 1_001, limit: 100)
        #expect(lopsided.count == 11)
        #expect(lopsided.map(\.source.count).reduce(0, +) == 3)
        #expect(lopsided.map(\.target.count).reduce(0, +) == 1_001)
        #expect(lopsided.allSatisfy { $0.target.count <= 100 })
    }
}
