/// Whole inputs as bytes, for readers that keep offsets into the file as it is (no decoding, no NFC):
/// entity listings, line-by-line language identification, lexicon and corpus files.
extension TextInput {
    /// Reads a whole file, or standard input for "-", as raw bytes.
    /// - Parameter path: a file path, or "-" for standard input.
    /// - Returns: the bytes as they are.
    /// - Throws: ``TextError/unreadable(path:reason:)`` naming the file and the system's reason (no such file,
    ///   a directory, permission denied).
    /// - Complexity: O(n) time and memory in the input's size.
    public static func bytes(path: String) throws(TextError) -> [UInt8] {
        try ByteSource(path: path).readAll()
    }

    /// Reads a whole file, or standard input for "-", that must be UTF-8 (an initial BOM is kept as it is). An HTML
    /// page gives its article's text (see ``ArticleReader``); a PDF, image or other binary format is refused.
    ///
    /// ```swift
    /// let bytes = try TextInput.utf8Bytes(path: "samples/2019-07-assange-embassy-russians.da.txt")
    /// ```
    /// - Parameter path: a file path, or "-" for standard input (named `<stdin>` in errors).
    /// - Returns: the bytes, known to be valid UTF-8 with no NUL.
    /// - Throws: ``TextError/unreadable(path:reason:)``; ``TextError/unsupportedFormat(path:format:advice:)``;
    ///   ``TextError/binaryInput(path:offset:)`` at the first NUL
    ///   byte; ``TextError/invalidEncoding(path:encoding:offset:)`` at the first byte that is not UTF-8.
    /// - Complexity: O(n) time and memory in the input's size.
    public static func utf8Bytes(path: String) throws(TextError) -> [UInt8] {
        let bytes = try self.bytes(path: path)
        switch InputFormat.sniff(Array(bytes.prefix(1 << 16)), name: path) {
        case let .binary(format, advice):
            throw .unsupportedFormat(path: displayName(of: path), format: format, advice: advice)
        case .html:
            return try ArticleReader.articleBytes(bytes, encoding: nil)
        case .text:
            try validateUTF8(bytes, name: displayName(of: path))
            return bytes
        }
    }

    /// Reads a whole input as UTF-8 bytes, for readers that report byte offsets (entity listings, line-by-line
    /// language identification, one-sentence-per-line files): the one reader of such inputs, taking the same
    /// encodings as ``read(path:encoding:)``.
    ///
    /// UTF-8 input is kept as it is (no NFC), so offsets point into the file. Input in another encoding (named by
    /// `encoding`, or detected when `encoding` is nil and the input is not UTF-8) is decoded and converted to
    /// NFC UTF-8, and offsets point into that converted text, as in every other command.
    /// - Parameters:
    ///   - path: a file path, or "-" for standard input (named `<stdin>` in errors).
    ///   - encoding: an encoding name ICU knows, or nil to detect it.
    /// - Returns: the UTF-8 bytes and the encoding the input was read in ("UTF-8", "windows-1252", ...).
    /// - Throws: as ``utf8Bytes(path:)`` for UTF-8 input (asked for, or detected) and for a binary format (a
    ///   PDF, an image) or HTML (its article text is read), as ``read(path:encoding:)`` otherwise.
    /// - Complexity: O(n) time and memory in the input's size.
    public static func textBytes(path: String, encoding: String? = nil) throws(TextError)
        -> (bytes: [UInt8], encoding: String)
    {
        let bytes = try self.bytes(path: path)
        let name = displayName(of: path)
        switch InputFormat.sniff(Array(bytes.prefix(1 << 16)), name: path) {
        case let .binary(format, advice):
            throw .unsupportedFormat(path: name, format: format, advice: advice)
        case .html:
            return (try ArticleReader.articleBytes(bytes, encoding: encoding), "UTF-8")
        case .text:
            break
        }
        let asked = encoding.map { $0.lowercased().replacingOccurrences(of: "-", with: "") }
        if asked == nil || asked == "utf8" {
            do {
                try validateUTF8(bytes, name: name)
                return (bytes, "UTF-8")
            } catch {
                // Asked for UTF-8, or a NUL byte: the error stands. Otherwise the input is in another encoding.
                guard asked == nil, case .invalidEncoding = error else { throw error }
            }
        }
        let decoded = try decode(bytes, name: name, encoding: encoding)
        return (Array(decoded.text.utf8), decoded.encoding)
    }

    /// Checks that `bytes` are UTF-8 with no NUL byte.
    /// - Parameters:
    ///   - bytes: the input.
    ///   - name: the input's name for the error.
    /// - Throws: ``TextError/binaryInput(path:offset:)`` or ``TextError/invalidEncoding(path:encoding:offset:)``
    ///   with the byte offset of the first bad byte.
    /// - Complexity: O(n).
    public static func validateUTF8(_ bytes: [UInt8], name: String) throws(TextError) {
        try bytes.withUnsafeBufferPointer { buffer throws(TextError) in
            try UTF8Validator.check(buffer, name: name)
        }
    }

    /// Checks that a part of an input is UTF-8 with no NUL byte, for readers that go through a file piece by
    /// piece (a line at a time).
    /// - Parameters:
    ///   - bytes: the part.
    ///   - name: the input's name for the error.
    ///   - baseOffset: the part's byte offset in the input, added to the offset in the error.
    /// - Throws: ``TextError/binaryInput(path:offset:)`` or ``TextError/invalidEncoding(path:encoding:offset:)``
    ///   with the input's byte offset of the first bad byte.
    /// - Complexity: O(n) in the part's length.
    public static func validateUTF8(_ bytes: UnsafeBufferPointer<UInt8>, name: String,
                                    baseOffset: Int) throws(TextError) {
        try UTF8Validator.check(bytes, name: name, baseOffset: baseOffset)
    }
}
