import TolkText

/// Everything that can go wrong while reading, importing or learning lexicon data.
///
/// Every case names the file and, for a bad line, the line number, so that the command-line tool can
/// print it as one line (``errorDescription``) and exit non-zero.
public enum LexiconError: Error, Equatable, Sendable {
    /// No lexicon exists for the language pair in the data folder.
    case missingLexicon(pair: String, searched: String)
    /// Two parallel files differ in their number of lines.
    case unparallel(sourcePath: String, sourceLines: Int, targetPath: String, targetLines: Int)
    /// A file's format could not be recognised.
    case unknownFormat(path: String)
    /// A lexicon or dictionary file, the data folder, or a file in it is missing, unreadable or malformed (file
    /// and line).
    case data(DataError)

    /// A one-line, human-readable description.
    public var errorDescription: String {
        switch self {
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

extension LexiconError: DataErrorCarrying, DescribedError {}
