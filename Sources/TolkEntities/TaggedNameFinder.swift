import TolkText

/// Finds the names of a document with the trained tagger: each name with its kind, byte range, uninflected
/// form and the title or role written before it ("statsminister", "Head of Police").
struct TaggedNameFinder {
    /// One name the tagger found.
    struct Found {
        var run: NameRun
        var kind: EntityKind
        var role: String?
    }

    let model: EntityTaggerModel
    let language: LanguageCode
    let gazetteer: Gazetteer
    /// What the tagger reads of each spelling, kept across documents (``TaggerSpellings``), when given.
    var spellings: TaggerSpellings? = nil

    /// The names of the document whose scanned tokens are `scanned` and whose bytes are `bytes`, in order.
    /// - Complexity: O(n) in the number of tokens.
    func names(scanned: [ScannedToken], bytes: [UInt8]) -> [Found] {
        let document = TaggerDocument(scanned: scanned, bytes: bytes, language: language, gazetteer: gazetteer,
                                      spellings: spellings)
        let features = TaggerFeatures(document: document)
        let tokens = document.tokens
        var tags: [EntityTag] = []
        tags.reserveCapacity(tokens.count)
        var start = 0
        while start < tokens.count {
            var end = start + 1
            while end < tokens.count, tokens[end].sentence == tokens[start].sentence { end += 1 }
            tags += model.decode(features, start..<end)
            start = end
        }
        Self.leaveOutTitles(&tags, tokens: tokens, language: language, gazetteer: gazetteer)
        var found: [Found] = []
        for span in Self.hyphenJoined(EntityTag.spans(tags), tokens: tokens) {
            var last = span.range.upperBound - 1
            // An English possessive ending the name is not part of it.
            if last > span.range.lowerBound, Genitive.possessiveEndings.contains(tokens[last].text) { last -= 1 }
            let first = span.range.lowerBound
            let range = tokens[first].range.lowerBound..<tokens[last].range.upperBound
            let text = String(decoding: bytes[range], as: UTF8.self)
            var baseForm = text
            if Genitive.isInflecting(language), let hyphen = text.lastIndex(of: "-"),
                text[text.index(after: hyphen)...].first?.isLowercase == true
            {
                // "Wikileaks-stifteren": the name joined to a common noun; its base form is the name.
                baseForm = String(text[..<hyphen])
            } else if last > first, Self.legalForms.contains(tokens[last].text) {
                // "Royal Copenhagen A/S" is Royal Copenhagen: the company form is written in the name, not keyed.
                baseForm = String(decoding: bytes[tokens[first].range.lowerBound..<tokens[last - 1].range.upperBound],
                                  as: UTF8.self)
            }
            let run = NameRun(tokens: first..<(last + 1), range: range, text: text, baseForm: baseForm,
                              afterTitle: false, afterPlacePreposition: false, wordCount: last - first + 1)
            found.append(Found(run: run, kind: span.kind,
                               role: span.kind == .person ? role(before: first, tokens: tokens, tags: tags, bytes: bytes) : nil))
        }
        found += knownNames(document: document, tags: tags, bytes: bytes)
        found += compoundNames(tokens: tokens, tags: tags, found: found)
        found.sort { $0.run.range.lowerBound < $1.run.range.lowerBound }
        let runs = GenitiveForms.resolve(found.map(\.run), language: language, gazetteer: gazetteer)
        for index in found.indices { found[index].run = runs[index] }
        return found
    }

    /// Company forms written after a company's name ("A/S", "Inc."), left out of its base form.
    static let legalForms: Set<String> = ["A/S", "ApS", "I/S", "K/S", "P/S", "Inc.", "Inc", "Ltd.", "Ltd", "GmbH",
                                          "AG", "AB", "ASA", "plc", "PLC", "Corp.", "Co."]

    /// A title cue word opening a person's name ("Kronprins Frederik" at a sentence start) is the person's role,
    /// not part of the name, as Universal NER marks names: its tag becomes outside and the name starts after it.
    static func leaveOutTitles(_ tags: inout [EntityTag], tokens: [ScannedToken], language: LanguageCode,
                               gazetteer: Gazetteer) {
        for span in EntityTag.spans(tags) where span.kind == .person && span.range.count > 1 {
            let first = tokens[span.range.lowerBound], second = tokens[span.range.lowerBound + 1]
            guard first.kind == .word, !first.isAcronym, second.isCapitalised,
                gazetteer.cues(of: first.text, in: language) == [.title]
            else { continue }
            tags[span.range.lowerBound] = .outside
            tags[span.range.lowerBound + 1] = .beginPerson
        }
    }

