import TolkText

/// Where the language of a text came from, in the order ``LanguagePolicy`` asks.
public enum LanguageSource: String, Sendable, CaseIterable {
    /// Given explicitly (a command-line option, a library argument).
    case option
    /// The `language` field of the text's JSONL record.
    case record
    /// The tag in the file name (`article.da.txt`, `story.eng.txt`; see ``LanguageCode/tag(inFileName:)``).
    case fileName = "file-name"
    /// Language identification on the start of the text (``LanguageDetector``).
    case detected
    /// Nothing told the language (no option, field or tag, and no letters to detect): the caller's default,
    /// always reported with a ``LanguageChoice/note``.
    case fallback
}

/// The language chosen for one text, how it was found, and what the user should hear about it.
public struct LanguageChoice: Sendable, Equatable {
    /// The language, in its two-letter form where Tolk has one (`dan` and `no` read as `da` and `nb`).
    public let language: LanguageCode
    /// How it was found.
    public let source: LanguageSource
    /// A line for standard error when the choice deserves one: detection contradicts the tag or field with high
    /// confidence, or nothing told the language and the default was taken. `nil` otherwise.
    public let note: String?

    /// A choice; `language` is kept as given.
    public init(language: LanguageCode, source: LanguageSource, note: String? = nil) {
        self.language = language
        self.source = source
        self.note = note
    }
}

/// The one rule every command uses to decide a text's language.
///
/// In order: the explicit option; else the JSONL record's `language` field; else the tag in the file name; else
/// language identification on the start of the text; else the caller's `fallback`, with a note (never silently).
/// When a tag or field is used and detection reads the text as another language with confidence of at least
/// ``contradictionConfidence``, the choice carries a note saying so (the tag still wins: it is what the user
/// wrote). Two-letter forms are used throughout (`dan` -> `da`, `no` -> `nb`).
///
/// ```swift
/// let policy = LanguagePolicy()
/// let choice = try policy.choose(option: nil, path: "notes.txt", sample: "The embassy said on Monday ...",
///                                fallback: .english)
/// choice.language  // "en"
/// choice.source    // .detected
/// ```
/// Not thread-safe: one policy per reading thread (it opens the detector on first use).
public final class LanguagePolicy {
    /// Confidence above which detection that disagrees with a tag or field is reported.
    public static let contradictionConfidence = 0.99
    /// Fewest bytes of text detection must read before a disagreement is reported (a headline alone is not
    /// enough to contradict the user).
    public static let contradictionMinimumBytes = 200

    private var detector: LanguageDetector?

    /// A policy that opens the shipped ``LanguageDetector`` when it first needs it, or uses `detector`.
    public init(detector: LanguageDetector? = nil) {
        self.detector = detector
    }

    /// The language a language option names, in the form every command reports and writes: a two-letter ISO 639
    /// code as it is (lower-cased), a three-letter code of a language Tolk has rules for as its two-letter code
    /// (`dan` -> `da`, `eng` -> `en`), `no` as `nb` (``LanguageCode/twoLetterForm``).
    /// - Returns: the code, or nil when `value` is not two or three letters or names no language ICU knows
    ///   (``LanguageCode/isKnown``: `zz`, `dk`).
    public static func language(option value: String) -> LanguageCode? {
        guard let code = LanguageCode(rawValue: value)?.twoLetterForm, code.isKnown else { return nil }
        return code
    }

