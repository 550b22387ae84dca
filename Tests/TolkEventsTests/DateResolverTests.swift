import Testing
import TolkText
@testable import TolkEvents

/// The date resolver on sentences written for these tests, in Danish and English.
@Suite struct DateResolverTests {
    let danish: DateResolver
    let english: DateResolver

    init() throws {
        danish = try DateResolver(language: .danish)
        english = try DateResolver(language: .english)
    }

    func resolved(_ resolver: DateResolver, _ text: String, _ published: String?) -> [String] {
        resolver.mentions(in: text, published: published.flatMap(CalendarDate.init(iso:))).map { "\($0.text)=\($0.iso ?? "-")" }
    }

    @Test func danishRelativeAndPartial() {
        // 2019-07-12 is a Friday.
        #expect(resolved(danish, "Han talte onsdag, og i går svarede ministeren.", "2019-07-12")
            == ["onsdag=2019-07-10", "i går=2019-07-11"])
        #expect(resolved(danish, "Mødet blev holdt i april i år, for syv år siden flyttede han.", "2019-07-12")
            == ["i april i år=2019-04", "for syv år siden=2012"])
        #expect(resolved(danish, "I nat brændte det, og sidste måned steg prisen.", "2019-07-12")
            == ["I nat=2019-07-12", "sidste måned=2019-06"])
        #expect(resolved(danish, "Aftalen fra 5. februar gælder, og han blev født i juni 1967.", "2019-07-12")
            == ["5. februar=2019-02-05", "juni 1967=1967-06"])
        #expect(resolved(danish, "Det skete i tirsdags, og på søndag mødes de igen.", "2019-07-12")
            == ["i tirsdags=2019-07-09", "på søndag=2019-07-14"])
        #expect(resolved(danish, "Reglerne ophører 10. september.", "2021-08-27") == ["10. september=2021-09-10"])
        #expect(resolved(danish, "Valget i december afgør det.", "2019-01-03") == ["december=2018-12"])
    }

    @Test func englishRelativeAndPartial() {
        // 2016-10-18 is a Tuesday.
        #expect(resolved(english, "The embassy said on Sunday that it cut his internet last month.", "2016-10-18")
            == ["on Sunday=2016-10-16", "last month=2016-09"])
        #expect(resolved(english, "Earlier this year he met them, and on February 5 he spoke.", "2016-10-18")
            == ["Earlier this year=2016", "February 5=2016-02-05"])
        #expect(resolved(english, "He arrived seven years ago, yesterday he left.", "2016-10-18")
            == ["seven years ago=2009", "yesterday=2016-10-17"])
        #expect(resolved(english, "The ban starts on Sept. 10th, 2021 and they may march in May.", "2021-08-27")
            == ["Sept. 10th, 2021=2021-09-10", "May=2021-05"])
        #expect(resolved(english, "Jan 7 (Reuters) - He landed late Tuesday.", "2025-01-08")
            == ["Jan 7=2025-01-07", "late Tuesday=2025-01-07"])
    }

    @Test func captionDate() {
        #expect(resolved(english, "He stands in London on February 5, 2016.Frank Augstein / AP", nil)
            == ["February 5, 2016=2016-02-05"])
        #expect(resolved(danish, "da han flygtede ind i ambassaden syv år siden.", "2019-07")
            == ["syv år siden=2012"])
    }

    @Test func withoutPublicationDate() {
        #expect(resolved(english, "On Sunday, in 2016, it rained.", nil) == ["On Sunday=-", "2016=2016"])
        let mentions = danish.mentions(in: "Det var 5. februar 2019.", published: nil)
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
