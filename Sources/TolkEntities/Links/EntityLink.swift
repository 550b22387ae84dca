/// One entity found in both documents of a pair, with every mention on each side.
///
/// ```json
/// {"key": "region:RU", "kind": "place", "source": "Rusland", "target": "Russia",
///  "evidence": ["demonym"], "source_mentions": [{"text": "russiske", "range": [612, 620], "form": "demonym"}], ...}
/// ```
public struct EntityLink: Sendable, Hashable, Codable {
    /// A mention inside a link: as written, where, and how it names the entity.
    public struct Mention: Sendable, Hashable, Codable {
        /// The mention as written.
        public var text: String
        /// `[start, end]` UTF-8 bytes in its document's text.
        public var range: [Int]
        /// "name" or "demonym".
        public var form: MentionForm
    }

    /// The shared identity: "region:RU", "known:london" (lexicon place), or "name:julian assange".
    public var key: String
    /// Person, organisation or place (the kind most mentions have).
    public var kind: EntityKind
    /// The entity's name in the source document (for a country, its CLDR name in the source language).
    public var source: String
    /// The entity's name in the target document.
    public var target: String
    /// How the two sides were linked: "same spelling", "case variant", "folded spelling", "genitive",
    /// "compound" (Wikileaks-stifteren), "demonym", "exonym", "partial name"; for names spelled differently:
    /// "variant spelling" (Støjberg / Stoejberg), "longer name" (Britta Nielsen / Anna Britta Nielsen),
    /// "edit distance" (Zelenskyj / Zelensky); for a name one side's recognizer missed and found there by the
    /// other side's spelling: "spelled in both texts" (Rosenholm), "compound spelling" (Metroringen / Metro Ring).
    public var evidence: [String]
    /// The source mentions in document order.
    public var sourceMentions: [Mention]
    /// The target mentions in document order.
    public var targetMentions: [Mention]

    /// The number of mentions on both sides.
    public var weight: Int { sourceMentions.count + targetMentions.count }
}
