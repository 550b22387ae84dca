import TolkText

/// Everything that can go wrong while reading, importing or learning lexicon data.
///
/// Every case names the file and, for a bad line, the line number, so that the command-line tool can
/// print it as one line (``errorDescription``) and exit non-zero.
public enum LexiconError: Error, Equatable, Sendable {
    /// A lexicon or dictionary file could not be read.
    case unreadable(path: String, reason: String)
    /// A line of a data file is malformed; `line` counts from 1.
    case malformedLine(path: String, line: Int, reason: String)
    /// A TSV file lacks its header line or a required column.
    case missingColumn(path: String, column: String)
    /// No lexicon exists for the language pair in the data folder.
    case missingLexicon(pair: String, searched: String)
    /// Two parallel files differ in their number of lines.
    case unparallel(sourcePath: String, sourceLines: Int, targetPath: String, targetLines: Int)
    /// A file's format could not be recognised.
    case unknownFormat(path: String)
    /// The data folder, or a file or folder in it, is missing or cannot be read.
    case data(TextError)

    /// A one-line, human-readable description.
    public var errorDescription: String {
        switch self {
        case let .unreadable(path, reason):
            return "\(path): cannot read: \(reason)"
        case let .malformedLine(path, line, reason):
            return "\(path):\(line): \(reason)"
        case let .missingColumn(path, column):
            return "\(path):1: the header line lacks the '\(column)' column"
        case let .missingLexicon(pair, searched):
            return "no \(pair) lexicon in \(searched) (no .tsv file in either direction's folder)"
        case let .unparallel(sourcePath, sourceLines, targetPath, targetLines):
            return "\(sourcePath) has \(sourceLines) lines but \(targetPath) has \(targetLines); parallel files must match line for line"
        case let .unknownFormat(path):
            return "\(path): unknown dictionary format (use --format)"
        case let .data(error):
            return error.errorDescription
        }
    }
}

extension LexiconError: CustomStringConvertible {
    public var description: String { errorDescription }
}
