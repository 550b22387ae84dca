import Foundation
import Testing
import TolkAlign
import TolkMatch
import TolkText
@testable import TolkFormats

/// The `tolk match` JSON contract and text form, on the two seed articles.
@Suite struct MatchFormatTests {
    static func seedResult() throws -> ComparableMatch {
        let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("samples")
        func document(_ name: String, _ language: LanguageCode) throws -> ComparableDocument {
            let text = try TextInput.read(path: samples.appendingPathComponent(name).path).text
            return ComparableDocument(id: "samples/\(name)", text: text, language: language,
                                      sentences: try Segmenter(language: language).segment(text).sentences)
        }
        var options = MatchOptions()
        options.lexicon = try TranslationLexicon.shipped(source: .danish, target: .english)
        return try ComparableMatcher(options: options).match(
            source: [document("2019-07-assange-embassy-russians.da.txt", .danish)],
            target: [document("nbc-2016-10-assange-ecuador.en.txt", .english)])
    }

    @Test func jsonHasTheContractKeysAndRangesCutTheTexts() throws {
        let result = try Self.seedResult()
        let text = try MatchJSONWriter().json(result)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["unmatched_source"] as? [String] == [])
        #expect(object["unmatched_target"] as? [String] == [])
        let pairs = try #require(object["pairs"] as? [[String: Any]])
        let pair = try #require(pairs.first)
        for key in ["source", "target", "score", "statements", "entities", "events", "only_in_source", "only_in_target"] {
            #expect(pair[key] != nil, "missing \(key)")
        }
        #expect(pair["source"] as? String == "samples/2019-07-assange-embassy-russians.da.txt")
        let statements = try #require(pair["statements"] as? [[String: Any]])
        #expect(!statements.isEmpty)
        let matched = try #require(result.pairs.first)
        let sourceBytes = Array(matched.source.text.utf8)
        for statement in statements {
            let range = try #require(statement["source_range"] as? [Int])
            let sourceText = try #require(statement["source_text"] as? String)
            #expect(range.count == 2)
            let cut = String(decoding: sourceBytes[range[0]..<range[1]], as: UTF8.self)
            #expect(cut == sourceText || cut.hasPrefix(String(sourceText.prefix(20))))
            #expect(statement["target_text"] is String && statement["target_range"] is [Int])
            let score = try #require(statement["score"] as? Double)
            #expect((0...1).contains(score))
        }
        let onlyInTarget = try #require(pair["only_in_target"] as? [[String: Any]])
        #expect(onlyInTarget.contains { ($0["text"] as? String)?.contains("Rubio") == true })
        // Same bytes every run, and the same as one encoder over the whole value.
        #expect(try MatchJSONWriter().json(Self.seedResult()) == text)
        #expect(try MatchJSONWriter().jsonInOnePass(result) == text)
    }

    @Test func pairsEncodedApartGiveTheBytesOfOnePass() throws {
        // Two pairs and an unmatched document on each side, annotated with nested and empty values.
        struct Link: Encodable, Sendable { let source: String; let mentions: [Int]; let notes: [String] }
        let seed = try Self.seedResult()
        let pair = try #require(seed.pairs.first)
        let result = ComparableMatch(pairs: [pair, pair], unmatchedSources: [pair.source],
                                     unmatchedTargets: [pair.target])
        let writer = MatchJSONWriter { _, json in
            json.entities = [AnyEncodable(Link(source: "Ecuador/\"s\"\n", mentions: [1, 2], notes: []))]
        }
        #expect(try writer.json(result) == writer.jsonInOnePass(result))
        let empty = ComparableMatch(pairs: [], unmatchedSources: [], unmatchedTargets: [])
        #expect(try writer.json(empty) == writer.jsonInOnePass(empty))
        // Written piece by piece, one pair per batch: the same bytes again.
        for value in [result, empty] {
            var pieces: [String] = []
            try writer.write(value, batch: 1) { pieces.append($0) }
            #expect(pieces.joined() == (try writer.jsonInOnePass(value)))
            #expect(value.pairs.count < 2 || pieces.count > 3)
        }
    }

    /// Issue 16 (memory on long inputs): a batch holds at most ``MatchJSONWriter/batchSentences`` sentences
    /// after its first pair, and a batch annotator is asked once per batch for just its pairs; the bytes are
    /// those of annotating pair by pair.
    @Test func batchesAreBoundedBySentencesAndAnnotatedOneAtATime() throws {
        struct Link: Encodable, Sendable { let source: String }
        let pair = try #require(try Self.seedResult().pairs.first)
        let sentences = pair.source.sentences.count + pair.target.sentences.count
        let perBatch = max(MatchJSONWriter.batchSentences / sentences, 1)
        let result = ComparableMatch(pairs: Array(repeating: pair, count: 3 * perBatch + 1), unmatchedSources: [],
                                     unmatchedTargets: [])
        #expect(MatchJSONWriter.batchEnd(result.pairs, from: 0, limit: 64) == min(perBatch, 64))
        #expect(MatchJSONWriter.batchEnd(result.pairs, from: result.pairs.count - 1, limit: 64) == result.pairs.count)
        let annotate: MatchJSONWriter.Annotator = { matched, json in
            json.entities = [AnyEncodable(Link(source: matched.source.id))]
        }
        final class Sizes: @unchecked Sendable {
            let lock = NSLock()
            var values: [Int] = []
        }
        let batchSizes = Sizes()
        let batched = MatchJSONWriter(annotateBatch: { pairs in
            batchSizes.lock.withLock { batchSizes.values.append(pairs.count) }
            return annotate
        })
        var pieces: [String] = []
        try batched.write(result) { pieces.append($0) }
        #expect(pieces.joined() == (try MatchJSONWriter(annotate: annotate).jsonInOnePass(result)))
        let sizes = batchSizes.lock.withLock { batchSizes.values }
        #expect(sizes.reduce(0, +) == result.pairs.count)
        #expect(sizes.allSatisfy { $0 <= min(perBatch, 64) })
        var lines: [String] = []
        try batched.writeLines(result) { lines.append($0) }
        var expected: [String] = []
        try MatchJSONWriter(annotate: annotate).writeLines(result) { expected.append($0) }
        #expect(lines.joined() == expected.joined())
    }

    @Test func annotatorFillsEntitiesAndEvents() throws {
        struct Link: Encodable, Sendable { let source: String; let target: String }
        let writer = MatchJSONWriter { _, pair in
            pair.entities = [AnyEncodable(Link(source: "Ecuadors", target: "Ecuador's"))]
        }
        let text = try writer.json(Self.seedResult())
        #expect(text.contains("\"entities\" : [\n        {\n          \"source\" : \"Ecuadors\""))
    }

    @Test func textShowsPairsStatementsAndOneSidedSentences() throws {
        let text = MatchTextWriter.text(try Self.seedResult())
        #expect(text.hasPrefix("== pair 1: samples/2019-07-assange-embassy-russians.da.txt"))
        #expect(text.contains("only in source:"))
        #expect(text.contains("only in target:"))
        #expect(text.contains("50 uger"))
    }
}
