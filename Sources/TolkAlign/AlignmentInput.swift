import Foundation
import TolkText

/// Reads alignment input files.
public enum AlignmentInput {
    /// A UTF-8 copy of a one-sentence-per-line file in another encoding, removed when this is released.
    public final class Converted {
        /// The file to read: the input itself when it is UTF-8, else the temporary copy.
        public let path: String
        private let temporary: URL?

        /// `path` itself when its encoding (`encoding`, else detected from its start) is UTF-8; else a temporary
        /// UTF-8 (NFC) copy, converted chunk by chunk, so memory stays flat.
        /// - Throws: ``TextError`` naming the input and the byte offset of a byte invalid in its encoding.
        public init(path: String, encoding: String?) throws {
            let stream = try TextInput.open(path: path, encoding: encoding)
            guard stream.encoding != "UTF-8" else {
                self.path = path
                temporary = nil
                return
            }
            let url = FileManager.default.temporaryDirectory
                .appendingPathComponent("tolk-align-\(UUID().uuidString).txt")
            // Registered with the output files, so that SIGINT, SIGTERM or SIGHUP removes it too.
            let descriptor = try OutputFiles.create(url.path) { code in
                TextError.unwritable(path: url.path,
                                     reason: "cannot create a temporary file: \(String(cString: strerror(code)))")
            }
            let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
            temporary = url
            self.path = url.path
            defer { try? handle.close() }
            do {
                while let chunk = try stream.next() { try handle.write(contentsOf: Data(chunk.text.utf8)) }
            } catch let error as TextError {
                OutputFiles.remove(url.path)
                throw error
            } catch {
                OutputFiles.remove(url.path)
                throw TextError.unwritable(path: url.path, reason: TextError.systemReason(error))
            }
        }

        deinit {
            if let temporary { OutputFiles.remove(temporary.path) }
        }
    }

    /// Characters (Unicode scalars) in a UTF-8 file, line breaks excluded: one pass, constant memory.
    public static func characterCount(path: String) throws -> Int {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw TextError.unreadable(path: path, reason: "no such file, or not readable")
        }
        defer { try? handle.close() }
        var count = 0
        do {
            while let block = try handle.read(upToCount: 1 << 20), !block.isEmpty {
                block.withUnsafeBytes { bytes in
                    for byte in bytes where byte & 0xC0 != 0x80 && byte != 0x0A && byte != 0x0D { count += 1 }
                }
            }
        } catch {
            throw TextError.unreadable(path: path, reason: TextError.systemReason(error))
        }
        return count
    }

    /// The lines of a UTF-8 file (LF, CR LF or a lone CR ends one), read block by block as they are needed. Iteration stops at the first line
    /// with an invalid byte or NUL, and ``error`` then names the file and the byte offset of the first one.
    public final class LineReader: Sequence, IteratorProtocol {
        private let path: String
        private let handle: FileHandle
        private var block: [UInt8] = []
        private var position = 0
        private var blockOffset = 0
        private var finished = false
        private var atStart = true
        /// What stopped the reading early, if anything.
        public private(set) var error: TextError?

        public init(path: String) throws {
            guard let handle = path == "-" ? FileHandle.standardInput : FileHandle(forReadingAtPath: path) else {
                throw TextError.unreadable(path: path, reason: "no such file, or not readable")
            }
            self.path = path
            self.handle = handle
        }

        deinit { try? handle.close() }

        public func next() -> String? {
            while true {
                // LF, CR LF or a lone CR ends a line (a CR at the block's end waits for the next block).
                if let lineEnd = block[position...].firstIndex(where: { $0 == 0x0A || $0 == 0x0D }),
                   block[lineEnd] == 0x0A || lineEnd + 1 < block.count || finished {
                    let crlf = block[lineEnd] == 0x0D && lineEnd + 1 < block.count && block[lineEnd + 1] == 0x0A
                    return line(upTo: lineEnd, consuming: lineEnd + (crlf ? 2 : 1))
                }
                if finished {
                    guard position < block.count else { return nil }
                    return line(upTo: block.count, consuming: block.count)
                }
                readBlock()
            }
        }

        private func readBlock() {
            // Keep the unfinished line, append the next block.
            blockOffset += position
            block.removeFirst(position)
            position = 0
            do {
                if let data = try handle.read(upToCount: 1 << 20), !data.isEmpty {
                    block.append(contentsOf: data)
                } else {
                    finished = true
                }
            } catch {
                self.error = .unreadable(path: path, reason: TextError.systemReason(error))
                finished = true
                block.removeAll()
            }
        }

        private func line(upTo end: Int, consuming next: Int) -> String? {
            guard error == nil else { return nil }
            var start = position
            if atStart {
                atStart = false
                if end - start >= 3 && block[start] == 0xEF && block[start + 1] == 0xBB && block[start + 2] == 0xBF {
                    start += 3
                }
            }
            let stop = end
            let line = block.withUnsafeBufferPointer { buffer -> String? in
                let slice = UnsafeBufferPointer(rebasing: buffer[start..<stop])
                do throws(TextError) {
                    try TextInput.validateUTF8(slice, name: path, baseOffset: blockOffset + start)
                } catch {
                    self.error = error
                    return nil
                }
                return String(decoding: slice, as: UTF8.self)
            }
            position = next
            if line == nil { finished = true; block.removeAll(); position = 0 }
            return line
        }
    }
}
