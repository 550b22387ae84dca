#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A piece of decoded input: whole lines in NFC, with the byte offset where they start in the whole decoded text.
public struct TextChunk: Sendable, Equatable {
    /// The text, NFC, ending at a line end (except the input's last chunk, or a line longer than the limit).
    public let text: String
    /// UTF-8 byte offset of `text` in the whole decoded (NFC) text.
    public let offset: Int
}

/// Decoded text read piece by piece, so that memory stays flat however large the input is.
///
/// ```swift
/// let stream = try TextInput.open(path: "big.txt")
/// while let chunk = try stream.next() { print(chunk.offset, chunk.text.utf8.count) }
/// ```
///
/// Chunks end at line ends; a single line longer than four chunk sizes is cut after its last full stop and space
/// (else its last space, else a character boundary), the one place where a chunk boundary is not a line boundary. Not safe to share between threads.
public final class TextStream {
    /// The input's name as used in errors: the path, or `<stdin>`.
    public let name: String
    /// The encoding used (detected, or the one asked for), such as "UTF-8" or "windows-1252".
    public let encoding: String
    /// Decoded bytes are handed out in chunks of about this many bytes.
    public let chunkSize: Int

    private let source: ByteSource
    /// Whether the input is UTF-8 (checked chunk by chunk) rather than converted by ICU.
    private var readsUTF8 = false
    /// For UTF-8 input: the raw byte offset where `pending` starts (for error offsets).
    private var rawOffset = 0
    private var converter: ConverterDecoder?
    private var pending: [UInt8] = []
    private var sourceDone = false
    private var decodedOffset = 0
    private let nfc: Normalizer
    private var scratch: [UInt16] = []
    /// A chunk ``peek(bytes:)`` read ahead, handed out by the next call to ``next()`` or ``nextUTF8()``.
    private var peeked: (bytes: [UInt8], offset: Int)?

    init(source: ByteSource, requestedEncoding: String?, chunkSize: Int) throws(TextError) {
        self.source = source
        self.name = source.name
        self.chunkSize = max(chunkSize, 64)
        self.nfc = try Normalizer(.nfc)
        var head = try source.read(upTo: self.chunkSize)
        var requestedEncoding = requestedEncoding
        switch InputFormat.sniff(Array(head.prefix(1 << 16)), name: source.name) {
        case let .binary(format, advice):
            throw TextError.unsupportedFormat(path: source.name, format: format, advice: advice)
        case .html:
            // A web page is read whole and replaced by its article's text (UTF-8), which is what is streamed.
            while true {
                let block = try source.read(upTo: self.chunkSize)
                if block.isEmpty { break }
                head += block
            }
            head = try ArticleReader.articleBytes(head, encoding: requestedEncoding)
            requestedEncoding = "utf-8"
        case .text:
            break
        }
        let detectionWindow = Array(head.prefix(1 << 16))
        let chosen: InputEncoding = if let requestedEncoding {
            try InputEncoding.named(requestedEncoding, head: head)
        } else if head.isEmpty {
            InputEncoding.utf8(byteOrderMark: false)
        } else {
            try InputEncoding.detect(detectionWindow, name: source.name)
        }
        encoding = chosen.name
        switch chosen {
        case .utf8:
            readsUTF8 = true
            rawOffset = chosen.skip
        case let .converter(converterName, skip):
            converter = try ConverterDecoder(encoding: converterName, name: source.name, startOffset: skip)
        }
        sourceDone = head.isEmpty
        if !head.isEmpty {
            try take(Array(head.dropFirst(chosen.skip)), final: false)
        }
    }

    /// The next chunk of text, or `nil` at the end of the input.
    /// - Throws: ``TextError`` for unreadable input, a byte sequence the encoding does not allow, or a NUL byte,
    ///   with the byte offset in the raw input.
    /// - Complexity: O(chunk size) per call.
    public func next() throws(TextError) -> TextChunk? {
        guard let chunk = try nextUTF8() else { return nil }
        return TextChunk(text: String(decoding: chunk.bytes, as: UTF8.self), offset: chunk.offset)
    }

