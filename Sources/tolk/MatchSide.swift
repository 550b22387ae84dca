import Foundation
import TolkAlign
import TolkLanguage
import TolkText

/// One side of `tolk match`, read document by document: each document's language comes from the command-line
/// option, else its JSONL `language` field, else a file-name tag such as `.da.txt`, else language detection
/// (``LanguageDetector`` on the first ``detectionPrefix`` bytes), else `fallback`; it is segmented with that
/// language's rules, and only the segmented document is kept.
struct MatchSide {
    /// Bytes of a document's start that language detection reads (enough for a confident guess; bounded cost).
    static let detectionPrefix = 4_000

    /// How a document's language was found.
    enum Source: String, CaseIterable {
        case option = "option"
        case field = "JSONL field"
        case fileName = "file name"
        case detected = "detected"
        case fallback = "default"
    }

    /// The segmented documents, in input order.
    private(set) var documents: [ComparableDocument] = []
    /// Documents per (language, how it was found).
    private(set) var counts: [String: Int] = [:]
    /// The side's language: the option, else the most common language of its documents (ties by code).
    private(set) var language: LanguageCode

    /// Reads the side at `path`.
    /// - Parameters:
    ///   - option: the language given on the command line, which every document takes.
    ///   - fallback: the language of documents whose language nothing tells.
    ///   - detector: opened on first use, shared with the other side.
    ///   - segmenters: one per language, shared with the other side.
    ///   - progress: called after each document with the number read so far.
    /// - Throws: ``TextError`` naming the file (and line; ``TextError/noDocuments(path:)`` for a directory or
    ///   JSONL file without documents), or a segmenter or detector error.
    /// - Complexity: O(n) in the size of the input; memory holds the segmented documents only, besides the file
    ///   being read.
    init(path: String, option: LanguageCode?, fallback: LanguageCode, detector: inout LanguageDetector?,
         segmenters: inout [LanguageCode: Segmenter], progress: (Int) -> Void = { _ in }) throws {
        language = option ?? fallback
        var perLanguage: [LanguageCode: Int] = [:]
        var documents: [ComparableDocument] = []
        var counts: [String: Int] = [:]
        try MatchInput.forEachDocument(at: path) { raw in
            let (code, source) = try Self.language(of: raw, option: option, fallback: fallback, detector: &detector)
            documents.append(try MatchInput.segment(raw, language: code, segmenters: &segmenters))
            perLanguage[code, default: 0] += 1
            counts["\(code.rawValue) (\(source.rawValue))", default: 0] += 1
            progress(documents.count)
        }
        self.documents = documents
        self.counts = counts
        if option == nil, let most = perLanguage.max(by: { a, b in
            a.value != b.value ? a.value < b.value : a.key.rawValue > b.key.rawValue
        }) {
            language = most.key
        }
    }

    /// One line for standard error: the side's language and how its documents' languages were found.
    func report(_ name: String) -> String {
        let parts = counts.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }
        return "tolk match: \(name) \(language.rawValue): \(parts.joined(separator: ", "))\n"
    }

    /// A document's language and how it was found.
    private static func language(of raw: MatchInput.RawDocument, option: LanguageCode?, fallback: LanguageCode,
                                 detector: inout LanguageDetector?) throws -> (LanguageCode, Source) {
        if let option { return (option, .option) }
        if let field = raw.language { return (field, .field) }
        if FileManager.default.fileExists(atPath: raw.id), let tag = LanguageCode.tag(inFileName: raw.id) {
            return (tag, .fileName)
        }
        if detector == nil { detector = try LanguageDetector() }
        // A character cut at the end decodes as U+FFFD, which detection skips like any non-letter.
        let prefix = String(decoding: raw.text.utf8.prefix(detectionPrefix), as: UTF8.self)
        if let code = detector?.detect(prefix) { return (code, .detected) }
        return (fallback, .fallback)
    }
}
