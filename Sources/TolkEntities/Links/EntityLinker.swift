import TolkText

/// Links the entity mentions of a source document to those of a target document in another language.
///
/// Two mentions belong to one entity when their keys agree: the same region (CLDR name, exonym such as
/// Sverige / Sweden, or demonym such as russiske / Russian), the same lexicon place, or the same folded name
/// (WikiLeaks / Wikileaks, Ecuadors / Ecuador's, partial names already resolved inside each document). A lone
/// surname on one side also joins the only full name on the other side that ends with it. Nothing else links:
/// unrelated names stay apart. Names left over join when they are one spelling apart (``VariantJoins``:
/// transliterations, middle initials, a longer form, one letter).
///
/// ```swift
/// let links = EntityLinker().links(source: danishMentions, sourceLanguage: .danish,
///                                  target: englishMentions, targetLanguage: .english)
/// links.map(\.target)   // ["Julian Assange", "Ecuador", "WikiLeaks", "Russia", ...]
/// ```
public struct EntityLinker: Sendable {
    /// A linker.
    public init() {}

    /// The entities mentioned on both sides, most mentioned first (ties by key, so the order is stable).
    /// - Parameter foundEvidence: evidence labels of keys whose mentions were found on one side by how the other
    ///   side spells them ("spelled in both texts", "compound spelling"), added to those links' evidence.
    /// - Complexity: O(n log n) in the number of mentions.
    public func links(source: [EntityMention], sourceLanguage: LanguageCode,
                      target: [EntityMention], targetLanguage: LanguageCode,
                      foundEvidence: [String: String] = [:]) -> [EntityLink] {
        let sourceGroups = Dictionary(grouping: source, by: \.key)
        let targetGroups = Dictionary(grouping: target, by: \.key)
        var joinedSource = sourceGroups, joinedTarget = targetGroups
        for (key, mentions) in surnameJoins(from: sourceGroups, to: targetGroups) {
            joinedSource[key, default: []] += mentions
        }
        for (key, mentions) in surnameJoins(from: targetGroups, to: sourceGroups) {
            joinedTarget[key, default: []] += mentions
        }
        // Names spelled differently on the two sides join once exact keys have linked what they can.
        let variants = VariantJoins.joins(source: joinedSource, target: joinedTarget)
        var joinEvidence: [String: String] = [:]
        for (targetKey, join) in variants.sorted(by: { $0.key < $1.key }) {
            guard let moved = joinedTarget.removeValue(forKey: targetKey) else { continue }
            joinedTarget[join.key, default: []] += moved.map { mention in
                var rekeyed = mention
                rekeyed.key = join.key
                return rekeyed
            }
            joinEvidence[join.key] = join.evidence
        }
        var links: [EntityLink] = []
        for (key, sourceMentions) in joinedSource {
            guard let targetMentions = joinedTarget[key], !targetMentions.isEmpty, !sourceMentions.isEmpty else {
                continue
            }
            let sortedSource = sourceMentions.sorted { $0.range.lowerBound < $1.range.lowerBound }
            let sortedTarget = targetMentions.sorted { $0.range.lowerBound < $1.range.lowerBound }
            links.append(EntityLink(
                key: key, kind: Self.majorityKind(sortedSource + sortedTarget),
                source: Self.displayName(key: key, mentions: sortedSource, language: sourceLanguage),
                target: Self.displayName(key: key, mentions: sortedTarget, language: targetLanguage),
                evidence: LinkEvidence.describe(key: key, source: sortedSource, target: sortedTarget)
                    + (joinEvidence[key].map { [$0] } ?? []) + (foundEvidence[key].map { [$0] } ?? []),
                sourceMentions: sortedSource.map(Self.linkMention), targetMentions: sortedTarget.map(Self.linkMention)))
        }
        return links.sorted { ($1.weight, $0.key) < ($0.weight, $1.key) }
    }

    /// Single-word person keys of `groups` that match exactly one multi-word person key of `other` by its last
    /// word, re-keyed to it: "name:clinton" -> "name:hillary clinton".
    private func surnameJoins(from groups: [String: [EntityMention]], to other: [String: [EntityMention]])
        -> [String: [EntityMention]]
    {
        var fullNamesBySurname: [String: Set<String>] = [:]
        for key in other.keys where key.hasPrefix("name:") && key.contains(" ") {
            if let surname = key.split(separator: " ").last { fullNamesBySurname["name:\(surname)", default: []].insert(key) }
        }
        var joins: [String: [EntityMention]] = [:]
        for (key, mentions) in groups where other[key] == nil && !key.contains(" ") {
            guard let candidates = fullNamesBySurname[key], candidates.count == 1, let full = candidates.first,
                mentions.contains(where: { $0.kind == .person })
            else { continue }
            joins[full, default: []] += mentions.map { mention in
                var moved = mention
                moved.key = full
                return moved
            }
        }
        return joins
    }

    private static func linkMention(_ mention: EntityMention) -> EntityLink.Mention {
        EntityLink.Mention(text: mention.text, range: [mention.range.lowerBound, mention.range.upperBound],
                           form: mention.form)
    }

    private static func majorityKind(_ mentions: [EntityMention]) -> EntityKind {
        var counts: [EntityKind: Int] = [:]
        let names = mentions.filter { $0.form == .name }
        for mention in names.isEmpty ? mentions : names { counts[mention.kind, default: 0] += 1 }
        return EntityKind.allCases.max { (counts[$0] ?? 0, $1) < (counts[$1] ?? 0, $0) } ?? .place
    }

    /// The CLDR name of a region in `language`, else the longest, most frequent name as written.
    static func displayName(key: String, mentions: [EntityMention], language: LanguageCode) -> String {
        if key.hasPrefix("region:"), let name = LocaleNames.country(String(key.dropFirst(7)), in: language.rawValue) {
            return name
        }
        let names = mentions.filter { $0.form == .name }.map(\.baseForm)
        let pool = names.isEmpty ? mentions.map(\.baseForm) : names
        var counts: [String: Int] = [:]
        for name in pool { counts[name, default: 0] += 1 }
        return counts.max { lhs, rhs in
            (lhs.key.count, lhs.value, rhs.key) < (rhs.key.count, rhs.value, lhs.key)
        }?.key ?? key
    }
}
