import Foundation

extension TextError {
    /// The system's reason behind a Foundation error (the underlying POSIX error's text when there is one), never
    /// Foundation's multi-line dump: "No such file or directory", "Permission denied".
    public static func systemReason(_ error: any Error) -> String {
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

/// A value in the input that is a usage error, as a wrong option value would be (the command line exits 64 with
/// the message): a JSONL record's `language` that is not a language code.
public struct InputUsageError: Error, Equatable, Sendable {
    /// The one-line message, naming the file and line.
    public let message: String

    /// An error with `message`.
    public init(_ message: String) { self.message = message }
}
