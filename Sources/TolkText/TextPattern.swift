import CICU

/// An ICU regular expression (`uregex`) matched directly against UTF-8 text; every position is a UTF-8
/// byte offset. Tolk's web-copy rules are written in this syntax (ICU's, close to Perl's) in data files.
///
/// Compiling is expensive: compile once and reuse. An instance holds matching state, so it is not safe to
/// share between threads.
///
/// ```swift
/// let pattern = try TextPattern("^date\\s+(\\d{4}-\\d{2})")
/// pattern.prefixMatch(in: Array("date 2019-07 Wikileaks".utf8))?.groups[1]   // 5..<12
/// ```
public final class TextPattern {
    /// The pattern's source text.
    public let source: String
    private let handle: UnsafeMutableRawPointer

    /// One match: the byte range of the whole match (`groups[0]`) and of each capture group (`nil` when unset).
    public struct Match: Sendable, Equatable {
        /// `groups[0]` is the whole match; `groups[n]` the n-th capture group.
        public let groups: [Range<Int>?]
        /// The byte range of the whole match.
        public var range: Range<Int> { groups.first.flatMap { $0 } ?? 0..<0 }
        /// The first capture group that took part in the match (for patterns of alternatives), or `nil`.
        public var firstGroup: Range<Int>? { groups.dropFirst().lazy.compactMap { $0 }.first }
    }

    /// Compiles `source`.
    /// - Parameters:
    ///   - source: the pattern in ICU syntax.
    ///   - caseInsensitive: match letters regardless of case.
    /// - Throws: ``TextError/invalidPattern(pattern:offset:reason:)`` for a syntax error.
    public init(_ source: String, caseInsensitive: Bool = false) throws(TextError) {
        var status: Int32 = 0
        var errorOffset: Int32 = -1
        let bytes = Array(source.utf8)
        let handle = bytes.withUnsafeBufferPointer { pointer in
            pointer.withMemoryRebound(to: CChar.self) { chars in
                cicu_regex_open(chars.baseAddress, Int64(chars.count), caseInsensitive ? 2 : 0, &errorOffset, &status)
            }
        }
        guard let handle, status <= 0 else {
            throw TextError.invalidPattern(pattern: source, offset: Int(errorOffset), reason: ICUStatus(status).description)
        }
        self.source = source
        self.handle = handle
    }

    deinit { cicu_regex_close(handle) }

    /// A one-byte buffer that stands in for empty text (never written).
    nonisolated(unsafe) private static let emptyText: UnsafeMutablePointer<CChar> = {
        let pointer = UnsafeMutablePointer<CChar>.allocate(capacity: 1)
        pointer.initialize(to: 0)
        return pointer
    }()

    /// The match that starts exactly at `start` (anchored there), or `nil`.
    /// - Complexity: as ICU's matcher, usually linear in the matched length.
    public func prefixMatch(in text: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Match? {
        run(text, start) { handle, status in cicu_regex_looking_at(handle, Int64(start), status) }
    }

    /// The first match at or after `start`, or `nil`.
    /// - Complexity: O(n·m) at worst for n bytes searched and pattern m; linear for most patterns.
    public func firstMatch(in text: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Match? {
        run(text, start) { handle, status in cicu_regex_find(handle, Int64(start), status) }
    }

    /// Convenience for a whole byte array.
    public func prefixMatch(in bytes: [UInt8]) -> Match? {
        bytes.withUnsafeBufferPointer { prefixMatch(in: $0) }
    }

    /// Convenience for a whole byte array.
    public func firstMatch(in bytes: [UInt8]) -> Match? {
        bytes.withUnsafeBufferPointer { firstMatch(in: $0) }
    }

    private func run(
        _ text: UnsafeBufferPointer<UInt8>, _ start: Int,
        _ operation: (UnsafeMutableRawPointer, UnsafeMutablePointer<Int32>) -> Int32
    ) -> Match? {
        guard start >= 0, start <= text.count else { return nil }
        var status: Int32 = 0
        // ICU needs a non-null pointer even for empty text.
        let base = text.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) }
            ?? UnsafePointer(Self.emptyText)
        cicu_regex_set_utf8(handle, base, Int64(text.count), &status)
        guard status <= 0 else { return nil }
        guard operation(handle, &status) == 1, status <= 0 else { return nil }
        let count = Int(cicu_regex_group_count(handle, &status))
        var groups: [Range<Int>?] = []
        groups.reserveCapacity(count + 1)
        for group in 0...max(count, 0) {
            let lower = Int(cicu_regex_start(handle, Int32(group), &status))
            let upper = Int(cicu_regex_end(handle, Int32(group), &status))
            groups.append(lower >= 0 && upper >= lower && status <= 0 ? lower..<upper : nil)
        }
        return Match(groups: groups)
    }
}
