/// Joins the names of two documents that are one entity spelled differently, once exact keys have linked what
/// they can: a transliterated spelling ("Støjberg" / "Stoejberg", "Mærsk" / "Maersk"), a middle initial
/// ("Thomas F. Borgen" / "Thomas Borgen"), a longer form of the same name ("Poul-Erik Høyer" /
/// "Poul-Erik Hoyer-Larsen", "Britta Nielsen" / "Anna Britta Troelsgaard Nielsen") or one letter apart
/// ("Zelenskyj" / "Zelensky"). A join needs exactly one candidate on each side, of the same kind.
enum VariantJoins {
    /// Target keys re-keyed to the source key they join, with the evidence of each join.
    /// - Complexity: O(s · t · w) for s and t unlinked names of at most w words on each side.
    static func joins(source: [String: [EntityMention]], target: [String: [EntityMention]])
        -> [String: (key: String, evidence: String)]
    {
        let openSource = source.keys.filter { target[$0] == nil && $0.hasPrefix("name:") }.sorted()
        let openTarget = target.keys.filter { source[$0] == nil && $0.hasPrefix("name:") }.sorted()
        guard !openSource.isEmpty, !openTarget.isEmpty else { return [:] }
        func kind(_ mentions: [EntityMention]?) -> EntityKind? {
            mentions?.first { $0.form == .name }?.kind
        }
        var candidates: [String: [(key: String, evidence: String)]] = [:]
        var claimed: [String: Int] = [:]
        for sourceKey in openSource {
            let sourceWords = loose(sourceKey)
            for targetKey in openTarget where kind(source[sourceKey]) == kind(target[targetKey]) {
                guard let evidence = evidence(sourceWords, loose(targetKey), kind: kind(source[sourceKey])) else {
                    continue
                }
                candidates[sourceKey, default: []].append((targetKey, evidence))
                claimed[targetKey, default: 0] += 1
            }
        }
        var result: [String: (key: String, evidence: String)] = [:]
        for (sourceKey, found) in candidates where found.count == 1 {
            guard let only = found.first, claimed[only.key] == 1 else { continue }
            result[only.key] = (sourceKey, only.evidence)
        }
        return result
    }

    /// The words of a `name:` key with Scandinavian letters and their transliterations folded alike
    /// ("oe", "ae", "aa" as "o", "a", "a") and single-letter initials left out.
    static func loose(_ key: String) -> [String] {
        let name = key.hasPrefix("name:") ? String(key.dropFirst(5)) : key
        return name.split(separator: " ").compactMap { word in
            guard word.count > 1 else { return nil }
            var folded = String(word)
            for (from, to) in [("oe", "o"), ("ae", "a"), ("aa", "a"), ("ue", "u")] {
                folded = folded.replacingOccurrences(of: from, with: to)
            }
            return folded
        }
    }

    private static func evidence(_ source: [String], _ target: [String], kind: EntityKind?) -> String? {
        guard !source.isEmpty, !target.isEmpty else { return nil }
        if source == target { return "variant spelling" }
        let (short, long) = source.count <= target.count ? (source, target) : (target, source)
        if kind == .person, short.count >= 2, short.count < long.count, isOrderedSubset(short, of: long) {
            return "longer name"
        }
        if short.count == long.count, zip(short, long).filter({ $0 != $1 }).count == 1,
            let pair = zip(short, long).first(where: { $0 != $1 }), min(pair.0.count, pair.1.count) >= 6,
            editDistanceIsOne(pair.0, pair.1)
        {
            return "edit distance"
        }
        return nil
    }

    /// True when every word of `short` appears in `long` in order (keys fold hyphens to spaces, so "hoyer" is
    /// a word of "hoyer larsen").
    private static func isOrderedSubset(_ short: [String], of long: [String]) -> Bool {
        var index = long.startIndex
        for word in short {
            guard let found = long[index...].firstIndex(of: word) else { return false }
            index = found + 1
        }
        return true
    }

    /// True when `first` and `second` differ by one inserted, deleted or replaced letter.
    static func editDistanceIsOne(_ first: String, _ second: String) -> Bool {
        let a = Array(first), b = Array(second)
        guard abs(a.count - b.count) <= 1, a != b else { return false }
        var i = 0, j = 0, edits = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                i += 1
                j += 1
                continue
            }
            edits += 1
            if edits > 1 { return false }
            if a.count > b.count {
                i += 1
            } else if a.count < b.count {
                j += 1
            } else {
                i += 1
                j += 1
            }
        }
        return edits + (a.count - i) + (b.count - j) == 1
    }
}
