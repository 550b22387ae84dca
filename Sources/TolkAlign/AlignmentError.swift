import TolkText

/// Everything that can go wrong while aligning or while reading alignment input.
///
/// Every case names what failed and where, so that the command line can print ``errorDescription``
/// as a one-line message.
public enum AlignmentError: Error, Equatable, Sendable {
    /// An option is out of its range (`name`, with the reason).
    case invalidOption(name: String, reason: String)
    /// A lexicon file has a malformed line (1-based).
    case malformedLexicon(path: String, line: Int, reason: String)
    /// A file could not be read.
    case unreadable(path: String, reason: String)
    /// A shipped data file (a demonym table, a function-word list) or the data folder is missing or malformed.
    case data(TextError)

    /// A one-line, human-readable description.
    public var errorDescription: String {
        switch self {
        case let .invalidOption(name, reason):
            return "alignment option \(name): \(reason)"
        case let .malformedLexicon(path, line, reason):
            return "\(path):\(line): \(reason)"
        case let .unreadable(path, reason):
            return "\(path): cannot read: \(reason)"
        case let .data(error):
            return error.errorDescription
        }
    }
}

extension AlignmentError: CustomStringConvertible {
    public var description: String { errorDescription }
}
