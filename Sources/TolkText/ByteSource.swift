#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Raw bytes from a file, standard input or memory, read in blocks so that memory stays flat.
final class ByteSource {
    /// The name used in error messages: the path, or `<stdin>`.
    let name: String
    private var descriptor: Int32 = -1
    private var memory: [UInt8] = []
    private var memoryOffset = 0
    private let fromMemory: Bool

    /// Opens `path` for reading; "-" is standard input.
    /// - Throws: ``TextError/unreadable(path:reason:)`` when the file cannot be opened.
    init(path: String) throws(TextError) {
        fromMemory = false
        name = TextInput.displayName(of: path)
        if path == "-" {
            descriptor = 0
            return
        }
        let opened = open(path, O_RDONLY)
        guard opened >= 0 else { throw TextError.unreadable(path: path, reason: Self.systemMessage()) }
        descriptor = opened
    }

    /// Serves `bytes` from memory, named `name` in errors.
    init(bytes: [UInt8], name: String) {
        self.name = name
        memory = bytes
        fromMemory = true
    }

    deinit {
        if !fromMemory && descriptor > 0 { close(descriptor) }
    }

    /// The rest of the input at once. A regular file is read straight into one buffer of its size (one
    /// allocation, no copies of blocks into a growing array); anything else, or a file that grew meanwhile, block
    /// by block.
    /// - Throws: ``TextError/unreadable(path:reason:)`` on a read error (such as a directory).
    func readAll() throws(TextError) -> [UInt8] {
        var bytes: [UInt8] = []
        if !fromMemory, let size = regularFileSize(), size > 0 {
            var failure: Int32 = 0
            var ended = false
            // One byte more than the size: a read that fills it shows that the file grew.
            bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, initialized in
                initialized = 0
                guard let base = buffer.baseAddress else { return }
                while initialized < buffer.count {
                    let result = Glibc.read(descriptor, base + initialized, buffer.count - initialized)
                    if result > 0 {
                        initialized += result
                    } else if result == 0 {
                        ended = true
                        return
                    } else if errno != EINTR {
                        failure = errno
                        return
                    }
                }
            }
            if failure != 0 { throw TextError.unreadable(path: name, reason: Self.systemMessage(failure)) }
            if ended { return bytes }
        }
        while true {
            let block = try read(upTo: TextInput.defaultChunkSize)
            if block.isEmpty { return bytes }
            bytes += block
        }
    }

    /// The size of the open file when it is a regular file, else nil.
    private func regularFileSize() -> Int? {
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        return Int(status.st_size)
    }

    /// Reads up to `count` bytes; an empty result means the end of the input.
    /// - Throws: ``TextError/unreadable(path:reason:)`` on a read error (such as a directory).
    func read(upTo count: Int) throws(TextError) -> [UInt8] {
        if fromMemory {
            let end = min(memory.count, memoryOffset + count)
            defer { memoryOffset = end }
            return Array(memory[memoryOffset..<end])
        }
        var failure: Int32 = 0
        let block = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            initialized = 0
            while true {
                let result = Glibc.read(descriptor, buffer.baseAddress, count)
                if result >= 0 {
                    initialized = result
                    return
                }
                if errno != EINTR {
                    failure = errno
                    return
                }
            }
        }
        if failure != 0 { throw TextError.unreadable(path: name, reason: Self.systemMessage(failure)) }
        return block
    }

    private static func systemMessage(_ code: Int32 = errno) -> String {
        guard let message = strerror(code) else { return "error \(code)" }
        return String(cString: message)
    }
}
