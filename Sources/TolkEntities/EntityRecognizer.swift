import Foundation
import TolkText

/// Finds people, organisations and places in Danish or English text, and nationality words standing for countries.
///
/// Rule-based, per document: capitalised runs (with the capitalisation habits of each language: Danish writes
/// nationality adjectives, months and weekdays in lower case; English capitalises them), sentence-initial words
/// kept only with evidence (a known name, seen capitalised elsewhere in the document, or not a common word),
/// acronyms ("CNN", "U.S."), titles ("Mr.", "præsident"), hyphen-prefixed names ("Wikileaks-stifteren"),
/// Danish genitives and English possessives, CLDR and lexicon gazetteers, and partial names resolved to the
/// full name mentioned in the same document ("Assange" -> "Julian Assange").
///
/// ```swift
/// let recognizer = try EntityRecognizer(language: .danish, gazetteer: gazetteer)
/// recognizer.mentions(in: "Assange søgte tilflugt i Ecuadors ambassade.").map(\.text)  // ["Assange", "Ecuadors"]
/// ```
/// Not safe to share between threads (it owns ICU break iterators); make one per thread.
public final class EntityRecognizer {
    /// The language of the texts it reads.
    public let language: LanguageCode
    let gazetteer: Gazetteer
    private let scanner: WordScanner
    /// What the tagger reads of each spelling, kept from one document to the next.
    private let spellings = TaggerSpellings()

    /// A recognizer for `language` using `gazetteer`.
    /// - Throws: ``TextError`` when ICU cannot open break iterators for `language`.
    public init(language: LanguageCode, gazetteer: Gazetteer) throws(TextError) {
        self.language = language
        self.gazetteer = gazetteer
        self.scanner = try WordScanner(language: language)
    }

    /// The entity mentions of `text` in document order, each with its UTF-8 byte range in `text`.
    ///
    /// - Parameter text: one document (evidence such as "seen capitalised elsewhere" is gathered across it).
    /// - Returns: mentions sorted by start offset; names never overlap each other.
    /// - Complexity: O(n) in the length of `text` (dictionary look-ups per token).
    public func mentions(in text: String) -> [EntityMention] {
        mentions(in: text, tokens: scanner.tokens(of: text))
    }

    /// The tokens of `text` as this recognizer scans them (shared with other readers of the same text).
    package func tokens(of text: String) -> [ScannedToken] { scanner.tokens(of: text) }

    /// The mentions of `text`, whose tokens are already scanned.
    package func mentions(in text: String, tokens: [ScannedToken]) -> [EntityMention] {
        guard !tokens.isEmpty else { return [] }
        let bytes = Array(text.utf8)
        let finder = NameRunFinder(tokens: tokens, bytes: bytes, language: language, gazetteer: gazetteer)
        var mentions = finder.demonymMentions()
        if let model = gazetteer.taggers[language] {
            let names = TaggedNameFinder(model: model, language: language, gazetteer: gazetteer, spellings: spellings)
                .names(scanned: tokens, bytes: bytes)
            // A nationality word inside a name ("American Heart Association") does not stand for the country.
            var covered = IndexSet()
            for name in names { covered.insert(integersIn: name.run.range) }
            mentions.removeAll { covered.intersects(integersIn: $0.range) }
            mentions += DocumentKinds.unified(names.map(mention(for:)))
        } else {
            // The tagger gathers its evidence from its own tokens (``TaggerDocument``); the runs read the scanned ones.
            let runs = finder.runs(evidence: DocumentEvidence(tokens: tokens, language: language, gazetteer: gazetteer))
            let classifier = NameClassifier(language: language, gazetteer: gazetteer, runs: runs)
            mentions += runs.compactMap(classifier.mention(for:))
        }
        mentions.sort { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
        return PartialNameResolver.resolve(mentions)
    }

    /// The mention of a tagged name: its linking key is a gazetteer entry's (a weak one only for a name of its
    /// own kind), else its folded base form.
    private func mention(for name: TaggedNameFinder.Found) -> EntityMention {
        let run = name.run
        // A title that is part of a known name: "Dronning Margrethe" / "Queen Margrethe II", "kronprins Frederik".
        let titled = name.role.flatMap { gazetteer.place(named: "\($0) \(run.baseForm)", in: language) }
        // An English article opening the name: "The Court of Impeachment" is the Court of Impeachment.
        let withoutArticle = Self.withoutLeadingArticle(run.baseForm)
        let entry = titled ?? gazetteer.place(named: run.baseForm, in: language)
            ?? gazetteer.place(named: run.text, in: language)
            ?? withoutArticle.flatMap { gazetteer.place(named: $0, in: language) }
        // A weak entry (a county, a small city) names a person's mention only by chance: "Kerry", "Rubio".
        let usable = entry.flatMap { $0.isWeak && $0.kind != name.kind ? nil : $0 }
        let key = usable?.key ?? "name:\(Self.nameKey(withoutArticle ?? run.baseForm, kind: name.kind))"
        return EntityMention(text: run.text, range: run.range, kind: name.kind, baseForm: run.baseForm, key: key,
                             role: name.role)
    }
}

extension EntityRecognizer {
    /// `name` without an opening "The"/"the" when a capitalised word follows ("The Court of Impeachment" ->
    /// "Court of Impeachment"); `nil` when it does not open with one.
    static func withoutLeadingArticle(_ name: String) -> String? {
        guard name.hasPrefix("The ") || name.hasPrefix("the ") else { return nil }
        let rest = name.dropFirst(4)
        guard rest.first?.isUppercase == true else { return nil }
        return String(rest)
    }

    /// The folded name a mention links by; a person's middle initials are left out ("Thomas F. Borgen" and
    /// "Thomas Borgen" are one person).
    static func nameKey(_ name: String, kind: EntityKind) -> String {
        let folded = NameFolding.key(name)
        guard kind == .person else { return folded }
        let words = folded.split(separator: " ")
        let kept = words.enumerated().filter { $0.element.count > 1 || $0.offset == 0 || $0.offset == words.count - 1 }
        return kept.count >= 2 ? kept.map(\.element).joined(separator: " ") : folded
    }
}

/// Document-level consistency: every mention of one entity (one linking key) gets the kind most of its
/// mentions have (ties: the kind of the first mention, else the first kind in ``EntityKind`` order, so that the
/// result never depends on a dictionary's order).
enum DocumentKinds {
    static func unified(_ mentions: [EntityMention]) -> [EntityMention] {
        var counts: [String: [EntityKind: Int]] = [:]
        var firstKind: [String: EntityKind] = [:]
        for mention in mentions {
            counts[mention.key, default: [:]][mention.kind, default: 0] += 1
            if firstKind[mention.key] == nil { firstKind[mention.key] = mention.kind }
        }
        return mentions.map { mention in
            guard let tally = counts[mention.key], tally.count > 1 else { return mention }
            let first = firstKind[mention.key] ?? mention.kind
            let best = tally.max { a, b in
                (a.value, a.key == first ? 1 : 0, b.key) < (b.value, b.key == first ? 1 : 0, a.key)
            }
            var unified = mention
            unified.kind = best?.key ?? mention.kind
            return unified
        }
    }
}
