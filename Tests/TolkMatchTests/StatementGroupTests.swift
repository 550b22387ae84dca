import Foundation
import Testing
import TolkAlign
import TolkText
@testable import TolkMatch

/// Many-to-many statements (issue 13): matches that share a sentence are reported as one statement group
/// (``StatementGroup``), on sentences written for this test.
@Suite struct StatementGroupTests: HandJudged {
    /// A made-up Danish report: its second sentence is a quote that the English report cuts into two sentences.
    static let danish = """
        Rederiet Mærsk flytter sit hovedkontor til Aarhus. \
        - Vi vil være tæt på havnen, og vi vil være tæt på vores ansatte, siger direktør Vincent Clerc. \
        Flytningen tager to år.
        """

    /// A made-up English report of the same move.
    static let english = """
        Shipping company Maersk is moving its headquarters to Aarhus. \
        "We want to be close to the port," chief executive Vincent Clerc said. \
        "And we want to be close to our employees." \
        The company did not say what the move would cost.
        """

    static func documents() throws -> (ComparableDocument, ComparableDocument) {
        let source = ComparableDocument(id: "a.da.txt", text: danish, language: .danish,
                                        sentences: try Segmenter(language: .danish).segment(danish).sentences)
        let target = ComparableDocument(id: "b.en.txt", text: english, language: .english,
                                        sentences: try Segmenter(language: .english).segment(english).sentences)
        return (source, target)
    }

    static func match(_ source: [Int], _ target: [Int], _ score: Double, paraphrase: Bool = true,
                      in documents: (ComparableDocument, ComparableDocument)) -> StatementMatch {
        func range(_ indices: [Int], _ sentences: [Sentence]) -> Range<Int> {
            sentences[indices[0]].range.lowerBound..<sentences[indices[indices.count - 1]].range.upperBound
        }
        return StatementMatch(sourceSentences: source, targetSentences: target, score: score, logOdds: score,
                              isParaphrase: paraphrase, sourceRange: range(source, documents.0.sentences),
                              targetRange: range(target, documents.1.sentences))
    }

    @Test func aSentenceWithTwoCounterpartsIsOneStatement() throws {
        let documents = try Self.documents()
        #expect(documents.0.sentences.count == 3)
        #expect(documents.1.sentences.count == 4)
        let quote = [Self.match([1], [1], 0.9, in: documents), Self.match([1], [2], 0.6, in: documents)]
        let matching = StatementMatching(matches: [Self.match([0], [0], 0.99, paraphrase: false, in: documents)]
                                             + quote,
                                         onlyInSource: [2], onlyInTarget: [3], isIndependentlyWritten: true)
        let groups = matching.groups
        #expect(groups.map(\.statement.sourceSentences) == [[0], [1]])
        #expect(groups.map(\.statement.targetSentences) == [[0], [1, 2]])
        #expect(groups.map(\.members.count) == [1, 2])
        let quoted = try #require(groups.last).statement
        // The best match's score; a paraphrase when any match is; the target range spans both quote sentences.
        #expect(quoted.score == 0.9)
        #expect(quoted.isParaphrase)
        #expect(!groups[0].statement.isParaphrase)
        let quoteSentences = documents.1.sentences
        #expect(quoted.targetRange == quoteSentences[1].range.lowerBound..<quoteSentences[2].range.upperBound)
        // The single decisions stay as they were (events, leads and figures read them).
        #expect(matching.matches.count == 3)
        // In translations (and translations cut short) a sentence has one counterpart: each match stands alone.
        var translated = matching
        translated.isIndependentlyWritten = false
        #expect(translated.groups.map(\.statement) == matching.matches)
    }

    @Test func aTranslationStandsAloneBesideAnotherMatchOfItsSentence() throws {
        let documents = try Self.documents()
        // s1-t1 found by the translation model, s1-t2 by the statement model: two statements; the paraphrases
        // s0-t0 and s0-t3 share a sentence: one.
        let matches = [Self.match([0], [0], 0.8, in: documents), Self.match([0], [3], 0.6, in: documents),
                       Self.match([1], [1], 0.99, paraphrase: false, in: documents),
                       Self.match([1], [2], 0.7, in: documents)]
        let groups = StatementGroup.groups(of: matches)
        #expect(groups.map(\.statement.sourceSentences) == [[0], [1], [1]])
        #expect(groups.map(\.statement.targetSentences) == [[0, 3], [1], [2]])
    }

