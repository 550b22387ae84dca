import TolkText
/// The summary card of a document pair: when the main event happened, how each side states it (the lead
/// statements), the figures both state and whether they agree, who and where, and each document's own story.
///
/// ```json
/// {"event_date": "2019-04-21", "source": "Bestseller-ejeren har mistet tre børn ...", "target": "...",
///  "figures": [{"source": "tre børn", "target": "three", "value": "3", "unit": "", "agree": true, ...}],
///  "who": {"shared": ["Anders Holch Povlsen"], "only_source": [], "only_target": []}, ...}
/// ```
public struct EventSummary: Sendable, Codable {
    /// ISO date (or month) of the main event: a date its lead states, else the publication date.
    public var eventDate: String?
    /// The source sentence that best states the main event.
    public var source: String
    /// The target sentence that best states it.
    public var target: String
    /// Indices of the source lead sentences (one, or the sentences of the matched statement it is in).
    public var sourceLeadSentences: [Int]
    /// Indices of the target lead sentences.
    public var targetLeadSentences: [Int]
    /// Quantities and calendar dates both sides state, in source order.
    public var figures: [Figure]
    /// People and organisations: linked on both sides, or named on one side only.
    public var who: SidedNames
    /// Places, the same way.
    public var places: SidedNames
    /// The publication dates of the two documents, when known.
    public var sourcePublished: PublicationDate?
    public var targetPublished: PublicationDate?
    /// Every date expression of each document, resolved against its publication date.
    public var sourceDates: [DateMention]
    public var targetDates: [DateMention]
    /// Each document's own main event (its lead and date): for two moments of one story thread they differ.
    public var sourceStory: StoryLine
    public var targetStory: StoryLine
    /// When the two stories are moments of one thread (``StoryThread/minimumDaysApart`` or more apart): which
    /// is later, and the facts of the earlier document the later one retells as background; nil otherwise.
    public var thread: StoryThread?

    enum CodingKeys: String, CodingKey {
        case eventDate, source, target, sourceLeadSentences, targetLeadSentences, figures, who
        case places = "where"
        case sourcePublished, targetPublished, sourceDates, targetDates, sourceStory, targetStory, thread
    }
}

/// Names of one kind on a pair's two sides.
public struct SidedNames: Sendable, Codable, Equatable {
    /// Entities linked across the pair: "Rusland / Russia", or one name when both sides spell it alike.
    public var shared: [String]
    /// Named by the source only.
    public var onlySource: [String]
    /// Named by the target only.
    public var onlyTarget: [String]
}

/// One document's own main event.
public struct StoryLine: Sendable, Codable, Equatable {
    /// Its lead sentence.
    public var lead: String
    /// The date of its main event (a date its lead states, else its publication date).
    public var date: String?
}
