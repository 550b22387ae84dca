/// A run of the scalar view of ``WordScanner``: letters, digits, or one other scalar, with its UTF-8 byte range.
package struct LetterRun {
    /// What a run is made of.
    package enum Kind: Sendable, Equatable {
        /// Letters (``WordFolding/isLetter(_:)``).
        case letters
        /// ASCII digits.
        case digits
        /// One scalar that is neither (space, punctuation, symbol, a digit of another script).
        case mark
    }

    /// What the run is made of.
    package var kind = Kind.mark
    /// Its UTF-8 byte range in the text.
    package var range = 0..<0
    /// How many Unicode scalars it holds.
    package var scalarCount = 0
    /// Letters: folded by ``WordFolding``, as read; digits: the ASCII digits; a mark: empty.
    package var bytes: [UInt8] = []
    /// A mark: the scalar; letters or digits: the first.
    package var scalar: Unicode.Scalar = " "
    /// Letters: the first is upper case.
    package var isCapitalised = false
}

extension WordScanner {
    /// Calls `body` with each run of `text`, in order: a run of letters (folded by ``WordFolding`` as they are
    /// read), a run of ASCII digits, or a single other scalar (the scalar view: no ICU, no string per word).
    ///
    /// The view of the cross-language keys that fold words as they read them: the aligner's sentence keys
    /// (`EvidenceExtractor`) and the paraphrase pass's content keys (`ContentExtractor`), each joining runs by its
    /// own rules (numbers across separators, hyphenated words, dotted abbreviations).
    /// - Complexity: O(n) in the length of `text`.
    package static func forEachRun(in text: String, _ body: (_ run: LetterRun) -> Void) {
        var run = LetterRun()
        run.bytes.reserveCapacity(32)
        var offset = 0
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let kind: LetterRun.Kind = value >= 48 && value <= 57 ? .digits
                : WordFolding.isLetter(scalar) ? .letters : .mark
            if run.scalarCount > 0 && (kind != run.kind || kind == .mark) {
                body(run)
                run.bytes.removeAll(keepingCapacity: true)
                run.scalarCount = 0
            }
            let width = UTF8.width(scalar)
            if run.scalarCount == 0 {
                run.kind = kind
                run.range = offset..<offset
                run.scalar = scalar
                run.isCapitalised = kind == .letters && WordFolding.isUppercase(scalar)
            }
            switch kind {
            case .letters: WordFolding.append(scalar, to: &run.bytes)
            case .digits: run.bytes.append(UInt8(truncatingIfNeeded: value))
            case .mark: break
            }
            run.scalarCount += 1
            offset += width
            run.range = run.range.lowerBound..<offset
        }
        if run.scalarCount > 0 { body(run) }
    }
}
