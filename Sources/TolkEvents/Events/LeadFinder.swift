import Foundation
import TolkAlign
import TolkText

/// Chooses the sentence of each side that best states the main event.
///
/// News states its main event first, after a headline it may repeat: the candidates are the first ``window``
/// sentences of at least ``minimumWords`` words that are not quotations (a photo credit, a one-word line or a
/// quote is no lead). A candidate that opens with a dateline ("COPENHAGEN, April 22 —", "RABAT –",
/// "TOKYO (Reuters) -", "DANMARK:") is the lead, as wire copy writes it; else the first candidate is. The lead is
/// reported with the other sentences of the matched statement it is part of.
struct LeadFinder {
    /// Sentences of each side read as candidates.
    static let window = 3
    /// Words a candidate needs, a leading `date` stamp not counted.
    static let minimumWords = 6
    /// Characters that open a quotation (Danish dialogue dashes, quotation marks).
    static let quotationOpeners: Set<Character> = ["-", "–", "—", "“", "\"", "‘", "'", "„", "«", "»"]
    /// A dateline: a place in capitals (several joined by "/"), an optional "(agency)" and ", date", then a
    /// colon, dash or bullet.
    static let dateline: NSRegularExpression? = try? NSRegularExpression(
        pattern: #"^\p{Lu}[\p{Lu}/ .]{2,}\b(\s*\([^)]*\))?\s*(,[^–—:•\-]{0,40})?\s*[:–—•\-]"#)

    let pair: MatchedPair

    /// The lead sentences of each side, in order (empty for a side without sentences).
    func leads() -> (source: [Int], target: [Int]) {
        (lead(pair.source, side: .source), lead(pair.target, side: .target))
    }

    private func lead(_ document: ComparableDocument, side: PairSide) -> [Int] {
        let found = candidates(document)
        guard let first = found.first else { return document.sentences.isEmpty ? [] : [0] }
        let chosen = found.first { $0.opensWithDateline }?.index ?? first.index
        for match in pair.statements.matches {
            let own = side == .source ? match.sourceSentences : match.targetSentences
            if own.contains(chosen) { return own.sorted() }
        }
        return [chosen]
    }

    private func candidates(_ document: ComparableDocument) -> [(index: Int, opensWithDateline: Bool)] {
        let stamp = PublicationDate.leadingStamp(of: document.text)?.range
        var result: [(index: Int, opensWithDateline: Bool)] = []
        for (index, sentence) in document.sentences.enumerated() where result.count < Self.window {
            var text = Substring(sentence.text)
            if let stamp, sentence.range.lowerBound <= stamp.lowerBound, stamp.upperBound <= sentence.range.upperBound {
                let cut = stamp.upperBound - sentence.range.lowerBound
                text = Substring(String(decoding: Array(sentence.text.utf8).dropFirst(cut), as: UTF8.self))
            }
            let trimmed = text.drop { $0.isWhitespace }
            guard let first = trimmed.first, !Self.quotationOpeners.contains(first),
                  trimmed.split(whereSeparator: \.isWhitespace).count >= Self.minimumWords else { continue }
            let rest = String(trimmed)
            let dated = Self.dateline?.firstMatch(in: rest, range: NSRange(rest.startIndex..., in: rest)) != nil
            result.append((index, dated))
        }
        return result
    }
}
