import Foundation

/// What can go wrong while reading a file TolkFormats parses (an existing glossary to merge into).
public enum FormatsError: Error, Equatable, LocalizedError {
    /// The file could not be read at all.
    case unreadable(path: String, reason: String)
    /// The file's header lacks a column the format needs.
    case missingColumn(path: String, column: String)
    /// A line (or, for JSON, an element) is malformed; `line` counts from 1.
    case malformedLine(path: String, line: Int, reason: String)

    /// A readable description naming the file (and line) at fault.
    public var errorDescription: String? {
        switch self {
        case .unreadable(let path, let reason): "cannot read \(path): \(reason)"
        case .missingColumn(let path, let column): "\(path): header lacks the column '\(column)'"
        case .malformedLine(let path, let line, let reason): "\(path):\(line): \(reason)"
        }
    }
}
