import TolkText

/// One document given to comparable matching: an identifier (a path or a record id), its decoded text, its
/// language, and its sentences with UTF-8 byte ranges into that text.
///
/// ```swift
/// let segmenter = try Segmenter(language: .danish)
/// let text = try TextInput.read(path: "article.da.txt").text
/// let document = ComparableDocument(id: "article.da.txt", text: text, language: .danish,
///                                   sentences: segmenter.segment(text).sentences)
/// ```
public struct ComparableDocument: Sendable {
    /// A path or a record id; what the outputs call the document.
    public let id: String
    /// The decoded (NFC) text the sentence ranges point into.
    public let text: String
    /// The document's language, when known.
    public let language: LanguageCode?
    /// The sentences, in reading order.
    public let sentences: [Sentence]

    /// A document from its parts.
    public init(id: String, text: String, language: LanguageCode?, sentences: [Sentence]) {
        self.id = id
        self.text = text
        self.language = language
        self.sentences = sentences
    }
}
