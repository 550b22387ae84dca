import TolkLexicon
import TolkText

/// Gives a term pair its category, part of speech, lemmas, and whether the lexicon already knows it.
struct TermAnnotator {
    let lexicon: BilingualLexicon?
    let source: TermSide
    let target: TermSide

    /// An entry for `source` / `target` with count and score zero (the caller fills them).
    func entry(source sourceTerm: String, target targetTerm: String, isName: Bool) -> GlossaryEntry {
        var entry = GlossaryEntry(source: sourceTerm, target: targetTerm, count: 0, score: 0,
                                  category: isName ? .namedEntity : .domainTerm, known: false,
                                  partOfSpeech: isName ? "propn" : nil)
        guard let lexicon else { return entry }
        let forward = lexicon.translations(of: sourceTerm, from: source.language, to: target.language)
        let backward = lexicon.translations(of: targetTerm, from: target.language, to: source.language)
        let targetKeys = stems(targetTerm, side: target)
        let sourceKeys = stems(sourceTerm, side: source)
        let forwardMatch = forward.first { stems($0.text, side: target) == targetKeys }
        let backwardMatch = backward.first { stems($0.text, side: source) == sourceKeys }
        entry.known = forwardMatch != nil || backwardMatch != nil
        let categorised = [forwardMatch, backwardMatch].compactMap { $0 }.first { $0.category != nil }
            ?? forward.first { $0.category != nil && $0.match == .exact }
        if let category = categorised.flatMap({ Self.category($0.category) }) {
            entry.category = category
        }
        if let speech = (forwardMatch ?? backwardMatch)?.partOfSpeech ?? categorised?.partOfSpeech, !isName {
            entry.partOfSpeech = speech
        }
        if !sourceTerm.contains(" ") {
            entry.sourceLemma = lexicon.knownLemma(of: sourceTerm, in: source.language)
        }
        if !targetTerm.contains(" ") {
            entry.targetLemma = lexicon.knownLemma(of: targetTerm, in: target.language)
        }
        return entry
    }

    /// The stems of the words of `text`, in order.
    func stems(_ text: String, side: TermSide) -> [String] {
        text.lowercased().split(separator: " ").map { side.key(String($0)) }
    }

    /// The glossary category of a lexicon category ("sourcing" is attribution).
    static func category(_ name: String?) -> TermCategory? {
        switch name {
        case "reporting-verb": .reportingVerb
        case "sourcing": .attribution
        case "hedge": .hedge
        case "certainty": .certainty
        default: nil
        }
    }
}
