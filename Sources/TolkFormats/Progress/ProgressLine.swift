import Foundation

/// A command's progress as one line rewritten in place (carriage return, then an erase to the end of the
/// line), at most five times a second: `tolk match: pairing 120/400`.
///
/// ```swift
/// let progress = ProgressLine(command: "match", enabled: true, write: { FileHandle.standardError.write(Data($0.utf8)) })
/// progress.report("pairing", 120, 400)
/// progress.finish()
/// ```
public final class ProgressLine {
    private let command: String
    private let enabled: Bool
    private let write: (String) -> Void
    private var last = Date.distantPast
    private var wrote = false

    /// A progress line of `command` (as `tolk COMMAND:`) handed to `write`; nothing is written unless `enabled`.
    public init(command: String, enabled: Bool, write: @escaping (String) -> Void) {
        self.command = command
        self.enabled = enabled
        self.write = write
    }

    /// Reports `done` of `total` (nil: of an unknown number) for `stage`; the last one of a known total always.
    public func report(_ stage: String, _ done: Int, _ total: Int?) {
        guard enabled else { return }
        let now = Date()
        guard done == total || now.timeIntervalSince(last) > 0.2 else { return }
        last = now
        let count = total.map { "\(done)/\($0)" } ?? "\(done)"
        write("\rtolk \(command): \(stage) \(count)\u{1B}[K")
        wrote = true
    }

    /// Ends the progress line (a line break when one was written).
    public func finish() {
        if wrote { write("\n") }
        wrote = false
    }
}
