import TolkLexicon
import TolkText

/// Shows linked word pairs the way a dictionary lists them: both sides by their lemmas ("sagde" / "said" ->
/// "sige" / "say", "området" / "area" -> "område" / "area") when the lexicon pairs those lemmas, and a name in
/// the Danish genitive by the name itself ("Muellers" / "Mueller" -> "Mueller" / "Mueller").
struct DictionaryForms {
    let lexicon: BilingualLexicon?
    let source: TermSide
    let target: TermSide

    /// The dictionary forms of a linked pair of lower-case words: of the candidates on each side (the word
    /// itself when the lexicon lists it, then its lemmas the lexicon lists, most plausible first), the pair the
    /// lexicon translates into each other with the fewest words reduced to a lemma ("mødet" / "meeting" stays
    /// "møde" / "meeting", not the verb "meet"; "sagde" / "said" becomes "sige" / "say"); nil when it pairs none.
    /// - Complexity: O(a·b) lexicon look-ups for a and b candidates per side (a handful each).
    func lemmaPair(_ sourceWord: String, _ targetWord: String) -> (source: String, target: String)? {
        guard let lexicon else { return nil }
        let sources = candidates(sourceWord, side: source, lexicon: lexicon)
        let targets = candidates(targetWord, side: target, lexicon: lexicon)
        var translated: [Set<String>] = []
        for candidate in sources {
            translated.append(Set(lexicon.translations(of: candidate, from: source.language, to: target.language)
                .map { $0.text.lowercased() }))
        }
        var best: (reduced: Int, source: Int, target: Int)?
        for (sourceIndex, sourceCandidate) in sources.enumerated() {
            for (targetIndex, targetCandidate) in targets.enumerated()
            where translated[sourceIndex].contains(targetCandidate) {
                let reduced = (sourceCandidate == sourceWord ? 0 : 1) + (targetCandidate == targetWord ? 0 : 1)
                if let current = best, (current.reduced, current.source, current.target)
                    <= (reduced, sourceIndex, targetIndex) { continue }
                best = (reduced, sourceIndex, targetIndex)
            }
        }
        guard let best else { return nil }
        return (sources[best.source], targets[best.target])
    }

    /// The word itself when the lexicon lists it, then its lemmas the lexicon lists, most plausible first.
    private func candidates(_ word: String, side: TermSide, lexicon: BilingualLexicon) -> [String] {
        var result: [String] = lexicon.contains(word, in: side.language) ? [word] : []
        for analysis in side.morphology.analyses(of: word)
        where !analysis.features.contains(.adverb) && lexicon.contains(analysis.lemma, in: side.language)
            && !result.contains(analysis.lemma) {
            result.append(analysis.lemma)
        }
        return result
    }

    /// A name on the source side without its genitive -s when that is how the target side writes it
    /// ("Muellers" / "Mueller"); otherwise the name as it is.
    func nameWithoutGenitive(_ name: String, other: String) -> String {
        let lowered = name.lowercased()
        guard lowered != other.lowercased() else { return name }
        for analysis in source.morphology.analyses(of: lowered)
        where analysis.features == .genitive && analysis.lemma == other.lowercased() {
            return String(name.prefix(analysis.lemma.count))
        }
        return name
    }
}
