/// The article read from a web page: its text, the blocks of that text with byte ranges, the page's metadata, and
/// what was left out.
public struct ExtractedArticle: Sendable, Equatable {
    /// The article's body: blocks separated by a blank line, ending in a line break (empty when none was found).
    public let text: String
    /// The blocks of ``text`` in order, each with its UTF-8 byte range in ``text``.
    public let blocks: [ArticleBlock]
    /// The headline: the page's `og:title`, JSON-LD `headline`, first `<h1>` or `<title>`, in that order.
    public let title: PageField?
    /// The publication date as the page gives it (`article:published_time`, JSON-LD `datePublished`, `<time>`).
    public let published: PageField?
    /// Who wrote it (meta `author`, JSON-LD `author`, a byline "By …" / "Af …" in the page).
    public let byline: PageField?
    /// The language the page declares (`<html lang>`), as written, or `nil`.
    public let declaredLanguage: String?
    /// Blocks of the page that were left out, in page order, each with the reason.
    public let removed: [RemovedBlock]
}

/// One metadata value and where on the page it was found.
public struct PageField: Sendable, Equatable {
    /// The value, with white space runs made single spaces.
    public let value: String
    /// Where it came from: `meta article:published_time`, `json-ld datePublished`, `time`, `h1`, `byline`, ...
    public let source: String

    /// A value and its source.
    public init(value: String, source: String) {
        self.value = value
        self.source = source
    }
}

/// A block of the article's text.
public struct ArticleBlock: Sendable, Equatable {
    /// What kind of block it is.
    public enum Kind: String, Sendable {
        case heading, paragraph, item, quote, preformatted, cell
    }
    /// The block's kind, from the element that holds it.
    public let kind: Kind
    /// The UTF-8 byte range of the block in ``ExtractedArticle/text``.
    public let range: Range<Int>
}

/// A part of the page left out of the article.
public struct RemovedBlock: Sendable, Equatable {
    /// Why: the tag, role or names that mark it as furniture, a boilerplate phrase, a byline, ...
    public let reason: String
    /// Its text, white space runs made single spaces.
    public let text: String
}
