import TolkText

/// A phrasing marker found in a text: a reporting verb, hedge, certainty marker or evaluative word.
public struct PhrasingMarker: Sendable, Hashable, Codable {
    /// The words as written.
    public var text: String
    /// What kind of marker it is.
    public var category: PhrasingCategory
    /// `[start, end]` UTF-8 bytes in the document.
    public var range: [Int]
}

/// Who is cited, and how: the cue (a reporting verb or an attribution marker) and the sources it names.
///
/// "U.S. officials told NBC News" gives cue "told" and sources ["U.S. officials", "NBC News"];
/// "Det skriver CNN" gives cue "skriver" and sources ["CNN"]; "ifølge politiet" gives cue "ifølge".
public struct Attribution: Sendable, Hashable, Codable {
    /// The reporting verb or attribution marker as written.
    public var cue: String
    /// The cue's category (reporting verb or attribution marker).
    public var cueCategory: PhrasingCategory
    /// The cited sources as written: names, or noun phrases headed by a source noun.
    public var sources: [String]
    /// The whole attribution as written, from its first to its last word.
    public var text: String
    /// `[start, end]` UTF-8 bytes of ``text`` in the document.
    public var range: [Int]
}

/// A direct quotation.
public struct Quotation: Sendable, Hashable, Codable {
    /// The quoted words, without the quotation marks.
    public var text: String
    /// `[start, end]` UTF-8 bytes of the quotation (marks included) in the document.
    public var range: [Int]
}

/// How a passage reports what was said.
public enum SpeechMode: String, Sendable, Codable {
    /// It quotes someone's words.
    case directQuote = "direct quote"
    /// It reports what a source said in the outlet's own words.
    case paraphrase
    /// It states facts without naming a source.
    case narration
}

/// The phrasing of one side: of a whole document or of one statement.
public struct SidePhrasing: Sendable, Hashable, Codable {
    /// The language of the side.
    public var language: String
    /// Who is cited and how, in reading order.
    public var attributions: [Attribution] = []
    /// Reporting verbs.
    public var reportingVerbs: [PhrasingMarker] = []
    /// Hedges (doubt).
    public var hedges: [PhrasingMarker] = []
    /// Certainty markers.
    public var certainty: [PhrasingMarker] = []
    /// Evaluative words.
    public var evaluative: [PhrasingMarker] = []
    /// Direct quotations.
    public var quotations: [Quotation] = []
    /// Direct quote, paraphrase or narration.
    public var mode: SpeechMode = .narration
    /// Content words this side uses that the other side has no translation or cognate of (statement level).
    public var onlyHere: [String] = []

    public init(language: LanguageCode) { self.language = language.rawValue }

    /// The distinct cited sources, in reading order.
    public var citedSources: [String] {
        var seen: Set<String> = []
        return attributions.flatMap(\.sources).filter { seen.insert($0).inserted }
    }

    /// Appends everything of `other` (for a whole document).
    mutating func append(_ other: SidePhrasing) {
        attributions += other.attributions
        reportingVerbs += other.reportingVerbs
        hedges += other.hedges
        certainty += other.certainty
        evaluative += other.evaluative
        quotations += other.quotations
        if other.mode == .directQuote || (other.mode == .paraphrase && mode == .narration) { mode = other.mode }
    }
}

/// How each side of a matched statement phrases it.
public struct StatementPhrasing: Sendable, Hashable, Codable {
    /// Indices of the source sentences.
    public var sourceSentences: [Int]
    /// Indices of the target sentences.
    public var targetSentences: [Int]
    /// The statement match score.
    public var score: Double
    /// The source passage.
    public var sourceText: String
    /// The target passage.
    public var targetText: String
    /// The source side's phrasing.
    public var source: SidePhrasing
    /// The target side's phrasing.
    public var target: SidePhrasing
}

/// The phrasing comparison of one document pair: both whole documents side by side, then every matched
/// statement.
public struct PhrasingComparison: Sendable, Codable {
    /// The source document's path or id.
    public var sourceDocument: String
    /// The target document's path or id.
    public var targetDocument: String
    /// The whole source document.
    public var source: SidePhrasing
    /// The whole target document.
    public var target: SidePhrasing
    /// Every matched statement, in source order.
    public var statements: [StatementPhrasing]
}
