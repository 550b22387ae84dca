import Foundation
import TolkLexicon
import TolkText

/// What can go wrong while loading the data TolkEvents reads (name gazetteers, cue words).
public enum EventsError: Error, Equatable, LocalizedError {
    /// A data file could not be read at all.
    case unreadable(path: String, reason: String)
    /// A data file lacks a column its header must name.
    case missingColumn(path: String, column: String)
    /// A line of a data file is malformed; `line` counts from 1.
    case malformedLine(path: String, line: Int, reason: String)
    /// A setting is out of range.
    case invalidOption(name: String, reason: String)
    /// The data folder, or a file or folder in it, is missing or cannot be read.
    case data(TextError)
    /// A lexicon file (such as the irregular-form table) is missing or malformed.
    case lexicon(LexiconError)

    /// A readable description naming the file (and line) at fault.
    public var errorDescription: String? {
        switch self {
        case .unreadable(let path, let reason): "cannot read \(path): \(reason)"
        case .missingColumn(let path, let column): "\(path): header lacks the column '\(column)'"
        case .malformedLine(let path, let line, let reason): "\(path):\(line): \(reason)"
        case .invalidOption(let name, let reason): "option \(name): \(reason)"
        case .data(let error): error.errorDescription
        case .lexicon(let error): error.errorDescription
        }
    }
}
