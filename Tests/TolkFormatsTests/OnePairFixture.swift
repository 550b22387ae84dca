import Testing
import TolkAlign
import TolkMatch
import TolkText

/// A match of one Danish and one English document written for a test, with the statements the test gives for
/// their sentences.
enum OnePairFixture {
    /// The match of `source` (Danish, `a.da.txt`) and `target` (English, `b.en.txt`), whose statements
    /// `statements` makes from the two documents' sentences.
    static func result(source: String, target: String,
                       statements: (_ source: [Sentence], _ target: [Sentence]) throws -> StatementMatching)
        throws -> ComparableMatch
    {
        let sourceDocument = ComparableDocument(id: "a.da.txt", text: source, language: .danish,
                                                sentences: try Segmenter(language: .danish).segment(source).sentences)
        let targetDocument = ComparableDocument(id: "b.en.txt", text: target, language: .english,
                                                sentences: try Segmenter(language: .english).segment(target).sentences)
        return ComparableMatch(
            pairs: [MatchedPair(pair: DocumentPair(source: 0, target: 0, score: 0.5), source: sourceDocument,
                                target: targetDocument,
                                statements: try statements(sourceDocument.sentences, targetDocument.sentences))],
            unmatchedSources: [], unmatchedTargets: [])
    }

    /// The match of two texts of three sentences each: the first sentences matched as a paraphrase (0.9), the
    /// last ones on one side only, and what `complete` adds about the middle ones.
    static func threeSentences(source: String, target: String,
                               _ complete: (inout StatementMatching, _ source: [Sentence], _ target: [Sentence]) -> Void)
        throws -> ComparableMatch
    {
        try result(source: source, target: target) { s, t in
            try #require(s.count == 3 && t.count == 3)
            var statements = StatementMatching(
                matches: [StatementMatch(sourceSentences: [0], targetSentences: [0], score: 0.9, logOdds: 2,
                                         isParaphrase: true, sourceRange: s[0].range, targetRange: t[0].range)],
                onlyInSource: [2], onlyInTarget: [2])
            complete(&statements, s, t)
            return statements
        }
    }
}
