#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CICU

/// The process's limit on address space (`ulimit -v`, `RLIMIT_AS`), and what a command does about it.
///
/// Running out of memory must not be how a large input fails: Swift's runtime aborts on a failed allocation, C
/// libraries may crash, and a thread pool may wait without end for a thread it cannot start. So a command checks,
/// before it starts, that the limit leaves room for what its inputs are estimated to need, and says so in one
/// line otherwise (``MemoryLimitError``); and under a limit the allocator keeps to one arena, as every further
/// arena reserves 64 MiB of address space for each thread that allocates.
///
/// ```swift
/// MemoryLimit.adaptAllocator()   // when the process starts
/// try MemoryLimit.check(MemoryLimit.Need(fixed: 180 << 20, perInputByte: 30), inputBytes: 2_000_000,
///                       command: "match")
/// ```
public enum MemoryLimit {
    /// The soft limit on the process's address space in bytes, or nil when there is none.
    public static var addressSpace: Int? {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_AS.rawValue), &limit) == 0, limit.rlim_cur != rlim_t.max else { return nil }
        return limit.rlim_cur > UInt64(Int.max) ? nil : Int(limit.rlim_cur)
    }

    /// Under an address-space limit, keeps glibc's malloc to one arena (elsewhere, or without a limit, nothing
    /// changes): the arenas it adds for threads each reserve 64 MiB, which under `ulimit -v 350000` left no room
    /// for the work itself.
    /// - Returns: whether the allocator was changed.
    @discardableResult
    public static func adaptAllocator() -> Bool {
        guard addressSpace != nil else { return false }
        return cicu_malloc_set(CICU_MALLOC_ARENA_MAX, 1) == 1
    }

    /// What a command needs in address space: a fixed part (the program, its data and models, its threads) and
    /// a part in proportion to the bytes of its input.
    public struct Need: Sendable, Equatable {
        /// Bytes needed whatever the input.
        public var fixed: Int
        /// Bytes needed per byte of input.
        public var perInputByte: Int

        public init(fixed: Int, perInputByte: Int) {
            self.fixed = fixed
            self.perInputByte = perInputByte
        }

        /// The bytes needed for `inputBytes` bytes of input.
        public func bytes(forInput inputBytes: Int) -> Int {
            let (grown, overflow) = perInputByte.multipliedReportingOverflow(by: max(inputBytes, 0))
            return overflow ? Int.max : fixed.addingReportingOverflow(grown).overflow ? Int.max : fixed + grown
        }
    }

    /// Checks that the address-space limit (``addressSpace``, or `limit` when given) leaves room for `need` on
    /// `inputBytes` bytes of input.
    /// - Throws: ``MemoryLimitError`` when it does not; nothing when there is no limit.
    public static func check(_ need: Need, inputBytes: Int, command: String,
                             limit: Int? = addressSpace) throws(MemoryLimitError) {
        guard let limit else { return }
        let needed = need.bytes(forInput: inputBytes)
        if needed > limit {
            throw MemoryLimitError(command: command, limit: limit, needed: needed, inputBytes: inputBytes)
        }
    }

    /// The total size in bytes of the files at `paths`, and of the regular files directly inside those that are
    /// folders (what a command reads); a path that cannot be read counts 0 (its reader reports it).
    public static func inputBytes(_ paths: [String]) -> Int {
        var total = 0
        for path in paths {
            var status = stat()
            guard stat(path, &status) == 0 else { continue }
            if status.st_mode & S_IFMT == S_IFDIR {
                guard let folder = opendir(path) else { continue }
                defer { closedir(folder) }
                while let entry = readdir(folder) {
                    let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                    }
                    guard name != ".", name != ".." else { continue }
                    var inner = stat()
                    if stat(path + "/" + name, &inner) == 0, inner.st_mode & S_IFMT == S_IFREG {
                        total += Int(inner.st_size)
                    }
                }
            } else if status.st_mode & S_IFMT == S_IFREG {
                total += Int(status.st_size)
            }
        }
        return total
    }
}

/// The address-space limit (`ulimit -v`) is below what a command is estimated to need for its input.
public struct MemoryLimitError: DescribedError, Equatable, Sendable {
    /// The command (`match`).
    public let command: String
    /// The limit, in bytes.
    public let limit: Int
    /// The estimate, in bytes.
    public let needed: Int
    /// The bytes of input the estimate is for.
    public let inputBytes: Int

    public var errorDescription: String {
        "\(command) needs about \(Self.size(needed)) of address space for \(Self.size(inputBytes)) of input, "
            + "more than the limit of \(Self.size(limit)) (ulimit -v \(limit / 1024)): raise the limit or split "
            + "the input"
    }

    /// `bytes` in whole megabytes (MiB, rounded up) from 1 MiB, else in whole kilobytes (KiB, rounded up).
    static func size(_ bytes: Int) -> String {
        if bytes >= 1 << 20 { return "\((bytes + (1 << 20) - 1) >> 20) MB" }
        return "\((max(bytes, 0) + 1023) >> 10) KB"
    }
}
