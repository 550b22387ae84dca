#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TolkText

/// A binary data file read front to back straight into the caller's memory: a model's arrays are filled by the
/// read itself, with no intermediate buffer and no zero-filling first.
///
/// ```swift
/// let file = try BinaryDataFile(path: "lexicons/entities/tagger-da.bin")
/// let header = try file.bytes(24)
/// let keys = try file.values(UInt64.self, count: 1024)
/// ```
final class BinaryDataFile {
    /// The path, for error messages.
    let path: String
    /// The file's size in bytes.
    let size: Int
    /// Bytes read so far.
    private(set) var offset = 0
    private let descriptor: Int32

    /// Opens the file at `path`.
    /// - Throws: ``DataError/unreadable(path:reason:)`` with the system's reason when it cannot be opened or is
    ///   not a regular file.
    init(path: String) throws(DataError) {
        self.path = path
        let opened = open(path, O_RDONLY | O_CLOEXEC)
        guard opened >= 0 else { throw .unreadable(path: path, reason: Self.reason()) }
        var status = stat()
        guard fstat(opened, &status) == 0 else {
            let failure = Self.reason()
            close(opened)
            throw .unreadable(path: path, reason: failure)
        }
        guard (status.st_mode & S_IFMT) == S_IFREG else {
            close(opened)
            throw .unreadable(path: path, reason: "not a regular file")
        }
        descriptor = opened
        size = Int(status.st_size)
    }

    deinit { close(descriptor) }

    /// The next `count` bytes.
    /// - Throws: ``DataError/malformedFile(path:reason:)`` when the file ends first (naming the byte offset),
    ///   ``DataError/unreadable(path:reason:)`` on a read error.
    func bytes(_ count: Int) throws(DataError) -> [UInt8] {
        try values(UInt8.self, count: count)
    }

    /// The next `count` values of `type`, as stored in the file (the caller converts their byte order).
    /// - Throws: as ``bytes(_:)``.
    func values<Value: BitwiseCopyable>(_ type: Value.Type, count: Int) throws(DataError) -> [Value] {
        var failure: DataError?
        let values = [Value](unsafeUninitializedCapacity: count) { buffer, initialized in
            initialized = 0
            do throws(DataError) {
                try read(into: UnsafeMutableRawBufferPointer(buffer))
                initialized = count
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
        return values
    }

    /// Fills `buffer` with the next bytes of the file.
    private func read(into buffer: UnsafeMutableRawBufferPointer) throws(DataError) {
        var done = 0
        while done < buffer.count {
            let result = Glibc.read(descriptor, buffer.baseAddress.map { $0 + done }, buffer.count - done)
            if result < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path: path, reason: Self.reason())
            }
            guard result > 0 else {
                throw .malformedFile(path: path, reason: "ends at byte \(offset + done), \(buffer.count - done) bytes early")
            }
            done += result
        }
        offset += done
    }

    private static func reason(_ code: Int32 = errno) -> String {
        guard let message = strerror(code) else { return "error \(code)" }
        return String(cString: message)
    }
}
