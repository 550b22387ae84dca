import CICU

/// Unicode normalization through ICU's `unorm2`.
///
/// ```swift
/// let nfc = try Normalizer(.nfc)
/// nfc.normalize("Ecuadors ambassade")   // composed form, safe to show and to keep
/// ```
public struct Normalizer: @unchecked Sendable {
    // ICU's normalizer instances are immutable singletons owned by ICU and documented as thread-safe.

    /// The normalization forms ICU offers.
    public enum Form: Int32, Sendable, CaseIterable {
        case nfc = 0, nfd = 1, nfkc = 2, nfkd = 3, nfkcCasefold = 4
    }

    /// The form this normalizer produces.
    public let form: Form
    private let instance: UnsafeRawPointer

    /// Opens ICU's normalizer for `form`.
    /// - Throws: ``TextError/icu(operation:status:)`` when ICU's data is missing.
    public init(_ form: Form) throws(TextError) {
        var status: Int32 = 0
        guard let instance = cicu_normalizer(form.rawValue, &status), status <= 0 else {
            throw TextError.icu(operation: "unorm2 \(form)", status: ICUStatus(status))
        }
        self.form = form
        self.instance = instance
    }

    /// Returns `text` in this normalizer's form.
    ///
    /// Text that is already normalized (the common case) is returned without copying.
    /// - Complexity: O(n) in the length of `text`.
    public func normalize(_ text: String) -> String {
        var scratch: [UInt16] = []
        return normalize(text, scratch: &scratch)
    }

    /// Like ``normalize(_:)``, reusing `scratch` for the UTF-16 copy ICU needs (for callers that normalize
    /// many chunks).
    /// - Complexity: O(n) in the length of `text`.
    public func normalize(_ text: String, scratch: inout [UInt16]) -> String {
        if text.isEmpty { return text }
        var text = text
        let normalized = text.withUTF8 { normalizedIfNeeded($0, scratch: &scratch) }
        return normalized.text ?? text
    }

    /// Like ``normalize(_:scratch:)`` for UTF-8 bytes that may not be well-formed (ICU's UTF-16 conversion checks
    /// them on the way).
    /// - Returns: the normalized bytes (`bytes` itself when already in this form, or when not well-formed), and
    ///   whether `bytes` is well-formed UTF-8.
    /// - Complexity: O(n) in the length of `bytes`.
    func normalize(checkingUTF8 bytes: [UInt8], scratch: inout [UInt16]) -> (bytes: [UInt8], wellFormed: Bool) {
        let normalized = bytes.withUnsafeBufferPointer { normalizedIfNeeded($0, scratch: &scratch) }
        return (normalized.text.map { Array($0.utf8) } ?? bytes, normalized.wellFormed)
    }

    /// The normalized text, or `nil` when `bytes` is already normalized, not well-formed UTF-8, or ICU fails
    /// (the input is kept then); and whether `bytes` is well-formed.
    private func normalizedIfNeeded(_ bytes: UnsafeBufferPointer<UInt8>, scratch: inout [UInt16])
        -> (text: String?, wellFormed: Bool)
    {
        if bytes.isEmpty { return (nil, true) }
        let needed = bytes.count + 1
        if scratch.count < needed { scratch = [UInt16](repeating: 0, count: needed) }
        var status: Int32 = 0
        let length = bytes.withMemoryRebound(to: CChar.self) { chars in
            scratch.withUnsafeMutableBufferPointer { units in
                cicu_utf8_to_utf16(chars.baseAddress, Int32(chars.count), units.baseAddress, Int32(units.count),
                                   &status)
            }
        }
        guard status <= 0 else { return (nil, false) }  // not well-formed UTF-8 (Swift strings always are)
        let span = scratch.withUnsafeBufferPointer { units in
            cicu_normalized_span(instance, units.baseAddress, length, &status)
        }
        if status <= 0 && span == length { return (nil, true) }
        let units = Array(scratch[..<Int(length)])
        let result = try? callICU("unorm2_normalize", capacity: units.count + units.count / 4 + 8) {
            buffer, capacity, status in
            units.withUnsafeBufferPointer { source in
                cicu_normalize(instance, source.baseAddress, Int32(source.count), buffer, capacity, status)
            }
        }
        // unorm2_normalize fails only on allocation failure or ill-formed arguments; keep the input then.
        return (result.map { String(icuUnits: $0) }, true)
    }
}
