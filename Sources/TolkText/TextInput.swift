/// Decoded input: the whole text in NFC and the encoding it was read with.
public struct DecodedText: Sendable, Equatable {
    /// The text in NFC. Every byte range Tolk reports is a UTF-8 byte range into this string.
    public let text: String
    /// The encoding used: detected, or the one asked for ("UTF-8", "UTF-16LE", "windows-1252", ...).
    public let encoding: String
}

/// Reads text files (or standard input) in any encoding ICU knows, into NFC Swift strings.
///
/// UTF-8 with or without a BOM and UTF-16 with a BOM are recognised; other input is given to ICU's charset
/// detector (windows-1252 and ISO-8859-1/15 are common in Danish archives). An explicit encoding overrides
/// detection. Errors name the input and the byte offset of the first bad byte.
///
/// ```swift
/// let decoded = try TextInput.read(path: "samples/2019-07-assange-embassy-russians.da.txt")
/// decoded.encoding   // "UTF-8"
/// ```
public enum TextInput {
    /// The default chunk size of ``open(path:encoding:chunkSize:)``: 1 MiB.
    public static let defaultChunkSize = 1 << 20

    /// The name error messages give an input: the path as given, or `<stdin>` for "-" (standard input).
    public static func displayName(of path: String) -> String { path == "-" ? "<stdin>" : path }

    /// Reads a whole input into memory.
    /// - Parameters:
    ///   - path: a file path, or "-" for standard input.
    ///   - encoding: an encoding name ICU knows ("utf-8", "windows-1252", "iso-8859-15", "utf-16"), or `nil`
    ///     to detect it.
    /// - Returns: the NFC text and the encoding used. Empty input gives empty text, not an error.
    /// - Throws: ``TextError/unreadable(path:reason:)``, ``TextError/invalidEncoding(path:encoding:offset:)``,
    ///   ``TextError/binaryInput(path:offset:)``, ``TextError/unknownEncoding(name:)``.
    /// - Complexity: O(n) time and memory in the input's size; use ``open(path:encoding:chunkSize:)`` for
    ///   flat memory.
    public static func read(path: String, encoding: String? = nil) throws(TextError) -> DecodedText {
        try collect(open(path: path, encoding: encoding))
    }

    /// Decodes bytes already in memory, as ``read(path:encoding:)`` does for a file.
    /// - Parameters:
    ///   - bytes: the raw input.
    ///   - name: the name to use in errors.
    ///   - encoding: an encoding name, or `nil` to detect it.
    public static func decode(_ bytes: [UInt8], name: String = "<memory>", encoding: String? = nil)
        throws(TextError) -> DecodedText
    {
        try collect(TextStream(source: ByteSource(bytes: bytes, name: name), requestedEncoding: encoding,
                               chunkSize: defaultChunkSize))
    }

    /// Opens an input for reading in chunks of whole lines (see ``TextStream``).
    /// - Parameters:
    ///   - path: a file path, or "-" for standard input.
    ///   - encoding: an encoding name, or `nil` to detect it from the first chunk.
    ///   - chunkSize: about how many bytes each chunk holds.
    /// - Throws: as ``read(path:encoding:)``, for what the first chunk shows; later errors come from
    ///   ``TextStream/next()``.
    /// - Complexity: memory O(chunk size), whatever the input's size.
    public static func open(path: String, encoding: String? = nil, chunkSize: Int = defaultChunkSize)
        throws(TextError) -> TextStream
    {
        try TextStream(source: ByteSource(path: path), requestedEncoding: encoding, chunkSize: chunkSize)
    }

    /// Opens bytes in memory as a stream (for tests and callers that already hold the bytes).
    public static func open(bytes: [UInt8], name: String = "<memory>", encoding: String? = nil,
                            chunkSize: Int = defaultChunkSize) throws(TextError) -> TextStream
    {
        try TextStream(source: ByteSource(bytes: bytes, name: name), requestedEncoding: encoding,
                       chunkSize: chunkSize)
    }

    private static func collect(_ stream: TextStream) throws(TextError) -> DecodedText {
        var text = ""
        while let chunk = try stream.next() { text += chunk.text }
        return DecodedText(text: text, encoding: stream.encoding)
    }
}
