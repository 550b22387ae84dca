/// Thresholds of event grouping. Statements are compared by the weighted cosine of their cross-language keys
/// (linked entities, dates, numbers, and content words through the lexicon), each key weighted by
/// log(1 + N / df) over the N sentences of both sides, so the story's protagonist counts little.
public struct EventOptions: Sendable, Equatable {
    /// Two unmatched statements of different sides form a related pair when each is the other's most similar
    /// statement, they share two entities, dates or numbers, and their cosine reaches this.
    public var relatedPairSimilarity = 0.15
    /// Two statement pairs belong to one event when their mean cosine (source with source, target with target)
    /// reaches this, or when they are adjacent on both sides.
    public var mergeSimilarity = 0.3
    /// A one-sided statement joins the event that carries the largest share of its key weight, when the share
    /// reaches this.
    public var attachShare = 0.3

    /// The default thresholds.
    public init() {}
}
