import Foundation
import TolkAlign
import TolkEvents
import TolkGlossary
import TolkLanguage
import TolkLexicon
import TolkMatch
import TolkText

/// Reads the inputs of `tolk glossary` and `tolk compare` into aligned units.
enum GlossaryInput {
    /// The language of a document given as one file, by ``LanguagePolicy`` (the option, else the file name's
    /// tag such as `a.da.txt`, `a.dan.txt`, `a.eng-GB.txt`, else detection on the file's start, else `fallback`
    /// with a note). Standard input is not read ahead: without the option it takes `fallback`, with a note.
    static func fileLanguage(option: String?, path: String, encoding: String?, fallback: LanguageCode,
                             policy: LanguagePolicy) throws -> LanguageChoice {
        let code = option.flatMap(LanguageCode.init(rawValue:))
        let sample = code == nil && path != "-"
            ? String(try TextInput.read(path: path, encoding: encoding).text.prefix(20_000)) : " "
        return try policy.choose(option: code, path: path == "-" ? nil : path, sample: sample,
                                 fallback: fallback, name: path == "-" ? "<stdin>" : path)
    }

    /// Both sides of comparable coverage (files, directories or JSONL files), each document's language by
    /// ``LanguagePolicy`` as `tolk match` reads them, reported on standard error.
    static func comparableSides(sources: String, targets: String, encoding: String?, sourceOption: String?,
                                targetOption: String?, command: String) throws -> (source: MatchSide, target: MatchSide) {
        let policy = LanguagePolicy()
        var segmenters: [LanguageCode: Segmenter] = [:]
        let source = try MatchSide(path: sources, encoding: encoding, option: sourceOption.flatMap(LanguageCode.init(rawValue:)),
                                   fallback: .danish, policy: policy, segmenters: &segmenters)
        let target = try MatchSide(path: targets, encoding: encoding, option: targetOption.flatMap(LanguageCode.init(rawValue:)),
                                   fallback: .english, policy: policy, segmenters: &segmenters)
        let report = source.report("sources", command: command) + target.report("targets", command: command)
        FileHandle.standardError.write(Data(report.utf8))
        return (source, target)
    }

    /// The shipped lexicon of a language pair with the user's extra file added, in the two forms `tolk glossary`
    /// and `tolk compare` use.
    struct LanguagesAndLexicon {
        let source: LanguageCode
        let target: LanguageCode
        /// The lexicon of the pair, nil when none is shipped and no extra file is given.
        let lexicon: BilingualLexicon?
        /// The lexicon's entries as translation keys read from `source` to `target`.
        let translationKeys: TranslationLexicon?

        /// - Throws: ``LexiconError`` when the shipped lexicon or `extra` cannot be read.
        init(source: LanguageCode, target: LanguageCode, extra: String?) throws {
            self.source = source
            self.target = target
            lexicon = try GlossaryInput.lexicon(extra: extra, source: source, target: target)
            translationKeys = lexicon.map { TranslationLexicon($0, source: source, target: target) }
        }
    }

    /// The shipped lexicon of the pair (either direction) plus `extra`; nil when there is none.
    static func lexicon(extra: String?, source: LanguageCode, target: LanguageCode) throws -> BilingualLexicon? {
        try lexicon(shipped: try BilingualLexicon.shippedIfPresent(LanguagePair(source, target)), extra: extra,
                    source: source, target: target)
    }

    /// `shipped` (already read) plus the entries of `extra`; nil when there is neither.
    static func lexicon(shipped: BilingualLexicon?, extra: String?, source: LanguageCode,
                        target: LanguageCode) throws -> BilingualLexicon? {
        var lexicon = shipped
        if let extra {
            if lexicon == nil { lexicon = BilingualLexicon(pair: LanguagePair(source, target)) }
            try lexicon?.add(contentsOf: URL(fileURLWithPath: extra))
        }
        return lexicon
    }

    /// The lines of a file ("-" for standard input) with their byte ranges (see ``LineRanges``: LF, CR LF or a
    /// lone CR ends a line), read by ``TextInput/textBytes(path:encoding:)`` (UTF-8 as it is, other encodings
    /// converted).
    /// - Throws: ``TextError`` as every input reports it: unreadable, binary (a NUL byte) or invalid in its
    ///   encoding, with the byte offset.
    static func lines(path: String, encoding: String?) throws -> [Sentence] {
        let bytes = try TextInput.textBytes(path: path, encoding: encoding).bytes
        return LineRanges.of(bytes).enumerated().map { index, range in
            Sentence(text: String(decoding: bytes[range], as: UTF8.self), range: range, paragraph: index)
        }
    }

    /// Sentence pairs of a document and its translation, aligned by ``SentenceAligner``.
    static func translationUnits(source sourcePath: String, target targetPath: String, source: LanguageCode,
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

    /// A matcher of comparable coverage that reads translations from `lexicon` (nil: without a lexicon).
    static func matcher(lexicon: TranslationLexicon?) throws -> ComparableMatcher {
        var options = MatchOptions()
        options.lexicon = lexicon
        return try ComparableMatcher(options: options)
    }

    /// Matched statements of comparable coverage as aligned units.
    static func comparableUnits(sources: [ComparableDocument], targets: [ComparableDocument],
                                lexicon: TranslationLexicon?) throws -> [AlignedUnit] {
        let result = try matcher(lexicon: lexicon).match(source: sources, target: targets)
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
    static func slice(_ text: String, _ range: Range<Int>) -> String {
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
