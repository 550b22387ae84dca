import Foundation
import TolkAlign
import TolkLanguage
import TolkText

/// One side of `tolk match` (and of `compare` and `glossary --comparable`), read document by document: each
/// document's language comes from ``LanguagePolicy`` (the option, else its JSONL `language` field, else a
/// file-name tag such as `.da.txt`, else detection on the first ``detectionPrefix`` bytes, else `fallback` with a
/// note); it is segmented with that language's rules, and only the segmented document is kept.
public struct MatchSide {
    /// Bytes of a document's start that language detection reads (enough for a confident guess; bounded cost).
    public static let detectionPrefix = 4_000

    /// The segmented documents, in input order.
    public private(set) var documents: [ComparableDocument] = []
    /// How the documents' languages were chosen.
    public private(set) var tally = LanguageTally()
    /// Notes for standard error (a tag that detection contradicts, a language nothing told).
    public private(set) var notes: [String] = []
    /// Publication dates by document id, where a record or an HTML page's metadata gave one.
    public private(set) var dates: [String: PublicationDate] = [:]
    /// Each JSONL record's other fields as a JSON object text, by document id, where it has any.
    public private(set) var fields: [String: String] = [:]
    /// The side's language: the option, else the most common language of its documents (ties by code).
    public private(set) var language: LanguageCode

    /// Reads the side at `path`.
    /// - Parameters:
    ///   - option: the language given on the command line, which every document takes.
    ///   - fallback: the language of documents whose language nothing tells (each one noted).
    ///   - policy: the language policy, shared with the other side.
    ///   - segmenters: one per language, shared with the other side.
    ///   - progress: called after each document with the number read so far.
    /// - Throws: ``TextError`` naming the file (and line; ``TextError/noDocuments(path:)`` for a directory or
    ///   JSONL file without documents), or a segmenter or detector error.
    /// - Complexity: O(n) in the size of the input; memory holds the segmented documents only, besides the file
    ///   being read.
    public init(path: String, encoding: String? = nil, option: LanguageCode?, fallback: LanguageCode,
         policy: LanguagePolicy, segmenters: inout [LanguageCode: Segmenter],
         progress: (Int) -> Void = { _ in }) throws {
        var documents: [ComparableDocument] = []
        var tally = LanguageTally()
        var notes: [String] = []
        var dates: [String: PublicationDate] = [:]
        var fields: [String: String] = [:]
        try MatchInput.forEachDocument(at: path, encoding: encoding) { raw in
            if let date = raw.date {
                dates[raw.id] = PublicationDate(date: date, origin: raw.pageField == nil ? .record : .page,
                                                field: raw.pageField)
            }
            if let extra = raw.fields { fields[raw.id] = extra }
            // A character cut at the end decodes as U+FFFD, which detection skips like any non-letter.
            let prefix = String(decoding: raw.text.utf8.prefix(Self.detectionPrefix), as: UTF8.self)
            let isFile = FileManager.default.fileExists(atPath: raw.id)
            let choice = try policy.choose(option: option, record: raw.language, path: isFile ? raw.id : nil,
                                           sample: prefix, fallback: fallback, name: raw.id)
            if let note = choice.note { notes.append(note) }
            documents.append(try MatchInput.segment(raw, language: choice.language, segmenters: &segmenters))
            tally.add(choice)
            progress(documents.count)
        }
        self.documents = documents
        self.tally = tally
        self.notes = notes
        self.dates = dates
        self.fields = fields
        language = option?.twoLetterForm ?? tally.majority ?? fallback
    }

    /// Both sides of comparable coverage (files, directories or JSONL files), each document's language by
    /// ``LanguagePolicy`` as `tolk match` reads them; `report` receives the lines for standard error (notes, each
    /// side's language and how it was found) once both sides are read.
    /// - Parameters:
    ///   - sourceOption, targetOption: the languages given on the command line (`nil`: each document's own).
    ///   - command: the command named in the report lines.
    /// - Throws: as ``init(path:encoding:option:fallback:policy:segmenters:progress:)``.
    public static func read(sources: String, targets: String, encoding: String?, sourceOption: LanguageCode?,
                            targetOption: LanguageCode?, command: String,
                            report: (String) -> Void) throws -> (source: MatchSide, target: MatchSide) {
        let policy = LanguagePolicy()
        var segmenters: [LanguageCode: Segmenter] = [:]
        let source = try MatchSide(path: sources, encoding: encoding, option: sourceOption, fallback: .danish,
                                   policy: policy, segmenters: &segmenters)
        let target = try MatchSide(path: targets, encoding: encoding, option: targetOption, fallback: .english,
                                   policy: policy, segmenters: &segmenters)
        report(source.report("sources", command: command) + target.report("targets", command: command))
        return (source, target)
    }

    /// The lines for standard error: the notes, then the side's language and how its documents' languages were
    /// found.
    public func report(_ name: String, command: String = "match") -> String {
        notes.map { "tolk \(command): \($0)\n" }.joined() + tally.line(command: command, side: name, language: language)
    }
}
