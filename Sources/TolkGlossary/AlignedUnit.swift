/// A source passage and the target passage aligned with it: a sentence pair from a translation, or a matched
/// statement from comparable coverage. The unit over which glossary terms are counted.
///
/// ```swift
/// let unit = AlignedUnit(sourceText: "Det skriver CNN mandag.", targetText: "CNN reported on Monday.",
///                        sourceDocument: "a.da.txt", targetDocument: "b.en.txt",
///                        sourceRange: 0..<24, targetRange: 0..<24)
/// ```
public struct AlignedUnit: Sendable, Hashable {
    /// The source passage's text.
    public var sourceText: String
    /// The target passage's text.
    public var targetText: String
    /// The source document's path or id.
    public var sourceDocument: String
    /// The target document's path or id.
    public var targetDocument: String
    /// UTF-8 byte range of the source passage in its document.
    public var sourceRange: Range<Int>
    /// UTF-8 byte range of the target passage in its document.
    public var targetRange: Range<Int>

    /// A unit from its parts.
    public init(sourceText: String, targetText: String, sourceDocument: String, targetDocument: String,
                sourceRange: Range<Int>, targetRange: Range<Int>) {
        self.sourceText = sourceText
        self.targetText = targetText
        self.sourceDocument = sourceDocument
        self.targetDocument = targetDocument
        self.sourceRange = sourceRange
        self.targetRange = targetRange
    }
}
