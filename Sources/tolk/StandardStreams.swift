#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TolkText

/// Standard output and standard error written with the system's `write(2)`, never through Foundation's
/// `FileHandle.write(_:)`, which traps when the write fails.
///
/// A failed write to standard output ends the process: quietly when the reader has gone away (a closed pipe, as
/// with `tolk segment FILE | head`: the process ends as by SIGPIPE, as every other filter does), otherwise with
/// one line on standard error (`tolk: cannot write to standard output: No space left on device`) and exit status 1.
enum StandardStreams {
    /// Writes `bytes` to standard output, or ends the process as described above.
    static func writeOutput(_ bytes: [UInt8]) {
        let failure = bytes.withUnsafeBytes { writeAll($0, to: 1) }
        guard let failure else { return }
        if failure == EPIPE {
            OutputFiles.removeAll()
            signal(SIGPIPE, SIG_DFL)
            raise(SIGPIPE)
            _exit(141)
        }
        writeError("tolk: cannot write to standard output: \(String(cString: strerror(failure)))\n")
        OutputFiles.removeAll()
        exit(1)
    }

    /// Writes `text` to standard output, or ends the process as described above.
    static func writeOutput(_ text: String) {
        writeOutput(Array(text.utf8))
    }

    /// Writes `text` to standard error; a failure there is ignored (there is nowhere left to report it).
    static func writeError(_ text: String) {
        _ = Array(text.utf8).withUnsafeBytes { writeAll($0, to: 2) }
    }

    /// Writes all of `buffer` to `descriptor`, retrying after interruptions and short writes.
    /// - Returns: nil when everything was written, else the `errno` of the failed write.
    static func writeAll(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
        guard var start = buffer.baseAddress else { return nil }
        var remaining = buffer.count
        while remaining > 0 {
            let written = write(descriptor, start, remaining)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            if written == 0 { return EIO }
            start += written
            remaining -= written
        }
        return nil
    }
}
