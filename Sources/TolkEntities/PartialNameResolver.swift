import TolkText
/// Gives a partial name the key of the full name it stands for in the same document:
/// "Assange" -> "julian assange", "Clintons" -> "hillary clinton".
enum PartialNameResolver {
    /// `mentions` with partial person names re-keyed; a part shared by two different full names is left alone.
    /// - Complexity: O(n) in the total length of the mentions: each full name is hashed once, and each of its
    ///   words once (a name of 100,000 words costs as much as 100,000 names of one word).
    static func resolve(_ mentions: [EntityMention]) -> [EntityMention] {
        var fullNames: [String] = []
        var fullNameIndex: [String: Int] = [:]
        var partOf: [String: Set<Int>] = [:]
        for mention in mentions where mention.form == .name && mention.kind == .person {
            let words = NameFolding.key(mention.baseForm).split(separator: " ").map(String.init)
            guard words.count >= 2 else { continue }
            let full = words.joined(separator: " ")
            let index: Int
            if let known = fullNameIndex[full] {
                index = known
            } else {
                index = fullNames.count
                fullNameIndex[full] = index
                fullNames.append(full)
            }
            for word in Set(words) { partOf[word, default: []].insert(index) }
        }
        return mentions.map { mention in
            guard mention.form == .name, mention.key.hasPrefix("name:") else { return mention }
            let folded = NameFolding.key(mention.baseForm)
            guard !folded.contains(" "), let candidates = partOf[folded], candidates.count == 1,
                let index = candidates.first
            else {
                return mention
            }
            var resolved = mention
            resolved.key = "name:\(fullNames[index])"
            resolved.kind = .person
            return resolved
        }
    }
}