    /// The start of the next chunk, at most `bytes` long and cut at a line end when it can be, without consuming
    /// it: the next ``next()`` still returns the whole chunk. For looking at a text before processing it (such as
    /// detecting its language), with memory still bounded by the chunk size.
    /// - Returns: the text, or an empty string at the end of the input.
    /// - Throws: as ``next()``.
    /// - Complexity: O(chunk size).
    public func peek(bytes limit: Int) throws(TextError) -> String {
        if peeked == nil { peeked = try nextUTF8() }
        guard let chunk = peeked else { return "" }
        var end = min(limit, chunk.bytes.count)
        if end < chunk.bytes.count {
            if let newline = chunk.bytes[..<end].lastIndex(of: 0x0A), newline > 0 {
                end = newline
            } else {
                while end > 0 && chunk.bytes[end] & 0xC0 == 0x80 { end -= 1 }  // not inside a character
            }
        }
        return String(decoding: chunk.bytes[..<end], as: UTF8.self)
    }

    /// The next chunk as NFC UTF-8 bytes (well-formed: checked or converted on the way in), with its offset in
    /// the whole decoded text, or `nil` at the end; for callers that work on bytes and need no `String` of it.
    /// - Throws: as ``next()``.
    /// - Complexity: O(chunk size) per call.
    func nextUTF8() throws(TextError) -> (bytes: [UInt8], offset: Int)? {
        if let chunk = peeked {
            peeked = nil
            return chunk
        }
        while true {
            if let cut = cutPoint() { return try emit(cut) }
            if sourceDone { return pending.isEmpty ? nil : try emit(pending.count) }
            let block = try source.read(upTo: chunkSize)
            if block.isEmpty {
                sourceDone = true
                try take([], final: true)
            } else {
                try take(block, final: false)
            }
        }
    }

    /// Adds a block of input to `pending`: UTF-8 as it is (checked when a chunk is emitted, where ICU's UTF-16
    /// conversion for NFC checks it anyway), other encodings converted by ICU.
    private func take(_ block: [UInt8], final: Bool) throws(TextError) {
        if readsUTF8 {
            pending.append(contentsOf: block)
        } else if let converter {
            pending.append(contentsOf: try converter.decode(block, final: final))
        }
    }

    /// Where to cut `pending`: after its last line end once a chunk's worth is there; for an over-long line,
    /// after its last sentence-final space, else its last space, else at its last character boundary.
    private func cutPoint() -> Int? {
        guard pending.count >= chunkSize else { return nil }
        if let newline = pending.lastIndex(of: 0x0A) { return newline + 1 }
        guard pending.count >= 4 * chunkSize else { return nil }
        // Prefer the space after a sentence's final . ! or ?, then any space.
        var index = pending.count - 1
        while index > 0 {
            if pending[index] == 0x20, [0x2E, 0x21, 0x3F].contains(pending[index - 1]) { return index + 1 }
            index -= 1
        }
        if let space = pending.lastIndex(where: { $0 == 0x20 || $0 == 0x09 }), space > 0 { return space + 1 }
        // No space in megabytes of text: cut before the last character's first byte.
        return pending.lastIndex(where: { $0 & 0xC0 != 0x80 }).flatMap { $0 > 0 ? $0 : nil } ?? pending.count
    }

    private func emit(_ cut: Int) throws(TextError) -> (bytes: [UInt8], offset: Int) {
        let raw = Array(pending[..<cut])
        pending.removeFirst(cut)
        let (bytes, wellFormed) = nfc.normalize(checkingUTF8: raw, scratch: &scratch)
        if readsUTF8 {
            let hasNUL = raw.withUnsafeBufferPointer { bytes in
                bytes.baseAddress.map { memchr($0, 0, bytes.count) != nil } ?? false
            }
            if hasNUL || !wellFormed { try reportBadUTF8(raw) }
            rawOffset += cut
        }
        defer { decodedOffset += bytes.count }
        return (bytes, decodedOffset)
    }

    /// Throws the error for the first bad byte of `raw` (a UTF-8 chunk ICU refused or that holds a NUL byte),
    /// with its offset in the raw input. A chunk never ends inside a well-formed character (chunks are cut at
    /// line ends or before a character's first byte), so a sequence cut short at its end is an error too.
    /// A chunk that is well-formed by Unicode's table though ICU refused it is kept as it is.
    private func reportBadUTF8(_ raw: [UInt8]) throws(TextError) {
        try raw.withUnsafeBufferPointer { buffer throws(TextError) in
            try UTF8Validator.check(buffer, name: name, baseOffset: rawOffset)
        }
    }
}
