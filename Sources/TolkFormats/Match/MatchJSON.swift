import TolkAlign
import TolkMatch
import TolkText

/// The JSON shape of `tolk match --format json`, as Codable values.
///
/// ```json
/// {"pairs": [{"source": "a.da.txt", "target": "b.en.txt", "score": 0.41,
///             "statements": [{"source_text": "...", "target_text": "...", "score": 0.98,
///                             "source_range": [0, 120], "target_range": [56, 170], ...}],
///             "entities": [], "events": [], "only_in_source": [...], "only_in_target": [...]}],
///  "unmatched_source": ["c.da.txt"], "unmatched_target": []}
/// ```
/// Keys are written in snake case; ranges are UTF-8 byte ranges `[start, end]` into each decoded document text.
/// `entities` and `events` are filled by an annotator (see ``MatchJSONWriter``); without one they are empty.
public struct MatchJSON: Encodable, Sendable {
    /// Matched document pairs, best score first.
    public var pairs: [Pair]
    /// Source documents without a counterpart (paths or ids), in input order.
    public var unmatchedSource: [String]
    /// Target documents without a counterpart, in input order.
    public var unmatchedTarget: [String]

    /// One document pair.
    public struct Pair: Encodable, Sendable {
        /// The source document's path or id.
        public var source: String
        /// The target document's path or id.
        public var target: String
        /// The document pair's score (weighted cosine of shared cross-language keys, 0...1).
        public var score: Double
        /// Expected number of statements the two documents share as translations (how strongly shared
        /// statements support the pair; 0 when not verified).
        public var evidence: Double
        /// The source document's language, when known.
        public var sourceLanguage: String?
        /// The target document's language, when known.
        public var targetLanguage: String?
        /// Matched statements, in source order (a group of matches that share a sentence is one statement,
        /// ``Statement/members``), then the partial statements (kind "partial"), in source order.
        public var statements: [Statement]
        /// Entities linked across the two documents (filled by an annotator).
        public var entities: [AnyEncodable]
        /// Paired events (filled by an annotator).
        public var events: [AnyEncodable]
        /// The whole-pair summary, one line per language (filled by an annotator; left out when absent).
        public var summary: AnyEncodable?
        /// Source sentences without a counterpart.
        public var onlyInSource: [OneSided]
        /// Target sentences without a counterpart.
        public var onlyInTarget: [OneSided]
        /// Source sentences in no statement whose most probable counterpart is likely but below the statement
        /// thresholds: not known to be one-sided (``TolkMatch/StatementMatching/uncertainSource``).
        public var uncertainSource: [Uncertain]
        /// Target sentences in no statement whose most probable counterpart is likely (as `uncertainSource`).
        public var uncertainTarget: [Uncertain]
    }

    /// One matched statement.
    public struct Statement: Encodable, Sendable {
        public var sourceText: String
        public var targetText: String
        /// Confidence 0...1.
        public var score: Double
        /// `[start, end]` UTF-8 bytes in the source text.
        public var sourceRange: [Int]
        /// `[start, end]` UTF-8 bytes in the target text.
        public var targetRange: [Int]
        /// "translation" (the translation model found it), "paraphrase" (shared content in other words) or
        /// "partial" (independently written sentences that share a fact while each mainly says something else;
        /// ``TolkMatch/StatementMatching/partial``).
        public var kind: String
        /// Indices of the source sentences (0-based, in the document's sentence order).
        public var sourceSentences: [Int]
        /// Indices of the target sentences.
        public var targetSentences: [Int]
        /// The single matches of a statement group (``TolkMatch/StatementGroup``: matches that share a sentence),
        /// each with its own sentences, score and kind; absent for a statement that is one match.
        public var members: [Member]?
    }

    /// One match inside a statement group.
    public struct Member: Encodable, Sendable {
        /// Indices of its source sentences.
        public var sourceSentences: [Int]
        /// Indices of its target sentences.
        public var targetSentences: [Int]
        /// Its confidence 0...1.
        public var score: Double
        /// "translation" or "paraphrase".
        public var kind: String
    }

    /// A sentence in no statement whose most probable counterpart is likely but below the statement thresholds
    /// (``TolkMatch/UncertainSentence``).
    public struct Uncertain: Encodable, Sendable {
        /// Its index in its document's sentences.
        public var sentence: Int
        /// The sentence's text.
        public var text: String
        /// `[start, end]` UTF-8 bytes in its document's text.
        public var range: [Int]
        /// Index of its most probable counterpart in the other document's sentences.
        public var counterpart: Int
        /// The text of that counterpart.
        public var counterpartText: String
        /// The statement model's probability that the two report the same fact.
        public var probability: Double
    }

