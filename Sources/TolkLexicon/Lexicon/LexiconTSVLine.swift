import TolkText

/// The lexicon's reading of a field: its weight.
extension DataLine {
    /// A plain decimal in field `index` ("1", "0.25"), read from the bytes; other spellings go through
    /// `Double(_:)`. `nil` for an empty field.
    func decimal(_ index: Int) throws(DataError) -> Double? {
        let range = fields[index]
        guard !range.isEmpty else { return nil }
        var whole = 0.0
        var fraction = 0.0
        var scale = 1.0
        var inFraction = false
        var plain = true
        for position in range {
            let byte = bytes[position]
            if byte >= 0x30 && byte <= 0x39 {
                if inFraction {
                    scale /= 10
                    fraction += Double(byte - 0x30) * scale
                } else {
                    whole = whole * 10 + Double(byte - 0x30)
                }
            } else if byte == 0x2E && !inFraction {
                inFraction = true
            } else {
                plain = false
                break
            }
        }
        if plain { return whole + fraction }
        return try text(index).flatMap { Double($0) } ?? .nan
    }
}

/// Which column holds what, from a TSV header line.
struct ColumnLayout {
    let count: Int
    let source: Int
    let target: Int
    let origin: Int
    let partOfSpeech: Int?
    let weight: Int?
    let category: Int?

    /// The layout of a header line.
    ///
    /// - Throws: ``DataError/missingColumn(path:column:)`` when `source`, `target` or `origin` is absent.
    init(header: DataLine) throws(DataError) {
        let names = try header.columns(required: ["source", "target", "origin"])
        count = header.count
        source = names["source"] ?? 0
        target = names["target"] ?? 0
        origin = names["origin"] ?? 0
        partOfSpeech = names["pos"]
        weight = names["weight"]
        category = names["category"]
    }

    /// The entry on a data line.
    ///
    /// - Throws: ``DataError/malformedLine(path:line:reason:)`` for an empty required field or a weight
    ///   outside 0...1.
    func entry(_ line: DataLine) throws(DataError) -> LexiconEntry {
        func fail(_ reason: String) -> DataError { line.error(reason) }
        guard let sourceText = try line.text(source) else { throw fail("empty source") }
        guard let targetText = try line.text(target) else { throw fail("empty target") }
        guard let originText = try line.text(origin) else { throw fail("empty origin") }
        var weightValue = 1.0
        if let weight, let value = try line.decimal(weight) {
            guard value >= 0, value <= 1 else {
                let written = (try? line.text(weight)) ?? nil
                throw fail("weight '\(written ?? "")' is not a number in 0...1")
            }
            weightValue = value
        }
        var partOfSpeechText: String?
        if let partOfSpeech { partOfSpeechText = try line.text(partOfSpeech) }
        var categoryText: String?
        if let category { categoryText = try line.text(category) }
        return LexiconEntry(
            source: sourceText, target: targetText, partOfSpeech: partOfSpeechText, weight: weightValue,
            origin: originText, category: categoryText)
    }
}
