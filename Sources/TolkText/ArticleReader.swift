import TolkExtract

/// Reads web pages as articles, for every command: the one place where TolkText hands HTML to TolkExtract.
///
/// The boilerplate cues are read once per process from `lexicons/extract/cues.tsv`.
///
/// ```swift
/// let article = try ArticleReader.read(path: "saved-page.html")
/// print(article.title?.value ?? "", article.text)
/// ```
public enum ArticleReader {
    /// The cue file, inside the data folder.
    public static let cueFile = "extract/cues.tsv"

    private static let loaded: Result<ArticleExtractor, TextError> = Result { () throws(TextError) in try load() }

    private static func load() throws(TextError) -> ArticleExtractor {
        let table = try TextError.loading { () throws(DataError) in
            try DataTable.load(cueFile, columns: ["kind", "cue", "language", "source"])
        }
        let rows = table.rows.map { (line: $0.line, kind: $0.fields[0], cue: $0.fields[1]) }
        do {
            return ArticleExtractor(cues: try BoilerplateCues(rows: rows, path: table.path))
        } catch {
            switch error {
            case let .malformedCue(path, line, reason): throw .data(.malformedLine(path: path, line: line, reason: reason))
            }
        }
    }

    /// The shared extractor, with the shipped cues.
    /// - Throws: ``DataError/missing(name:searched:)`` or ``DataError/malformedLine(path:line:reason:)`` for
    ///   the cue file.
    public static func extractor() throws(TextError) -> ArticleExtractor { try loaded.get() }

    /// Reads a file (or standard input for "-") that must be an HTML page, and extracts its article.
    /// - Parameters:
    ///   - path: a file path, or "-".
    ///   - encoding: the page's encoding, or `nil` to detect it.
    /// - Throws: ``TextError/unreadable(path:reason:)``, ``TextError/unsupportedFormat(path:format:advice:)``
    ///   for a PDF, image or other binary input, and the cue file's errors. A page without HTML markup is read
    ///   as HTML all the same (libxml2 wraps it in a body).
    /// - Complexity: O(n) in the page's size.
    public static func read(path: String, encoding: String? = nil) throws(TextError) -> ExtractedArticle {
        let bytes = try TextInput.bytes(path: path)
        if case let .binary(format, advice) = InputFormat.sniff(Array(bytes.prefix(1 << 16)), name: path) {
            throw .unsupportedFormat(path: TextInput.displayName(of: path), format: format, advice: advice)
        }
        return try extractor().extract(html: bytes, encoding: try encoding.map(canonicalEncoding))
    }

    /// Reads `path` as ``TextInput/read(path:encoding:)`` does, and when it is an HTML page also returns the
    /// publication date the page states (`article:published_time` and other `<meta>` tags, JSON-LD
    /// `datePublished`, `<time datetime>`), as written, with where it was found.
    ///
    /// ```swift
    /// let page = try ArticleReader.readWithMetadata(path: "saved-page.html")
    /// page.published?.value    // "2019-07-15T10:22:00+02:00"
    /// page.published?.source   // "meta article:published_time"
    /// ```
    /// - Returns: the decoded text (an HTML page's article text, NFC), and the page's date (`nil` for standard
    ///   input, a file that is not an HTML page, or a page that states none). The page is parsed once.
    /// - Throws: as ``TextInput/read(path:encoding:)``.
    /// - Complexity: O(n) in the file's size.
    public static func readWithMetadata(path: String, encoding: String? = nil) throws(TextError)
        -> (text: DecodedText, published: PageField?)
    {
        guard path != "-" else { return (try TextInput.read(path: path, encoding: encoding), nil) }
        let source = try ByteSource(path: path)
        let head = try source.read(upTo: 1 << 16)
        guard case .html = InputFormat.sniff(head, name: path) else {
            return (try TextInput.read(path: path, encoding: encoding), nil)
        }
        var bytes = head
        while true {
            let block = try source.read(upTo: TextInput.defaultChunkSize)
            if block.isEmpty { break }
            bytes += block
        }
        let article = try extractor().extract(html: bytes, encoding: try encoding.map(canonicalEncoding))
        let text = try TextInput.decode(Array(article.text.utf8), name: TextInput.displayName(of: path), encoding: "utf-8")
        return (text, article.published)
    }

    /// The article text of an HTML page held in memory, as UTF-8 bytes (what every command reads of a page).
    static func articleBytes(_ html: [UInt8], encoding: String?) throws(TextError) -> [UInt8] {
        Array(try extractor().extract(html: html, encoding: try encoding.map(canonicalEncoding)).text.utf8)
    }

    /// The name libxml2 is given for an encoding the user named (ICU's standard name; an unknown name is an error).
    private static func canonicalEncoding(_ name: String) throws(TextError) -> String {
        try InputEncoding.named(name, head: []).name
    }
}
