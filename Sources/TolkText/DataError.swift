/// Everything that can go wrong while loading data: Tolk's shipped data (lexicons, word lists, rules, models,
/// tables) and data a user hands in (an extra lexicon, a dictionary to import, a glossary to merge into, JSONL
/// records).
///
/// The one data error of every module: each names the file (and, for a bad line, the line), so that a command
/// prints it as one line (``errorDescription``) and exits 1. Modules whose operations can also fail in other ways
/// carry it in their own error as a `data` case (``TextError/data(_:)``, `LexiconError.data`, ...).
public enum DataError: Error, Equatable, Sendable {
    /// A data folder or file was not found; `name` is what was looked for, `searched` where.
    case missing(name: String, searched: [String])
    /// A data file (or folder) exists but could not be read.
    case unreadable(path: String, reason: String)
    /// A table's header line lacks a column it must have.
    case missingColumn(path: String, column: String)
    /// A line of a data file is malformed; `line` counts from 1.
    case malformedLine(path: String, line: Int, reason: String)
    /// A binary data file (a model) is malformed as a whole.
    case malformedFile(path: String, reason: String)

    /// A one-line, human-readable description naming the file (and line) at fault.
    public var errorDescription: String {
        switch self {
        case let .missing(name, searched):
            "data '\(name)' not found (searched: \(searched.joined(separator: ", "))); \(DataDirectory.hint)"
        case let .unreadable(path, reason):
            "\(path): cannot read: \(reason)"
        case let .missingColumn(path, column):
            "\(path):1: the header line lacks the '\(column)' column"
        case let .malformedLine(path, line, reason):
            "\(path):\(line): \(reason)"
        case let .malformedFile(path, reason):
            "\(path): \(reason)"
        }
    }
}

extension DataError: DescribedError {}

/// A module's error that carries a ``DataError`` in its `data` case, so that a data-loading step can be run
/// inside an operation typed to throw the module's error:
///
/// ```swift
/// let table = try TextError.loading { () throws(DataError) in try DataTable.load("text/boilerplate.tsv", columns: columns) }
/// ```
public protocol DataErrorCarrying: Error {
    /// The error of a data-loading failure.
    static func data(_ error: DataError) -> Self
}

extension DataErrorCarrying {
    /// The result of `body`, a ``DataError`` it throws as this error's `data` case.
    public static func loading<Value>(_ body: () throws(DataError) -> Value) throws(Self) -> Value {
        do { return try body() } catch { throw data(error) }
    }
}

extension TextError: DataErrorCarrying {}
