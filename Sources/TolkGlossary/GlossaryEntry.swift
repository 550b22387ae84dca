import TolkText

/// What kind of term a glossary pair is.
public enum TermCategory: String, Sendable, Codable, CaseIterable, Comparable {
    /// A verb of saying: "bekræfte" / "confirm", "skrive" / "write".
    case reportingVerb = "reporting-verb"
    /// Who is cited or how: "kilde" / "source", "ifølge" / "according to", "embedsmand" / "official".
    case attribution
    /// A marker of doubt: "muligvis" / "possibly", "angiveligt" / "allegedly".
    case hedge
    /// A marker of certainty: "uden tvivl" / "undoubtedly".
    case certainty
    /// A person, organisation or place name.
    case namedEntity = "named-entity"
    /// Any other word or term of the texts' domain.
    case domainTerm = "domain-term"

    public static func < (lhs: TermCategory, rhs: TermCategory) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}

/// One aligned unit a glossary pair was seen in: where to find it in both documents.
public struct GlossaryExample: Sendable, Hashable, Codable {
    /// The source document's path or id.
    public var sourceDocument: String
    /// The target document's path or id.
    public var targetDocument: String
    /// The source passage.
    public var sourceText: String
    /// The target passage.
    public var targetText: String
    /// `[start, end]` UTF-8 bytes of the source passage in its document.
    public var sourceRange: [Int]
    /// `[start, end]` UTF-8 bytes of the target passage in its document.
    public var targetRange: [Int]

    /// An example from an aligned unit.
    public init(_ unit: AlignedUnit) {
        sourceDocument = unit.sourceDocument
        targetDocument = unit.targetDocument
        sourceText = unit.sourceText
        targetText = unit.targetText
        sourceRange = [unit.sourceRange.lowerBound, unit.sourceRange.upperBound]
        targetRange = [unit.targetRange.lowerBound, unit.targetRange.upperBound]
    }
}

/// A bilingual term pair found in aligned text.
///
/// ```
/// source        target          count  score   category        known
/// bekræfter     confirms        4      31.2    reporting-verb  true
/// præsidentvalg presidential election 3 18.0   domain-term     false
/// ```
/// One field of an existing glossary as it was written: its text (as a TSV or CSV field holds it) and its JSON
/// value (as a JSON glossary holds it: a number, `true`, a quoted string, an array, `null`).
public struct WrittenField: Sendable, Hashable {
    /// The field as TSV or CSV text.
    public var text: String
    /// The field as a JSON value.
    public var json: String

    /// A field from its two written forms.
    public init(text: String, json: String) {
        self.text = text
        self.json = json
    }
}

public struct GlossaryEntry: Sendable, Hashable {
    /// The source term as most often written (lower case unless a name).
    public var source: String
    /// The target term as most often written.
    public var target: String
    /// How many aligned units link the two.
    public var count: Int
    /// The association score: log-likelihood ratio (G²) of the pair's links against chance, over the units.
    public var score: Double
    /// The kind of term.
    public var category: TermCategory
    /// Whether the shipped (or given) lexicon already pairs the two (through morphology).
    public var known: Bool
    /// Part of speech when the lexicon or the category says ("noun", "verb", "adj", "adv", "propn"), else nil.
    public var partOfSpeech: String?
    /// The source lemma (lexicon form) when known, else nil.
    public var sourceLemma: String?
    /// The target lemma when known, else nil.
    public var targetLemma: String?
    /// Up to a few units the pair was linked in, in input order.
    public var examples: [GlossaryExample]
    /// Fields a glossary file carried beyond the known ones (a reviewer's notes), kept by ``GlossaryMerger``.
    public var extra: [String: String]
    /// The fields of an entry read from an existing glossary, exactly as they were written there (by column or
    /// key); writers put these back in place of the typed values, so that a merge changes no existing row.
    /// Empty for a newly extracted entry.
    public var written: [String: WrittenField] = [:]

    /// An entry from its parts.
    public init(source: String, target: String, count: Int, score: Double, category: TermCategory, known: Bool,
                partOfSpeech: String? = nil, sourceLemma: String? = nil, targetLemma: String? = nil,
                examples: [GlossaryExample] = [], extra: [String: String] = [:]) {
        self.source = source
        self.target = target
        self.count = count
        self.score = score
        self.category = category
        self.known = known
        self.partOfSpeech = partOfSpeech
        self.sourceLemma = sourceLemma
        self.targetLemma = targetLemma
        self.examples = examples
        self.extra = extra
    }

    /// Whether either side has more than one word.
    public var isMultiword: Bool { source.contains(" ") || target.contains(" ") }

    /// The identity used to merge glossaries: both sides lower-cased.
    public var mergeKey: String { source.lowercased() + "\t" + target.lowercased() }
}

/// A glossary: its languages and entries, best score first.
public struct Glossary: Sendable {
    /// The language of the `source` column.
    public var sourceLanguage: LanguageCode
    /// The language of the `target` column.
    public var targetLanguage: LanguageCode
    /// The entries, by descending score (ties by source, then target).
    public var entries: [GlossaryEntry]

    /// A glossary from its parts; `entries` are sorted.
    public init(sourceLanguage: LanguageCode, targetLanguage: LanguageCode, entries: [GlossaryEntry]) {
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.entries = Glossary.sorted(entries)
    }

    /// `entries` by descending score, then source and target (so the order never varies).
    public static func sorted(_ entries: [GlossaryEntry]) -> [GlossaryEntry] {
        entries.sorted { lhs, rhs in
            if lhs.score != rhs.score { return lhs.score > rhs.score }
            if lhs.source != rhs.source { return lhs.source < rhs.source }
            return lhs.target < rhs.target
        }
    }
}
