import TolkEvents

extension MatchRun {
    /// The phrasing comparer of the run's languages, with its lexicon (the shipped one plus the extra file): what
    /// the HTML report of `tolk match` shows for each pair.
    /// - Throws: ``DataError`` naming a malformed phrasing list and line.
    public func phrasingComparer() throws -> PhrasingComparer {
        try PhrasingComparer(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, lexicon: lexicon)
    }
}
