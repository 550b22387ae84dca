import Foundation
import TolkAlign
import TolkEntities
import TolkMatch
import TolkText

/// Who and where for a pair's summary card, as clean names: entities linked across the pair (shared), and the
/// names only one side gives (``whoAndWhere()``). A name of one side only is left out when it is no name of the event:
/// - it is written outside the prose: in furniture (a photo credit, byline or read-more prompt), in a dateline
///   ("COPENHAGEN (Reuters) -": where the story was filed), on a line
///   without a sentence end (a headline, byline or caption: ``LeadFinder/unfinishedLines(of:)``), or in text
///   the segmenter removed (a caption with its credit);
/// - it is a nationality word ("russiske", "Swedish": the country is no place of the event), a title or role
///   alone ("Consort"), a month or weekday, a single letter (a party letter "S"), or text that does not start
///   with a capital or runs over a line break;
/// - it is part of a longer name already listed (a surname "Rubio" after "Marco Rubio": the same last word,
///   or the longer name's first words).
/// A title before a name is dropped ("Ms Wall" -> "Wall"), and a full stop after a name without others
/// ("DR." -> "DR"); names whose words have one linking key (``NameFolding``: case, accents, dots) are one. A name
/// of one side that is part of a name of the other side's list is one entity both name: it is shared, written
/// "source / target". A place that is a name listed under who is left out of where.
struct CardNames {
    let pair: MatchedPair
    let links: [EntityLink]
    let sourceMentions: [EntityMention]
    let targetMentions: [EntityMention]
    let gazetteer: Gazetteer

    /// Who (people and organisations) and where (places); a one-side place that is, or is part of, a name
    /// already listed under who is left out (one name the tagger read as both).
    func whoAndWhere() -> (who: SidedNames, places: SidedNames) {
        let who = names { $0 != .place }
        var places = names { $0 == .place }
        let people = who.shared.flatMap { $0.components(separatedBy: " / ") } + who.onlySource + who.onlyTarget
        let taken = Set(people.map { Self.folded($0) })
        let partsOfPeople = Self.parts(of: people)
        func isPerson(_ name: String) -> Bool {
            let words = Self.folded(name)
            return taken.contains(words) || partsOfPeople.contains(words)
        }
        places.onlySource.removeAll(where: isPerson)
        places.onlyTarget.removeAll(where: isPerson)
        return (who, places)
    }

    /// The names of the kinds `include` accepts.
    func names(_ include: (EntityKind) -> Bool) -> SidedNames {
        var shared = links.filter { include($0.kind) }.map { ($0.source, $0.target) }
        var onlySource = only(sourceMentions, side: .source, include)
        var onlyTarget = only(targetMentions, side: .target, include)
        // One entity named on both sides but not linked: the shorter name is part of the longer.
        var joined: [(String, String)] = []
        var targetWords = onlyTarget.map(Self.folded)  // folded once, not at every comparison
        onlySource.removeAll { name in
            let words = Self.folded(name)
            guard let index = targetWords.indices.first(where: {
                Self.isPart(words, of: targetWords[$0]) || Self.isPart(targetWords[$0], of: words)
            }) else { return false }
            targetWords.remove(at: index)
            joined.append((name, onlyTarget.remove(at: index)))
            return true
        }
        shared += joined
        let partsOfShared = Self.parts(of: shared.flatMap { [$0.0, $0.1] })
        onlySource.removeAll { partsOfShared.contains(Self.folded($0)) }
        onlyTarget.removeAll { partsOfShared.contains(Self.folded($0)) }
        return SidedNames(shared: shared.map { $0 == $1 ? $0 : "\($0) / \($1)" }, onlySource: onlySource,
                          onlyTarget: onlyTarget)
    }

