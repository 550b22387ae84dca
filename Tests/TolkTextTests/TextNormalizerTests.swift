import Testing
@testable import TolkText

@Suite struct TextNormalizerTests {
    @Test func matchFormUnifiesQuotesDashesSpacesAndCase() throws {
        let normalizer = try TextNormalizer()
        #expect(normalizer.match("«Det er „slut“» – sagde han") == "\"det er \"slut\"\" - sagde han")
        #expect(normalizer.match("Ecuador’s ‘eviction notice’ — 2016") == "ecuador's 'eviction notice' - 2016")
        #expect(normalizer.match("50\u{00A0}uger\u{2009}lang") == "50 uger lang")
        #expect(normalizer.match("ambas\u{00AD}sade") == "ambassade")
        #expect(normalizer.match("WikiLeaks ﬁnal") == "wikileaks final")
    }

    @Test func foldFormIsLowerCaseASCII() throws {
        let normalizer = try TextNormalizer()
        #expect(try normalizer.fold("Søren Kierkegaard") == "soren kierkegaard")
        #expect(try normalizer.fold("Владимир Путин") == "vladimir putin")
        #expect(try normalizer.fold("Ærø’s „Æblegård“") == "aero's \"aeblegard\"")
    }

    @Test func nfcFormComposes() throws {
        #expect(try TextNormalizer().normalize("A\u{030A}rhus", form: .nfc) == "Århus")
    }
}
