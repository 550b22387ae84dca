import TolkText

extension Morphology {
    /// Linking elements a Danish compound may put between its parts (`overvågning-s-rapport`,
    /// `efterretning-s-tjeneste`, `dag-e-blad`).
    static let linkingElements = ["s", "e"]
    /// The shortest compound split, and the shortest part (shorter parts match by accident: `ser|ver`).
    static let minimumCompoundLength = 8
    static let minimumPartLength = 4
    /// The longest word tried as a closed compound: longer than any Danish dictionary word (the longest run to
    /// about 50 letters), so that a runaway token (a URL, a base64 run, a 20 MB line) costs nothing.
    static let maximumCompoundLength = 64

    /// Splits a Danish compound into two known parts, or a hyphenated word at its hyphens.
    ///
    /// Tries every split point with parts of at least four letters; a part is accepted when `isKnown`
    /// accepts it or one of its analyses (the head may be inflected: `rapporter` -> `rapport`), and the
    /// modifier may end in a linking element. Among valid splits the one with the longest shorter part
    /// wins, then the longer head.
    ///
    /// ```swift
    /// morphology.splitCompound("præsidentvalg", isKnown: lexiconKnows)  // ["præsident", "valg"]
    /// ```
    /// - Parameters:
    ///   - word: One word.
    ///   - isKnown: Whether a lower-case lemma is in the lexicon.
    /// - Returns: The split, or `nil` for a word that is not a compound of known parts (or not Danish), or
    ///   longer than ``maximumCompoundLength`` letters without hyphens.
    /// - Complexity: O(n·r) lexicon probes for a word of n letters and r inflection rules; n is at most 64
    ///   without hyphens.
    public func splitCompound(_ word: String, isKnown: (String) -> Bool) -> CompoundSplit? {
        let form = word.lowercased()
        if form.contains("-") {
            let parts = form.split(separator: "-").map(String.init)
            guard parts.count >= 2, let head = parts.last else { return nil }
            let headLemma = knownLemma(head, isKnown: isKnown) ?? head
            let modifiers = parts.dropLast().map { knownLemma($0, isKnown: isKnown) ?? $0 }
            return CompoundSplit(parts: parts, lemmas: modifiers + [headLemma])
        }
        // A letter is at most four UTF-8 bytes: longer input is turned away before any letter is copied.
        guard language == .danish, form.utf8.count <= 4 * Morphology.maximumCompoundLength else { return nil }
        let letters = Array(form)
        let part = Morphology.minimumPartLength
        guard (Morphology.minimumCompoundLength...Morphology.maximumCompoundLength).contains(letters.count) else {
            return nil
        }
        var best: (split: CompoundSplit, shorter: Int, head: Int)?
        for cut in part...(letters.count - part) {
            let modifier = String(letters[..<cut])
            let head = String(letters[cut...])
            guard let headLemma = knownLemma(head, isKnown: isKnown),
                let modifierLemma = knownModifier(modifier, isKnown: isKnown)
            else { continue }
            let shorter = min(cut, letters.count - cut)
            let headLength = letters.count - cut
            if let current = best, (current.shorter, current.head) >= (shorter, headLength) { continue }
            best = (CompoundSplit(parts: [modifier, head], lemmas: [modifierLemma, headLemma]), shorter, headLength)
        }
        return best?.split
    }

    /// The known lemma of a part; a lemma shorter than a part may be is not accepted (`eren` is not `er`).
    private func knownLemma(_ form: String, isKnown: (String) -> Bool) -> String? {
        if isKnown(form) { return form }
        return analyses(of: form).first { $0.lemma.count >= Morphology.minimumPartLength && isKnown($0.lemma) }?.lemma
    }

    private func knownModifier(_ form: String, isKnown: (String) -> Bool) -> String? {
        if isKnown(form) { return form }
        for link in Morphology.linkingElements
        where form.hasSuffix(link) && form.count - link.count >= Morphology.minimumPartLength {
            let stem = String(form.dropLast(link.count))
            if isKnown(stem) { return stem }
        }
        return nil
    }
}
