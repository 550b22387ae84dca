import CICU

/// An ICU break iterator over UTF-8 text whose boundaries are byte offsets into that text.
///
/// Opening one is expensive: open once per thread and reuse it with ``setText(_:)``.
/// Not safe to share between threads.
public final class BreakIterator {
    /// What the iterator finds boundaries of.
    public enum Kind: Int32, Sendable {
        case character = 0, word = 1, line = 2, sentence = 3
    }

    /// ICU's word-break rule status ranges (UWordBreak).
    public enum WordStatus {
        /// A run that is not a word: spaces, punctuation, symbols.
        public static let none = 0..<100
        /// A number.
        public static let number = 100..<200
        /// A word of letters.
        public static let letter = 200..<300
        /// Kana.
        public static let kana = 300..<400
        /// Ideographs.
        public static let ideograph = 400..<500
    }

    public let kind: Kind
    private let handle: UnsafeMutableRawPointer
    private var text: [UInt8] = []

    /// Opens an iterator of `kind` with the rules of `locale` (such as "da" or "en").
    public init(_ kind: Kind, locale: String) throws(TextError) {
        var status: Int32 = 0
        guard let handle = cicu_break_open(kind.rawValue, locale, &status), status <= 0 else {
            throw TextError.icu(operation: "ubrk_open \(kind) \(locale)", status: ICUStatus(status))
        }
        self.kind = kind
        self.handle = handle
    }

    deinit { cicu_break_close(handle) }

    /// Sets the UTF-8 text to iterate; the iterator keeps its own copy.
    public func setText<Bytes: Collection<UInt8>>(_ bytes: Bytes) throws(TextError) {
        text = Array(bytes)
        var status: Int32 = 0
        text.withUnsafeBufferPointer { pointer in
            pointer.baseAddress?.withMemoryRebound(to: CChar.self, capacity: pointer.count) { base in
                cicu_break_set_utf8(handle, base, Int64(pointer.count), &status)
            }
        }
        if status > 0 { throw TextError.icu(operation: "ubrk_setUText", status: ICUStatus(status)) }
    }

    /// All boundaries of the text set, as byte offsets, starting with 0 and ending with the text's length.
    public func boundaries() -> [Int] {
        guard !text.isEmpty else { return [0] }
        pointAtOwnText()
        var result = [Int(cicu_break_first(handle))]
        while true {
            let next = cicu_break_next(handle)
            if next < 0 { break }
            result.append(Int(next))
        }
        return result
    }

    /// Boundaries with the rule status of the segment each one closes (for words: letter, number, none).
    public func boundariesWithStatus() -> [(offset: Int, status: Int)] {
        guard !text.isEmpty else { return [] }
        pointAtOwnText()
        _ = cicu_break_first(handle)
        var result: [(offset: Int, status: Int)] = []
        while true {
            let next = cicu_break_next(handle)
            if next < 0 { break }
            result.append((Int(next), Int(cicu_break_rule_status(handle))))
        }
        return result
    }

    /// Points the iterator at `bytes` without copying them and runs `body`.
    ///
    /// Inside `body`, walk the boundaries with ``firstBoundary()``, ``nextBoundary()`` and ``ruleStatus``.
    /// - Throws: ``TextError/icu(operation:status:)`` when ICU cannot take the text.
    /// - Complexity: O(1) besides `body`.
    func withText<Result>(_ bytes: UnsafeBufferPointer<UInt8>, _ body: () -> Result) throws(TextError) -> Result {
        var status: Int32 = 0
        let base = bytes.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) }
        Self.emptyText.withUnsafeBufferPointer { empty in
            cicu_break_set_utf8(handle, base ?? empty.baseAddress, Int64(bytes.count), &status)
        }
        if status > 0 { throw TextError.icu(operation: "ubrk_setUText", status: ICUStatus(status)) }
        // ICU keeps pointing at `bytes` afterwards; `boundaries()` and `boundariesWithStatus()` point it back at
        // the iterator's own copy before they walk, so the stale pointer is never read.
        return body()
    }

    /// Points ICU at the copy `setText` keeps (after ``withText(_:_:)`` pointed it elsewhere).
    private func pointAtOwnText() {
        var status: Int32 = 0
        text.withUnsafeBufferPointer { pointer in
            pointer.baseAddress?.withMemoryRebound(to: CChar.self, capacity: pointer.count) { base in
                cicu_break_set_utf8(handle, base, Int64(pointer.count), &status)
            }
        }
    }

    /// A constant empty text to point the iterator at when it has none.
    private static let emptyText: [CChar] = [0]

    /// The first boundary (0) of the text set by ``withText(_:_:)``.
    func firstBoundary() -> Int { Int(cicu_break_first(handle)) }

    /// The next boundary, or `nil` at the end of the text.
    func nextBoundary() -> Int? {
        let next = cicu_break_next(handle)
        return next < 0 ? nil : Int(next)
    }

    /// The rule status of the boundary just returned (see ``WordStatus``).
    var ruleStatus: Int { Int(cicu_break_rule_status(handle)) }
}
