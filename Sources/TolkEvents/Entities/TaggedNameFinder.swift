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

    /// The names of the document whose scanned tokens are `scanned` and whose bytes are `bytes`, in order.
    /// - Complexity: O(n) in the number of tokens.
    func names(scanned: [ScannedToken], bytes: [UInt8]) -> [Found] {
        let document = TaggerDocument(scanned: scanned, language: language, gazetteer: gazetteer)
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
        var found: [Found] = []
        for span in EntityTag.spans(tags) {
            var last = span.range.upperBound - 1
            // An English possessive ending the name is not part of it.
            if last > span.range.lowerBound, tokens[last].text == "'s" || tokens[last].text == "’s" { last -= 1 }
            let first = span.range.lowerBound
            let range = tokens[first].range.lowerBound..<tokens[last].range.upperBound
            let text = String(decoding: bytes[range], as: UTF8.self)
            var baseForm = text
            if GenitiveForms.isGenitiveInflecting(language), let hyphen = text.lastIndex(of: "-"),
                text[text.index(after: hyphen)...].first?.isLowercase == true
            {
                // "Wikileaks-stifteren": the name joined to a common noun; its base form is the name.
                baseForm = String(text[..<hyphen])
            }
            let run = NameRun(tokens: first..<(last + 1), range: range, text: text, baseForm: baseForm,
                              afterTitle: false, afterPlacePreposition: false, wordCount: last - first + 1)
            found.append(Found(run: run, kind: span.kind,
                               role: span.kind == .person ? role(before: first, tokens: tokens, tags: tags, bytes: bytes) : nil))
        }
        let runs = GenitiveForms.resolve(found.map(\.run), language: language, gazetteer: gazetteer)
        for index in found.indices { found[index].run = runs[index] }
        return found
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
