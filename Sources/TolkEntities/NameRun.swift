/// A run of capitalised tokens that may be a name, before it is typed: the tokens it spans and the context
/// around it that the classifier reads.
struct NameRun: Sendable {
    /// Indexes into the scanned tokens, first to last (connectors and hyphens included).
    var tokens: Range<Int>
    /// UTF-8 byte range of the run (an English possessive ending excluded).
    var range: Range<Int>
    /// The run's text as written.
    var text: String
    /// The name without inflection (Danish genitive "s" or English "'s" removed when evidence allows).
    var baseForm: String
    /// The run directly follows a title or role word ("Mr.", "præsident", "Wikileaks-stifteren").
    var afterTitle: Bool
    /// The run directly follows a preposition that usually introduces a place ("in", "fra").
    var afterPlacePreposition: Bool
    /// The number of capitalised words in the run.
    var wordCount: Int
}
