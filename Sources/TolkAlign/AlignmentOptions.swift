/// Settings for ``SentenceAligner``: how wide the search band is, how long a chunk is, which lexicon to use.
///
/// The defaults suit translated documents of any length; the band and chunk sizes bound time and memory.
/// ```swift
/// var options = AlignmentOptions()
/// options.lexicon = try TranslationLexicon(contentsOfTSV: "my-terms.tsv")
/// let aligner = try SentenceAligner(options: options)
/// ```
public struct AlignmentOptions: Sendable {
    /// Half-width of the search band, in target sentences, around the path followed so far.
    /// A translation may run this many sentences ahead of or behind the path's expected course.
    public var bandRadius: Int = 16
    /// Source sentences aligned per chunk; memory is bounded by this, not by the input length.
    public var chunkLength: Int = 10_000
    /// Translation pairs, the lexical evidence beside cognates, numbers, names and punctuation; `nil` for none.
    public var lexicon: TranslationLexicon?
    /// How many lexicon translations of a source word count, best first (a word is translated one way in a
    /// sentence: every extra candidate would count as a missed key).
    public var translationsPerWord: Int = 1
    /// Weight of the shared-evidence log-likelihood ratio against the length and bead-type costs.
    public var evidenceWeight: Double = 1.0

    /// The default settings, without a lexicon.
    public init() {}

    /// Checks that every setting is in range.
    /// - Throws: ``AlignmentError/invalidOption(name:reason:)`` naming the first bad setting.
    public func validate() throws(AlignmentError) {
        guard (2...1_000).contains(bandRadius) else {
            throw .invalidOption(name: "bandRadius", reason: "must be 2...1000, is \(bandRadius)")
        }
        guard chunkLength >= 8 * bandRadius else {
            throw .invalidOption(name: "chunkLength", reason: "must be at least 8 x bandRadius, is \(chunkLength)")
        }
        guard translationsPerWord >= 1 else {
            throw .invalidOption(name: "translationsPerWord", reason: "must be at least 1, is \(translationsPerWord)")
        }
        guard evidenceWeight.isFinite, evidenceWeight >= 0 else {
            throw .invalidOption(name: "evidenceWeight", reason: "must be finite and not negative")
        }
    }
}
