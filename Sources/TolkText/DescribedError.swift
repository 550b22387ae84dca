/// An error that says in one line what failed: the error type of every Tolk module (``DataError``,
/// ``TextError``, `LexiconError`, `LanguageError`, `AlignmentError`, `GlossaryError`).
///
/// A command prints ``errorDescription`` and exits non-zero; ``description`` is the same line, so that
/// `String(describing:)` and string interpolation print it too.
public protocol DescribedError: Error, CustomStringConvertible {
    /// A one-line, human-readable description naming what failed (for data: the file, and the line).
    var errorDescription: String { get }
}

extension DescribedError {
    /// The same line as ``errorDescription``.
    public var description: String { errorDescription }
}