    @Test func matchesChainedThroughSharedSentencesAreOneGroupInReadingOrder() throws {
        let documents = try Self.documents()
        // s2-t3 first in input order, then a chain s0-t0, s1-t0, s1-t1: the chain is one group and comes first.
        let matches = [Self.match([2], [3], 0.5, in: documents), Self.match([0], [0], 0.8, in: documents),
                       Self.match([1], [0], 0.7, in: documents), Self.match([1], [1], 0.75, in: documents)]
        let groups = StatementGroup.groups(of: matches)
        #expect(groups.map(\.statement.sourceSentences) == [[0, 1], [2]])
        #expect(groups.map(\.statement.targetSentences) == [[0, 1], [3]])
        #expect(groups[0].members.map(\.targetSentences) == [[0], [0], [1]])
        #expect(groups[0].statement.score == 0.8)
        // Input order does not change the groups.
        #expect(StatementGroup.groups(of: matches.reversed()).map(\.statement) == groups.map(\.statement))
        #expect(StatementGroup.groups(of: []).isEmpty)
    }

    @Test func aSentenceWhoseBestCounterpartIsInAStatementJoinsIt() throws {
        // English 0 is in no statement and stands beside no counterpart of Danish 1 (English 2); its most
        // probable candidate is Danish 1, the two stand at similar places (1/3 and 0/4), and it has no more content
        // words than Danish 1: it joins at 0.55 (minimumJoinProbability 0.5), with no coverage test.
        let matcher = try Self.lexiconMatcher()
        let (source, target) = try Self.documents()
        let sourceEvidence = matcher.sourceEvidence(source.sentences.map(\.text))
        let targetEvidence = matcher.targetEvidence(target.sentences.map(\.text))
        #expect(StatementMatcher.contentWords(targetEvidence[0]) <= StatementMatcher.contentWords(sourceEvidence[1]))
        let kept = [Self.single(1, 2)]
        func further(_ judged: StatementMatcher.Judgments, _ kept: [StatementMatcher.Candidate]) -> [[Int]] {
            matcher.furtherCounterparts(kept, judged: judged, source: sourceEvidence, target: targetEvidence)
                .map { [$0.source.lowerBound, $0.target.lowerBound] }
        }
        #expect(further(Self.judged([(1, 2, 0.9), (1, 0, 0.55), (2, 0, 0.3)]), kept) == [[1, 0]])
        let joined = matcher.furtherCounterparts(kept, judged: Self.judged([(1, 2, 0.9), (1, 0, 0.55)]),
                                                 source: sourceEvidence, target: targetEvidence)
        #expect(joined.map(\.joinedAnywhere) == [true])
        // Not when the sentence's most probable candidate is another sentence (here a free one).
        #expect(further(Self.judged([(1, 2, 0.9), (1, 0, 0.55), (0, 0, 0.6)]), kept).isEmpty)
        // Not below minimumJoinProbability.
        #expect(further(Self.judged([(1, 2, 0.9), (1, 0, 0.45)]), kept).isEmpty)
        // Not when the two stand far apart: English 3 (last, and beside no counterpart) against Danish 0 (first).
        #expect(further(Self.judged([(0, 0, 0.95), (0, 3, 0.6)]), [Self.single(0, 0)]).isEmpty)
        // Not in a brief: a document of fewer than three sentences.
        let brief = matcher.targetEvidence(Array(target.sentences.prefix(2)).map(\.text))
        #expect(matcher.furtherCounterparts([Self.single(1, 1)], judged: Self.judged([(1, 1, 0.9), (1, 0, 0.55)]),
                                            source: Array(sourceEvidence.prefix(2)), target: brief).isEmpty)
    }
}
