import TolkAlign
/// Settings for ``ComparableMatcher``, ``DocumentPairer`` and ``StatementMatcher``.
///
/// The defaults are principled settings, not values fitted to a test set: see each property.
/// ```swift
/// var options = MatchOptions()
/// options.allowsClusters = true   // --many
/// let matcher = try ComparableMatcher(options: options)
/// ```
public struct MatchOptions: Sendable {
    /// Translation pairs used as shared evidence beside names, numbers and cognates; `nil` for none.
    public var lexicon: TranslationLexicon?
    /// Pair a document with every counterpart above the threshold (clusters), not only its best one.
    public var allowsClusters = false
    /// Candidates kept per document from the inverted index before full scoring.
    public var candidatesPerDocument = 8
    /// Postings (documents holding one of its keys) one document's candidate search may read: its keys are read
    /// rarest first, by how many documents of the other side hold them within its time window, until this many or,
    /// when more, as many as the other side has documents within its window (``CandidateIndex``). No key is barred
    /// for being common: a document made only of common words is searched through the least common of them, and
    /// the search finds it as well in a large collection as in a small one. The work per document is at most that
    /// of visiting every document of its window once, so blocking by time (``candidateWindowDays``) bounds it
    /// whatever the collection's length; this floor keeps small collections searched over all their keys.
    public var candidatePostings = 2_000
    /// Smallest document score (weighted cosine of shared keys) of a pair; below it two documents are
    /// taken as unrelated even when each is the other's best candidate.
    public var minimumDocumentScore = 0.03
    /// Best candidates per document (by cosine) whose statements are matched to verify the pair.
    public var verifiedCandidates = 3
    /// Smallest expected number of statements two documents share as translations for them to be paired on
    /// their shared statements alone: 0.5, at least one statement more likely than not a translation.
    public var minimumSharedTranslations = 0.5
    /// Pairs not carried by shared statements need a cosine this many times the mean cosine of the two
    /// documents' other candidates.
    public var minimumMargin = 2.0
    /// Documents whose publication dates (``ComparableDocument/publicationDay``) are at most this many days apart
    /// may report the same event; pairs further apart are story threads at best: they are not paired on shared
    /// statements alone, and in the cosine round they come after the pairs close in time. News reports an event
    /// within days; a week leaves room for weekly and follow-up coverage. Undated documents are not affected.
    public var sameEventDays = 7
    /// Candidate document pairs are proposed only between documents published at most this many days apart
    /// (``ComparableDocument/publicationDay``, both dated); `nil` proposes pairs whatever their dates. This is
    /// blocking by time: on a long run of news, a document is compared with the coverage of its own weeks, not of
    /// the whole corpus, and a corpus can be split into overlapping time windows matched apart (`scale/`). Off by
    /// default: coverage of the same story thread can lie years apart (on the real-coverage development set, 3 of
    /// 29 gold pairs are 197 to 475 days apart, and 30 days takes its document F1 from 0.982 to 0.909); 30 days
    /// holds the report of an event and its follow-ups, well beyond ``sameEventDays``. A document without a date
    /// is compared with every document, as without the window.
    public var candidateWindowDays: Int? = nil
    /// Prior odds that a given source sentence's counterpart is a given target sentence are 1 / (number of
    /// target sentences); a statement pair is kept when its evidence log-odds beat that prior by this much
    /// (0: posterior odds at least even).
    public var statementMargin = 0.0
    /// Weight of the length agreement in a statement's log-odds: 1 takes lengths as translations have them;
    /// lower values let paraphrases of different length match on their shared content.
    public var lengthWeight = 1.0
    /// After the translation model, match the remaining sentences that share content words (names, places,
    /// numbers, translated and cognate words) beyond the prior, when the documents are comparable rather than
    /// translated (``ParaphraseMatcher``; see ``StatementMatch/isParaphrase``).
    public var matchesParaphrases = true
    /// The statement model that judges candidate statements of independently written documents; `nil` reads the
    /// shipped one (`lexicons/match/statement-model.tsv`).
    public var statementModel: StatementModel?
    /// The furniture cues; `nil` reads the shipped ones (`lexicons/match/furniture.tsv`).
    public var furniture: ArticleFurniture?
    /// Share of the smaller document's sentences that the translation model must match for two documents to
    /// count as translations of each other, whose other sentences are then one-sided; below it the documents
    /// count as written independently, and the statement model judges their statements (``StatementModel``).
    /// FLORES translations match nearly all their sentences and NTREX pairs about half; independently written
    /// news shares up to half of its sentences' names and words with the other side's.
    public var translatedShare = 0.2
    /// Smallest coverage (``TranslationCoverage``: the share of a statement's content words the other side
    /// explains) of a translation model match that counts towards ``translatedShare``.
    public var translatedCoverage = 0.3
    /// Smallest share of a pair's translation model matches in one run that keeps its order in both documents
    /// for the pair to count as translations when they match less than ``unorderedTranslatedShare``
    /// (``StatementMatcher``'s translation test): independently written coverage reorders what it shares.
    public var translatedOrder = 0.5
    /// Share of the smaller document's sentences above which the translation model's matches make a pair
    /// translations whatever their order (reordered translations match most of their sentences).
    public var unorderedTranslatedShare = 0.3
    /// Smallest probability (by the statement model) of a statement of independently written documents that
    /// only the statement model finds. Chosen on the real-coverage development set with
    /// ``minimumSupportProbability`` (docs/MEASURED.md, "Real coverage", third round: 0.7 with the model that
    /// reads the cross-language word space; fifth round: 0.7 kept with the model that reads the sentence encoder;
    /// sixth round: 0.55 with the model whose rivals stand apart), as it is one of the settings taken from it.
    public var minimumStatementProbability = 0.55
    /// Smallest probability (by the statement model) of a single-sentence statement of independently written
    /// documents that the translation model found: it is kept unless the model holds it very unlikely.
    /// Chosen on the real-coverage development set (docs/MEASURED.md, third round: 0.3; fifth round: 0.2 with
    /// the model that reads the sentence encoder).
    public var minimumSupportProbability = 0.2
    /// Smallest probability (by the statement model) of a statement of independently written documents that the
    /// paraphrase pass (``ParaphraseMatcher``) found: it is kept when the model does not hold it
    /// unlikely. Chosen on the real-coverage development set (docs/MEASURED.md, third round: 0.3 once the model reads
    /// the cross-language word space, 0.5 before; sixth round: 0.4 with the model whose rivals stand apart).
    public var minimumParaphraseProbability = 0.4
    /// Smallest probability (by the statement model) of a statement found among the sentences that the
    /// translation model left free on both sides of a translated pair (one to one). Chosen on the real-coverage
    /// development set and the NTREX seeds (docs/MEASURED.md, "Third round: decisions").
    public var minimumRecoveredProbability = 0.8
    /// In independently written pairs, a paraphrase-pass or statement-model statement less probable than this
    /// is kept only when its sentences stand at similar places in their documents (``maximumPositionGap``).
    /// Chosen on the real-coverage development set (docs/MEASURED.md; 0.75 until the sixth round of the statement
    /// model, 0.7 with the model whose rivals stand apart).
    public var confidentProbability = 0.7
    /// Largest distance of the relative positions (sentence index over the document's sentence count) of the two
    /// sides of a statement kept below ``confidentProbability``: two reports of one event tell it in roughly the
    /// same order. Chosen on the real-coverage development set (docs/MEASURED.md).
    public var maximumPositionGap = 0.4
    /// Sentences (not furniture) at the start of each document that make its lead: headline, standfirst and
    /// first sentence, which state the main event in news; 0 for none (``StatementMatcher`` then singles out no
    /// lead statements). Off by default: on the real-coverage development set 3 adds correct statements
    /// (strict recall 0.403 -> 0.425) but the added lead statements move two event summaries' leads (lead
    /// accuracy 0.840 -> 0.820; docs/MEASURED.md, "Third round: decisions").
    public var leadSentences = 0
    /// Smallest probability (by the statement model) of a statement between the leads of an independently
    /// written pair (``leadSentences``). Chosen on the real-coverage development set (docs/MEASURED.md).
    public var minimumLeadProbability = 0.2
    /// Most statements one sentence takes part in (a sentence may report what several of the other side's
    /// sentences report).
    public var maximumCounterparts = 3
    /// Smallest probability (by the statement model) of a further counterpart in an independently written pair:
    /// a sentence in no statement beside a counterpart of a statement sentence of the other side, whose words that
    /// sentence explains (``StatementMatcher`` further counterparts: one sentence telling what two of the other
    /// side's tell). Its place beside the first counterpart and the coverage stand in for the position agreement
    /// that statements below ``confidentProbability`` need. Chosen on the real-coverage development set
    /// (docs/MEASURED.md, "Statement groups": 0.4 with the model of the sixth round; 0.3-0.45 give the same figures
    /// there, 0.5 one `same` pair fewer; it was 0.5, more likely than not).
    public var minimumFurtherProbability = 0.4
    /// Smallest probability (by the statement model) at which a sentence in no statement joins a statement
    /// sentence of the other side that is its most probable candidate, wherever that sentence stands, when their
    /// places in the two documents agree (``maximumPositionGap``), both documents have at least
    /// ``minimumPartialDocumentSentences`` sentences and it has no more content words than that sentence: it reports
    /// part of a fact the other side tells in a statement, and is written in that statement's group
    /// (``StatementGroup``). Not in pairs the collection's key rates find translated. Chosen on the real-coverage
    /// development set (docs/MEASURED.md, "Statement groups").
    public var minimumJoinProbability = 0.5
    /// Smallest share of a further counterpart's content words that the sentence it joins explains (the shorter
    /// sentence is a part of the longer one, not another fact of the story): half.
    public var minimumFurtherCoverage = 0.5
    /// Smallest probability (by the statement model) of a partial statement of an independently written pair
    /// (``StatementMatching/partial``: two sentences that share a fact while each mainly says something else).
    /// The model was fitted to tell statements that say the same from unrelated ones, so a partial one gets a
    /// low probability; the other tests (best rival, position, a number of the same value) carry the decision.
    /// Chosen on the real-coverage development set (docs/MEASURED.md, "Partial statements").
    public var minimumPartialProbability = 0.05
    /// Largest distance of the relative positions (sentence index over the document's sentence count) of the two
    /// sentences of a partial statement: as ``maximumPositionGap`` for unsure statements. Chosen on the
    /// real-coverage development set (docs/MEASURED.md, "Partial statements").
    public var maximumPartialPositionGap = 0.4
    /// Fewest sentences each document of an independently written pair needs for partial statements to be looked
    /// for: a document of one or two sentences is a brief or a headline with its first line, whose one fact the
    /// other side reports or not (on the NTREX comparable seeds, translations cut to one or two sentences on a
    /// side otherwise took partial statements).
    public var minimumPartialDocumentSentences = 3
    /// Smallest probability (by the statement model) of the most probable candidate of a sentence in no statement
    /// for it to be listed as uncertain (``StatementMatching/uncertainSource``) rather than as one side's own: its
    /// counterpart is likely, though not likely enough for a statement. In independently written pairs every
    /// candidate counts (a sentence may have several counterparts), in translated pairs only the sentences the
    /// translation model left free. 1 lists none. Chosen on the real-coverage development set and checked on the
    /// NTREX comparable seeds (docs/MEASURED.md, "Uncertain sentences").
    public var minimumUncertainProbability = 0.4
    /// Consider two adjacent sentences on one side against one sentence on the other (1-2 and 2-1 matches).
    public var mergesAdjacentSentences = true
    /// A document pair whose larger document has more sentences than this is matched and reported as
    /// consecutive part pairs of at most this many sentences a side (``PairParts``), so that the work per pair
    /// stays bounded and grows linearly with the documents' length. News articles stay far below it.
    public var maximumPartSentences = 500
    /// Sentences per side whose matching evidence is held from pairing to statement matching: documents of at most
    /// ``maximumPartSentences`` sentences hold theirs, in input order, up to this many sentences; every other
    /// document's evidence is made again part by part when it is matched (the same evidence: only time and memory
    /// change). Evidence takes many times the bytes of its text, so this bounds the memory of long inputs.
    public var heldEvidenceSentences = 16_000

