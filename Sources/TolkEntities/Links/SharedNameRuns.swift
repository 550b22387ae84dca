import TolkText

/// Names neither recognizer found but both documents of a pair write alike: a run of two or more words, the first
/// capitalised and the others capitalised or numbers ("Ocean Wind 1"), one space apart inside one sentence,
/// outside every mention, and not opening a sentence or a headline line. Two texts in different languages rarely
/// share such a run unless it is a name. The run becomes an organisation, or a place when its last word is a
/// place word of the cue table. A closed compound of a compounding language ("Cityringen", with or without its
/// definite ending "-en", "-et", "-n") counts as written alike with an open compound of two or three words on
/// the other side ("City Ring") when it too stands inside a sentence, outside every mention, with seven letters
/// or more, and is no common word.
enum SharedNameRuns {
    /// The mentions of both sides with the shared runs added (key `name:` + folded run), their keys, and the keys
    /// shared through a closed compound.
    static func added(source: NameProjection.Side, target: NameProjection.Side, gazetteer: Gazetteer)
        -> (source: [EntityMention], target: [EntityMention], keys: Set<String>, compoundKeys: Set<String>)
    {
        var sourceRuns = runs(of: source), targetRuns = runs(of: target)
        var compounds: [Run] = []
        if Genitive.isInflecting(source.language), !Genitive.isInflecting(target.language) {
            compounds = closedCompounds(of: source, matching: targetRuns, gazetteer: gazetteer)
            sourceRuns += compounds
        } else if Genitive.isInflecting(target.language), !Genitive.isInflecting(source.language) {
            compounds = closedCompounds(of: target, matching: sourceRuns, gazetteer: gazetteer)
            targetRuns += compounds
        }
        let shared = Set(sourceRuns.map(\.key)).intersection(targetRuns.map(\.key))
        guard !shared.isEmpty else { return (source.mentions, target.mentions, [], []) }
        func adding(_ runs: [Run], to side: NameProjection.Side) -> [EntityMention] {
            var mentions = side.mentions
            for run in runs where shared.contains(run.key) {
                let text = String(decoding: side.bytes[run.range], as: UTF8.self)
                let last = side.tokens[run.tokens.upperBound - 1].text
                let kind: EntityKind = gazetteer.cues(of: last, in: side.language).contains(.place) ? .place : .organisation
                mentions.append(EntityMention(text: text, range: run.range, kind: kind, baseForm: text, key: run.key))
            }
            mentions.sort { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
            return mentions
        }
        return (adding(sourceRuns, to: source), adding(targetRuns, to: target), shared,
                Set(compounds.map(\.key)).intersection(shared))
    }

    private struct Run {
        var tokens: Range<Int>
        var range: Range<Int>
        var key: String
        /// The run's words folded and written together ("cityring"), for an open compound of two or three words.
        var closedForm: String?
    }

    /// The one-word closed compounds of `side` that write an open run of `open` ("Cityringen" for "City Ring"),
    /// each keyed as that run.
    private static func closedCompounds(of side: NameProjection.Side, matching open: [Run],
                                        gazetteer: Gazetteer) -> [Run] {
        var keys: [String: String] = [:]
        for run in open { if let form = run.closedForm { keys[form] = run.key } }
        guard !keys.isEmpty else { return [] }
        let taken = side.mentions.map(\.range)
        var result: [Run] = []
        for (index, token) in side.tokens.enumerated()
        where token.kind == .word && token.isCapitalised && !token.startsSentence && token.text.count >= 7 {
            guard !gazetteer.isCommonWord(token.text, in: side.language),
                !taken.contains(where: { $0.overlaps(token.range) })
            else { continue }
            let folded = NameFolding.key(token.text)
            var key = keys[folded]
            for ending in ["en", "et", "n"] where key == nil && folded.hasSuffix(ending) {
                key = keys[String(folded.dropLast(ending.count))]
            }
            if let key { result.append(Run(tokens: index..<(index + 1), range: token.range, key: key)) }
        }
        return result
    }

    /// The candidate runs of one side, outside its mentions.
    private static func runs(of side: NameProjection.Side) -> [Run] {
        let tokens = side.tokens
        var taken: [Range<Int>] = side.mentions.map(\.range)
        taken.sort { $0.lowerBound < $1.lowerBound }
        func isTaken(_ range: Range<Int>) -> Bool { taken.contains { $0.overlaps(range) } }
        var result: [Run] = []
        var index = 0
        while index < tokens.count {
            let first = tokens[index]
            guard first.isCapitalised, !first.startsSentence,
                index == 0 || !(tokens[index - 1].isCapitalised && tokens[index - 1].sentence == first.sentence)
            else { index += 1; continue }
            var end = index + 1
            while end < tokens.count, tokens[end].sentence == first.sentence,
                tokens[end].isCapitalised || tokens[end].kind == .number,
                side.bytes[tokens[end - 1].range.upperBound..<tokens[end].range.lowerBound].elementsEqual([0x20])
            {
                end += 1
            }
            defer { index = end }
            guard end - index >= 2 else { continue }
            let range = first.range.lowerBound..<tokens[end - 1].range.upperBound
            guard !isTaken(range) else { continue }
            let folded = NameFolding.key(String(decoding: side.bytes[range], as: UTF8.self))
            let parts = folded.split(separator: " ")
            let closed = (2...3).contains(parts.count) && parts.allSatisfy { $0.count >= 3 && $0.allSatisfy(\.isLetter) }
                ? parts.joined() : nil
            result.append(Run(tokens: index..<end, range: range, key: "name:\(folded)", closedForm: closed))
        }
        return result
    }
}
