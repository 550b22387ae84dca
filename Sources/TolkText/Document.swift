/// A segmented text: its metadata, paragraphs, sentences, and the web-copy lines kept out of them.
///
/// Every range is a UTF-8 byte range into the decoded NFC text that was segmented (for a stream: into the
/// whole decoded input), so each part can be highlighted in the source.
public struct Document: Sendable, Equatable {
    /// Leading metadata fields, such as `["date": "2019-07"]`.
    public var metadata: [String: String]
    /// Paragraphs in order (one per non-blank line that was kept).
    public var paragraphs: [Paragraph]
    /// Sentences in order; each names its paragraph.
    public var sentences: [Sentence]
    /// Lines (and metadata fields) kept out of the sentences, each with the rule that removed it.
    public var removed: [RemovedLine]

    /// An empty document.
    public init(metadata: [String: String] = [:], paragraphs: [Paragraph] = [], sentences: [Sentence] = [],
                removed: [RemovedLine] = []) {
        self.metadata = metadata
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.removed = removed
    }
}

/// A paragraph: a line of the input that holds sentences.
public struct Paragraph: Sendable, Equatable {
    /// The paragraph's text as a slice of the text it was found in: no copy of it (``text`` makes one).
    public let slice: Substring
    /// Its UTF-8 byte range.
    public let range: Range<Int>
    /// Indices of its sentences in ``Document/sentences``.
    public let sentences: Range<Int>

    /// The paragraph's text (without leading metadata and surrounding spaces), copied out of ``slice``.
    public var text: String { String(slice) }

    /// A paragraph of its own text.
    public init(text: String, range: Range<Int>, sentences: Range<Int>) {
        self.init(slice: text[...], range: range, sentences: sentences)
    }

    /// A paragraph whose text is `slice` of the text it was found in (which the slice keeps, without a copy).
    public init(slice: Substring, range: Range<Int>, sentences: Range<Int>) {
        self.slice = slice
        self.range = range
        self.sentences = sentences
    }
}

/// A sentence with its UTF-8 byte range.
///
/// A segmented sentence holds a slice of its document's text, not a copy: a document's sentences together
/// take about 56 bytes each besides the one text (docs/MEASURED.md, issue 16). ``text`` copies the slice out.
public struct Sentence: Sendable, Equatable {
    /// The sentence's text as a slice of the text it was found in (without surrounding spaces).
    public let slice: Substring
    /// Its UTF-8 byte range in the decoded text.
    public let range: Range<Int>
    /// Index of its paragraph in ``Document/paragraphs`` (for ``Segmenter/sentences(in:)``: its line index).
    public let paragraph: Int

    /// The sentence's text, without surrounding spaces, copied out of ``slice``.
    public var text: String { String(slice) }

    /// A sentence of its own text.
    public init(text: String, range: Range<Int>, paragraph: Int) {
        self.init(slice: text[...], range: range, paragraph: paragraph)
    }

    /// A sentence whose text is `slice` of the text it was found in (which the slice keeps, without a copy).
    public init(slice: Substring, range: Range<Int>, paragraph: Int) {
        self.slice = slice
        self.range = range
        self.paragraph = paragraph
    }
}

/// What a token is.
public enum TokenKind: String, Sendable, CaseIterable {
    /// Letters (possibly with inner apostrophes, hyphens or periods: "Ecuadors", "f.eks.", "U.S.").
    case word
    /// Digits (possibly with inner separators: "2016", "5,000").
    case number
    /// Punctuation: . , ; : ! ? quotes, brackets, dashes.
    case punctuation
    /// Anything else that is not a space: symbols such as € % & /.
    case symbol
}

/// A word, number, punctuation mark or symbol, with its UTF-8 byte range.
public struct Token: Sendable, Equatable {
    /// The token's text.
    public let text: String
    /// Its UTF-8 byte range in the text it was found in.
    public let range: Range<Int>
    /// What it is.
    public let kind: TokenKind

    public init(text: String, range: Range<Int>, kind: TokenKind) {
        self.text = text
        self.range = range
        self.kind = kind
    }
}

/// A line (or leading metadata field) kept out of the sentences: a browser notice, an image caption, a photo
/// credit, a pull quote repeated from the body.
public struct RemovedLine: Sendable, Equatable {
    /// The removed text as a slice of the text it was found in (no copy of it).
    public let slice: Substring
    /// Its UTF-8 byte range.
    public let range: Range<Int>
    /// The label of the rule that removed it (such as "browser-notice", "pull-quote", "metadata").
    public let reason: String

    /// The removed text, copied out of ``slice``.
    public var text: String { String(slice) }

    /// A removed line of its own text.
    public init(text: String, range: Range<Int>, reason: String) {
        self.init(slice: text[...], range: range, reason: reason)
    }

    /// A removed line whose text is `slice` of the text it was found in.
    public init(slice: Substring, range: Range<Int>, reason: String) {
        self.slice = slice
        self.range = range
        self.reason = reason
    }
}
