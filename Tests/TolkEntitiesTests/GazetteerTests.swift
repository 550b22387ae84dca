import Testing
import TolkTestSupport
import TolkText
@testable import TolkEntities

@Suite struct GazetteerTests {
    @Test func exonymsShareTheirRegionKey() throws {
        let gazetteer = try #require(Seeds.gazetteer)
        #expect(gazetteer.place(named: "Sverige", in: .danish)?.key == "region:SE")
        #expect(gazetteer.place(named: "Sweden", in: .english)?.key == "region:SE")
        #expect(gazetteer.place(named: "U.S.", in: .english)?.key == "region:US")
        #expect(gazetteer.place(named: "the United States", in: .english) == nil)
        #expect(gazetteer.place(named: "United States", in: .english)?.key == "region:US")
    }

    @Test func demonymsInflectToTheirCountry() throws {
        let gazetteer = try #require(Seeds.gazetteer)
        for word in ["russisk", "russiske", "russere", "russerne", "Russiske"] {
            #expect(gazetteer.demonymRegion(of: word, in: .danish) == "region:RU", "\(word)")
        }
        #expect(gazetteer.demonymRegion(of: "Americans", in: .english) == "region:US")
        #expect(gazetteer.demonymRegion(of: "Ecuadorean", in: .english) == "region:EC")
        #expect(gazetteer.demonymRegion(of: "Republican", in: .english) == nil)
        #expect(gazetteer.demonymRegion(of: "politiske", in: .danish) == nil)
    }

    /// Companies, brands, unions and the parties of earlier parliaments are organisations of the name table, a
    /// Danish name and its English name under one key.
    @Test func companiesAndFormerPartiesAreKnownOrganisations() throws {
        let gazetteer = try #require(Seeds.gazetteer)
        for name in ["Statoil", "Unibank", "Citroën", "Coca-Cola", "Fremskridtspartiet", "Specialarbejderforbundet i Danmark"] {
            #expect(gazetteer.place(named: name, in: .danish)?.kind == .organisation, "\(name)")
        }
        let danish = try #require(gazetteer.place(named: "Østasiatisk Kompagni", in: .danish))
        #expect(gazetteer.place(named: "East Asiatic Company", in: .english)?.key == danish.key)
        #expect(gazetteer.place(named: "Progress Party", in: .english)?.key
            == gazetteer.place(named: "Fremskridtspartiet", in: .danish)?.key)
    }

    @Test func aDanishCompoundNameTakesTheKindOfItsHead() throws {
        let gazetteer = try #require(Seeds.gazetteer)
        #expect(gazetteer.headCues(of: "Folkeparti", in: .danish) == [.organisation])
        #expect(gazetteer.headCues(of: "Forbundshæren", in: .danish) == [.organisation])
        #expect(gazetteer.headCues(of: "Kierkegaard", in: .danish).isEmpty)
        // English writes its compound names in words: no heads inside a word.
        #expect(gazetteer.headCues(of: "Motorparty", in: .english).isEmpty)
        // The recognizer types a party whose name ends in a compound as an organisation.
        let recognizer = try EntityRecognizer(language: .danish, gazetteer: gazetteer)
        let text = "Formanden for Det Radikale Folkeparti talte i går."
        let mentions = recognizer.mentions(in: text, tokens: recognizer.tokens(of: text))
        #expect(mentions.contains { $0.text.hasSuffix("Folkeparti") && $0.kind == .organisation }, "\(mentions)")
    }

    @Test func malformedDataLineIsReportedWithItsLine() {
        let text = "language\tword\tcue\nda\thr.\ttitle\nen\tMr.\n"
        #expect(throws: DataError.malformedLine(path: "cues.tsv", line: 3,
                                                  reason: "expected 3 tab-separated fields, found 2")) {
            try DataTable.rows(in: text, path: "cues.tsv", required: ["language", "word", "cue"])
        }
        #expect(throws: DataError.missingColumn(path: "cues.tsv", column: "cue")) {
            try DataTable.rows(in: "language\tword\n", path: "cues.tsv", required: ["language", "word", "cue"])
        }
    }

    @Test func foldingJoinsSpellingVariants() {
        #expect(NameFolding.key("WikiLeaks") == NameFolding.key("Wikileaks"))
        #expect(NameFolding.key("U.S.") == "us")
        #expect(NameFolding.key("Søren  Kierkegaard") == "soren kierkegaard")
        #expect(NameFolding.key("Ærø Łódź Straße") == "aero lodz strasse")
        #expect(NameFolding.key("Москва") == "moskva")
    }

    @Test func asciiFoldingMatchesTheCharacterRules() {
        // The byte path for ASCII names: dots and apostrophes dropped, runs of spaces, hyphens and ASCII white
        // space (CR LF included) made one space, none at either end, capitals lowered.
        #expect(NameFolding.key(" O'Neil -  Smith-Jones. ") == "oneil smith jones")
        #expect(NameFolding.key("New\r\nYork\tCity") == "new york city")
        #expect(NameFolding.key("-.-") == "")
        #expect(NameFolding.key("U.S.-led") == "us led")
        // Non-ASCII input reaches the same key once folded to ASCII.
        #expect(NameFolding.key("O’Neil  Smith") == "oneil smith")
        #expect(NameFolding.key("Zoë\u{00A0}Ball") == "zoe ball")
    }
}
