/// JSON text built as UTF-8 bytes in a local value (no shared state touched per byte): the one JSON string
/// escaper of the package (`tolk segment --format json` streams with it, ``GlossaryWriter`` writes its strings
/// with it).
///
/// ```swift
/// var json = JSONBytes()
/// json.raw("{\"text\": ")
/// json.string("\"Hej\"\n")
/// json.raw("}")          // {"text": "\"Hej\"\n"}
/// ```
public struct JSONBytes: Sendable {
    /// The UTF-8 bytes built so far.
    public private(set) var bytes: [UInt8] = []

    /// An empty buffer with room for `capacity` bytes.
    public init(capacity: Int = 4096) { bytes.reserveCapacity(capacity) }

    /// Appends raw text (punctuation and keys Tolk writes itself).
    public mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends `text` as a JSON string literal (quoted and escaped).
    /// - Complexity: O(n); text with nothing to escape is copied in one piece.
    public mutating func string(_ text: String) {
        var text = text
        bytes.append(0x22)
        text.withUTF8 { source in
            if !source.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
                bytes.append(contentsOf: source)
            } else {
                for byte in source { escape(byte) }
            }
        }
        bytes.append(0x22)
    }

    /// Appends an integer in decimal.
    public mutating func number(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var start = 20
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }

    /// Appends `[lower, upper]`.
    public mutating func range(_ range: Range<Int>) {
        bytes.append(UInt8(ascii: "["))
        number(range.lowerBound)
        bytes.append(contentsOf: [UInt8(ascii: ","), UInt8(ascii: " ")])
        number(range.upperBound)
        bytes.append(UInt8(ascii: "]"))
    }

    private mutating func escape(_ byte: UInt8) {
        let hex: StaticString = "0123456789abcdef"
        switch byte {
        case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
        case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
        case 0x0A: bytes.append(contentsOf: [0x5C, 0x6E])
        case 0x0D: bytes.append(contentsOf: [0x5C, 0x72])
        case 0x09: bytes.append(contentsOf: [0x5C, 0x74])
        case 0..<0x20:
            hex.withUTF8Buffer { digits in
                bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
            }
        default: bytes.append(byte)
        }
    }
}
