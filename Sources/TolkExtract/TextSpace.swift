extension Unicode.Scalar {
    /// Whether the scalar is white space as HTML text has it: ASCII spaces and line ends, no-break and the
    /// typographic spaces, line and paragraph separators. A fast test (no Unicode property lookup), as every
    /// character of a page passes through it.
    var isSpace: Bool {
        switch value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D: return true
        case 0..<0x80: return false
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }
}
