/// Escaping for XML 1.0 text and attribute values.
enum XMLEscaping {
    /// `text` with `&`, `<`, `>`, `"` and `'` escaped and characters XML 1.0 forbids (C0 controls other than
    /// tab, line feed and carriage return; U+FFFE, U+FFFF; lone surrogates cannot occur in a String) dropped.
    /// - Complexity: O(n) in the length of `text`.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