    /// The clean names of one side's unlinked mentions, once each (case-insensitive), in order, without names
    /// that are part of a longer one of the list.
    private func only(_ mentions: [EntityMention], side: PairSide, _ include: (EntityKind) -> Bool) -> [String] {
        let document = side == .source ? pair.source : pair.target
        let language = document.language ?? (side == .source ? .danish : .english)
        let linked = Set(links.flatMap { (side == .source ? $0.sourceMentions : $0.targetMentions).map { $0.range[0] } })
        let furniture = side == .source ? pair.statements.sourceFurniture : pair.statements.targetFurniture
        let unfinished = LeadFinder.unfinishedLines(of: document)
        // Prose: the sentences that are no furniture nor unfinished line (text the segmenter removed, such as a
        // caption with its credit, is in no sentence).
        var prose: [Range<Int>] = []
        for (index, sentence) in document.sentences.enumerated() where furniture[index] == nil && !unfinished[index] {
            prose.append((sentence.range.lowerBound + Self.datelineLength(sentence.text))..<sentence.range.upperBound)
        }
        var seen: Set<String> = [], result: [String] = []
        for mention in mentions where include(mention.kind) && mention.form == .name
            && !linked.contains(mention.range.lowerBound)
            && prose.contains(where: { $0.contains(mention.range.lowerBound) }) {
            guard let name = clean(mention.baseForm, language: language),
                  seen.insert(Self.folded(name).joined(separator: " ")).inserted else { continue }
            result.append(name)
        }
        return Self.leavingOutParts(result)
    }

    /// `names` without those that are part of another of them (``isPart(_:of:)``), in order.
    /// - Complexity: O(n·w²) for n names of at most w words: each name's parts are listed once, where testing
    ///   every name against every other took O(n²) foldings (minutes for the thousands of one-side names of a
    ///   long document part whose sides tell different stories).
    static func leavingOutParts(_ names: [String]) -> [String] {
        let parts = parts(of: names)
        return names.filter { !parts.contains(folded($0)) }
    }

    /// Every folded word sequence that is part of one of `names` (``isPart(_:of:)``): each name's first and
    /// last words, shorter than the name.
    static func parts(of names: [String]) -> Set<[String]> {
        var parts: Set<[String]> = []
        for name in names {
            let words = folded(name)
            guard words.count > 1 else { continue }
            for count in 1..<words.count {
                parts.insert(Array(words.prefix(count)))
                parts.insert(Array(words.suffix(count)))
            }
        }
        return parts
    }

    /// The UTF-8 length of the dateline a sentence opens with ("COPENHAGEN (Reuters) -"), 0 when it opens with
    /// none: the place and agency of a dateline say where the story was filed, not who or where the event is.
    static func datelineLength(_ text: String) -> Int {
        guard let pattern = LeadFinder.dateline,
              let found = pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              let range = Range(found.range, in: text) else { return 0 }
        return text.utf8.distance(from: text.startIndex, to: range.upperBound)
    }

    /// `name` without leading titles and a lone trailing full stop; nil when nothing name-like is left.
    private func clean(_ name: String, language: LanguageCode) -> String? {
        guard !name.contains("\n") else { return nil }
        var words = name.split(separator: " ").map(String.init)
        while let first = words.first, gazetteer.cues(of: first, in: language).contains(.title) { words.removeFirst() }
        guard !words.isEmpty, !words.allSatisfy({ gazetteer.isCalendarWord($0, in: language) }) else { return nil }
        var cleaned = words.joined(separator: " ")
        if cleaned.hasSuffix("."), cleaned.filter({ $0 == "." }).count == 1 { cleaned.removeLast() }
        guard let first = cleaned.first, first.isUppercase, cleaned.filter(\.isLetter).count >= 2 else { return nil }
        return cleaned
    }

    /// True when `part` names a part of `whole`: its words are `whole`'s last words or first words (compared
    /// by their linking keys), and it is shorter.
    static func isPart(_ part: String, of whole: String) -> Bool {
        isPart(folded(part), of: folded(whole))
    }

    /// ``isPart(_:of:)`` for names already folded into words.
    static func isPart(_ partWords: [String], of wholeWords: [String]) -> Bool {
        guard !partWords.isEmpty, partWords.count < wholeWords.count else { return false }
        return Array(wholeWords.suffix(partWords.count)) == partWords
            || Array(wholeWords.prefix(partWords.count)) == partWords
    }

    /// The words of `name` (cut at spaces) folded as names are linked (``NameFolding/key(_:)``); a hyphenated
    /// word stays one ("Poul-Erik" is not "Poul").
    private static func folded(_ name: String) -> [String] {
        name.split(separator: " ").compactMap { word in
            let key = NameFolding.key(String(word)).replacingOccurrences(of: " ", with: "")
            return key.isEmpty ? nil : key
        }
    }
}
