/// Pairs the source and target documents that cover the same story and matches the statements inside each
/// pair: the entry point of `tolk match`.
///
/// ```swift
/// let matcher = try ComparableMatcher(options: MatchOptions())
/// let result = matcher.match(source: danishDocuments, target: englishDocuments)
/// for pair in result.pairs {
///     print(pair.source.id, pair.target.id, pair.pair.score, pair.statements.matches.count)
/// }
/// ```
public struct ComparableMatcher: Sendable {
    /// The settings in use.
    public let options: MatchOptions
    /// The document pairer.
    public let pairer: DocumentPairer
    /// The statement matcher used inside each pair.
    public let statementMatcher: StatementMatcher

    /// A matcher with `options`.
    /// - Throws: ``AlignmentError/invalidOption(name:reason:)`` when a setting is out of range.
    public init(options: MatchOptions = MatchOptions()) throws(AlignmentError) {
        self.options = options
        pairer = try DocumentPairer(options: options)
        statementMatcher = try StatementMatcher(options: options)
    }

    /// Pairs `source` with `target` documents, then matches statements inside every pair.
    /// - Parameter progress: called with (pairs done, pairs in all) while statements are matched.
    /// - Returns: pairs best first, and the documents without counterpart in input order.
    /// - Complexity: that of ``DocumentPairer/pair(source:target:)`` plus, per kept pair,
    ///   ``StatementMatcher/match(source:target:)``.
    public func match(source: [ComparableDocument], target: [ComparableDocument],
                      progress: ((Int, Int) -> Void)? = nil) -> ComparableMatch {
        let pairing = pairer.pair(source: source, target: target)
        var pairs: [MatchedPair] = []
        pairs.reserveCapacity(pairing.pairs.count)
        for (done, pair) in pairing.pairs.enumerated() {
            let statements = statementMatcher.match(source: source[pair.source], target: target[pair.target])
            pairs.append(MatchedPair(pair: pair, source: source[pair.source], target: target[pair.target],
                                     statements: statements))
            progress?(done + 1, pairing.pairs.count)
        }
        return ComparableMatch(pairs: pairs, unmatchedSources: pairing.unmatchedSources.map { source[$0] },
                               unmatchedTargets: pairing.unmatchedTargets.map { target[$0] })
    }
}
