import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The temporary output files of this process, removed on SIGINT, SIGTERM and SIGHUP (then the process ends as
/// that signal would have ended it).
///
/// The paths are kept as C strings in a fixed table that the signal handler reads without allocating: removing a
/// file (`unlink`) is safe in a signal handler. A process has at most a few outputs open at once; a temporary file
/// beyond the table's size is still removed on every other path, only not on a signal.
public enum OutputFiles {
    private static let lock = NSLock()
    private static let capacity = 16
    nonisolated(unsafe) private static let table: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let table = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
        table.initialize(repeating: nil, count: capacity)
        return table
    }()
    nonisolated(unsafe) private static var installed = false

    /// Creates (or empties) `path` and registers it for removal on a signal.
    public static func create(_ path: String, failure: (Int32) -> TextError) throws -> Int32 {
        lock.lock()
        defer { lock.unlock() }
        installHandlers()
        // Registered before it exists, so that a signal arriving right after the file appears still removes it.
        if let slot = (0..<capacity).first(where: { table[$0] == nil }) { table[slot] = strdup(path) }
        let descriptor = Glibc.open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else {
            let code = errno
            forget(path)
            throw failure(code)
        }
        return descriptor
    }

    /// Renames the temporary file `path` to `target` and forgets it.
    public static func rename(_ path: String, to target: String, shownAs shown: String) throws {
        lock.lock()
        defer { lock.unlock() }
        guard Glibc.rename(path, target) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(path)
            forget(path)
            throw TextError.unwritable(path: shown, reason: "cannot move the finished output into place: \(reason)")
        }
        forget(path)
    }

    /// Removes the temporary file `path` and forgets it.
    public static func remove(_ path: String) {
        lock.lock()
        defer { lock.unlock() }
        unlink(path)
        forget(path)
    }

    /// Removes every temporary file (before the process ends).
    public static func removeAll() {
        lock.lock()
        defer { lock.unlock() }
        for slot in 0..<capacity {
            guard let path = table[slot] else { continue }
            unlink(path)
            table[slot] = nil
            free(path)
        }
    }

    private static func forget(_ path: String) {
        for slot in 0..<capacity {
            guard let entry = table[slot], String(cString: entry) == path else { continue }
            table[slot] = nil
            free(entry)
        }
    }

    /// Installs the signal handler (once; called with the lock held).
    private static func installHandlers() {
        guard !installed else { return }
        installed = true
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            var current = sigaction()
            // A signal the parent ignores (a background job's SIGINT) stays ignored.
            guard sigaction(signalNumber, nil, &current) == 0,
                  unsafeBitCast(current.__sigaction_handler.sa_handler, to: Int.self)
                    != unsafeBitCast(SIG_IGN, to: Int.self) else { continue }
            signal(signalNumber) { received in
                for slot in 0..<OutputFiles.capacity {
                    if let path = OutputFiles.table[slot] { unlink(path) }
                }
                signal(received, SIG_DFL)
                raise(received)
            }
            // A parent may have started this process with the signal blocked (a thread that blocks signals).
            var unblocked = sigset_t()
            sigemptyset(&unblocked)
            sigaddset(&unblocked, signalNumber)
            pthread_sigmask(SIG_UNBLOCK, &unblocked, nil)
        }
    }
}
