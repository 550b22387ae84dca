import TolkText

/// Everything that can go wrong while aligning or while reading alignment input.
///
/// Every case names what failed and where, so that the command line can print ``errorDescription``
/// as a one-line message.
public enum AlignmentError: Error, Equatable, Sendable {
    /// An option is out of its range (`name`, with the reason).
    case invalidOption(name: String, reason: String)
    /// A lexicon file, a shipped data file (a demonym table, a function-word list) or the data folder is missing,
    /// unreadable or malformed (file and line).
    case data(DataError)
    /// TolkText failed: its number words (shipped data) could not be loaded, or ICU failed.
    case text(TextError)

    /// A one-line, human-readable description.
    public var errorDescription: String {
        switch self {
        case let .invalidOption(name, reason):
            return "alignment option \(name): \(reason)"
        case let .data(error):
            return error.errorDescription
        case let .text(error):
            return error.errorDescription
        }
    }
}

extension AlignmentError: DataErrorCarrying, DescribedError {}
