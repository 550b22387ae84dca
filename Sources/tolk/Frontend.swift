import ArgumentParser
import Foundation
import TolkAlign
import TolkEntities
import TolkEvents
import TolkFormats
import TolkGlossary
import TolkLanguage
import TolkLexicon
import TolkText

/// Shared input, output and diagnostics for the subcommands.
enum Frontend {
    /// Prints a one-line error to standard error and returns the exit code for it (64 for a usage error found in
    /// the input, such as an unknown language code in a JSONL record; else 1).
    static func fail(_ error: any Error) -> ExitCode {
        if let usage = error as? ValidationError {
            warn(usage.message)
            return ExitCode.validationFailure
        }
        if let usage = error as? InputUsageError {
            warn(usage.message)
            return ExitCode.validationFailure
        }
        warn((error as? any DescribedError)?.errorDescription ?? describe(error))
        return ExitCode(1)
    }

    /// Runs a subcommand's work: an error it throws is printed as one line (``fail(_:)``) and becomes the exit
    /// code.
    static func running(_ work: () throws -> Void) throws {
        do { try work() } catch { throw fail(error) }
    }

    /// Prints `message` to standard error as `tolk: message`.
    static func warn(_ message: String) {
        StandardStreams.writeError("tolk: \(message)\n")
    }

    /// Writes `data` to `path` (see ``OutputFile``: atomically for a file, directly for a device or pipe), or to
    /// standard output when `path` is nil or "-".
    static func write(_ data: Data, to path: String?) throws {
        let output = try OutputFile(path: path)
        try output.write(Array(data))
        try output.commit()
    }

    /// Writes what `body` hands out, piece by piece, to `path` (see ``OutputFile``: a file is replaced only when
    /// everything was written), or to standard output when `path` is nil or "-".
    /// - Throws: ``TextError/unwritable(path:reason:)`` when the file cannot be written; whatever `body` throws.
    static func writeStreaming(to path: String?, _ body: ((String) throws -> Void) throws -> Void) throws {
        let output = try OutputFile(path: path)
        try body { piece in try output.write(piece) }
        try output.commit()
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

    /// The system's reason behind a Foundation error (``TextError/systemReason(_:)``).
    static func systemReason(_ error: any Error) -> String { TextError.systemReason(error) }
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
        StandardStreams.writeOutput(bytes)
        bytes.removeAll(keepingCapacity: true)
    }
}
