/// Adds a newly extracted glossary to an existing one without changing the existing entries.
///
/// An entry is the same when both sides match ignoring case. Every existing entry is kept exactly as it was read
/// (a reviewer may have edited any field, and ``GlossaryEntry/written`` keeps how each was written); a new entry
/// whose pair is not in the existing glossary is added.
///
/// ```swift
/// let grown = GlossaryMerger.merge(existing: try GlossaryReader.read(...), new: extractor.extract(units))
/// grown.added   // the entries that were not there
/// ```
public enum GlossaryMerger {
    /// A merged glossary and what the merge added to the existing one.
    public struct Merged: Sendable {
        /// The existing entries, unchanged, and the added ones, sorted like every glossary.
        public var glossary: Glossary
        /// The new entries whose pair was not in the existing glossary, in the new glossary's order.
        public var added: [GlossaryEntry]
    }

    /// The existing glossary with the entries of `new` that it lacks.
    /// - Complexity: O((n + m) log(n + m)).
    public static func merge(existing: Glossary, new: Glossary) -> Merged {
        var known = Set(existing.entries.map(\.mergeKey))
        var added: [GlossaryEntry] = []
        for entry in new.entries where !known.contains(entry.mergeKey) {
            known.insert(entry.mergeKey)
            added.append(entry)
        }
        let glossary = Glossary(sourceLanguage: existing.sourceLanguage, targetLanguage: existing.targetLanguage,
                                entries: existing.entries + added)
        return Merged(glossary: glossary, added: added)
    }
}
