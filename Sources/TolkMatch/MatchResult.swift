/// Which source documents cover the same story as which target documents.
///
/// Every source and target document index appears in at least one pair or in the unmatched lists
/// (one-to-one pairing: exactly once).
public struct DocumentPairing: Sendable, Equatable {
    /// Pairs of related documents, best score first.
    public var pairs: [DocumentPair]
    /// Indices of source documents without a counterpart, ascending.
    public var unmatchedSources: [Int]
    /// Indices of target documents without a counterpart, ascending.
    public var unmatchedTargets: [Int]

    /// A pairing from its parts.
    public init(pairs: [DocumentPair], unmatchedSources: [Int], unmatchedTargets: [Int]) {
        self.pairs = pairs
        self.unmatchedSources = unmatchedSources
        self.unmatchedTargets = unmatchedTargets
    }
}

/// A source document and a target document that cover the same story.
public struct DocumentPair: Sendable, Equatable {
    /// Index of the source document.
    public let source: Int
    /// Index of the target document.
    public let target: Int
    /// Weighted cosine of the cross-language keys the two share (0...1).
    public let score: Double
    /// Expected number of statements the two share as translations (0 when not verified).
    public let evidence: Double

    /// A pair from its parts.
    public init(source: Int, target: Int, score: Double, evidence: Double = 0) {
        self.source = source
        self.target = target
        self.score = score
        self.evidence = evidence
    }
}

/// Source sentences that say what target sentences say, inside one document pair.
public struct StatementMatch: Sendable, Equatable {
    /// Indices of the source sentences (one, or two adjacent ones), ascending.
    public let sourceSentences: [Int]
    /// Indices of the target sentences (one, or two adjacent ones), ascending.
    public let targetSentences: [Int]
    /// How sure the match is, 0...1: the logistic of its evidence log-odds against the prior.
    public let score: Double
    /// The evidence log-odds (shared names, numbers, dates, cognates, translations, and length agreement).
    public let logOdds: Double
    /// True when the match rests on shared content in other words (comparable coverage), false when the
    /// translation model found it.
    public let isParaphrase: Bool
    /// UTF-8 byte range in the source document's text, from its first sentence's start to its last one's end.
    public let sourceRange: Range<Int>
    /// UTF-8 byte range in the target document's text.
    public let targetRange: Range<Int>

    /// A match from its parts.
    public init(sourceSentences: [Int], targetSentences: [Int], score: Double, logOdds: Double,
                isParaphrase: Bool = false, sourceRange: Range<Int>, targetRange: Range<Int>) {
        self.isParaphrase = isParaphrase
        self.sourceSentences = sourceSentences
        self.targetSentences = targetSentences
        self.score = score
        self.logOdds = logOdds
        self.sourceRange = sourceRange
        self.targetRange = targetRange
    }
}

/// The statements of one document pair: those that correspond, those that share a fact, and those only one side
/// has.
///
/// Every sentence of both documents is in at least one match, in a partial statement, in one of the uncertain
/// lists or in one of the only-in lists; a sentence in an uncertain or only-in list is in no match, no partial
/// statement and no other list. Independently written documents
/// may share a sentence among several matches (one sentence reporting what several of the other side's sentences
/// report) and among several partial statements.
public struct StatementMatching: Sendable, Equatable {
    /// Matched statements (the two sides report the same fact or facts), in source reading order.
    public var matches: [StatementMatch]
    /// Partial statements of an independently written pair: two sentences that share a fact while each mainly
    /// says something else (a careful reader would not call either "reported by one side only", nor the two the
    /// same statement). Single sentences, in source then target order; none in translated pairs. A sentence here
    /// may also be in ``matches``.
    public var partial: [StatementMatch]
    /// Indices of source sentences without a counterpart, ascending: in no statement, and no candidate of theirs
    /// is as likely as ``MatchOptions/minimumUncertainProbability`` (furniture has none).
    public var onlyInSource: [Int]
    /// Indices of target sentences without a counterpart, ascending (as ``onlyInSource``).
    public var onlyInTarget: [Int]
    /// Source sentences in no statement whose most probable counterpart is likely but below the statement
    /// thresholds (``UncertainSentence``): not known to be one side's own. Ascending by sentence.
    public var uncertainSource: [UncertainSentence]
    /// Target sentences in no statement whose most probable counterpart is likely (as ``uncertainSource``).
    public var uncertainTarget: [UncertainSentence]
    /// The furniture label (``ArticleFurniture``: photo credit, read-more prompt, byline) of the one-sided
    /// source sentences that are furniture, by sentence index.
    public var sourceFurniture: [Int: String]
    /// The same for the target side.
    public var targetFurniture: [Int: String]
    /// Whether the two documents were written independently (the translation model explains little of them, by
    /// their own key rates and by the collection's): their matches that share a sentence are then reported as one
    /// statement group (``groups``). False for translations and for translations cut short.
    public var isIndependentlyWritten: Bool

