import TolkAlign
/// How much of a statement the other side's words explain: the share of its content words (names, numbers,
/// words the lexicon translates, cognates; see ``ContentExtractor``) that have a key in the other side, taken
/// in the direction that explains less.
///
/// A translation explains most of its words both ways; a sentence about the same event in other words shares
/// its names and a topic word or two and leaves the rest unexplained. On the FLORES-200 devtest articles
/// (allowed for tuning, see ../shared/data/SPLITS.md), with the shipped lexicon, the 1,012 translations and
/// 1,182 pairs of different sentences of one article fall into coverage bins as follows, and the log of the
/// ratio of the two shares grows about linearly, as 20 x (coverage - 0.3):
///
/// | coverage | translations | same article, other sentence | ln(ratio) |
/// |---|---|---|---|
/// | < 0.1 | 4 | 739 | -4.9 |
/// | 0.1-0.2 | 14 | 315 | -2.9 |
/// | 0.2-0.3 | 26 | 94 | -1.1 |
/// | 0.3-0.4 | 60 | 25 | 1.0 |
/// | 0.4-0.5 | 103 | 7 | 2.8 |
/// | 0.5-0.6 | 229 | 2 | 4.7 |
/// | >= 0.6 | 576 | 0 | 7.2 |
///
/// ```swift
/// TranslationCoverage.of(source: sourceEvidence[2...2], target: targetEvidence[5...5])   // 0.71
/// ```
enum TranslationCoverage {
    /// Below this coverage a statement is likelier another sentence of the same story than a translation
    /// (the ratio above crosses 1 there): it is not counted as a shared translation at all.
    static let floor = 0.3
    /// Slope of the log-likelihood ratio of a translation over another sentence of the story, per unit of
    /// coverage above ``floor`` (the fit of the table above).
    static let logRatioSlope = 20.0

    /// The log-likelihood ratio that a statement of this coverage is a translation rather than another
    /// sentence of the same story.
    static func logRatio(_ coverage: Double) -> Double { logRatioSlope * (coverage - floor) }

    /// The coverage of a match: the smaller of the shares of source and target content words explained by
    /// the other side (0 when a side has no content word).
    /// - Complexity: O(k log k) in the content keys of the sentences.
    static func of(source: ArraySlice<SentenceEvidence>, target: ArraySlice<SentenceEvidence>) -> Double {
        let sourceKeys = keys(source)
        let targetKeys = keys(target)
        return min(explained(source, by: targetKeys), explained(target, by: sourceKeys))
    }

    /// The share of the content words of `part` that have a key in `whole`, one direction only (0 when `part`
    /// has no content word): how much of a shorter sentence a longer one tells.
    /// - Complexity: O(k log k) in the content keys of the two sentences.
    static func share(of part: SentenceEvidence, explainedBy whole: SentenceEvidence) -> Double {
        explained([part][...], by: keys([whole][...]))
    }

    /// The sorted distinct keys (without word positions) of some sentences' content words.
    private static func keys(_ sentences: ArraySlice<SentenceEvidence>) -> [UInt64] {
        var all: [UInt64] = []
        for sentence in sentences { all.append(contentsOf: sentence.content.lazy.map(\.key)) }
        all.sort()
        var unique: [UInt64] = []
        unique.reserveCapacity(all.count)
        for key in all where unique.last != key { unique.append(key) }
        return unique
    }

    /// Share of the content words of `sentences` with at least one key in the sorted `other`.
    private static func explained(_ sentences: ArraySlice<SentenceEvidence>, by other: [UInt64]) -> Double {
        var words = 0
        var found = 0
        var seen: [UInt8] = []  // per word of a sentence: 0 not seen, 1 seen, 2 found
        for sentence in sentences {
            seen.removeAll(keepingCapacity: true)
            for key in sentence.content {
                let word = Int(key.word)
                if word >= seen.count { seen.append(contentsOf: repeatElement(0, count: word + 1 - seen.count)) }
                if seen[word] == 0 {
                    seen[word] = 1
                    words += 1
                }
                if seen[word] == 1 && sortedKeys(other, contain: key.key) {
                    seen[word] = 2
                    found += 1
                }
            }
        }
        return words > 0 ? Double(found) / Double(words) : 0
    }
}