    /// A document without a counterpart, as a JSON Lines line (`tolk match --format jsonl`).
    public struct Unmatched: Encodable, Sendable {
        /// "source" or "target".
        public var unmatched: String
        /// The document's path or id.
        public var id: String
    }

    /// A sentence only one side has.
    public struct OneSided: Encodable, Sendable {
        /// Its index in its document's sentences.
        public var sentence: Int
        public var text: String
        /// `[start, end]` UTF-8 bytes in its document's text.
        public var range: [Int]
        /// Its furniture label (`photo-credit`, `read-more`, `byline`) when it is article furniture; absent else.
        public var furniture: String?
    }
}

extension MatchJSON {
    /// The JSON value of a match result, with empty `entities` and `events`.
    /// - Complexity: O(n) in the size of the result.
    public init(_ result: ComparableMatch) {
        pairs = result.pairs.map(Pair.init)
        unmatchedSource = result.unmatchedSources.map(\.id)
        unmatchedTarget = result.unmatchedTargets.map(\.id)
    }
}

extension MatchJSON.Pair {
    /// The JSON value of one matched pair, with empty `entities` and `events`.
    public init(_ matched: MatchedPair) {
        let sourceSentences = matched.source.sentences
        let targetSentences = matched.target.sentences
        func text(_ indices: [Int], _ sentences: [Sentence]) -> String {
            indices.compactMap { sentences.indices.contains($0) ? sentences[$0].text : nil }.joined(separator: " ")
        }
        func oneSided(_ indices: [Int], _ sentences: [Sentence], _ furniture: [Int: String]) -> [MatchJSON.OneSided] {
            indices.compactMap { index in
                guard sentences.indices.contains(index) else { return nil }
                let sentence = sentences[index]
                return MatchJSON.OneSided(sentence: index, text: sentence.text,
                                          range: [sentence.range.lowerBound, sentence.range.upperBound],
                                          furniture: furniture[index])
            }
        }
        source = matched.source.id
        target = matched.target.id
        score = matched.pair.score
        evidence = matched.pair.evidence
        sourceLanguage = matched.source.language?.rawValue
        targetLanguage = matched.target.language?.rawValue
        func statement(_ match: StatementMatch, kind: String) -> MatchJSON.Statement {
            MatchJSON.Statement(
                sourceText: text(match.sourceSentences, sourceSentences),
                targetText: text(match.targetSentences, targetSentences), score: match.score,
                sourceRange: [match.sourceRange.lowerBound, match.sourceRange.upperBound],
                targetRange: [match.targetRange.lowerBound, match.targetRange.upperBound],
                kind: kind, sourceSentences: match.sourceSentences, targetSentences: match.targetSentences)
        }
        func kind(_ match: StatementMatch) -> String { match.isParaphrase ? "paraphrase" : "translation" }
        statements = matched.statements.groups.map { group in
            var grouped = statement(group.statement, kind: kind(group.statement))
            if group.members.count > 1 {
                grouped.members = group.members.map {
                    MatchJSON.Member(sourceSentences: $0.sourceSentences, targetSentences: $0.targetSentences,
                                     score: $0.score, kind: kind($0))
                }
            }
            return grouped
        } + matched.statements.partial.map { statement($0, kind: "partial") }
        entities = []
        events = []
        onlyInSource = oneSided(matched.statements.onlyInSource, sourceSentences, matched.statements.sourceFurniture)
        onlyInTarget = oneSided(matched.statements.onlyInTarget, targetSentences, matched.statements.targetFurniture)
        func uncertain(_ items: [UncertainSentence], _ sentences: [Sentence], _ others: [Sentence])
            -> [MatchJSON.Uncertain]
        {
            items.compactMap { item in
                guard sentences.indices.contains(item.sentence), others.indices.contains(item.counterpart) else {
                    return nil
                }
                let sentence = sentences[item.sentence]
                return MatchJSON.Uncertain(sentence: item.sentence, text: sentence.text,
                                           range: [sentence.range.lowerBound, sentence.range.upperBound],
                                           counterpart: item.counterpart, counterpartText: others[item.counterpart].text,
                                           probability: item.probability)
            }
        }
        uncertainSource = uncertain(matched.statements.uncertainSource, sourceSentences, targetSentences)
        uncertainTarget = uncertain(matched.statements.uncertainTarget, targetSentences, sourceSentences)
    }
}

/// Any encodable value, so that annotators from other modules can put their own types into
/// ``MatchJSON/Pair/entities`` and ``MatchJSON/Pair/events``.
public struct AnyEncodable: Encodable, Sendable {
    private let value: any Encodable & Sendable

    /// Wraps `value`.
    public init(_ value: any Encodable & Sendable) { self.value = value }

    public func encode(to encoder: any Encoder) throws { try value.encode(to: encoder) }
}
