import Foundation
import TolkAlign
import TolkText

/// Reads one side of `tolk match`: a file, a directory of files, or a JSONL file of `{"id", "text", ...}`
/// records, into segmented documents.
public enum MatchInput {
    /// A document before segmentation: its id (path or record id), text, and language and publication date
    /// (a JSONL record's `date`, YYYY-MM[-DD], or the date an HTML page's metadata states) when the input says.
    public struct RawDocument {
        public let id: String
        public let text: String
        public let language: LanguageCode?
        public var date: CalendarDate? = nil
        /// Where an HTML page stated `date` ("meta article:published_time"); nil for a record's date.
        public var pageField: String? = nil
        /// A JSONL record's other fields (not `id`, `text`, `language` or `date`) as one JSON object text, keys
        /// sorted, when it has any: passed through to `--format jsonl`.
        public var fields: String? = nil

        /// A document read from an input.
        public init(id: String, text: String, language: LanguageCode?, date: CalendarDate? = nil,
                    pageField: String? = nil, fields: String? = nil) {
            self.id = id
            self.text = text
            self.language = language
            self.date = date
            self.pageField = pageField
            self.fields = fields
        }
    }

    /// Segments raw documents, each with the segmenter of its own language (the record's, else `language`);
    /// segmenters are opened once per language and kept in `segmenters` for the other side.
    /// - Parameter progress: called after each document with the number done so far.
    /// - Complexity: O(n) in the total text length.
    public static func segment(
        _ raw: [RawDocument], language: LanguageCode, segmenters: inout [LanguageCode: Segmenter],
        progress: (Int) -> Void = { _ in }
    ) throws -> [ComparableDocument] {
        var documents: [ComparableDocument] = []
        documents.reserveCapacity(raw.count)
        for (index, document) in raw.enumerated() {
            documents.append(try segment(document, language: document.language ?? language, segmenters: &segmenters))
            progress(index + 1)
        }
        return documents
    }

    /// Segments one raw document with the rules of `language`, opening that language's segmenter on first use
    /// and keeping it in `segmenters` for the documents after it.
    /// - Parameters:
    ///   - document: the document; its own `language` field is not consulted (the caller has decided).
    ///   - language: the language whose rules segment it, and the language the result carries.
    ///   - segmenters: the segmenters opened so far, one per language.
    /// - Returns: the document with its sentences.
    /// - Throws: a ``TextError`` when the language's segmenter cannot be opened.
    /// - Complexity: O(n) in the document's length.
    public static func segment(_ document: RawDocument, language: LanguageCode,
                        segmenters: inout [LanguageCode: Segmenter]) throws -> ComparableDocument {
        let segmenter = try segmenters.value(for: language) { () throws(TextError) in try Segmenter(language: language) }
        return ComparableDocument(id: document.id, text: document.text, language: language,
                                  sentences: segmenter.segment(document.text).sentences)
    }

    /// The raw documents of `path`: a directory's regular, non-hidden files sorted by name (not descending into
    /// subdirectories), each line of a `.jsonl` file, or the one file.
    /// - Throws: ``TextError`` naming the file (and line, for JSONL); ``TextError/noDocuments(path:)`` when there
    ///   are none.
    /// - Complexity: O(n) in the size of the input.
    public static func documents(at path: String, encoding: String? = nil) throws -> [RawDocument] {
        var documents: [RawDocument] = []
        try forEachDocument(at: path, encoding: encoding) { documents.append($0) }
        return documents
    }

    /// Hands the raw documents of `path` (as ``documents(at:)`` lists them) to `body` one at a time, so that a
    /// caller that keeps only what it makes of each holds one file's text at a time (one JSONL file's while
    /// its records are read).
    /// - Throws: ``TextError`` naming the file (and line, for JSONL), ``TextError/noDocuments(path:)`` when a
    ///   directory or JSONL file yields no document (a plain file, even an empty one, is always one), or what
    ///   `body` throws.
    /// - Complexity: O(n) in the size of the input.
    public static func forEachDocument(at path: String, encoding: String? = nil,
                                _ body: (RawDocument) throws -> Void) throws {
        var count = 0
        try forEachDocumentAllowingNone(at: path, encoding: encoding) { document in
            count += 1
            try body(document)
        }
        if count == 0 { throw TextError.noDocuments(path: path) }
    }

