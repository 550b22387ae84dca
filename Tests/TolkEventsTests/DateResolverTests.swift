import Testing
import TolkTestSupport
import TolkText
@testable import TolkEvents

/// The date resolver on sentences written for these tests, in Danish and English.
@Suite struct DateResolverTests {
    /// Both resolvers, read once for every test of the suite.
    static let resolvers = Result { try BothLanguages { try DateResolver(language: $0) } }
    let danish: DateResolver, english: DateResolver

    init() throws { (danish, english) = try Self.resolvers.get().pair }

    func resolved(_ resolver: DateResolver, _ text: String, _ published: String?) throws -> [String] {
        try resolver.mentions(in: text, published: published.flatMap(CalendarDate.init(iso:))).map { "\($0.text)=\($0.iso ?? "-")" }
    }

    /// `Fixtures/relative-dates.tsv`: sentences, their publication dates, and the dates read from them.
    @Test func relativeAndPartialDates() throws {
        let cases = try Fixture.table("relative-dates.tsv", in: Fixture.fixtures(of: "TolkEventsTests"))
        #expect(cases.count >= 12)
        for fields in cases {
            let resolver = fields[0] == "da" ? danish : english
            #expect(try resolved(resolver, fields[2], fields[1]) == fields[3].components(separatedBy: " | "), "\(fields[2])")
        }
    }

    @Test func captionDate() throws {
        #expect(try resolved(english, "He stands in London on February 5, 2016.Frank Augstein / AP", nil)
            == ["February 5, 2016=2016-02-05"])
        #expect(try resolved(danish, "da han flygtede ind i ambassaden syv år siden.", "2019-07")
            == ["syv år siden=2012"])
    }

    @Test func withoutPublicationDate() throws {
        #expect(try resolved(english, "On Sunday, in 2016, it rained.", nil) == ["On Sunday=-", "2016=2016"])
        let mentions = try danish.mentions(in: "Det var 5. februar 2019.", published: nil)
        #expect(mentions.map(\.absolute) == [true])
        #expect(mentions.map(\.range) == [[8, 23]])
    }

    @Test func calendarArithmetic() throws {
        let date = try #require(CalendarDate(iso: "2020-03-01"))
        #expect(date.adding(days: -1)?.iso == "2020-02-29")
        #expect(date.weekday == 0)
        #expect(date.adding(months: -3)?.iso == "2019-12")
        #expect(CalendarDate(iso: "2019-02-29") == nil)
        #expect(CalendarDate(iso: "2019-7") == nil)
        #expect(PublicationDate.leadingStamp(of: " date 2019-07 Han kom.")?.date.iso == "2019-07")
        #expect(PublicationDate.leadingStamp(of: " date 2019-07 Han kom.")?.range == 1..<13)
        #expect(PublicationDate.leadingStamp(of: "The date 2019-07 was set.") == nil)
    }
}
