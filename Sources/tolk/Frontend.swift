import ArgumentParser
import Foundation
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
        default: message = String(describing: error)
        }
        FileHandle.standardError.write(Data("tolk: \(message)\n".utf8))
        return ExitCode(1)
    }

    /// Writes `data` to `path` atomically (a temporary file renamed over the target), or to standard
    /// output when `path` is nil or "-".
    static func write(_ data: Data, to path: String?) throws {
        guard let path, path != "-" else {
            FileHandle.standardOutput.write(data)
            return
        }
        try data.write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
