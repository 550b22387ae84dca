import ArgumentParser
import Foundation
import TolkAlign
import TolkEvents
import TolkFormats
import TolkLexicon
import TolkText

/// Shared input, output and diagnostics for the subcommands.
enum Frontend {
    /// Prints a one-line error to standard error and returns the exit code for it.
    static func fail(_ error: any Error) -> ExitCode {
        let message: String
        switch error {
        case let error as TextError: message = error.errorDescription
        case let error as LexiconError: message = error.errorDescription
        case let error as EventsError: message = error.errorDescription ?? String(describing: error)
        case let error as FormatsError: message = error.errorDescription ?? String(describing: error)
        case let error as AlignmentError: message = error.errorDescription
        default: message = describe(error)
        }
        warn(message)
        return ExitCode(1)
    }

    /// Prints `message` to standard error as `tolk: message`.
    static func warn(_ message: String) {
        FileHandle.standardError.write(Data("tolk: \(message)\n".utf8))
    }

    /// Writes `data` to `path` atomically (a temporary file renamed over the target), or to standard
    /// output when `path` is nil or "-".
    static func write(_ data: Data, to path: String?) throws {
        guard let path, path != "-" else {
            FileHandle.standardOutput.write(data)
            return
        }
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw TextError.unwritable(path: path, reason: systemReason(error))
        }
    }

    /// Writes what `body` hands out, piece by piece, to `path` atomically (a temporary file beside it, renamed
    /// over it at the end; removed when anything fails), or to standard output when `path` is nil or "-".
    /// - Throws: ``TextError/unwritable(path:reason:)`` when the file cannot be written; whatever `body` throws.
    static func writeStreaming(to path: String?, _ body: ((String) throws -> Void) throws -> Void) throws {
        guard let path, path != "-" else {
            try body { FileHandle.standardOutput.write(Data($0.utf8)) }
            return
        }
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).tolk-\(ProcessInfo.processInfo.processIdentifier)")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
            throw TextError.unwritable(path: path, reason: String(cString: strerror(errno)))
        }
        func unwritable(_ error: any Error) -> TextError { .unwritable(path: path, reason: systemReason(error)) }
        do {
            let handle: FileHandle
            do { handle = try FileHandle(forWritingTo: temporary) } catch { throw unwritable(error) }
            defer { try? handle.close() }
            try body { piece in
                do { try handle.write(contentsOf: Data(piece.utf8)) } catch { throw unwritable(error) }
            }
            do { try handle.synchronize() } catch { throw unwritable(error) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
        guard rename(temporary.path, path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw TextError.unwritable(path: path, reason: reason)
        }
    }

    /// A one-line description of a Foundation or system error: the file it names, if any, and the system's
    /// reason ("No such file or directory"), never Foundation's multi-line dump.
    static func describe(_ error: any Error) -> String {
        let nsError = error as NSError
        let path = nsError.userInfo[NSFilePathErrorKey] as? String
            ?? (nsError.userInfo[NSURLErrorKey] as? URL)?.path
        guard nsError.domain == NSCocoaErrorDomain || nsError.domain == NSPOSIXErrorDomain else {
            return String(describing: error)
        }
        let reason = systemReason(error)
        return path.map { "\($0): \(reason)" } ?? reason
    }

    /// The system's reason behind a Foundation error (the underlying POSIX error's text when there is one).
    static func systemReason(_ error: any Error) -> String {
        var nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError { nsError = underlying }
        if nsError.domain == NSPOSIXErrorDomain, let text = strerror(Int32(nsError.code)) {
            return String(cString: text)
        }
        switch CocoaError.Code(rawValue: nsError.code) {
        case .fileNoSuchFile, .fileReadNoSuchFile: return "No such file or directory"
        case .fileReadInapplicableStringEncoding, .fileReadCorruptFile: return "not valid UTF-8 text"
        case .fileWriteOutOfSpace: return "No space left on device"
        case .fileReadNoPermission, .fileWriteNoPermission: return "Permission denied"
        default: return nsError.localizedDescription
        }
    }
}

/// Standard output with a buffer, flushed in large writes (and on `flush()`).
final class OutputBuffer {
    private var bytes: [UInt8] = []
    private let limit = 1 << 16

    init() { bytes.reserveCapacity(limit + 4096) }

    /// Appends text.
    func write(_ text: String) {
        bytes.append(contentsOf: text.utf8)
        if bytes.count >= limit { flush() }
    }

    /// Appends bytes built elsewhere (such as a ``JSONBytes``).
    func write(_ json: JSONBytes) {
        bytes.append(contentsOf: json.bytes)
        if bytes.count >= limit { flush() }
    }

    /// Writes what is buffered to standard output.
    func flush() {
        guard !bytes.isEmpty else { return }
        FileHandle.standardOutput.write(Data(bytes))
        bytes.removeAll(keepingCapacity: true)
    }
}
