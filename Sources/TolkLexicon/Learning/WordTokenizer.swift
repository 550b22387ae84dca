/// A fast lower-casing word splitter over raw UTF-8 bytes, for learning lexicons from large parallel corpora.
///
/// A word is a run of letters and digits (any non-ASCII character except general punctuation, Latin-1
/// symbols and × ÷ counts as a letter), with inner hyphens kept (`Europa-Parlamentets`). Runs without a
/// letter (numbers) are skipped. ASCII and Latin-1 capitals are lower-cased, which covers Danish and English.
struct WordTokenizer {
    /// The longest word kept, in bytes; longer runs are skipped.
    var maximumLength = 48
    private var scratch: [UInt8] = []

    init() { scratch.reserveCapacity(64) }

    /// Calls `body` with each lower-cased word of `line`, in order.
    ///
    /// - Complexity: O(n) in the line's bytes.
    mutating func forEachWord(in line: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var index = 0
        let count = line.count
        scratch.removeAll(keepingCapacity: true)
        var hasLetter = false
        func flush(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
            if hasLetter && scratch.count <= maximumLength { scratch.withUnsafeBufferPointer(body) }
            scratch.removeAll(keepingCapacity: true)
            hasLetter = false
        }
        while index < count {
            let byte = line[index]
            if byte < 0x80 {
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"):
                    scratch.append(byte)
                    hasLetter = true
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    scratch.append(byte + 32)
                    hasLetter = true
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    scratch.append(byte)
                case UInt8(ascii: "-") where !scratch.isEmpty && index + 1 < count && WordTokenizer.startsWord(line[index + 1]):
                    scratch.append(byte)
                default:
                    flush(body)
                }
                index += 1
                continue
            }
            let next = index + 1 < count ? line[index + 1] : 0
            if (byte == 0xE2 && (next == 0x80 || next == 0x81)) || (byte == 0xC2 && next >= 0xA0)
                || (byte == 0xC3 && (next == 0x97 || next == 0xB7))
            {
                flush(body)
                index += byte == 0xE2 ? 3 : 2
                continue
            }
            if byte == 0xC3 && next >= 0x80 && next <= 0x9E {
                scratch.append(byte)
                scratch.append(next + 0x20)
                index += 2
            } else {
                scratch.append(byte)
                index += 1
            }
            hasLetter = true
        }
        flush(body)
    }

    private static func startsWord(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }
}
