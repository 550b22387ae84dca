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
    case missingModel(TextError)
    /// The model file exists but is not a model Tolk can read.
    case malformedModel(path: String, reason: String)
    /// A line of the tuning table is malformed.
    case malformedParameters(path: String, line: Int, reason: String)
    /// Other shipped data (the segmenter's abbreviation lists) is missing or malformed.
    case data(TextError)

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
        case let .malformedModel(path, reason):
            return "\(path): not a Tolk language model: \(reason)"
        case let .malformedParameters(path, line, reason):
            return "\(path):\(line): \(reason)"
        case let .data(error):
            return error.errorDescription
        }
    }
}

extension LanguageError: CustomStringConvertible {
    public var description: String { errorDescription }
}
