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
