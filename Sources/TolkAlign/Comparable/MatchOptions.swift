/// Settings for ``ComparableMatcher``, ``DocumentPairer`` and ``StatementMatcher``.
///
/// The defaults are principled settings, not values fitted to a test set: see each property.
/// ```swift
/// var options = MatchOptions()
/// options.allowsClusters = true   // --many
/// let matcher = try ComparableMatcher(options: options)
/// ```
public struct MatchOptions: Sendable {
    /// Translation pairs used as shared evidence beside names, numbers and cognates; `nil` for none.
    public var lexicon: TranslationLexicon?
    /// Pair a document with every counterpart above the threshold (clusters), not only its best one.
    public var allowsClusters = false
    /// Candidates kept per document from the inverted index before full scoring.
    public var candidatesPerDocument = 8
    /// A key found in more than this share of a side's documents is too common to propose candidates
    /// (it still counts when a candidate pair is scored).
    public var maximumDocumentShare = 0.05
    /// A key found in more than this many documents of a side never proposes candidates, whatever the share
    /// (bounds the work per key on large collections).
    public var maximumPostings = 200
    /// Smallest document score (weighted cosine of shared keys) of a pair; below it two documents are
    /// taken as unrelated even when each is the other's best candidate.
    public var minimumDocumentScore = 0.08
    /// Prior odds that a given source sentence's counterpart is a given target sentence are 1 / (number of
    /// target sentences); a statement pair is kept when its evidence log-odds beat that prior by this much
    /// (0: posterior odds at least even).
    public var statementMargin = 0.0
    /// Consider two adjacent sentences on one side against one sentence on the other (1-2 and 2-1 matches).
    public var mergesAdjacentSentences = true

    /// The default settings, without a lexicon.
    public init() {}

    /// Checks that every setting is in range.
    /// - Throws: ``AlignmentError/invalidOption(name:reason:)`` naming the first bad setting.
    public func validate() throws(AlignmentError) {
        guard (1...1_000).contains(candidatesPerDocument) else {
            throw .invalidOption(name: "candidatesPerDocument", reason: "must be 1...1000, is \(candidatesPerDocument)")
        }
        guard maximumDocumentShare > 0, maximumDocumentShare <= 1 else {
            throw .invalidOption(name: "maximumDocumentShare", reason: "must be in (0, 1]")
        }
        guard maximumPostings >= 1 else {
            throw .invalidOption(name: "maximumPostings", reason: "must be at least 1")
        }
        guard minimumDocumentScore.isFinite, (0...1).contains(minimumDocumentScore) else {
            throw .invalidOption(name: "minimumDocumentScore", reason: "must be in [0, 1]")
        }
        guard statementMargin.isFinite else {
            throw .invalidOption(name: "statementMargin", reason: "must be finite")
        }
    }
}
