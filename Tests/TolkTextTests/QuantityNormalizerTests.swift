import Testing
import TolkTestSupport
@testable import TolkText

/// The quantity normaliser on sentences written for these tests, in Danish and English.
@Suite struct QuantityNormalizerTests {
    /// Both normalisers, read once for every test of the suite.
    static let normalizers = Result { try BothLanguages { try QuantityNormalizer(language: $0) } }
    let danish: QuantityNormalizer, english: QuantityNormalizer

    init() throws { (danish, english) = try Self.normalizers.get().pair }

    func values(_ normalizer: QuantityNormalizer, _ text: String) -> [String] {
        normalizer.quantities(in: text).map { "\($0.text)=\($0.value)\($0.unit.isEmpty ? "" : " " + $0.unit)/\($0.kind.rawValue)" }
    }

    /// `Fixtures/quantity-formats.tsv`: sentences in each language's formats and the quantities read from them.
    @Test func readsEachLanguagesFormats() throws {
        let cases = try Fixture.table("quantity-formats.tsv", in: Fixture.fixtures(of: "TolkTextTests"))
        #expect(cases.count >= 9)
        for fields in cases {
            let normalizer = fields[0] == "da" ? danish : english
            #expect(values(normalizer, fields[1]) == fields[2].components(separatedBy: " | "), "\(fields[1])")
        }
    }

    @Test func milesAreKilometres() {
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
