import TolkText

/// Reads the files of the lexicon layer (lexicon TSV, dictionaries, parallel corpora) with errors that name the
/// file and the line, and the byte offset where a byte is wrong.
enum LexiconFile {
    /// The bytes of the file at `path` ("-" for standard input, named `<stdin>` in errors).
    /// - Parameters:
    ///   - path: a file path, or "-".
    ///   - checkingUTF8: whether to require UTF-8 with no NUL byte.
    /// - Throws: ``DataError/unreadable(path:reason:)``, or ``DataError/malformedLine(path:line:reason:)``
    ///   naming the line and byte offset of the first NUL or ill-formed byte.
    /// - Complexity: O(n) in the file's size.
    static func bytes(path: String, checkingUTF8: Bool) throws(DataError) -> [UInt8] {
        let name = TextInput.displayName(of: path)
        let bytes: [UInt8]
        do { bytes = try TextInput.bytes(path: path) } catch {
            if case let .unreadable(_, reason) = error { throw .unreadable(path: name, reason: reason) }
            throw .unreadable(path: name, reason: error.errorDescription)
        }
        guard checkingUTF8 else { return bytes }
        try validate(bytes, name: name)
        return bytes
    }

    /// Checks that `bytes` (a file named `name` in errors) are UTF-8 text.
    /// - Throws: ``DataError`` naming the file and line of the first byte that is not UTF-8, or of a NUL byte.
    static func validate(_ bytes: [UInt8], name: String) throws(DataError) {
        do { try TextInput.validateUTF8(bytes, name: name) } catch {
            switch error {
            case let .invalidEncoding(_, _, offset):
                throw .malformedLine(path: name, line: line(at: offset, in: bytes),
                                     reason: "invalid UTF-8 at byte offset \(offset)")
            case let .binaryInput(_, offset):
                throw .malformedLine(path: name, line: line(at: offset, in: bytes),
                                     reason: "looks binary (NUL byte at byte offset \(offset)); Tolk reads text only")
            default:
                throw .unreadable(path: name, reason: error.errorDescription)
            }
        }
    }

    /// The 1-based line number of byte `offset`.
    /// - Complexity: O(offset).
    static func line(at offset: Int, in bytes: [UInt8]) -> Int {
        bytes[..<min(offset, bytes.count)].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    }
}
