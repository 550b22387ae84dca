/// Adds a newly extracted glossary to an existing one without losing the existing entries or their edits.
///
/// An entry is the same when both sides match ignoring case. For such an entry the counts add up; the existing
/// entry's written forms, category, part of speech, lemmas and extra fields are kept (a reviewer may have
/// edited them), `known` holds when either says so, the score is the higher of the two, and examples are the
/// existing ones followed by new ones up to `examplesPerEntry`. Entries only in one glossary are kept as they
/// are.
///
/// ```swift
/// let grown = GlossaryMerger.merge(existing: try GlossaryReader.read(...), new: extractor.extract(units))
/// ```
public enum GlossaryMerger {
    /// The union of `existing` and `new`, sorted like every glossary.
    /// - Complexity: O((n + m) log(n + m)).
    public static func merge(existing: Glossary, new: Glossary, examplesPerEntry: Int = 3) -> Glossary {
        var entries = existing.entries
        var index: [String: Int] = [:]
        for (position, entry) in entries.enumerated() where index[entry.mergeKey] == nil {
            index[entry.mergeKey] = position
        }
        for entry in new.entries {
            guard let position = index[entry.mergeKey] else {
                index[entry.mergeKey] = entries.count
                entries.append(entry)
                continue
            }
            var merged = entries[position]
            merged.count += entry.count
            merged.score = max(merged.score, entry.score)
            merged.known = merged.known || entry.known
            merged.partOfSpeech = merged.partOfSpeech ?? entry.partOfSpeech
            merged.sourceLemma = merged.sourceLemma ?? entry.sourceLemma
            merged.targetLemma = merged.targetLemma ?? entry.targetLemma
            for example in entry.examples where merged.examples.count < examplesPerEntry
                && !merged.examples.contains(example) {
                merged.examples.append(example)
            }
            entries[position] = merged
        }
        return Glossary(sourceLanguage: existing.sourceLanguage, targetLanguage: existing.targetLanguage,
                        entries: entries)
    }
}