    private static func forEachDocumentAllowingNone(at path: String, encoding: String?,
                                                    _ body: (RawDocument) throws -> Void) throws {
        var isDirectory: ObjCBool = false
        guard path == "-" || FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw TextError.unreadable(path: path, reason: "no such file or directory")
        }
        guard isDirectory.boolValue else { return try fileDocuments(at: path, encoding: encoding, body) }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: path)
        } catch {
            throw TextError.unreadable(path: path, reason: error.localizedDescription)
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let file = (path as NSString).appendingPathComponent(name)
            var isSubdirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: file, isDirectory: &isSubdirectory),
                  !isSubdirectory.boolValue else { continue }
            try fileDocuments(at: file, encoding: encoding, body)
        }
    }

    private static func fileDocuments(at path: String, encoding: String?,
                                      _ body: (RawDocument) throws -> Void) throws {
        if path.hasSuffix(".jsonl") {
            // JSON is UTF-8 (RFC 8259): a line in another encoding is an error with its offset, never a reason to
            // re-read the whole file as windows-1252.
            return try records(in: try TextInput.read(path: path, encoding: "utf-8").text, path: path, body)
        }
        if path == "-" {
            // Standard input is a corpus of JSONL records when it starts with '{', else one document.
            let bytes = try standardInput()
            if bytes.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) == UInt8(ascii: "{") {
                return try forEachRecord(inJSONL: bytes, name: "<stdin>", body)
            }
            return try body(RawDocument(id: path, text: try TextInput.decode(bytes, name: "<stdin>", encoding: encoding).text,
                                        language: nil))
        }
        let page = try ArticleReader.readWithMetadata(path: path, encoding: encoding)
        let date = page.published.flatMap { PublicationDate.pageDate($0.value) }
        try body(RawDocument(id: path, text: page.text.text, language: nil, date: date,
                             pageField: date == nil ? nil : page.published?.source))
    }

    /// Every byte of standard input.
    private static func standardInput() throws -> [UInt8] {
        do {
            return [UInt8](try FileHandle.standardInput.readToEnd() ?? Data())
        } catch {
            throw TextError.unreadable(path: "<stdin>", reason: TextError.systemReason(error))
        }
    }

    /// Hands the records of JSONL bytes (standard input's, or a fuzzer's) to `body` in order, decoded as UTF-8 as
    /// a `.jsonl` file is: one JSON object per non-blank line with a string `text` and an `id` (string or number;
    /// `name:LINE` when absent), and optionally a `language` code and a publication `date` (YYYY, YYYY-MM or
    /// YYYY-MM-DD); other fields are kept as ``RawDocument/fields``.
    /// - Parameters:
    ///   - bytes: the records.
    ///   - name: the name errors give (a path, `<stdin>`).
    /// - Throws: ``TextError`` naming `name` and the line (bytes that are not UTF-8, a line that is not a JSON
    ///   object, no string `text`, an `id` that is no string or number or holds a line break, a duplicate id, a
    ///   malformed `date`), ``InputUsageError`` for a `language` that is no known code, or what `body` throws.
    ///   Bytes without records are no error here.
    /// - Complexity: O(n) in the size of the bytes.
    public static func forEachRecord(inJSONL bytes: [UInt8], name: String,
                                     _ body: (RawDocument) throws -> Void) throws {
        try records(in: try TextInput.decode(bytes, name: name, encoding: "utf-8").text, path: name, body)
    }

    /// The records of a JSONL file: one JSON object per non-blank line with a string `text` and an `id`
    /// (string or number; the line number when absent), and optionally a `language` code and a publication
    /// `date` (YYYY, YYYY-MM or YYYY-MM-DD).
    private static func records(in text: String, path: String, _ body: (RawDocument) throws -> Void) throws {
        var firstLines: [String: Int] = [:]
        var lineNumber = 0
        // Split at line feed bytes: split at the Character "\n" would leave every CRLF ("\r\n" is one Character)
        // inside the line. A CR before the line feed is white space to the JSON parser.
        for lineBytes in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            let line = Substring(lineBytes)
            lineNumber += 1
            if line.allSatisfy(\.isWhitespace) { continue }
            let object: Any
            do {
                object = try JSONSerialization.jsonObject(with: Data(line.utf8))
            } catch {
                throw TextError.data(.malformedLine(path: path, line: lineNumber, reason: "not a JSON object"))
            }
            guard let record = object as? [String: Any] else {
                throw TextError.data(.malformedLine(path: path, line: lineNumber, reason: "not a JSON object"))
            }
            guard let text = record["text"] as? String else {
                throw TextError.data(.malformedLine(path: path, line: lineNumber, reason: "no string field \"text\""))
            }
            let id: String
            switch record["id"] {
            case let value as String: id = value
            case let value as NSNumber: id = value.stringValue
            case nil: id = "\(path):\(lineNumber)"
            default:
                throw TextError.data(.malformedLine(path: path, line: lineNumber, reason: "\"id\" must be a string or number"))
            }
            // An id is written into text output on its own line: a line break in it could forge lines there.
            if id.unicodeScalars.contains(where: { $0.properties.generalCategory == .control
                || $0.value == 0x2028 || $0.value == 0x2029 }) {
                throw TextError.data(.malformedLine(path: path, line: lineNumber,
                                              reason: "\"id\" holds a line break or other control character"))
            }
            if let first = firstLines[id] {
                throw TextError.data(.malformedLine(path: path, line: lineNumber,
                                              reason: "duplicate id '\(id)' (first on line \(first))"))
            }
            firstLines[id] = lineNumber
            let language: LanguageCode?
            switch record["language"] {
            case nil, is NSNull: language = nil
            case let value as String:
                // The same usage error (exit 64) as `--language` with the same value.
                guard let code = LanguageCode(rawValue: value) else {
                    throw InputUsageError("\(path):\(lineNumber): \"language\": '\(value)' is not a language code "
                        + "(two or three letters, such as da or en)")
                }
                guard code.isKnown else {
                    throw InputUsageError("\(path):\(lineNumber): \"language\": unknown language code '\(value)' "
                        + "(ISO 639, such as da or en)")
                }
                language = code
            default:
                throw TextError.data(.malformedLine(path: path, line: lineNumber, reason: "\"language\" must be a string"))
            }
            let date: CalendarDate?
            switch record["date"] {
            case nil, is NSNull: date = nil
            case let value as String:
                guard let parsed = CalendarDate(iso: value) else {
                    throw TextError.data(.malformedLine(path: path, line: lineNumber,
                                                  reason: "\"date\" '\(value)' is not YYYY, YYYY-MM or YYYY-MM-DD"))
                }
                date = parsed
            default:
                throw TextError.data(.malformedLine(path: path, line: lineNumber, reason: "\"date\" must be a string"))
            }
            let normalized = try TextInput.decode(Array(text.utf8), name: "\(path):\(lineNumber)", encoding: "utf-8")
            try body(RawDocument(id: id, text: normalized.text, language: language, date: date,
                                 fields: try passedThrough(record, path: path, line: lineNumber)))
        }
    }

    /// The record's fields other than `id`, `text`, `language` and `date`, as one JSON object text with sorted
    /// keys, or `nil` when it has none.
    private static func passedThrough(_ record: [String: Any], path: String, line: Int) throws -> String? {
        let other = record.filter { !["id", "text", "language", "date"].contains($0.key) }
        guard !other.isEmpty else { return nil }
        do {
            let data = try JSONSerialization.data(withJSONObject: other, options: [.sortedKeys, .withoutEscapingSlashes])
            return String(decoding: data, as: UTF8.self)
        } catch {
            throw TextError.data(.malformedLine(path: path, line: line, reason: "its fields cannot be written back as JSON"))
        }
    }
}
