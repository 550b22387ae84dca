import Foundation
import Testing
import TolkAlign
import TolkMatch
import TolkText
@testable import TolkFormats

/// A statement group (matches that share a sentence) in the JSON and text forms, on sentences written for this test.
@Suite struct MatchGroupFormatTests {
    /// A made-up pair: a Danish quote in one sentence, which the English report cuts into two.
    static func result() throws -> ComparableMatch {
        let danish = "Mærsk flytter til Aarhus. - Vi vil være tæt på havnen og på de ansatte, siger Vincent Clerc."
        let english = "Maersk is moving to Aarhus. \"We want to be close to the port,\" Vincent Clerc said. "
            + "\"And close to our employees.\""
        let source = ComparableDocument(id: "a.da.txt", text: danish, language: .danish,
                                        sentences: try Segmenter(language: .danish).segment(danish).sentences)
        let target = ComparableDocument(id: "b.en.txt", text: english, language: .english,
                                        sentences: try Segmenter(language: .english).segment(english).sentences)
        try #require(source.sentences.count == 2 && target.sentences.count == 3)
        func match(_ s: Int, _ t: Int, _ score: Double, paraphrase: Bool) -> StatementMatch {
            StatementMatch(sourceSentences: [s], targetSentences: [t], score: score, logOdds: 1,
                           isParaphrase: paraphrase, sourceRange: source.sentences[s].range,
                           targetRange: target.sentences[t].range)
        }
        let statements = StatementMatching(matches: [match(0, 0, 0.99, paraphrase: false),
                                                     match(1, 1, 0.9, paraphrase: true),
                                                     match(1, 2, 0.6, paraphrase: true)],
                                           onlyInSource: [], onlyInTarget: [], isIndependentlyWritten: true)
        return ComparableMatch(pairs: [MatchedPair(pair: DocumentPair(source: 0, target: 0, score: 0.5), source: source,
                                                   target: target, statements: statements)],
                               unmatchedSources: [], unmatchedTargets: [])
    }

    @Test func aGroupIsOneStatementWithItsMatchesAsMembers() throws {
        let result = try Self.result()
        let text = try MatchJSONWriter().json(result)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let pair = try #require((object["pairs"] as? [[String: Any]])?.first)
        let statements = try #require(pair["statements"] as? [[String: Any]])
        #expect(statements.count == 2)
        // A single match has no members.
        #expect(statements[0]["members"] == nil)
        #expect(statements[0]["kind"] as? String == "translation")
        let group = statements[1]
        #expect(group["source_sentences"] as? [Int] == [1])
        #expect(group["target_sentences"] as? [Int] == [1, 2])
        #expect(group["kind"] as? String == "paraphrase")
        #expect(group["score"] as? Double == 0.9)
        #expect(group["target_text"] as? String
                    == "\"We want to be close to the port,\" Vincent Clerc said. \"And close to our employees.\"")
        let members = try #require(group["members"] as? [[String: Any]])
        #expect(members.map { $0["target_sentences"] as? [Int] } == [[1], [2]])
        #expect(members.map { $0["score"] as? Double } == [0.9, 0.6])
        // The text form: one statement with both target sentences, and its matches.
        let plain = MatchTextWriter.text(result)
        #expect(plain.contains("2 matched, 0 only in source, 0 only in target"))
        #expect(plain.contains("t1+2: \"We want to be close to the port,\""))
        #expect(plain.contains("matches: s1-t1 0.90, s1-t2 0.60"))
    }
}
