/// Checks UTF-8 block by block (a sequence may straddle two blocks) and finds the first bad or NUL byte.
struct UTF8Validator {
    /// The input's name, for errors.
    let name: String
    /// Bytes of an incomplete sequence at the end of the previous block.
    private var carry: [UInt8] = []
    /// Raw byte offset of the first byte not yet passed on.
    private(set) var offset: Int

    init(name: String, startOffset: Int) {
        self.name = name
        self.offset = startOffset
    }

    /// Validates the next block and returns the bytes that form complete characters.
    /// - Parameters:
    ///   - block: the raw bytes.
    ///   - final: whether this is the last block (an incomplete sequence is then an error).
    /// - Throws: ``TextError/invalidEncoding(path:encoding:offset:)`` or ``TextError/binaryInput(path:offset:)``
    ///   with the offset of the offending byte in the raw input.
    /// - Complexity: O(n) in the block's length.
    mutating func validate(_ block: [UInt8], final: Bool) throws(TextError) -> [UInt8] {
        let bytes = carry.isEmpty ? block : carry + block
        let base = offset
        let scan = bytes.withUnsafeBufferPointer { Self.scan($0) }
        switch scan {
        case let .invalid(at):
            throw TextError.invalidEncoding(path: name, encoding: "UTF-8", offset: base + at)
        case let .nul(at):
            throw TextError.binaryInput(path: name, offset: base + at)
        case let .valid(complete):
            if complete < bytes.count && final {
                throw TextError.invalidEncoding(path: name, encoding: "UTF-8", offset: base + complete)
            }
            carry = Array(bytes[complete...])
            offset = base + complete
            return complete == bytes.count ? bytes : Array(bytes[..<complete])
        }
    }

    enum Scan: Equatable {
        /// Everything up to `complete` is valid; the rest is the start of a sequence cut by the block's end.
        case valid(complete: Int)
        case invalid(at: Int)
        case nul(at: Int)
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
}
