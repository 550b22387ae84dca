/// Finds the first bad or NUL byte of UTF-8 text: for exact error offsets (a stream checks its chunks through
/// ICU's conversion and asks this scanner only where one fails) and for telling UTF-8 from other encodings.
enum UTF8Validator {
    enum Scan: Equatable {
        /// Everything up to `complete` is valid; the rest is the start of a sequence cut by the block's end.
        case valid(complete: Int)
        case invalid(at: Int)
        case nul(at: Int)
    }

    /// Checks that `bytes` are whole UTF-8 characters with no NUL byte (a sequence cut short at the end is an
    /// error too).
    /// - Parameters:
    ///   - bytes: the input.
    ///   - name: the input's name for the error.
    ///   - baseOffset: the offset of `bytes` in the raw input, added to the offset in the error.
    /// - Throws: ``TextError/binaryInput(path:offset:)`` or ``TextError/invalidEncoding(path:encoding:offset:)``
    ///   at the first bad byte.
    /// - Complexity: O(n).
    static func check(_ bytes: UnsafeBufferPointer<UInt8>, name: String, baseOffset: Int = 0) throws(TextError) {
        switch scan(bytes) {
        case let .valid(complete) where complete == bytes.count: return
        case let .valid(complete):
            throw TextError.invalidEncoding(path: name, encoding: "UTF-8", offset: baseOffset + complete)
        case let .invalid(at): throw TextError.invalidEncoding(path: name, encoding: "UTF-8", offset: baseOffset + at)
        case let .nul(at): throw TextError.binaryInput(path: name, offset: baseOffset + at)
        }
    }

    /// Scans UTF-8 per Unicode Table 3-7 (no overlongs, no surrogates, nothing above U+10FFFF).
    /// - Complexity: O(n); ASCII runs are checked eight bytes at a time.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Scan {
        let count = bytes.count
        var index = 0
        while index < count {
            // Fast path: eight ASCII bytes with no NUL.
            if index + 8 <= count, let base = bytes.baseAddress {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                let high: UInt64 = 0x8080_8080_8080_8080
                let hasZero = (word &- 0x0101_0101_0101_0101) & ~word & high
                if word & high == 0 && hasZero == 0 {
                    index += 8
                    continue
                }
            }
            let lead = bytes[index]
            if lead == 0 { return .nul(at: index) }
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return .invalid(at: index)
            }
            for step in 1..<length {
                guard index + step < count else { return .valid(complete: index) }
                let byte = bytes[index + step]
                let (low, high) = step == 1 ? (lower, upper) : (UInt8(0x80), UInt8(0xBF))
                if byte < low || byte > high { return .invalid(at: index) }
            }
            index += length
        }
        return .valid(complete: count)
    }

    /// Counts the well-formed multi-byte UTF-8 sequences of `bytes` and the bytes above 0x7F that are not part of
    /// one (a sequence cut by the end of `bytes` counts as neither).
    ///
    /// Text in windows-1252 or ISO-8859 almost never holds a well-formed multi-byte sequence ("på" is `70 E5 20`),
    /// so a text with many of them and a few stray bytes is UTF-8 with errors, not another encoding.
    /// - Complexity: O(n).
    static func tally(_ bytes: UnsafeBufferPointer<UInt8>) -> (sequences: Int, strays: Int) {
        var sequences = 0, strays = 0
        var index = 0
        while index < bytes.count {
            switch scan(UnsafeBufferPointer(rebasing: bytes[index...])) {
            case let .valid(complete):
                sequences += multiByteSequences(UnsafeBufferPointer(rebasing: bytes[index..<(index + complete)]))
                return (sequences, strays)
            case let .invalid(at):
                sequences += multiByteSequences(UnsafeBufferPointer(rebasing: bytes[index..<(index + at)]))
                strays += 1
                index += at + 1
            case let .nul(at):
                sequences += multiByteSequences(UnsafeBufferPointer(rebasing: bytes[index..<(index + at)]))
                index += at + 1
            }
        }
        return (sequences, strays)
    }

    /// The number of lead bytes of multi-byte sequences in valid UTF-8.
    private static func multiByteSequences(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        for byte in bytes where byte >= 0xC0 { count += 1 }
        return count
    }
}
