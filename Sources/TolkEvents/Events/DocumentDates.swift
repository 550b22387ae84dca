import TolkAlign
import TolkMatch
import TolkText

/// The dates of one document: its publication date and the date expressions of each sentence, resolved.
struct DocumentDates: Sendable {
    /// The publication date given for the document, else the one its leading `date` stamp gives.
    let published: PublicationDate?
    /// The resolved date mentions of each sentence, in order (the leading stamp is none).
    let mentions: [[DateMention]]

    /// The dates of `document`, whose publication date is `given` when its input said (a record's field or an
    /// option), else read from a leading `date YYYY-MM[-DD]` stamp; `tokens` are the document's ``WordScanner``
    /// tokens.
    init(_ document: ComparableDocument, given: PublicationDate?, resolver: DateResolver, tokens: [ScannedToken]) {
        let stamp = PublicationDate.leadingStamp(of: document.text)
        let published = given ?? stamp.map { PublicationDate(date: $0.date, origin: .leadingLine) }
        self.published = published
        mentions = resolver.mentions(in: document.sentences, of: document.text, tokens: tokens,
                                     published: published?.date).map { sentence in
            sentence.filter { mention in
                guard let stamp else { return true }
                return mention.range[0] >= stamp.range.upperBound || mention.range[1] <= stamp.range.lowerBound
            }
        }
    }

    /// Every mention, in document order.
    var all: [DateMention] { mentions.flatMap { $0 } }

    /// Days before publication within which a dated sentence may state the news.
    static let recentDays = 14

    /// The first mention of sentence `index` that dates an event to the day, at most ``recentDays`` before
    /// publication and not after it (when the publication day is known).
    func eventDay(in index: Int) -> CalendarDate? {
        guard mentions.indices.contains(index) else { return nil }
        for mention in mentions[index] {
            guard let date = mention.date, date.hasDay else { continue }
            if let published = published?.date, published.hasDay,
               date > published || date.adding(days: Self.recentDays).map({ $0 < published }) == true { continue }
            return date
        }
        return nil
    }
}
