import CICU

/// Calls an ICU function that fills a UTF-16 buffer, growing the buffer once if ICU asks for more.
///
/// - Parameters:
///   - capacity: first guess of the output length in UTF-16 units.
///   - operation: what to call; for the call it receives the buffer, its capacity and a status to set.
/// - Returns: the UTF-16 units ICU wrote.
/// - Throws: ``TextError/icu(operation:status:)`` when ICU reports a failure.
func callICU(
    _ name: String,
    capacity: Int,
    _ operation: (UnsafeMutablePointer<UInt16>, Int32, UnsafeMutablePointer<Int32>) -> Int32
) throws(TextError) -> [UInt16] {
    var size = max(capacity, 16)
    for _ in 0..<2 {
        var status: Int32 = 0
        var buffer = [UInt16](repeating: 0, count: size)
        let length = buffer.withUnsafeMutableBufferPointer { pointer -> Int32 in
            guard let base = pointer.baseAddress else { return 0 }  // never empty: size >= 16
            return operation(base, Int32(size), &status)
        }
        if status == bufferOverflow {
            size = Int(length) + 1
            continue
        }
        if status > 0 { throw TextError.icu(operation: name, status: ICUStatus(status)) }
        buffer.removeSubrange(Int(length)...)
        return buffer
    }
    throw TextError.icu(operation: name, status: ICUStatus(bufferOverflow))
}

/// ICU's U_BUFFER_OVERFLOW_ERROR.
let bufferOverflow: Int32 = 15

/// An ICU status code (UErrorCode) with its name, for error messages.
public struct ICUStatus: Sendable, Equatable, CustomStringConvertible {
    /// The raw UErrorCode value.
    public let code: Int32
    init(_ code: Int32) { self.code = code }
    /// ICU's name for the code, such as `U_ILLEGAL_ARGUMENT_ERROR`.
    public var description: String {
        guard let name = cicu_error_name(code) else { return "ICU error \(code)" }
        return String(cString: name)
    }
}

extension String {
    /// The string's UTF-16 code units, for ICU.
    var utf16Array: [UInt16] { Array(self.utf16) }

    /// A string from UTF-16 code units returned by ICU (ill-formed units are repaired, never trapped on).
    init(icuUnits: [UInt16]) {
        self = String(decoding: icuUnits, as: UTF16.self)
    }
}

/// The version of the system ICU that Tolk is linked against, such as "72.1".
public var icuVersion: String {
    var buffer = [CChar](repeating: 0, count: 32)
    _ = cicu_version(&buffer, Int32(buffer.count))
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
}
