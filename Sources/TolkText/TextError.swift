/// Everything that can go wrong while reading, decoding, normalizing or segmenting text.
///
/// Every case names what failed and where, so that a command-line tool can print it as a one-line
/// message (``errorDescription``) and exit non-zero.
public enum TextError: Error, Equatable, Sendable {
    /// ICU reported a failure in `operation`.
    case icu(operation: String, status: ICUStatus)
    /// A file could not be opened or read.
    case unreadable(path: String, reason: String)
    /// An output file could not be created or written (a missing folder, no permission, a full disk).
    case unwritable(path: String, reason: String)
    /// The input is not valid in the given encoding; `offset` is the byte offset of the first bad byte.
    case invalidEncoding(path: String, encoding: String, offset: Int)
    /// The input contains a NUL byte at `offset` and is taken to be binary.
    case binaryInput(path: String, offset: Int)
    /// The input is a format Tolk does not read as text (a PDF, a Word document, an image, an archive).
    case unsupportedFormat(path: String, format: String, advice: String)
    /// `--encoding` named an encoding that ICU does not know.
    case unknownEncoding(name: String)
    /// An input that should hold documents (a directory, a JSONL file) holds none: no files, or no records.
    case noDocuments(path: String)
    /// Data (shipped rules and abbreviations, the data folder, JSONL records) is missing, unreadable or malformed.
    case data(DataError)
    /// A regular expression (from a rules file) does not compile; `offset` is the position in the pattern, or -1.
    case invalidPattern(pattern: String, offset: Int, reason: String)

    /// A one-line, human-readable description.
    public var errorDescription: String {
        switch self {
        case let .icu(operation, status):
            return "ICU failed in \(operation): \(status)"
        case let .unreadable(path, reason):
            return "\(path): cannot read: \(reason)"
        case let .unwritable(path, reason):
            return "\(path): cannot write: \(reason)"
        case let .invalidEncoding(path, encoding, offset):
            return "\(path): invalid \(encoding) at byte offset \(offset)"
        case let .binaryInput(path, offset):
            return "\(path): looks binary (NUL byte at byte offset \(offset)); Tolk reads text only"
        case let .unsupportedFormat(path, format, advice):
            return "\(path): is \(format), not text; \(advice)"
        case let .unknownEncoding(name):
            return "unknown encoding '\(name)' (try utf-8, utf-16, windows-1252, iso-8859-1, iso-8859-15)"
        case let .noDocuments(path):
            return "\(path): holds no documents"
        case let .invalidPattern(pattern, offset, reason):
            return "invalid pattern '\(pattern)' at offset \(offset): \(reason)"
        case let .data(error):
            return error.errorDescription
        }
    }
}

extension TextError: DescribedError {}
