import Dispatch
import Foundation
import TolkText

/// Where a command writes: standard output, or the file named by `--output`.
///
/// A regular file (new, existing, or the target of a symbolic link) is written atomically: into a temporary file
/// beside it (`.NAME.tolk-PID`, given the existing file's permissions), renamed over it by ``commit()``, so the file
/// is either complete or untouched. What is not a regular file (a device such as `/dev/null`, a named pipe) is
/// written directly, never replaced. A folder is refused with a message saying so. The temporary file is removed
/// when writing fails, when the writer is dropped without `commit()`, and on SIGINT, SIGTERM or SIGHUP.
final class OutputFile {
    private enum Destination {
        case standardOutput
        case direct(descriptor: Int32)
        case atomic(descriptor: Int32, temporary: String, target: String)
    }

    /// The path as given (used in messages).
    let path: String?
    private var destination: Destination
    private var finished = false

    /// Opens `path` for writing, or standard output when `path` is nil or "-".
    /// - Throws: ``TextError/unwritable(path:reason:)`` for a folder, a missing folder, no permission.
    init(path: String?) throws {
        self.path = path
        guard let path, path != "-" else {
            destination = .standardOutput
            return
        }
        var status = stat()
        if stat(path, &status) == 0 {
            let type = status.st_mode & S_IFMT
            if type == S_IFDIR {
                throw TextError.unwritable(path: path, reason: "is a folder; --output takes a file name")
            }
            if type != S_IFREG {
                destination = .direct(descriptor: try Self.open(path, flags: O_WRONLY, shownAs: path))
                return
            }
            let target = Self.resolved(path)
            destination = try Self.temporary(beside: target, shownAs: path, keeping: status)
        } else if errno == ENOENT, Self.isSymbolicLink(path) {
            // A link to a file that does not exist yet: create its target through it.
            destination = .direct(descriptor: try Self.open(path, flags: O_WRONLY | O_CREAT | O_TRUNC, shownAs: path))
        } else {
            destination = try Self.temporary(beside: path, shownAs: path, keeping: nil)
        }
    }

    deinit {
        switch destination {
        case .standardOutput: break
        case let .direct(descriptor): close(descriptor)
        case let .atomic(descriptor, temporary, _):
            close(descriptor)
            if !finished { OutputFiles.remove(temporary) }
        }
    }

    /// Writes `bytes`.
    /// - Throws: ``TextError/unwritable(path:reason:)`` when the file cannot be written (a full disk).
    func write(_ bytes: [UInt8]) throws {
        switch destination {
        case .standardOutput:
            StandardStreams.writeOutput(bytes)
        case let .direct(descriptor), let .atomic(descriptor, _, _):
            if let failure = bytes.withUnsafeBytes({ StandardStreams.writeAll($0, to: descriptor) }) {
                throw TextError.unwritable(path: path ?? "-", reason: String(cString: strerror(failure)))
            }
        }
    }

    /// Writes `text` as UTF-8.
    func write(_ text: String) throws {
        try write(Array(text.utf8))
    }

    /// Finishes the output: moves a temporary file into place.
    /// - Throws: ``TextError/unwritable(path:reason:)`` when the data cannot be flushed or moved into place.
    func commit() throws {
        guard case let .atomic(descriptor, temporary, target) = destination, !finished else { return }
        let shown = path ?? target
        if fsync(descriptor) != 0 && errno != EINVAL {
            throw TextError.unwritable(path: shown, reason: String(cString: strerror(errno)))
        }
        try OutputFiles.rename(temporary, to: target, shownAs: shown)
        finished = true
    }

    private static func open(_ path: String, flags: Int32, shownAs shown: String) throws -> Int32 {
        let descriptor = Glibc.open(path, flags | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else {
            throw TextError.unwritable(path: shown, reason: String(cString: strerror(errno)))
        }
        return descriptor
    }

    /// A temporary file beside `target`, with the permissions (and, for root, the owner) of `existing`.
    private static func temporary(beside target: String, shownAs shown: String, keeping existing: stat?) throws
        -> Destination
    {
        let url = URL(fileURLWithPath: target)
        let folder = url.deletingLastPathComponent().path
        let temporary = URL(fileURLWithPath: folder)
            .appendingPathComponent(".\(url.lastPathComponent).tolk-\(getpid())").path
        let descriptor = try OutputFiles.create(temporary) { code in
            TextError.unwritable(path: shown, reason: String(cString: strerror(code)))
        }
        if let existing {
            if getuid() == 0 { _ = fchown(descriptor, existing.st_uid, existing.st_gid) }
            _ = fchmod(descriptor, existing.st_mode & 0o7777)
        }
        return .atomic(descriptor: descriptor, temporary: temporary, target: target)
    }

    /// `path` with its symbolic links followed (so that the link's target is updated, not the link replaced).
    private static func resolved(_ path: String) -> String {
        guard isSymbolicLink(path), let real = realpath(path, nil) else { return path }
        defer { free(real) }
        return String(cString: real)
    }

    private static func isSymbolicLink(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFLNK
    }
}

/// Standard output or `--output` (an ``OutputFile``: a regular file is replaced only when all is written), with a
/// buffer, for output written in many small pieces.
final class BufferedOutputFile {
    private let output: OutputFile
    private var buffer: [UInt8] = []

    init(path: String?) throws {
        output = try OutputFile(path: path)
        buffer.reserveCapacity(1 << 17)
    }

    func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { try flush() }
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        try output.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes what is buffered and, for a file, moves it into place.
    func commit() throws {
        try flush()
        try output.commit()
    }
}
