import Foundation

/// Folds names to linking keys: Latin script, ASCII, lower case, dots dropped, hyphens and spaces collapsed.
///
/// The name folding of the evidence layer: the gazetteer, entity links, genitive resolution of names and the
/// names of an event card compare names by this key. It keeps every letter (Carl and Karl stay two names);
/// the spelling keys of alignment and paraphrase fold further with ``WordFolding``.
///
/// ```swift
/// NameFolding.key("WikiLeaks")  // "wikileaks"
/// NameFolding.key("U.S.")       // "us"
/// NameFolding.key("Søren Kierkegaard")  // "soren kierkegaard"
/// ```
public enum NameFolding {
    /// The linking key of `name`; ASCII names are folded without ICU.
    /// - Complexity: O(n) in the length of `name`.
    public static func key(_ name: String) -> String {
        if let key = asciiKey(name) { return key }
        let latin: String
        if name.unicodeScalars.allSatisfy({ $0.value <= 0x024F || $0.value == 0x2019 }) {
            latin = LatinFoldingTable.shared.folded(name)
        } else {
            latin = transliterated(name)
        }
        if let key = asciiKey(latin) { return key }
        var result = ""
        var pendingSpace = false
        for character in latin.lowercased() {
            if character == "." || character == "'" || character == "’" { continue }
            if character == " " || character == "-" || character.isWhitespace {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace { result.append(" ") }
            pendingSpace = false
            result.append(character)
        }
        return result
    }

    /// The key of an ASCII `text`, folded byte by byte as ``key(_:)`` folds characters (ASCII white space is
    /// tab, line feed, vertical tab, form feed, carriage return and space); `nil` when `text` is not ASCII.
    private static func asciiKey(_ text: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            switch byte {
            case 0x80...: return nil
            case UInt8(ascii: "."), UInt8(ascii: "'"): continue
            case UInt8(ascii: " "), UInt8(ascii: "-"), 0x09...0x0D:
                pendingSpace = !bytes.isEmpty
            default:
                if pendingSpace { bytes.append(UInt8(ascii: " ")) }
                pendingSpace = false
                bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Latin letters with diacritics folded without ICU (opening `Any-Latin` is slow): marks dropped after
    /// canonical decomposition, and the letters that do not decompose spelled as Latin-ASCII spells them.
    /// ``LatinFoldingTable`` holds the result for each scalar it applies to.
    package static func latinFolded(_ name: String) -> String {
        var result = ""
        for scalar in name.decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            switch scalar {
            case "ø": result += "o"
            case "Ø": result += "O"
            case "æ": result += "ae"
            case "Æ": result += "AE"
            case "ß": result += "ss"
            case "œ": result += "oe"
            case "Œ": result += "OE"
            case "ð", "đ": result += "d"
            case "Đ", "Ð": result += "D"
            case "þ": result += "th"
            case "Þ": result += "TH"
            case "ł": result += "l"
            case "Ł": result += "L"
            case "ı": result += "i"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func transliterated(_ name: String) -> String {
        // A transliterator is not thread-safe and costly to open: one per thread, opened on first use.
        let cache = FoldingCache.current
        return cache.transliterator?.transliterate(name) ?? name
    }
}

/// ``NameFolding/latinFolded(_:)`` of every scalar up to U+024F and of U+2019, made once a process from that
/// function itself: folding a Latin name is then one table look-up per scalar instead of a canonical
/// decomposition of the whole name (a tenth of loading the gazetteer's 60,000 city names went there).
///
/// Folding scalar by scalar gives the same text as folding the name: the canonical decomposition of these
/// scalars is the concatenation of each one's (none of them is a combining mark, so nothing is reordered across
/// scalars), and the marks it yields are nonspacing ones, all dropped.
package final class LatinFoldingTable: Sendable {
    package static let shared = LatinFoldingTable()
    /// The folded text of each scalar 0x80...0x24F, by value - 0x80.
    private let folded: [String]
    private let apostrophe: String

    private init() {
        folded = (0x80...0x24F).map { value in
            Unicode.Scalar(value).map { NameFolding.latinFolded(String(Character($0))) } ?? ""
        }
        apostrophe = NameFolding.latinFolded("\u{2019}")
    }

    /// ``NameFolding/latinFolded(_:)`` of `name`, whose scalars are all at most U+024F or U+2019.
    package func folded(_ name: String) -> String {
        var result = ""
        result.reserveCapacity(name.utf8.count)
        for scalar in name.unicodeScalars {
            switch scalar.value {
            case ..<0x80: result.unicodeScalars.append(scalar)
            case 0x80...0x24F: result += folded[Int(scalar.value) - 0x80]
            case 0x2019: result += apostrophe
            default: result += NameFolding.latinFolded(String(Character(scalar)))
            }
        }
        return result
    }
}

/// The per-thread `Any-Latin; Latin-ASCII` transliterator behind ``NameFolding``.
final class FoldingCache {
    let transliterator: Transliterator?

    private init() { transliterator = try? Transliterator(id: "Any-Latin; Latin-ASCII") }

    /// The calling thread's instance.
    static var current: FoldingCache {
        let key = "TolkEvents.FoldingCache"
        if let existing = Thread.current.threadDictionary[key] as? FoldingCache { return existing }
        let created = FoldingCache()
        Thread.current.threadDictionary[key] = created
        return created
    }
}
