/// Text built from pieces with every run of white space made one space and none at either end, on UTF-8 bytes
/// (the white space of ``Unicode/Scalar/isSpace``), counting the characters (Unicode scalars) it keeps.
struct CollapsedText {
    private(set) var bytes: [UInt8] = []
    /// Unicode scalars kept, the separating spaces included.
    private(set) var length = 0
    private var pendingSpace = false

    /// The text, trimmed.
    var string: String { String(decoding: bytes, as: UTF8.self) }
    var isEmpty: Bool { bytes.isEmpty }
    /// Whether white space followed the last character kept (a space still to be written if more text comes).
    var endsInSpace: Bool { pendingSpace }

    /// Appends a space (made one with any white space next to it; dropped at the start).
    mutating func appendSpace() { pendingSpace = !bytes.isEmpty }

    /// Appends a piece of text; returns how many scalars it added (a space before it included).
    @discardableResult
    mutating func append(_ text: String) -> Int {
        var piece = text
        return piece.withUTF8 { append($0) }
    }

    /// Appends a piece of UTF-8 text; returns how many scalars it added (a space before it included).
    @discardableResult
    mutating func append(_ source: UnsafeBufferPointer<UInt8>) -> Int {
        var added = 0
        var index = 0
        let count = source.count
        while index < count {
            let width = Self.spaceWidth(source, at: index)
            if width > 0 {
                pendingSpace = !bytes.isEmpty
                index += width
                continue
            }
            if pendingSpace {
                bytes.append(0x20)
                added += 1
                pendingSpace = false
            }
            let byte = source[index]
            bytes.append(byte)
            if byte & 0xC0 != 0x80 { added += 1 }
            index += 1
        }
        length += added
        return added
    }

    /// Appends UTF-8 text as it is, white space kept (preformatted text); returns how many scalars it added.
    @discardableResult
    mutating func appendVerbatim(_ text: UnsafeBufferPointer<UInt8>) -> Int {
        if pendingSpace && !text.isEmpty {
            bytes.append(0x20)
            length += 1
            pendingSpace = false
        }
        bytes.append(contentsOf: text)
        var added = 0
        for byte in text where byte & 0xC0 != 0x80 { added += 1 }
        length += added
        return added
    }

    /// The byte length of the white space character at `index`, or 0.
    static func spaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        switch byte {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D: return 1
        case 0xC2:
            guard index + 1 < bytes.count else { return 0 }
            return bytes[index + 1] == 0xA0 || bytes[index + 1] == 0x85 ? 2 : 0
        case 0xE1, 0xE2, 0xE3:
            guard index + 2 < bytes.count else { return 0 }
            let second = bytes[index + 1], third = bytes[index + 2]
            if byte == 0xE1 { return second == 0x9A && third == 0x80 ? 3 : 0 }
            if byte == 0xE3 { return second == 0x80 && third == 0x80 ? 3 : 0 }
            if second == 0x80 && (third <= 0x8A && third >= 0x80 || third == 0xA8 || third == 0xA9 || third == 0xAF) {
                return 3
            }
            return second == 0x81 && third == 0x9F ? 3 : 0
        default: return 0
        }
    }
}
