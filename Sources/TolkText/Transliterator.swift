import CICU

/// An ICU transliterator (`utrans`), such as `Any-Latin; Latin-ASCII` for folding names.
///
/// Opening one is expensive: open once and reuse it. An instance is not safe to share between
/// threads; give each thread its own.
///
/// ```swift
/// let fold = try Transliterator(id: "Any-Latin; Latin-ASCII")
/// fold.transliterate("Søren Kierkegaard")   // "Soren Kierkegaard"
/// ```
public final class Transliterator {
    /// The transform identifier it was opened with.
    public let id: String
    private let handle: UnsafeMutableRawPointer

    /// Opens the transform `id` (ICU syntax, compound ids joined with `;`).
    /// - Throws: ``TextError/icu(operation:status:)`` for an unknown or malformed id.
    public init(id: String) throws(TextError) {
        let units = id.utf16Array
        var status: Int32 = 0
        let handle = units.withUnsafeBufferPointer { pointer in
            cicu_transliterator_open(pointer.baseAddress, Int32(pointer.count), &status)
        }
        guard let handle, status <= 0 else {
            throw TextError.icu(operation: "utrans_open \(id)", status: ICUStatus(status))
        }
        self.id = id
        self.handle = handle
    }

    deinit { cicu_transliterator_close(handle) }

    /// Returns `text` transliterated.
    /// - Complexity: O(n) in the length of `text`.
    public func transliterate(_ text: String) -> String {
        if text.isEmpty { return text }
        let units = text.utf16Array
        let handle = self.handle
        let result = try? callICU("utrans_transUChars", capacity: units.count * 2 + 16) { buffer, capacity, status in
            guard Int(capacity) >= units.count else {
                status.pointee = bufferOverflow
                return Int32(units.count * 2)
            }
            for (index, unit) in units.enumerated() { buffer[index] = unit }
            return cicu_transliterate(handle, buffer, Int32(units.count), capacity, status)
        }
        return result.map { String(icuUnits: $0) } ?? text
    }
}
