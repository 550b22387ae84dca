/// Grammatical facts an analysis found in a word form.
public struct MorphologicalFeatures: OptionSet, Hashable, Sendable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// Danish suffixed definite article (`ambassaden`, `valget`, `rapporterne`).
    public static let definite = MorphologicalFeatures(rawValue: 1 << 0)
    /// Danish genitive `-s` (`Ecuadors`) or English possessive `'s` / `s'`.
    public static let genitive = MorphologicalFeatures(rawValue: 1 << 1)
    /// Plural (`rapporter`, `services`).
    public static let plural = MorphologicalFeatures(rawValue: 1 << 2)
    /// A verb form: past, participle, present, passive or gerund.
    public static let verbForm = MorphologicalFeatures(rawValue: 1 << 3)
    /// An inflected adjective (`russiske`, `stort`) or a comparative or superlative.
    public static let adjectiveForm = MorphologicalFeatures(rawValue: 1 << 4)
    /// An irregular form from the shipped table (`sagde` -> `sige`, `told` -> `tell`).
    public static let irregular = MorphologicalFeatures(rawValue: 1 << 5)
    /// An adverb formed from an adjective (`possibly` -> `possible`).
    public static let adverb = MorphologicalFeatures(rawValue: 1 << 6)
}

/// One reading of a word form: a candidate lemma and what the ending said.
public struct MorphologicalAnalysis: Hashable, Sendable {
    /// The candidate lemma (lower case), such as `ambassade` for `ambassaden`.
    public var lemma: String
    /// What was removed to reach the lemma.
    public var features: MorphologicalFeatures
}

/// A compound split into its parts, such as `overvågnings|rapporter`.
public struct CompoundSplit: Hashable, Sendable {
    /// The parts as written, linking elements kept (`["overvågnings", "rapporter"]`).
    public var parts: [String]
    /// The lemma of each part (`["overvågning", "rapport"]`).
    public var lemmas: [String]
}
