extension StringProtocol {
    /// The text's lines, split at "\n" and at "\r\n", empty lines kept (so that line `i` is element `i - 1`).
    ///
    /// `split(separator: "\n")` misses "\r\n", which Swift reads as one `Character`: a file with Windows line
    /// ends would come out as one line. Every reader of line-based files (data tables, lexicons, glossaries,
    /// corpora) splits here.
    /// - Complexity: O(n) in the text's length.
    public func lineParts() -> [SubSequence] {
        split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
    }
}
