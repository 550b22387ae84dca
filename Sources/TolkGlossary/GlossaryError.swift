import TolkText

/// What can go wrong in glossary extraction besides data (which fails with `DataError`, naming file and line).
public enum GlossaryError: Error, Equatable, Sendable {
    /// A setting of ``GlossaryOptions`` is out of range.
    case invalidOption(name: String, reason: String)

    /// A one-line, human-readable description.
    public var errorDescription: String {
        switch self {
        case let .invalidOption(name, reason): "option \(name): \(reason)"
        }
    }
}

extension GlossaryError: DescribedError {}
