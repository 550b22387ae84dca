import Testing
@testable import TolkText

/// The quantity normaliser on sentences written for these tests, in Danish and English.
@Suite struct QuantityNormalizerTests {
    let danish: QuantityNormalizer
    let english: QuantityNormalizer

    init() throws {
        danish = try QuantityNormalizer(language: .danish)
        english = try QuantityNormalizer(language: .english)
    }

    func values(_ normalizer: QuantityNormalizer, _ text: String) -> [String] {
        normalizer.quantities(in: text).map { "\($0.text)=\($0.value)\($0.unit.isEmpty ? "" : " " + $0.unit)/\($0.kind.rawValue)" }
    }

    @Test func danishFormats() {
        #expect(values(danish, "Byen betalte 17 millioner kroner og 1,5 mia. kr. for broen.")
            == ["17 millioner kroner=17000000.0 DKK/money", "1,5 mia. kr.=1500000000.0 DKK/money"])
        #expect(values(danish, "I alt 1.428 fugle blev talt, 29,4 procent flere end i 2019.")
            == ["1.428=1428.0/count", "29,4 procent=29.4 percent/percent", "2019=2019.0/year"])
        #expect(values(danish, "Han døde kl. 02.03, og klokken 23.18 kom meldingen.")
            == ["02.03=123.0 clock/clock", "23.18=1398.0 clock/clock"])
        #expect(values(danish, "Holdet vandt 31-22, og den 27-årige scorede syv mål på 60 minutter.")
            == ["31-22=31.0/score", "27-årige=27.0 age/age", "syv=7.0/count", "60 minutter=60.0 minute/duration"])
        #expect(values(danish, "Turen var cirka 50 kilometer, og tre børn var med.")
            == ["50 kilometer=50.0 km/measure", "tre=3.0/count"])
    }

    @Test func englishFormats() {
        #expect(values(english, "The city paid 17 million kroner and 1.5 billion kroner for the bridge.")
            == ["17 million kroner=17000000.0 DKK/money", "1.5 billion kroner=1500000000.0 DKK/money"])
        #expect(values(english, "In all 1,428 birds were counted, 29.4% more than in 2019.")
            == ["1,428=1428.0/count", "29.4%=29.4 percent/percent", "2019=2019.0/year"])
        #expect(values(english, "He died at 2:03 a.m. and the news came at 11:18 p.m.")
            == ["2:03 a.m.=123.0 clock/clock", "11:18 p.m.=1398.0 clock/clock"])
        #expect(values(english, "They won 31-22 and the 27-year-old scored seven goals in $5m deals.")
            == ["31-22=31.0/score", "27-year-old=27.0 age/age", "seven=7.0/count", "$5m=5000000.0 USD/money"])
        #expect(values(english, "The trip was about 31 miles, and COVID-19 kept three children home.")
            .map { $0.hasPrefix("31 miles=49.8") ? "31 miles" : $0 } == ["31 miles", "three=3.0/count"])
    }

    @Test func agreementAcrossLanguages() throws {
        func one(_ normalizer: QuantityNormalizer, _ text: String) throws -> Quantity {
            try #require(normalizer.quantities(in: text).first)
        }
        #expect(try one(danish, "1,5 mia. kr.").agrees(with: one(english, "1.5 billion kroner")))
        #expect(try one(danish, "1.428 delfiner").agrees(with: one(english, "1,400 dolphins")))
        #expect(try one(danish, "29,4 procent").agrees(with: one(english, "29%")))
        #expect(try !one(danish, "cirka 50 kilometer").agrees(with: one(english, "about 60 kilometres")))
        #expect(try !one(danish, "20 huse").agrees(with: one(english, "25 houses")))
        #expect(try one(danish, "kl. 23.18").agrees(with: one(english, "11:18 p.m.")))
        #expect(try one(danish, "31-22").agrees(with: one(english, "31–22")))
        #expect(try !one(danish, "31-22").agrees(with: one(english, "22-31")))
    }
}