    /// `spans` with two names of one kind written around a hyphen joined into one ("Jens" "-" "Ole
    /// Bak-Hansen" is "Jens-Ole Bak-Hansen"): a hyphen with no space on either side is inside a name.
    static func hyphenJoined(_ spans: [(range: Range<Int>, kind: EntityKind)], tokens: [ScannedToken])
        -> [(range: Range<Int>, kind: EntityKind)]
    {
        var result: [(range: Range<Int>, kind: EntityKind)] = []
        for span in spans {
            if let last = result.last, last.kind == span.kind, span.range.lowerBound == last.range.upperBound + 1 {
                let hyphen = tokens[last.range.upperBound]
                if hyphen.text == "-", hyphen.range.lowerBound == tokens[last.range.upperBound - 1].range.upperBound,
                    hyphen.range.upperBound == tokens[span.range.lowerBound].range.lowerBound
                {
                    result[result.count - 1].range = last.range.lowerBound..<span.range.upperBound
                    continue
                }
            }
            result.append(span)
        }
        return result
    }

    /// Names of the gazetteer's strong entries (countries, the team's table, lexicon places; not the long
    /// lists of subdivisions and cities) that the tagger left out entirely.
    private func knownNames(document: TaggerDocument, tags: [EntityTag], bytes: [UInt8]) -> [Found] {
        var result: [Found] = []
        let words = document.words, tokens = document.tokens
        var index = 0
        while index < words.count {
            let code = words[index].gazetteerCode - 1
            guard code >= 0, code % 6 < 3, code % 3 != 2 else { index += 1; continue }
            var end = index + 1
            while end < words.count, words[end].gazetteerCode - 1 == code + 3 { end += 1 }
            defer { index = end }
            guard tags[index..<end].allSatisfy({ $0 == .outside }) else { continue }
            // Part of a longer name the tagger left out: "AP" of "AP Møller-Maersk" is not Associated Press.
            let sentence = tokens[index].sentence
            if end < tokens.count, tokens[end].sentence == sentence, tokens[end].isCapitalised { continue }
            if index > 0, tokens[index - 1].sentence == sentence, tokens[index - 1].isCapitalised,
                !tokens[index - 1].startsSentence
            {
                continue
            }
            let range = tokens[index].range.lowerBound..<tokens[end - 1].range.upperBound
            let text = String(decoding: bytes[range], as: UTF8.self)
            let run = NameRun(tokens: index..<end, range: range, text: text, baseForm: text, afterTitle: false,
                              afterPlacePreposition: false, wordCount: end - index)
            result.append(Found(run: run, kind: EntityKind.allCases[code / 6], role: nil))
        }
        return result
    }

    /// Hyphenated words the tagger left out whose first part is a name of the document or the gazetteer and
    /// whose last part is a common noun ("Wikileaks-stifteren", "FN-operationen"), in languages that write such
    /// compounds as one word; the base form is the name.
    private func compoundNames(tokens: [ScannedToken], tags: [EntityTag], found: [Found]) -> [Found] {
        guard Genitive.isInflecting(language) else { return [] }
        var kinds: [String: EntityKind] = [:]
        for name in found where kinds[NameFolding.key(name.run.baseForm)] == nil {
            kinds[NameFolding.key(name.run.baseForm)] = name.kind
        }
        var result: [Found] = []
        for (index, token) in tokens.enumerated() where tags[index] == .outside && token.isCapitalised {
            guard let hyphen = token.text.lastIndex(of: "-"), hyphen != token.text.startIndex,
                token.text[token.text.index(after: hyphen)...].first?.isLowercase == true
            else { continue }
            let base = String(token.text[..<hyphen])
            let folded = NameFolding.key(base)
            guard let kind = kinds[folded] ?? gazetteer.place(named: base, in: language).map(\.kind)
                ?? (base.count >= 2 && base.allSatisfy(\.isUppercase) ? .organisation : nil)
            else { continue }
            let run = NameRun(tokens: index..<(index + 1), range: token.range, text: token.text, baseForm: base,
                              afterTitle: false, afterPlacePreposition: false, wordCount: 1)
            result.append(Found(run: run, kind: kind, role: nil))
        }
        return result
    }

    /// The title or role written just before the name starting at token `start`: title cue words, and the
    /// capitalised words and connectors between them and the name ("Head of Police", "statsminister").
    private func role(before start: Int, tokens: [ScannedToken], tags: [EntityTag], bytes: [UInt8]) -> String? {
        var index = start - 1
        var roleStart: Int?
        var steps = 0
        while index >= 0, steps < 5, tokens[index].sentence == tokens[start].sentence, tokens[index].kind == .word,
            tags[index] == .outside
        {
            let cues = gazetteer.cues(of: tokens[index].text, in: language)
            if cues.contains(.title) {
                roleStart = index
            } else if !(tokens[index].isCapitalised || cues.contains(.connector)) {
                break
            }
            index -= 1
            steps += 1
        }
        guard let roleStart else { return nil }
        let range = tokens[roleStart].range.lowerBound..<tokens[start - 1].range.upperBound
        return String(decoding: bytes[range], as: UTF8.self)
    }
}
