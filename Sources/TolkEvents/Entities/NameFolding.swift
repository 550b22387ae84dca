import Foundation
import TolkText

/// Folds names to linking keys: Latin script, ASCII, lower case, dots dropped, hyphens and spaces collapsed.
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
        let latin = name.unicodeScalars.allSatisfy(\.isASCII) ? name : transliterated(name)
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

    private static func transliterated(_ name: String) -> String {
        // A transliterator is not thread-safe and costly to open: one per thread, opened on first use.
        let cache = FoldingCache.current
        return cache.transliterator?.transliterate(name) ?? name
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
