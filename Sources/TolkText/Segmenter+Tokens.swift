extension Segmenter {
    /// The word tokens of `sentence` (ICU word break), skipping spaces: the sentence view of ``WordScanner``.
    ///
    /// A known abbreviation keeps its period ("f.eks.", "U.S."); a word directly followed by a period that is
    /// not an abbreviation gives the period as its own punctuation token.
    /// - Returns: tokens whose ranges are UTF-8 byte ranges into `sentence`.
    /// - Complexity: O(n) in the length of `sentence`.
    public func tokens(in sentence: String) -> [Token] {
        scanner.tokens(in: sentence) { rules.behaviour(ofWordEndingWithPeriod: $0) != nil }
    }
}
