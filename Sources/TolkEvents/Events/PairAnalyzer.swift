import TolkAlign
import TolkEntities
import TolkLexicon
import TolkMatch
import TolkText

/// Everything TolkEvents says about one matched document pair: entity mentions, cross-language links, and
/// the pair's events.
public struct PairAnalysis: Sendable {
    /// Entity mentions of the source document, in order.
    public var sourceMentions: [EntityMention]
    /// Entity mentions of the target document, in order.
    public var targetMentions: [EntityMention]
    /// Entities found on both sides, most mentioned first.
    public var links: [EntityLink]
    /// The whole-pair summary and the events, heaviest first.
    public var summary: PairSummary
    /// The pair's summary card: event date, lead statements, figures, who and where, each side's story.
    public var card: EventSummary
}

/// Finds and links the entities of matched document pairs and groups their statements into events.
///
/// ```swift
/// let analyzer = try PairAnalyzer(gazetteer: Gazetteer.shipped(languages: [.danish, .english]))
/// let analysis = analyzer.analyze(result.pairs[0])
/// analysis.links.map(\.target)          // ["Julian Assange", "Ecuador", ...]
/// analysis.summary.events.first?.sourceSummary
/// ```
/// Not safe to share between threads (recognizers own ICU iterators); make one per thread.
public final class PairAnalyzer {
    private let gazetteer: Gazetteer
    private let options: EventOptions
    private let lexicon: BilingualLexicon?
    private var recognizers: [LanguageCode: EntityRecognizer] = [:]
    private var finders: [LanguageCode: QuantityFinder] = [:]
    private var resolvers: [LanguageCode: DateResolver] = [:]
    private var normalizers: [LanguageCode: QuantityNormalizer] = [:]
    private var openers: [LanguageCode: LeadOpeners] = [:]
    /// Content keys per target language, kept across pairs: their word cache serves every document.
    private var contentKeys: [LanguageCode: ContentKeys] = [:]

    /// An analyzer using `gazetteer`, event thresholds `options`, and `lexicon` (when given) to compare the
    /// content words of statements across languages.
    public init(gazetteer: Gazetteer, lexicon: BilingualLexicon? = nil, options: EventOptions = EventOptions()) {
        self.gazetteer = gazetteer
        self.lexicon = lexicon
        self.options = options
    }

