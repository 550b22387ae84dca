/// Gives a partial name the key of the full name it stands for in the same document:
/// "Assange" -> "julian assange", "Clintons" -> "hillary clinton".
enum PartialNameResolver {
    /// `mentions` with partial person names re-keyed; a part shared by two different full names is left alone.
    /// - Complexity: O(n · w) for n mentions of at most w words.
    static func resolve(_ mentions: [EntityMention]) -> [EntityMention] {
        var fullNames: [String: Set<String>] = [:]
        for mention in mentions where mention.form == .name && mention.kind == .person {
            let words = NameFolding.key(mention.baseForm).split(separator: " ").map(String.init)
            guard words.count >= 2 else { continue }
            let full = words.joined(separator: " ")
            for word in words { fullNames[word, default: []].insert(full) }
        }
        return mentions.map { mention in
            guard mention.form == .name, mention.key.hasPrefix("name:") else { return mention }
            let folded = NameFolding.key(mention.baseForm)
            guard !folded.contains(" "), let candidates = fullNames[folded], candidates.count == 1,
                let full = candidates.first
            else {
                return mention
            }
            var resolved = mention
            resolved.key = "name:\(full)"
            resolved.kind = .person
            return resolved
        }
    }
}