    /// The default settings, without a lexicon.
    public init() {}

    /// Checks that every setting is in range.
    /// - Throws: ``AlignmentError/invalidOption(name:reason:)`` naming the first bad setting.
    public func validate() throws(AlignmentError) {
        guard (1...1_000).contains(candidatesPerDocument) else {
            throw .invalidOption(name: "candidatesPerDocument", reason: "must be 1...1000, is \(candidatesPerDocument)")
        }
        guard candidatePostings >= 1 else {
            throw .invalidOption(name: "candidatePostings", reason: "must be at least 1, is \(candidatePostings)")
        }
        guard (1...100).contains(verifiedCandidates) else {
            throw .invalidOption(name: "verifiedCandidates", reason: "must be 1...100, is \(verifiedCandidates)")
        }
        guard minimumSharedTranslations.isFinite, minimumSharedTranslations >= 0 else {
            throw .invalidOption(name: "minimumSharedTranslations", reason: "must be finite and not negative")
        }
        guard minimumMargin.isFinite, minimumMargin >= 1 else {
            throw .invalidOption(name: "minimumMargin", reason: "must be finite and at least 1")
        }
        guard minimumDocumentScore.isFinite, (0...1).contains(minimumDocumentScore) else {
            throw .invalidOption(name: "minimumDocumentScore", reason: "must be in [0, 1]")
        }
        guard lengthWeight.isFinite, lengthWeight >= 0 else {
            throw .invalidOption(name: "lengthWeight", reason: "must be finite and not negative")
        }
        guard maximumPartSentences >= 10 else {
            throw .invalidOption(name: "maximumPartSentences", reason: "must be at least 10, is \(maximumPartSentences)")
        }
        guard minimumStatementProbability > 0, minimumStatementProbability < 1 else {
            throw .invalidOption(name: "minimumStatementProbability", reason: "must be in (0, 1)")
        }
        if let candidateWindowDays, candidateWindowDays < 0 {
            throw .invalidOption(name: "candidateWindowDays", reason: "must not be negative")
        }
        guard sameEventDays >= 0 else {
            throw .invalidOption(name: "sameEventDays", reason: "must not be negative")
        }
        guard translatedShare > 0, translatedShare <= 1 else {
            throw .invalidOption(name: "translatedShare", reason: "must be in (0, 1]")
        }
        guard translatedOrder >= 0, translatedOrder <= 1 else {
            throw .invalidOption(name: "translatedOrder", reason: "must be in [0, 1]")
        }
        guard unorderedTranslatedShare > 0, unorderedTranslatedShare <= 1 else {
            throw .invalidOption(name: "unorderedTranslatedShare", reason: "must be in (0, 1]")
        }
        for (name, value) in [("minimumParaphraseProbability", minimumParaphraseProbability),
                              ("minimumSupportProbability", minimumSupportProbability),
                              ("minimumRecoveredProbability", minimumRecoveredProbability),
                              ("confidentProbability", confidentProbability),
                              ("minimumLeadProbability", minimumLeadProbability),
                              ("minimumFurtherProbability", minimumFurtherProbability),
                              ("minimumJoinProbability", minimumJoinProbability),
                              ("minimumPartialProbability", minimumPartialProbability)] {
            guard value > 0, value < 1 else { throw .invalidOption(name: name, reason: "must be in (0, 1)") }
        }
        guard minimumUncertainProbability > 0, minimumUncertainProbability <= 1 else {
            throw .invalidOption(name: "minimumUncertainProbability", reason: "must be in (0, 1]")
        }
        guard maximumPositionGap.isFinite, maximumPositionGap >= 0 else {
            throw .invalidOption(name: "maximumPositionGap", reason: "must be finite and not negative")
        }
        guard maximumPartialPositionGap.isFinite, (0...1).contains(maximumPartialPositionGap) else {
            throw .invalidOption(name: "maximumPartialPositionGap", reason: "must be in [0, 1]")
        }
        guard minimumPartialDocumentSentences >= 1 else {
            throw .invalidOption(name: "minimumPartialDocumentSentences", reason: "must be at least 1")
        }
        guard leadSentences >= 0 else {
            throw .invalidOption(name: "leadSentences", reason: "must not be negative")
        }
        guard minimumFurtherCoverage.isFinite, (0...1).contains(minimumFurtherCoverage) else {
            throw .invalidOption(name: "minimumFurtherCoverage", reason: "must be in [0, 1]")
        }
        guard maximumCounterparts >= 1 else {
            throw .invalidOption(name: "maximumCounterparts", reason: "must be at least 1")
        }
        guard statementMargin.isFinite else {
            throw .invalidOption(name: "statementMargin", reason: "must be finite")
        }
    }
}
