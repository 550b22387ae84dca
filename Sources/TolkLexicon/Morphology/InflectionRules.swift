import TolkText

/// One suffix rule: a form ending in `suffix` may be the lemma ending in `replacement`.
struct InflectionRule: Sendable {
    let suffix: String
    let replacement: String
    let features: MorphologicalFeatures
    /// The shortest lemma the rule may leave.
    let minimumStem: Int

    init(_ suffix: String, _ replacement: String = "", _ features: MorphologicalFeatures, minimumStem: Int = 2) {
        self.suffix = suffix
        self.replacement = replacement
        self.features = features
        self.minimumStem = minimumStem
    }
}

/// The inflection rules of each language, most specific first. They overgenerate on purpose: the lexicon
/// keeps the first candidate it knows, so a rule only has to make the right lemma reachable.
enum InflectionRules {
    /// Danish nouns (definite, plural), adjectives (-e, -t, comparison) and verbs (present, past, participle).
    static let danish: [InflectionRule] = [
        InflectionRule("erne", "", [.plural, .definite]), InflectionRule("erne", "e", [.plural, .definite]),
        InflectionRule("rne", "", [.plural, .definite]), InflectionRule("ene", "", [.plural, .definite]),
        InflectionRule("ene", "e", [.plural, .definite]), InflectionRule("ne", "", [.plural, .definite]),
        InflectionRule("ende", "e", .verbForm), InflectionRule("ede", "e", .verbForm),
        InflectionRule("ede", "", .verbForm), InflectionRule("este", "", .adjectiveForm),
        InflectionRule("ere", "", .adjectiveForm), InflectionRule("est", "", .adjectiveForm),
        InflectionRule("te", "e", .verbForm), InflectionRule("te", "", .verbForm),
        InflectionRule("et", "", .definite), InflectionRule("et", "e", .verbForm),
        InflectionRule("en", "", .definite), InflectionRule("er", "", .plural), InflectionRule("er", "e", .verbForm),
        InflectionRule("es", "e", .verbForm), InflectionRule("n", "", .definite),
        InflectionRule("t", "", [.definite, .verbForm, .adjectiveForm]),
        InflectionRule("r", "", [.plural, .verbForm]), InflectionRule("e", "", [.plural, .adjectiveForm]),
    ]

    /// English plurals, verb forms, comparison and -ly adverbs.
    static let english: [InflectionRule] = [
        InflectionRule("ies", "y", .plural), InflectionRule("ves", "f", .plural), InflectionRule("ves", "fe", .plural),
        InflectionRule("sses", "ss", .plural), InflectionRule("ches", "ch", .plural),
        InflectionRule("shes", "sh", .plural), InflectionRule("xes", "x", .plural), InflectionRule("oes", "o", .plural),
        InflectionRule("men", "man", .plural), InflectionRule("s", "", .plural, minimumStem: 2),
        InflectionRule("ied", "y", .verbForm), InflectionRule("ed", "", .verbForm), InflectionRule("ed", "e", .verbForm),
        InflectionRule("ying", "ie", .verbForm), InflectionRule("ing", "", .verbForm),
        InflectionRule("ing", "e", .verbForm), InflectionRule("iest", "y", .adjectiveForm),
        InflectionRule("ier", "y", .adjectiveForm), InflectionRule("est", "", .adjectiveForm),
        InflectionRule("est", "e", .adjectiveForm), InflectionRule("er", "", .adjectiveForm),
        InflectionRule("er", "e", .adjectiveForm), InflectionRule("ily", "y", .adverb),
        InflectionRule("ably", "able", .adverb), InflectionRule("ibly", "ible", .adverb),
        InflectionRule("ly", "", .adverb, minimumStem: 3),
    ]

    static func rules(for language: LanguageCode) -> [InflectionRule] {
        switch language {
        case .danish: return danish
        case .english: return english
        default: return []
        }
    }

    /// Whether a doubled final consonant may be undone after removing a suffix (`stopped` -> `stopp` -> `stop`,
    /// `hatten` -> `hatt` -> `hat`).
    static func undoubled(_ stem: String) -> String? {
        let scalars = Array(stem.unicodeScalars)
        guard scalars.count >= 3, let last = scalars.last, scalars[scalars.count - 2] == last,
            "bdfgklmnprstvz".unicodeScalars.contains(last)
        else { return nil }
        return String(stem.dropLast())
    }
}
