import Foundation
import TolkAlign
import TolkLanguage
import TolkLexicon
import TolkMatch
import TolkText

/// Reads the inputs of `tolk glossary` into aligned units: a translation aligned sentence by sentence, or the
/// matched statements of comparable coverage.
public enum GlossaryInput {
    /// The language of a document given as one file, by ``LanguagePolicy`` (the option, else the file name's
    /// tag such as `a.da.txt`, `a.dan.txt`, `a.eng-GB.txt`, else detection on the file's start, else `fallback`
    /// with a note). Standard input is not read ahead: without the option it takes `fallback`, with a note.
    public static func fileLanguage(option code: LanguageCode?, path: String, encoding: String?,
                                    fallback: LanguageCode, policy: LanguagePolicy) throws -> LanguageChoice {
        let sample = code == nil && path != "-"
            ? String(try TextInput.read(path: path, encoding: encoding).text.prefix(20_000)) : " "
        return try policy.choose(option: code, path: path == "-" ? nil : path, sample: sample,
                                 fallback: fallback, name: path == "-" ? "<stdin>" : path)
    }

    /// The lines of a file ("-" for standard input) with their byte ranges (see ``LineRanges``: LF, CR LF or a
    /// lone CR ends a line), read by ``TextInput/textBytes(path:encoding:)`` (UTF-8 as it is, other encodings
    /// converted).
    /// - Throws: ``TextError`` as every input reports it: unreadable, binary (a NUL byte) or invalid in its
    ///   encoding, with the byte offset.
    public static func lines(path: String, encoding: String?) throws -> [Sentence] {
        let bytes = try TextInput.textBytes(path: path, encoding: encoding).bytes
        return LineRanges.of(bytes).enumerated().map { index, range in
            Sentence(text: String(decoding: bytes[range], as: UTF8.self), range: range, paragraph: index)
        }
    }

    /// Sentence pairs of a document and its translation, aligned by ``SentenceAligner``.
    public static func translationUnits(source sourcePath: String, target targetPath: String, source: LanguageCode,
                                 target: LanguageCode, presegmented: Bool, encoding: String?,
                                 lexicon: TranslationLexicon?) throws -> [AlignedUnit] {
        func sentences(_ path: String, _ language: LanguageCode) throws -> [Sentence] {
            if presegmented { return try lines(path: path, encoding: encoding) }
            let text = try TextInput.read(path: path, encoding: encoding).text
            return try Segmenter(language: language).segment(text).sentences
        }
        let sourceSentences = try sentences(sourcePath, source)
        let targetSentences = try sentences(targetPath, target)
        var options = AlignmentOptions()
        options.lexicon = lexicon
        let beads = try SentenceAligner(options: options).align(source: sourceSentences.map(\.text),
                                                                target: targetSentences.map(\.text))
        return beads.compactMap { bead in
            guard bead.isPair, let firstSource = sourceSentences[safe: bead.source.lowerBound],
                  let lastSource = sourceSentences[safe: bead.source.upperBound - 1],
                  let firstTarget = targetSentences[safe: bead.target.lowerBound],
                  let lastTarget = targetSentences[safe: bead.target.upperBound - 1] else { return nil }
            return AlignedUnit(
                sourceText: bead.source.compactMap { sourceSentences[safe: $0]?.text }.joined(separator: " "),
                targetText: bead.target.compactMap { targetSentences[safe: $0]?.text }.joined(separator: " "),
                sourceDocument: sourcePath, targetDocument: targetPath,
                sourceRange: firstSource.range.lowerBound..<lastSource.range.upperBound,
                targetRange: firstTarget.range.lowerBound..<lastTarget.range.upperBound)
        }
    }

    /// Matched statements of comparable coverage as aligned units.
    public static func comparableUnits(sources: [ComparableDocument], targets: [ComparableDocument],
                                lexicon: TranslationLexicon?) throws -> [AlignedUnit] {
        let result = try ComparableMatcher(lexicon: lexicon).match(source: sources, target: targets)
        var units: [AlignedUnit] = []
        for pair in result.pairs {
            for statement in pair.statements.matches {
                units.append(AlignedUnit(
                    sourceText: slice(pair.source.text, statement.sourceRange),
                    targetText: slice(pair.target.text, statement.targetRange),
                    sourceDocument: pair.source.id, targetDocument: pair.target.id,
                    sourceRange: statement.sourceRange, targetRange: statement.targetRange))
            }
        }
        return units
    }

    /// The bytes of `range` in `text` (clamped), as a string.
    public static func slice(_ text: String, _ range: Range<Int>) -> String {
        let utf8 = text.utf8
        let lower = min(max(0, range.lowerBound), utf8.count)
        let upper = min(max(lower, range.upperBound), utf8.count)
        let start = utf8.index(utf8.startIndex, offsetBy: lower)
        let end = utf8.index(utf8.startIndex, offsetBy: upper)
        return String(decoding: utf8[start..<end], as: UTF8.self)
    }
}

extension Array {
    /// The element at `index`, or nil when out of bounds.
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
