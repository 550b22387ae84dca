import Foundation
import TolkExtract
import TolkText

/// One web page read as an article, with the language of its text.
public struct ArticlePage: Sendable {
    /// The page's path as given (or found in a folder); `-` for standard input.
    public let id: String
    /// The article read from it.
    public let article: ExtractedArticle
    /// The language of the article's text as detected, or `nil` when the text is too short to tell.
    public let language: LanguageCode?
}

/// `tolk extract`'s library entry point: web pages (files, folders of them, or standard input) read as articles,
/// in parallel, with each article's language (detected on its first ``detectionPrefix`` bytes).
///
/// ```swift
/// let pages = try ArticlePages.read(["saved/"])
/// for page in pages { print(page.id, page.article.title?.value ?? "", page.language?.rawValue ?? "und") }
/// ```
public enum ArticlePages {
    /// The extensions a folder's pages may have.
    public static let pageExtensions: Set<String> = ["html", "htm", "xhtml", "shtml"]

    /// Reads pages as articles.
    /// - Parameters:
    ///   - paths: files, folders (every `.html`, `.htm`, `.xhtml` or `.shtml` file below them, in path order), or
    ///     "-" for standard input.
    ///   - encoding: the pages' encoding, or `nil` to detect each page's.
    ///   - detector: the language detector for the articles' text (`nil`: the shipped one).
    /// - Returns: one page per file, in the order given (folders expanded in path order).
    /// - Throws: ``MemoryLimitError`` when `ulimit -v` leaves too little room for the pages (checked before they
    ///   are read); ``TextError`` for an unreadable file, a binary format, a folder without pages, or bad cue
    ///   data, the first error in input order.
    /// - Complexity: O(n) in the pages' total size, spread over the cores.
    public static func read(_ paths: [String], encoding: String? = nil,
                            detector: LanguageDetector? = nil) throws -> [ArticlePage] {
        let files = try expand(paths)
        try MemoryLimit.check(memoryNeed, inputBytes: MemoryLimit.inputBytes(files), command: "extract")
        // (The shipped detector loads after the check: under a low limit its model is what fails to load.)
        let detector = try detector ?? LanguageDetector()
        _ = try ArticleReader.extractor()
        if files.count > 1 { AllocatorSettings.keepFreedHeap() }
        return try Parallel.map(files, state: { () throws(TextError) in () }) { (_, path) throws(TextError) in
            let article = try ArticleReader.read(path: path, encoding: encoding)
            return ArticlePage(id: path, article: article, language: detector.detect(sample(of: article.text)))
        }
    }

    /// The address space `extract` needs (``MemoryLimit``), above what was measured on the release build
    /// (docs/MEASURED.md, issue 16): 135 MB on a 4 KB page, 8.8 bytes per further byte of one 4 MB page (a
    /// batch takes less: its pages are parsed one at a time per thread).
    static let memoryNeed = MemoryLimit.Need(fixed: 152 << 20, perInputByte: 12)

    /// Bytes of an article's start that language detection reads: as many as `tolk match` reads of a document
    /// (`MatchSide.detectionPrefix`), enough for a confident guess at a cost that does not grow with the article.
    public static let detectionPrefix = 4_000

    /// The start of `text` that detection reads (``detectionPrefix`` bytes; a character cut at the end decodes
    /// as U+FFFD, which detection skips like any other character that is not a letter).
    static func sample(of text: String) -> String {
        text.utf8.count <= detectionPrefix ? text
            : String(decoding: text.utf8.prefix(detectionPrefix), as: UTF8.self)
    }

    /// Paths with folders replaced by the pages below them, sorted.
    static func expand(_ paths: [String]) throws(TextError) -> [String] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
                  isDirectory.boolValue
            else {
                files.append(path)
                continue
            }
            guard let walker = FileManager.default.enumerator(atPath: path) else {
                throw .unreadable(path: path, reason: "cannot list the folder")
            }
            var found: [String] = []
            while let name = walker.nextObject() as? String {
                let ext = (name as NSString).pathExtension.lowercased()
                if pageExtensions.contains(ext) { found.append((path as NSString).appendingPathComponent(name)) }
            }
            guard !found.isEmpty else { throw .noDocuments(path: path) }
            files += found.sorted()
        }
        return files
    }
}
