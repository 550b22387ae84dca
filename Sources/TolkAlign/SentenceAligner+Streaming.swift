extension SentenceAligner {
    /// Aligns two sentence streams of any length in bounded memory: sentences are pulled from `source` and
    /// `target` a chunk at a time, and each bead is handed to `emit`, with its sentences' texts, as soon as it
    /// is final; only the chunk being aligned is held.
    ///
    /// ```swift
    /// aligner.align(source: sourceLines, target: targetLines, characterRatio: 1.05) { bead, source, target in
    ///     output.write("\\(bead)\\n")
    /// }
    /// ```
    /// - Parameters:
    ///   - source: source sentences, in order (any sequence, read once).
    ///   - target: target sentences, in order (read once).
    ///   - characterRatio: target characters per source character over the whole input, when known (a first
    ///     pass over files gives it); when nil, each chunk estimates it from its own text.
    ///   - emit: receives each bead (indices counted from the start of the streams) with the texts of its source
    ///     and target sentences.
    /// - Complexity: O((n + m) x bandRadius) time; memory O(chunkLength) sentences, except that a target left
    ///   over when the source has ended is read into the last chunk.
    public func align<Source: Sequence<String>, Target: Sequence<String>>(
        source: Source, target: Target, characterRatio: Double?,
        emit: (Bead, ArraySlice<String>, ArraySlice<String>) throws -> Void
    ) rethrows {
        var sourceReader = SentenceBuffer(source.makeIterator())
        var targetReader = SentenceBuffer(target.makeIterator())
        let chunk = options.chunkLength
        let slack = 2 * options.bandRadius + 16
        while true {
            sourceReader.fill(count: chunk + 1)
            let isLast = sourceReader.isExhausted && sourceReader.sentences.count <= chunk
            let rows = min(sourceReader.sentences.count, chunk)
            let sourceCharacters = sourceReader.characters(upTo: rows)
            if isLast {
                targetReader.fill(count: Int.max)
            } else {
                // Enough target text for the chunk's source text and a margin for drift.
                let needed = (characterRatio ?? 1) * Double(sourceCharacters) * 1.25
                targetReader.fill(characters: Int(needed), thenCount: slack)
            }
            let columns = targetReader.sentences.count
            if rows == 0 || columns == 0 {
                // One side has ended (or both): the rest of the other side has no counterpart.
                try emitUnpaired(&sourceReader, &targetReader, rows: rows, emit: emit)
                if isLast && rows == 0 {
                    try drainTarget(&targetReader, sourceEnd: sourceReader.offset(0..<0), emit: emit)
                    return
                }
                if isLast { return }
                continue
            }
            let chunkRatio = characterRatio ?? Double(max(targetReader.characters(upTo: columns), 1))
                / Double(max(sourceCharacters, 1)) / (isLast ? 1 : 1.25)
            let sourceEvidence = sourceReader.sentences[0..<rows].map(sourceExtractor.evidence(for:))
            let targetEvidence = targetReader.sentences[0..<columns].map(targetExtractor.evidence(for:))
            var scorer = BeadScorer(source: sourceEvidence, target: targetEvidence, ratio: chunkRatio,
                                    evidenceWeight: options.evidenceWeight)
            let search = BandSearch(rows: rows, columns: columns, radius: options.bandRadius, mustReachEnd: isLast)
            let path = search.run(scorer: &scorer)
            let kept = isLast ? path.count : Self.commitCount(path, rows: rows, scorer: &scorer)
            var consumedSource = 0
            var consumedTarget = 0
            for (position, step) in path.prefix(kept).enumerated() {
                let confidence = Self.confidence(of: step, at: position, in: path, scorer: &scorer)
                let bead = Bead(source: sourceReader.offset(step.source), target: targetReader.offset(step.target),
                                confidence: confidence)
                try emit(bead, sourceReader.sentences[step.source], targetReader.sentences[step.target])
                consumedSource = step.source.upperBound
                consumedTarget = step.target.upperBound
            }
            sourceReader.drop(consumedSource)
            targetReader.drop(consumedTarget)
            if isLast { return }
        }
    }

    private func emitUnpaired<Source, Target>(
        _ sourceReader: inout SentenceBuffer<Source>, _ targetReader: inout SentenceBuffer<Target>, rows: Int,
        emit: (Bead, ArraySlice<String>, ArraySlice<String>) throws -> Void
    ) rethrows {
        let targetPoint = targetReader.offset(0..<0)
        for row in 0..<rows {
            try emit(Bead(source: sourceReader.offset(row..<(row + 1)), target: targetPoint, confidence: 1),
                     sourceReader.sentences[row..<(row + 1)], [])
        }
        sourceReader.drop(rows)
    }

    private func drainTarget<Target>(
        _ targetReader: inout SentenceBuffer<Target>, sourceEnd end: Range<Int>,
        emit: (Bead, ArraySlice<String>, ArraySlice<String>) throws -> Void
    ) rethrows {
        for row in 0..<targetReader.sentences.count {
            try emit(Bead(source: end, target: targetReader.offset(row..<(row + 1)), confidence: 1), [],
                     targetReader.sentences[row..<(row + 1)])
        }
        targetReader.drop(targetReader.sentences.count)
    }
}

/// The not yet aligned sentences of one side, pulled from an iterator on demand.
struct SentenceBuffer<Base: IteratorProtocol<String>> {
    private var base: Base
    /// Buffered sentences; `sentences[0]` has the stream index `start`.
    private(set) var sentences: [String] = []
    private var lengths: [Int] = []
    private(set) var start = 0
    private(set) var isExhausted = false

    init(_ base: Base) { self.base = base }

    /// Reads until `count` sentences are buffered or the stream ends.
    mutating func fill(count: Int) {
        while sentences.count < count, !isExhausted {
            guard let sentence = base.next() else { isExhausted = true; return }
            sentences.append(sentence)
            lengths.append(sentence.unicodeScalars.count)
        }
    }

    /// Reads until the buffer holds `characters` characters, then `thenCount` sentences more.
    mutating func fill(characters: Int, thenCount: Int) {
        var total = lengths.reduce(0, +)
        while total < characters, !isExhausted {
            fill(count: sentences.count + 1)
            total += lengths.last ?? 0
        }
        fill(count: sentences.count + thenCount)
    }

    /// Characters in the first `count` buffered sentences.
    func characters(upTo count: Int) -> Int { lengths.prefix(count).reduce(0, +) }

    /// A buffer-relative range as stream indices.
    func offset(_ range: Range<Int>) -> Range<Int> { (start + range.lowerBound)..<(start + range.upperBound) }

    /// Forgets the first `count` buffered sentences (they are aligned).
    mutating func drop(_ count: Int) {
        guard count > 0 else { return }
        sentences.removeFirst(count)
        lengths.removeFirst(count)
        start += count
    }
}
