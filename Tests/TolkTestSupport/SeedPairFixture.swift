import Foundation
import TolkMatch
import TolkText

/// The two seed articles as a matched pair whose statement matches are given by hand (the correspondences a
/// reader finds), so that event grouping is tested apart from the statement matcher.
public enum SeedPairFixture {
    /// Statement correspondences, each side named by a phrase of its sentence.
    public static let correspondences: [(source: String, target: String)] = [
        ("timelange møder med russere", "lived in the South American country's London embassy"),
        ("forbindelser til russiske efterretningstjenester", "conveyed their conclusion that Assange is a willing"),
        ("russiske hackere blandede sig", "emails were hacked by, or on behalf of"),
        ("offentliggøre en lang række", "WikiLeaks has been posting the private emails of Hillary Clinton"),
    ]

    public static func documents() throws -> (ComparableDocument, ComparableDocument) {
        let sourceText = try Seeds.text(Seeds.danishPath), targetText = try Seeds.text(Seeds.englishPath)
        let source = ComparableDocument(id: "da", text: sourceText, language: .danish,
                                        sentences: try Segmenter(language: .danish).segment(sourceText).sentences)
        let target = ComparableDocument(id: "en", text: targetText, language: .english,
                                        sentences: try Segmenter(language: .english).segment(targetText).sentences)
        return (source, target)
    }

    /// The index of the first sentence of `document` containing `phrase`.
    public static func sentence(_ phrase: String, in document: ComparableDocument) throws -> Int {
        guard let index = document.sentences.firstIndex(where: { $0.text.contains(phrase) }) else {
            throw FixtureError.missingPhrase(phrase)
        }
        return index
    }

    /// The seed pair with the hand-made matches; every other sentence is one-sided.
    public static func matchedPair() throws -> MatchedPair {
        let (source, target) = try documents()
        var matches: [StatementMatch] = []
        for (sourcePhrase, targetPhrase) in correspondences {
            let s = try sentence(sourcePhrase, in: source), t = try sentence(targetPhrase, in: target)
            matches.append(StatementMatch(sourceSentences: [s], targetSentences: [t], score: 0.9, logOdds: 2,
                                          sourceRange: source.sentences[s].range, targetRange: target.sentences[t].range))
        }
        matches.sort { $0.sourceSentences[0] < $1.sourceSentences[0] }
        let usedSource = Set(matches.flatMap(\.sourceSentences)), usedTarget = Set(matches.flatMap(\.targetSentences))
        let statements = StatementMatching(
            matches: matches, onlyInSource: source.sentences.indices.filter { !usedSource.contains($0) },
            onlyInTarget: target.sentences.indices.filter { !usedTarget.contains($0) })
        return MatchedPair(pair: DocumentPair(source: 0, target: 0, score: 0.5), source: source, target: target,
                           statements: statements)
    }

    public enum FixtureError: Error { case missingPhrase(String) }
}