    /// Chooses the language of one text.
    /// - Parameters:
    ///   - option: the explicit language, which wins.
    ///   - record: the JSONL record's `language` field, if any.
    ///   - path: the file the text came from (its name's tag counts), or `nil` (standard input, a record).
    ///   - sample: the start of the text, for detection (the caller decides how much: detection reads it all).
    ///   - fallback: the language taken, with a note, when nothing tells.
    ///   - name: how the text is named in a note (default: `path`, else "the input").
    /// - Throws: ``LanguageError`` when the detector's shipped model is missing or malformed.
    /// - Complexity: O(n) in the length of `sample` when detection runs.
    public func choose(option: LanguageCode?, record: LanguageCode? = nil, path: String?, sample: String,
                       fallback: LanguageCode, name: String? = nil) throws(LanguageError) -> LanguageChoice {
        if let option { return LanguageChoice(language: option.twoLetterForm, source: .option) }
        let label = name ?? path ?? "the input"
        let given: (LanguageCode, LanguageSource)?
        if let record {
            given = (record.twoLetterForm, .record)
        } else if let path, let tag = LanguageCode.tag(inFileName: path) {
            given = (tag, .fileName)
        } else {
            given = nil
        }
        if let (language, source) = given {
            let note = try contradiction(of: language, source: source, sample: sample, label: label)
            return LanguageChoice(language: language, source: source, note: note)
        }
        if let detected = try detect(sample) {
            return LanguageChoice(language: detected.twoLetterForm, source: .detected)
        }
        // An empty text has no language to tell: the default is reported in the summary, without a note.
        guard !sample.isEmpty else { return LanguageChoice(language: fallback, source: .fallback) }
        return LanguageChoice(
            language: fallback, source: .fallback,
            note: "\(label): no language option, record field, file-name tag or detectable text; "
                + "taking \(fallback.rawValue) (give the language option to choose)")
    }

    /// The detected language of `sample`, or nil when detection has no answer.
    /// - Throws: ``LanguageError`` when the shipped model is missing or malformed.
    public func detect(_ sample: String) throws(LanguageError) -> LanguageCode? {
        try opened().detect(sample)
    }

    private func opened() throws(LanguageError) -> LanguageDetector {
        if let detector { return detector }
        let opened = try LanguageDetector()
        detector = opened
        return opened
    }

    /// A note when detection reads `sample` as another language than `language` with high confidence.
    private func contradiction(of language: LanguageCode, source: LanguageSource, sample: String,
                               label: String) throws(LanguageError) -> String? {
        guard sample.utf8.count >= Self.contradictionMinimumBytes,
              let best = try opened().confidences(sample).first,
              best.language != language, best.confidence >= Self.contradictionConfidence else { return nil }
        let given = source == .record ? "its record's language field says" : "its file name says"
        return "\(label): \(given) \(language.rawValue), but the text reads as \(best.language.rawValue) "
            + "(confidence \(String(format: "%.2f", best.confidence))); keeping \(language.rawValue) "
            + "(give the language option to override)"
    }
}

extension LanguageChoice {
    /// The lines for standard error that report this choice for one text: the note (if any), then the summary
    /// line `tolk COMMAND: SIDE LANGUAGE: 1 LANGUAGE (SOURCE)`, the same way every command reports.
    public func report(command: String, side: String = "input") -> String {
        var tally = LanguageTally()
        tally.add(self)
        let noteLine = note.map { "tolk \(command): \($0)\n" } ?? ""
        return noteLine + tally.line(command: command, side: side, language: language)
    }
}

/// How the languages of one side's texts were chosen, counted for the one-line summary every command writes
/// on standard error: `tolk match: sources da: 97 da (file-name), 13 da (detected)`.
public struct LanguageTally: Sendable {
    /// Texts per language and source.
    public private(set) var counts: [String: Int] = [:]
    private var perLanguage: [LanguageCode: Int] = [:]

    /// An empty tally.
    public init() {}

    /// Counts one choice.
    public mutating func add(_ choice: LanguageChoice) {
        counts["\(choice.language.rawValue) (\(choice.source.rawValue))", default: 0] += 1
        perLanguage[choice.language, default: 0] += 1
    }

    /// The most common language (ties by code), or nil when nothing was counted.
    public var majority: LanguageCode? {
        perLanguage.max { a, b in a.value != b.value ? a.value < b.value : a.key.rawValue > b.key.rawValue }?.key
    }

    /// The summary line, ending in a newline: `tolk COMMAND: SIDE LANGUAGE: N LANGUAGE (SOURCE), ...`.
    public func line(command: String, side: String, language: LanguageCode) -> String {
        let parts = counts.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }
        return "tolk \(command): \(side) \(language.rawValue): \(parts.joined(separator: ", "))\n"
    }
}
