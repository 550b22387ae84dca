import Foundation
import TolkText

/// Text appended piece by piece and read back once, in order, kept in an anonymous temporary file instead of in
/// memory: what a writer must hold back while it writes something that comes before it (the HTML report's index
/// of pairs precedes the pairs' sections, which are far larger).
///
/// The file (`tmpfile(3)`, in the system's temporary folder) has no name once created, so nothing is left behind
/// however the process ends.
///
/// ```swift
/// let scratch = try ScratchText()
/// try scratch.append("<section>…</section>")
/// try scratch.readBack { piece in try emit(piece) }
/// ```
final class ScratchText {
    private let file: UnsafeMutablePointer<FILE>

    /// An empty scratch file.
    /// - Throws: ``TextError/unwritable(path:reason:)`` when no temporary file can be made.
    init() throws {
        guard let file = tmpfile() else { throw Self.failure() }
        self.file = file
    }

    deinit { fclose(file) }

    /// Appends `text` (UTF-8).
    /// - Throws: ``TextError/unwritable(path:reason:)`` when the file cannot be written (a full disk).
    func append(_ text: String) throws {
        var text = text
        let written = text.withUTF8 { bytes in bytes.isEmpty ? 0 : fwrite(bytes.baseAddress, 1, bytes.count, file) }
        guard written == text.utf8.count else { throw Self.failure() }
    }

    /// Hands everything appended to `body`, in order, in pieces of about `piece` bytes that each end at a
    /// character boundary.
    /// - Throws: ``TextError/unwritable(path:reason:)`` when the file cannot be read back; what `body` throws.
    func readBack(piece: Int = 1 << 20, _ body: (String) throws -> Void) throws {
        guard fflush(file) == 0 else { throw Self.failure() }
        rewind(file)
        var buffer = [UInt8](repeating: 0, count: max(piece, 8))
        var carried: [UInt8] = []
        while true {
            let count = buffer.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            if count == 0 {
                guard ferror(file) == 0 else { throw Self.failure() }
                break
            }
            var bytes = carried + buffer[..<count]
            // Keep the bytes of a character cut at the end for the next piece.
            var end = bytes.count
            while end > 0 && bytes[end - 1] & 0xC0 == 0x80 { end -= 1 }
            if end > 0 && bytes[end - 1] >= 0xC0 { end -= 1 } else { end = bytes.count }
            carried = Array(bytes[end...])
            bytes.removeSubrange(end...)
            if !bytes.isEmpty { try body(String(decoding: bytes, as: UTF8.self)) }
        }
        if !carried.isEmpty { try body(String(decoding: carried, as: UTF8.self)) }
    }

    private static func failure() -> TextError {
        TextError.unwritable(path: "a temporary file", reason: String(cString: strerror(errno)))
    }
}
