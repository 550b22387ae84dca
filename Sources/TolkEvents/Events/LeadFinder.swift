import Foundation
import TolkAlign
import TolkMatch
import TolkText

/// Chooses the sentence of each side that best states the main event.
///
/// News states its main event in the first sentence of the article body. The article starts at its headline:
/// a page copy may put a teaser (the page's description) before it, and under the headline come a subheading,
/// a byline or a caption. So when one of the first ``headlineReach`` sentences is a headline line (a line of at
/// least ``headlineWords`` words that does not end a sentence: no full stop, question or exclamation mark, or
/// closing quote), the candidates start after the last such line. The candidates are then the first ``window``
/// sentences of at least ``minimumWords`` words that are none of: a fragment opening in lower case (unless it
/// continues the sentence before it on its line, as after a name's "Jr." read as a sentence end: then that
/// sentence is part of the lead), a line without a sentence end (a headline,
/// subheading, caption or crosshead), furniture (a photo credit, byline or read-more prompt), a quotation, or a
/// sentence opening with a word that points back or continues ("Han ...", "Sådan ...", "It came after ...",
/// ``LeadOpeners``). A candidate that opens with a dateline ("COPENHAGEN, April 22 —", "RABAT –",
/// "TOKYO (Reuters) -", "DANMARK:") is the lead, as wire copy writes it; else the first candidate is. Without
/// candidates, the first sentence. Position decides; a matched statement can only overrule it when it is sure:
/// when the two leads are not one matched statement, a side (without a dateline lead) takes instead its candidate
/// that the other side's lead is matched with, provided that statement scores at least ``switchingScore`` and is
/// the strongest of the other lead's statements (both sides state the main event up front; not for documents
/// published weeks apart, ``sameMoment``). So statements the matcher is unsure of, and a sentence's further
/// counterparts (one sentence reporting what two of the other side's report), never move a lead: more matched
/// statements do not change the leads unless one of them is a sure match of a lead. The lead is reported with the
/// other sentences of the strongest matched statement it is part of.
struct LeadFinder {
    /// Sentences of each side read as candidates.
    static let window = 3
    /// Words a candidate needs, a leading `date` stamp not counted.
    static let minimumWords = 6
    /// How many of the first sentences may be a headline the article starts at.
    static let headlineReach = 3
    /// Words a line needs to be read as a headline (shorter lines are crossheads or labels).
    static let headlineWords = 4
    /// Smallest score (``StatementMatch/score``) of the matched statement that moves a side's lead away from its
    /// first candidate: nine to one that the two sentences say the same. Position is the strongest sign of a news
    /// lead, so only a sure statement overrules it.
    static let switchingScore = 0.9
    /// Characters that open a quotation (Danish dialogue dashes, quotation marks).
    static let quotationOpeners: Set<Character> = ["-", "–", "—", "“", "\"", "‘", "'", "„", "«", "»"]
    /// Characters that end a sentence.
    static let sentenceEnds: Set<Character> = [".", "!", "?", "…", "”", "\"", "’", "'", "»", "«"]
    /// A dateline: a place in capitals (several joined by "/"), an optional "(agency)" and ", date", then a
    /// colon, dash or bullet.
    static let dateline: NSRegularExpression? = try? NSRegularExpression(
        pattern: #"^\p{Lu}[\p{Lu}/ .]{2,}\b(\s*\([^)]*\))?\s*(,[^–—:•\-]{0,40})?\s*[:–—•\-]"#)

    let pair: MatchedPair
    /// The lead openers of the source and target languages.
    let sourceOpeners: LeadOpeners
    let targetOpeners: LeadOpeners
    /// False when the documents were published ``StoryThread/minimumDaysApart`` days apart or more: two moments
    /// of a thread each lead with their own news, so neither side's lead is chosen by what the other states.
    var sameMoment = true

    /// The lead sentences of each side, in order (empty for a side without sentences).
    func leads() -> (source: [Int], target: [Int]) {
        let source = options(pair.source, side: .source), target = options(pair.target, side: .target)
        var chosen = (source: source.preferred?.index, target: target.preferred?.index)
        if sameMoment, let s = chosen.source, let t = chosen.target, statement(holding: s, t) == nil {
            // Both sides state the main event: a lead whose statement the other side matches surely with one of its
            // own candidates wins over one the other side does not state up front. A dateline lead stays.
            if target.preferred?.opensWithDateline == false,
               let t = target.all.first(where: { leadsAgree(source: s, target: $0, from: .source) }) {
                chosen.target = t
            } else if source.preferred?.opensWithDateline == false,
                      let s = source.all.first(where: { leadsAgree(source: $0, target: t, from: .target) }) {
                chosen.source = s
            }
        }
        return (expand(chosen.source, side: .source, empty: pair.source.sentences.isEmpty),
                expand(chosen.target, side: .target, empty: pair.target.sentences.isEmpty))
    }

    /// The strongest matched statement holding source sentence `source` and target sentence `target`, if any
    /// (ties: the first).
    private func statement(holding source: Int, _ target: Int) -> StatementMatch? {
        strongest(pair.statements.matches.filter { $0.sourceSentences.contains(source) && $0.targetSentences.contains(target) })
    }

    /// The first of the highest-scoring statements of `matches`.
    private func strongest(_ matches: [StatementMatch]) -> StatementMatch? {
        matches.reduce(nil) { best, match in best.map { $0.score >= match.score ? $0 : match } ?? match }
    }

    /// True when the lead of side `from` (`source` or `target`) and the other side's candidate are surely one
    /// statement: their strongest statement scores at least ``switchingScore`` and no statement of the lead
    /// scores higher (the lead's main counterpart is that candidate, not a sentence elsewhere).
    func leadsAgree(source: Int, target: Int, from side: PairSide) -> Bool {
        guard let shared = statement(holding: source, target), shared.score >= Self.switchingScore else { return false }
        let lead = side == .source ? source : target
        let ofLead = pair.statements.matches.filter {
            (side == .source ? $0.sourceSentences : $0.targetSentences).contains(lead)
        }
        return !ofLead.contains { $0.score > shared.score }
    }

    /// The lead with the other sentences of its strongest matched statement; the first sentence without a lead.
    private func expand(_ chosen: Int?, side: PairSide, empty: Bool) -> [Int] {
        guard let chosen else { return empty ? [] : [0] }
        let document = side == .source ? pair.source : pair.target
        // A fragment's sentence start is the sentence before it.
        let start = Self.continuesPrevious(chosen, in: document) ? [chosen - 1] : []
        let holding = strongest(pair.statements.matches.filter {
            (side == .source ? $0.sourceSentences : $0.targetSentences).contains(chosen)
        })
        if let holding {
            let own = side == .source ? holding.sourceSentences : holding.targetSentences
            return Array(Set(own + start)).sorted()
        }
        return start + [chosen]
    }

    /// True when sentence `index` opens in lower case on the line of the sentence before it: a sentence cut in
    /// two where a name's abbreviation ("Donald Trump Jr.") was read as a sentence end.
    static func continuesPrevious(_ index: Int, in document: ComparableDocument) -> Bool {
        guard index > 0, document.sentences.indices.contains(index),
              document.sentences[index - 1].paragraph == document.sentences[index].paragraph else { return false }
        return document.sentences[index].text.first { !$0.isWhitespace }?.isLowercase == true
    }

    /// A side's preferred lead (the dateline candidate, else the first), and all its candidates.
    private func options(_ document: ComparableDocument, side: PairSide)
        -> (preferred: (index: Int, opensWithDateline: Bool)?, all: [Int]) {
        let found = candidates(readings(document), side: side)
        return (found.first { $0.opensWithDateline } ?? found.first, found.map(\.index))
    }

    /// One sentence as the lead rules read it.
    private struct Reading {
        /// Its text without a leading `date` stamp, leading spaces dropped.
        let text: Substring
        /// True when it is alone on its line and does not end a sentence.
        let unfinishedLine: Bool
        /// Its words, counted when the rules ask (they read only the first few sentences).
        var words: Int { WhitespaceWords.count(in: text) }
    }

    /// For each sentence of `document`: true when it is alone on its line and does not end a sentence (a
    /// headline, subheading, byline or caption).
    static func unfinishedLines(of document: ComparableDocument) -> [Bool] {
        var perParagraph: [Int: Int] = [:]
        for sentence in document.sentences { perParagraph[sentence.paragraph, default: 0] += 1 }
        return document.sentences.map { sentence in
            let last = sentence.text.last { !$0.isWhitespace }
            return perParagraph[sentence.paragraph] == 1 && last.map { !sentenceEnds.contains($0) } == true
        }
    }

    private func readings(_ document: ComparableDocument) -> [Reading] {
        let stamp = PublicationDate.leadingStamp(of: document.text)?.range
        let unfinished = Self.unfinishedLines(of: document)
        return document.sentences.enumerated().map { index, sentence in
            var text = Substring(sentence.text)
            if let stamp, sentence.range.lowerBound <= stamp.lowerBound, stamp.upperBound <= sentence.range.upperBound {
                let cut = stamp.upperBound - sentence.range.lowerBound
                text = Substring(String(decoding: Array(sentence.text.utf8).dropFirst(cut), as: UTF8.self))
            }
            text = text.drop { $0.isWhitespace }
            return Reading(text: text, unfinishedLine: unfinished[index])
        }
    }

    private func candidates(_ read: [Reading], side: PairSide) -> [(index: Int, opensWithDateline: Bool)] {
        let document = side == .source ? pair.source : pair.target
        let furniture = side == .source ? pair.statements.sourceFurniture : pair.statements.targetFurniture
        let openers = side == .source ? sourceOpeners : targetOpeners
        let headline = read.prefix(Self.headlineReach).lastIndex {
            $0.unfinishedLine && $0.words >= Self.headlineWords
        }
        let start = headline.map { $0 + 1 } ?? 0
        var result: [(index: Int, opensWithDateline: Bool)] = []
        for index in read.indices.dropFirst(start) where result.count < Self.window {
            let reading = read[index]
            let fragment = reading.text.first?.isLowercase == true
            guard let first = reading.text.first, !Self.quotationOpeners.contains(first),
                  !fragment || Self.continuesPrevious(index, in: document),
                  reading.words >= Self.minimumWords, !reading.unfinishedLine, reading.text.last != ":",
                  furniture[index] == nil,
                  !openers.opens(reading.text) else { continue }
            let rest = String(reading.text)
            let dated = Self.dateline?.firstMatch(in: rest, range: NSRange(rest.startIndex..., in: rest)) != nil
            result.append((index, dated))
        }
        return result
    }
}