    /// The analysis of `pair`; a document without a language is read as Danish (source) or English (target).
    /// - Parameters:
    ///   - sourcePublished: the source document's publication date when its input gave one (else a leading
    ///     `date YYYY-MM[-DD]` stamp of its text is read).
    ///   - targetPublished: the target document's, the same way.
    /// - Throws: ``TextError`` when ICU cannot open break iterators for a document's language, or the date and
    ///   quantity tables or the lead openers cannot be read.
    /// - Complexity: O(n) in the documents' length, plus event grouping (see ``PairSummary``).
    public func analyze(_ pair: MatchedPair, sourcePublished: PublicationDate? = nil,
                        targetPublished: PublicationDate? = nil) throws(TextError) -> PairAnalysis {
        let sourceLanguage = pair.source.language ?? .danish, targetLanguage = pair.target.language ?? .english
        // Each document is scanned once; entities, dates and numbers, and content words read the same tokens.
        let sourceRecognizer = try recognizer(sourceLanguage), targetRecognizer = try recognizer(targetLanguage)
        let sourceTokens = sourceRecognizer.tokens(of: pair.source.text)
        let targetTokens = targetRecognizer.tokens(of: pair.target.text)
        // Names one recognizer missed are found by how the other document spells them.
        let projection = NameProjection.project(
            source: .init(mentions: sourceRecognizer.mentions(in: pair.source.text, tokens: sourceTokens),
                          tokens: sourceTokens, bytes: Array(pair.source.text.utf8), language: sourceLanguage),
            target: .init(mentions: targetRecognizer.mentions(in: pair.target.text, tokens: targetTokens),
                          tokens: targetTokens, bytes: Array(pair.target.text.utf8), language: targetLanguage),
            gazetteer: gazetteer)
        let sourceMentions = projection.source, targetMentions = projection.target
        let links = EntityLinker().links(source: sourceMentions, sourceLanguage: sourceLanguage,
                                         target: targetMentions, targetLanguage: targetLanguage,
                                         foundEvidence: projection.evidence)
        var sourceKeys = SentenceKeys(
            sentences: pair.source.sentences, mentions: links.flatMap { link in link.sourceMentions.map { (link.key, $0.range) } },
            found: try finder(sourceLanguage).quantities(in: pair.source.text, tokens: sourceTokens))
        var targetKeys = SentenceKeys(
            sentences: pair.target.sentences, mentions: links.flatMap { link in link.targetMentions.map { (link.key, $0.range) } },
            found: try finder(targetLanguage).quantities(in: pair.target.text, tokens: targetTokens))
        if let lexicon {
            let content: ContentKeys
            if let known = contentKeys[targetLanguage] {
                content = known
            } else {
                content = try ContentKeys(lexicon: lexicon, target: targetLanguage)
                contentKeys[targetLanguage] = content
            }
            sourceKeys.add(try content.keys(of: pair.source.sentences, tokens: sourceTokens, in: sourceLanguage))
            targetKeys.add(try content.keys(of: pair.target.sentences, tokens: targetTokens, in: targetLanguage))
        }
        let grouped = EventGrouper(pair: pair, links: links, sourceKeys: sourceKeys, targetKeys: targetKeys,
                                   options: options).summarize()
        let sourceDates = DocumentDates(pair.source, given: sourcePublished, resolver: try resolver(sourceLanguage),
                                        tokens: sourceTokens)
        let targetDates = DocumentDates(pair.target, given: targetPublished, resolver: try resolver(targetLanguage),
                                        tokens: targetTokens)
        let leads = LeadFinder(pair: pair, sourceOpeners: try leadOpeners(sourceLanguage),
                               targetOpeners: try leadOpeners(targetLanguage),
                               sameMoment: !StoryThread.apart(sourceDates.published?.date, targetDates.published?.date))
            .leads()
        let card = PairSummarizer(
            pair: pair, links: links, sourceMentions: sourceMentions, targetMentions: targetMentions,
            sourceDates: sourceDates, targetDates: targetDates,
            sourceQuantities: try normalizer(sourceLanguage).quantities(in: pair.source.text),
            targetQuantities: try normalizer(targetLanguage).quantities(in: pair.target.text),
            gazetteer: gazetteer).summary(leads: leads)
        let summary = EventCleaner(pair: pair, sourceDates: sourceDates, targetDates: targetDates, leads: leads)
            .clean(grouped)
        return PairAnalysis(sourceMentions: sourceMentions, targetMentions: targetMentions, links: links,
                            summary: summary, card: card)
    }

    private func resolver(_ language: LanguageCode) throws(TextError) -> DateResolver {
        try resolvers.value(for: language) { () throws(TextError) in
            try TextError.loading { () throws(DataError) in try DateResolver(language: language) }
        }
    }

    private func leadOpeners(_ language: LanguageCode) throws(TextError) -> LeadOpeners {
        try openers.value(for: language) { () throws(TextError) in
            try TextError.loading { () throws(DataError) in try LeadOpeners.shipped(language: language) }
        }
    }

    private func normalizer(_ language: LanguageCode) throws(TextError) -> QuantityNormalizer {
        try normalizers.value(for: language) { () throws(TextError) in try QuantityNormalizer(language: language) }
    }

    private func recognizer(_ language: LanguageCode) throws(TextError) -> EntityRecognizer {
        try recognizers.value(for: language) { () throws(TextError) in
            try EntityRecognizer(language: language, gazetteer: gazetteer)
        }
    }

    private func finder(_ language: LanguageCode) throws(TextError) -> QuantityFinder {
        try finders.value(for: language) { () throws(TextError) in try QuantityFinder(language: language) }
    }
}