    /// A matching from its parts.
    public init(matches: [StatementMatch], onlyInSource: [Int], onlyInTarget: [Int],
                sourceFurniture: [Int: String] = [:], targetFurniture: [Int: String] = [:],
                partial: [StatementMatch] = [], isIndependentlyWritten: Bool = false,
                uncertainSource: [UncertainSentence] = [], uncertainTarget: [UncertainSentence] = []) {
        self.isIndependentlyWritten = isIndependentlyWritten
        self.uncertainSource = uncertainSource
        self.uncertainTarget = uncertainTarget
        self.matches = matches
        self.partial = partial
        self.onlyInSource = onlyInSource
        self.onlyInTarget = onlyInTarget
        self.sourceFurniture = sourceFurniture
        self.targetFurniture = targetFurniture
    }
}

extension StatementMatching {
    /// Source sentences in no match, ascending: the one-sided ones, the uncertain ones and those only in partial
    /// statements. What a reader of the matches alone takes as one side's own (event grouping reads these).
    public var unmatchedSource: [Int] {
        Self.unmatched(onlyInSource, uncertainSource, partial.map(\.sourceSentences), matches.map(\.sourceSentences))
    }

    /// Target sentences in no match, ascending (``unmatchedSource`` for the target side).
    public var unmatchedTarget: [Int] {
        Self.unmatched(onlyInTarget, uncertainTarget, partial.map(\.targetSentences), matches.map(\.targetSentences))
    }

    private static func unmatched(_ oneSided: [Int], _ uncertain: [UncertainSentence], _ partial: [[Int]],
                                  _ matched: [[Int]]) -> [Int] {
        let oneSided = uncertain.isEmpty ? oneSided : (oneSided + uncertain.map(\.sentence)).sorted()
        guard !partial.isEmpty else { return oneSided }
        let inMatches = Set(matched.joined())
        return Array(Set(oneSided).union(partial.joined().filter { !inMatches.contains($0) })).sorted()
    }
}

/// A document pair with its statement matching: what ``ComparableMatcher`` returns per pair.
public struct MatchedPair: Sendable {
    /// The pair (indices into the matcher's source and target documents) and its score.
    public let pair: DocumentPair
    /// The source document.
    public let source: ComparableDocument
    /// The target document.
    public let target: ComparableDocument
    /// Corresponding statements and those only one side has.
    public let statements: StatementMatching

    /// A matched pair from its parts.
    public init(pair: DocumentPair, source: ComparableDocument, target: ComparableDocument,
                statements: StatementMatching) {
        self.pair = pair
        self.source = source
        self.target = target
        self.statements = statements
    }
}

/// The whole result of comparable matching: pairs with their statements, and documents without counterpart.
public struct ComparableMatch: Sendable {
    /// Matched pairs, in the pairing's order (best score first).
    public var pairs: [MatchedPair]
    /// Source documents without a counterpart, in input order.
    public var unmatchedSources: [ComparableDocument]
    /// Target documents without a counterpart, in input order.
    public var unmatchedTargets: [ComparableDocument]

    /// A result from its parts.
    public init(pairs: [MatchedPair], unmatchedSources: [ComparableDocument],
                unmatchedTargets: [ComparableDocument]) {
        self.pairs = pairs
        self.unmatchedSources = unmatchedSources
        self.unmatchedTargets = unmatchedTargets
    }
}
