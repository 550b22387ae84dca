extension PreparedAlignment {
    /// Aligns the two inputs as ``run(emit:)`` does, reviewing each bead with an ``AlignmentReview``: a pair
    /// under `minimumConfidence` is handed to `emit` as the unaligned beads of its sentences (one 1-0 bead per
    /// source sentence, then one 0-1 bead per target sentence), each with the text of its sentence.
    ///
    /// ```swift
    /// let review = try alignment.run(minimumConfidence: 0.5) { bead, source, target in write(bead, source, target) }
    /// review.notes(command: "align")   // what was left out, and a warning when the texts are no translations
    /// ```
    /// - Parameter minimumConfidence: pairs under it (0...1) are written as unaligned sentences (nil: none is).
    /// - Returns: the review, for its notes.
    /// - Throws: as ``run(emit:)``.
    public func run(minimumConfidence: Double?,
                    emit: (Bead, ArraySlice<String>, ArraySlice<String>) throws -> Void) throws -> AlignmentReview {
        var review = AlignmentReview(minimumConfidence: minimumConfidence)
        try run { bead, sourceTexts, targetTexts in
            guard !review.add(bead), bead.isPair else { return try emit(bead, sourceTexts, targetTexts) }
            for part in AlignmentReview.unaligned(bead) {
                try emit(part,
                         ArraySlice(part.source.map { sourceTexts[sourceTexts.startIndex + $0 - bead.source.lowerBound] }),
                         ArraySlice(part.target.map { targetTexts[targetTexts.startIndex + $0 - bead.target.lowerBound] }))
            }
        }
        return review
    }
}
