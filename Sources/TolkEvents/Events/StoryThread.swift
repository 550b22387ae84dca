import TolkAlign
import TolkMatch
import TolkText

/// Two moments of one story thread: a pair whose documents date their own main events far apart (an article of
/// 2016 and one of 2019 on the same affair). The later document retells facts the earlier one reported as news:
/// those facts are its background.
///
/// ```json
/// "thread": {"later": "source", "days_apart": 1000,
///            "background": [{"source": {"text": "I juni 2016 ... oplyste Assange ...", ...},
///                            "target": {"text": "WikiLeaks has been posting the private emails ...", ...},
///                            "date": "2016-06"}]}
/// ```
public struct StoryThread: Sendable, Codable, Equatable {
    /// The side whose own main event is the later one (its document holds the background).
    public var later: PairSide
    /// Days between the two documents' own main events (a month-only date counts as its 15th, a year as 1 July).
    public var daysApart: Int
    /// Facts both documents state that are background in the later one: every matched statement but the later
    /// document's lead, in the later document's order.
    public var background: [BackgroundFact]
}

/// A fact of the earlier document that the later one retells as background.
public struct BackgroundFact: Sendable, Codable, Equatable {
    /// The source statement.
    public var source: EventStatement
    /// The target statement.
    public var target: EventStatement
    /// The first date the later document's statement gives the fact that lies before its own main event (ISO),
    /// when it gives one.
    public var date: String?
}

extension StoryThread {
    /// Days apart from which two documents' own main events are two moments of a thread rather than one event
    /// (news of one event is written within days of it; a follow-up weeks later is a new moment).
    public static let minimumDaysApart = 30

    /// The day number of `date` for comparing moments: a month-only date counts as its 15th, a year as 1 July.
    static func dayNumber(_ date: CalendarDate) -> Int? {
        ComparableDocument.dayNumber(year: date.year, month: date.month ?? 7, day: date.day ?? (date.month == nil ? 1 : 15))
    }

    /// True when both dates are known and at least ``minimumDaysApart`` days apart.
    static func apart(_ first: CalendarDate?, _ second: CalendarDate?) -> Bool {
        guard let first, let second, let a = dayNumber(first), let b = dayNumber(second) else { return false }
        return abs(a - b) >= minimumDaysApart
    }

    /// The thread of `pair` when its two stories are at least ``minimumDaysApart`` days apart, else nil.
    /// - Parameters:
    ///   - dates: each side's own main event date.
    ///   - leads: each side's lead sentences (never background).
    ///   - sourceDates: the source's resolved date mentions; `targetDates` the target's.
    static func of(_ pair: MatchedPair, dates: (source: CalendarDate?, target: CalendarDate?),
                   leads: (source: [Int], target: [Int]), sourceDates: DocumentDates,
                   targetDates: DocumentDates) -> StoryThread? {
        guard let sourceDate = dates.source, let targetDate = dates.target,
              let sourceDay = dayNumber(sourceDate), let targetDay = dayNumber(targetDate),
              abs(sourceDay - targetDay) >= minimumDaysApart else { return nil }
        let later: PairSide = sourceDay > targetDay ? .source : .target
        let laterLead = Set(later == .source ? leads.source : leads.target)
        let laterDates = later == .source ? sourceDates : targetDates
        let laterDay = max(sourceDay, targetDay)
        var facts: [(order: Int, fact: BackgroundFact)] = []
        for match in pair.statements.matches {
            let own = later == .source ? match.sourceSentences : match.targetSentences
            guard !own.contains(where: laterLead.contains), let first = own.min() else { continue }
            let date = own.sorted().lazy.flatMap { laterDates.mentions.indices.contains($0) ? laterDates.mentions[$0] : [] }
                .compactMap(\.date).first { dayNumber($0).map { $0 + DocumentDates.recentDays < laterDay } ?? false }
            facts.append((first, BackgroundFact(source: EventStatement(match.sourceSentences, of: pair.source),
                                                target: EventStatement(match.targetSentences, of: pair.target),
                                                date: date?.iso)))
        }
        return StoryThread(later: later, daysApart: abs(sourceDay - targetDay),
                           background: facts.sorted { $0.order < $1.order }.map(\.fact))
    }
}

extension EventStatement {
    /// The statement of `sentences` (indices; those out of range left out) of `document`, with its text and
    /// byte range.
    init(_ sentences: [Int], of document: ComparableDocument) {
        let all = document.sentences
        let present = sentences.sorted().filter { all.indices.contains($0) }
        let start = present.first.map { all[$0].range.lowerBound } ?? 0
        let end = present.last.map { all[$0].range.upperBound } ?? start
        self.init(sentences: present, text: present.map { all[$0].text }.joined(separator: " "), range: [start, end])
    }
}
