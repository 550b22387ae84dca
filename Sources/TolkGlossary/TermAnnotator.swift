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
        // Both words must be listed in the same category ("points" alone is no reporting verb).
        if !isName, let category = phrasingCategory(sourceTerm, side: source),
           phrasingCategory(targetTerm, side: target) == category {
            entry.category = category
        }
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
        if entry.category == .domainTerm, let category = categorised.flatMap({ Self.category($0.category) }) {
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

    /// The glossary category of a one-word term from the phrasing word lists (which hold reporting.tsv too).
    func phrasingCategory(_ term: String, side: TermSide) -> TermCategory? {
        guard !term.contains(" "), !side.isFunctionWordForm(term.lowercased()) else { return nil }
        let categories = side.phrasing.category(of: term)
        if categories.contains(.sourceNoun) { return .attribution }  // "rapport" / "report": the noun
        switch categories.first {
        case .reportingVerb: return .reportingVerb
        case .attributionMarker, .sourceNoun: return .attribution
        case .hedge: return .hedge
        case .certainty: return .certainty
        case .evaluative, nil: return nil
        }
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
