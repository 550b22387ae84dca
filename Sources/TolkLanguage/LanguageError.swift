import TolkText

/// Everything that can go wrong while setting up or running language identification.
///
/// Absence of evidence is not an error: ``LanguageDetector/detect(_:)`` returns `nil` for text that says too
/// little. These cases are about bad requests and bad data.
public enum LanguageError: Error, Equatable, Sendable {
    /// Candidate codes that Tolk has no model or script rule for; `supported` lists every code it knows.
    case unsupportedLanguages([String], supported: [LanguageCode])
    /// The candidate set is empty.
    case noCandidates
    /// The model file is missing (the data folder was not found or lacks `language/`).
    case missingModel(DataError)
    /// The model file or the tuning table is unreadable or malformed (file, and line of the table).
    case data(DataError)
    /// TolkText failed: the segmenter that splits a text into sentences for ``LanguageDetector/detectSpans(in:)``
    /// (its shipped abbreviation lists are missing or malformed, or ICU failed).
    case text(TextError)

    /// A one-line, human-readable description.
    public var errorDescription: String {
        switch self {
        case let .unsupportedLanguages(codes, supported):
            return "unsupported language code\(codes.count == 1 ? "" : "s") \(codes.joined(separator: ", ")); "
                + "supported: \(supported.map(\.rawValue).joined(separator: ","))"
        case .noCandidates:
            return "no candidate languages given"
        case let .missingModel(error):
            return "language model: \(error.errorDescription)"
        case let .data(error):
            return error.errorDescription
        case let .text(error):
            return error.errorDescription
        }
    }
}

extension LanguageError: DataErrorCarrying, DescribedError {}
