/// A side of a document pair.
public enum PairSide: String, Sendable, Codable { case source, target }

/// A statement of one side inside an event: its sentences, text and UTF-8 byte range.
public struct EventStatement: Sendable, Hashable, Codable {
    /// Sentence indices (0-based, in the document's sentence order).
    public var sentences: [Int]
    /// The text of those sentences.
    public var text: String
    /// `[start, end]` UTF-8 bytes in the document's text.
    public var range: [Int]
}

/// Statements of the two sides that report the same thing.
public struct EventStatementPair: Sendable, Hashable, Codable {
    /// The source statement.
    public var source: EventStatement
    /// The target statement.
    public var target: EventStatement
    /// The statement matcher's score, or the shared-evidence score for a related (unmatched) pair.
    public var score: Double
    /// True when the statement matcher paired them; false when they only share entities, dates or numbers.
    public var matched: Bool
}

/// A date or number an event mentions, with where it is written.
public struct EventQuantity: Sendable, Hashable, Codable {
    /// The side it is written on.
    public var side: PairSide
    /// As written: "2016", "april", "50", "February 5".
    public var text: String
    /// `[start, end]` UTF-8 bytes in that side's text.
    public var range: [Int]
    /// For a date: its ISO value resolved against the document's publication date, when it has one.
    public var iso: String?

    public init(side: PairSide, text: String, range: [Int], iso: String? = nil) {
        self.side = side
        self.text = text
        self.range = range
        self.iso = iso
    }
}

/// One event of a document pair: statements both sides report, what only one side adds, and what is involved.
public struct PairedEvent: Sendable, Hashable, Codable {
    /// 1-based number in weight order.
    public var number: Int
    /// Importance: matched statement scores, plus half for related pairs and a quarter per one-sided statement.
    public var weight: Double
    /// The event's title in the source language: its lead statement (the pair's lead when the event holds it,
    /// else its first matched statement, else its most central statement).
    public var sourceSummary: String
    /// The event's title in the target language, from the same statement pair.
    public var targetSummary: String
    /// Statement pairs, in source order.
    public var statements: [EventStatementPair]
    /// Names (source / target) of the linked entities the event's statements mention, most mentioned first.
    public var entities: [EventEntity]
    /// Dates the event's statements mention, each once per side, with its ISO value when resolved.
    public var dates: [EventQuantity]
    /// Other numbers the event's statements mention, each once per side.
    public var numbers: [EventQuantity]
    /// What the source reports about this event and the target does not.
    public var onlyInSource: [EventStatement]
    /// What the target reports and the source does not.
    public var onlyInTarget: [EventStatement]
}

/// A linked entity inside an event, by its names on each side.
public struct EventEntity: Sendable, Hashable, Codable {
    /// The link key ("region:RU", "name:julian assange").
    public var key: String
    public var source: String
    public var target: String
}

/// The summary of a whole document pair: its central statements, and its events by weight.
public struct PairSummary: Sendable, Codable {
    /// One line in the source language: the pair's most central matched (or related) source statement.
    public var sourceSummary: String
    /// One line in the target language.
    public var targetSummary: String
    /// The events, heaviest first.
    public var events: [PairedEvent]
    /// Source statements not attached to any event (they share no entity with one).
    public var unattachedSource: [EventStatement]
    /// Target statements not attached to any event.
    public var unattachedTarget: [EventStatement]
    /// Sentences that repeat an earlier sentence of their side word for word (a repeated paragraph): left out
    /// of the one-sided lists above, and reported here once.
    public var repeatedSource: [RepeatedSentence] = []
    public var repeatedTarget: [RepeatedSentence] = []
}

/// A sentence that repeats an earlier one of its document.
public struct RepeatedSentence: Sendable, Hashable, Codable {
    /// Its index in its document's sentences.
    public var sentence: Int
    /// The index of the earlier sentence it repeats.
    public var repeats: Int
    public var text: String
    /// `[start, end]` UTF-8 bytes in its document's text.
    public var range: [Int]
}
