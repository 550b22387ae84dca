import Foundation
import TolkText

/// Word-form analysis for lookup: candidate lemmas of an inflected form, Danish and English possessives,
/// and Danish compounds.
///
/// ```swift
/// let morphology = Morphology(language: .danish)
/// morphology.analyses(of: "ambassaden").map(\.lemma)  // contains "ambassade"
/// morphology.analyses(of: "Ecuadors").map(\.lemma)    // contains "ecuador"
/// ```
/// Analyses overgenerate: a lexicon keeps the first candidate it knows.
public struct Morphology: Sendable {
    /// The language analysed.
    public let language: LanguageCode
    /// Irregular forms and their lemmas (`sagde` -> `sige`), lower case.
    public let irregulars: [String: [String]]

    /// A morphology for `language` with an optional table of irregular forms.
    public init(language: LanguageCode, irregulars: [String: [String]] = [:]) {
        self.language = language
        self.irregulars = irregulars
    }

    /// The morphology with the shipped irregular table `lexicons/<language>/irregular.tsv` when it exists.
    ///
    /// - Throws: ``DataError`` when the data folder is missing, or the table exists but is malformed.
    public static func shipped(_ language: LanguageCode) throws(DataError) -> Morphology {
        guard let url = try DataDirectory.optionalFile("\(language)/irregular.tsv") else { return Morphology(language: language) }
        return Morphology(language: language, irregulars: try IrregularTable.read(contentsOf: url))
    }

    /// Candidate lemmas of `word` (lower-cased first), most plausible first, without the word itself.
    ///
    /// - Parameter word: One word; possessives (`Clinton's`, `Ecuadors`) and hyphenated forms are accepted.
    /// - Returns: Candidates, each at most once; a lemma several rules reach carries all their features
    ///   (`området` -> `område` is a verb form by `-et` and a definite noun by `-t`). Empty when no rule applies.
    /// - Complexity: O(r·n): r rules of the language, n the word's length.
    public func analyses(of word: String) -> [MorphologicalAnalysis] {
        var form = word.lowercased()
        var base: MorphologicalFeatures = []
        var result: [MorphologicalAnalysis] = []
        var index: [String: Int] = [form: -1]
        func add(_ lemma: String, _ features: MorphologicalFeatures) {
            guard lemma.count >= 2 else { return }
            if let known = index[lemma] {
                if known >= 0 { result[known].features.formUnion(features) }
                return
            }
            index[lemma] = result.count
            result.append(MorphologicalAnalysis(lemma: lemma, features: features))
        }
        if let possessive = Genitive.strippingPossessive(form) {
            add(possessive, .genitive)
            form = possessive
            base = .genitive
        }
        for lemma in irregulars[form] ?? [] { add(lemma, base.union(.irregular)) }
        // Danish -s is the genitive (Ecuadors) or the passive (sendes); both drop it.
        let withoutS = language == .danish && form.hasSuffix("s") && !form.hasSuffix("ss") && form.count > 3
            ? String(form.dropLast()) : nil
        if let withoutS { add(withoutS, base.union(.genitive)) }
        addRules(form, base, add)
        if let withoutS {
            for lemma in irregulars[withoutS] ?? [] { add(lemma, [.genitive, .irregular]) }
            addRules(withoutS, [.genitive], add)
        }
        return result
    }

    /// Candidate lemmas from rules only (no irregular table), for callers without the shipped data.
    public static func analyses(of word: String, language: LanguageCode) -> [MorphologicalAnalysis] {
        Morphology(language: language).analyses(of: word)
    }

    private func addRules(
        _ form: String, _ base: MorphologicalFeatures, _ add: (String, MorphologicalFeatures) -> Void
    ) {
        for rule in InflectionRules.rules(for: language) where form.hasSuffix(rule.suffix) {
            let stem = String(form.dropLast(rule.suffix.count))
            guard stem.count >= rule.minimumStem else { continue }
            add(stem + rule.replacement, base.union(rule.features))
            if rule.replacement.isEmpty, let undoubled = InflectionRules.undoubled(stem) {
                add(undoubled, base.union(rule.features))
            }
        }
    }
}
