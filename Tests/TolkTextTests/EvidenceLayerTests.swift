import Testing
import TolkText

/// The shared evidence types of TolkText: genitives, stem keys and the place table.
@Suite struct EvidenceLayerTests {
    @Test func genitivesWithEitherApostrophe() {
        #expect(Genitive.withoutPossessive("Assange’s") == "Assange")
        #expect(Genitive.withoutPossessive("Assange's") == "Assange")
        #expect(Genitive.withoutPossessive("Ecuadors") == "Ecuadors")
        #expect(Genitive.strippingPossessive("officials’") == "officials")
        #expect(Genitive.strippingPossessive("clinton's") == "clinton")
        #expect(Genitive.strippingPossessive("a's") == nil)
        #expect(Genitive.possessiveStart("Erdogan’s").map { "Erdogan’s"[..<$0] } == "Erdogan")
        #expect(Genitive.isAcronymGenitive("SFs") && !Genitive.isAcronymGenitive("Las"))
        #expect(Genitive.isInflecting(.danish) && !Genitive.isInflecting(.english))
        #expect(Genitive.nameSpelling(WordFolding.folded("Ecuadors")) == WordFolding.folded("Ecuador")[...])
        #expect(Genitive.nameSpelling(WordFolding.folded("Bus")) == WordFolding.folded("Bus")[...])
    }

    @Test func stemKeysMeetAcrossSpellings() {
        #expect(StemKey.translation(WordFolding.folded("Kommissionen")) == StemKey.translation(WordFolding.folded("commission")))
        #expect(StemKey.translation(WordFolding.folded("ambassade")) != StemKey.translation(WordFolding.folded("embassy")))
        #expect(StemKey.place(WordFolding.folded("russere")) == StemKey.place(WordFolding.folded("Russer")))
        #expect(StemKey.place(WordFolding.folded("EU")) == nil)
        #expect(StemKey.cognate(WordFolding.folded("hack"), letters: 5) == nil)
        #expect(StemKey.cognate(WordFolding.folded("hacked"), letters: 5) == StemKey.cognate(WordFolding.folded("hackede"), letters: 5))
    }

    @Test func placeTableReadsEitherDirection() throws {
        let forward = try #require(try PlaceTable.shipped(source: .danish, target: .english))
        let backward = try #require(try PlaceTable.shipped(source: .english, target: .danish))
        #expect(forward.rows.count == backward.rows.count)
        let russian = try #require(forward.rows.first { $0.source == "russisk" })
        #expect(russian.target == "Russian" && russian.region == "RU" && russian.category == "demonym")
        #expect(backward.rows.contains { $0.source == "Russian" && $0.target == "russisk" && $0.region == "RU" })
        #expect(try PlaceTable.shipped(source: .danish, target: .swedish) == nil)
        #expect(PlaceTable.countryNames(in: .danish).contains { $0.code == "SE" && $0.name == "Sverige" })
    }

    /// The scalar view of the word scanner: letter runs folded as read, digit runs, every other scalar alone,
    /// with UTF-8 byte ranges that cover the text.
    @Test func scalarRunsFoldLettersAndKeepByteRanges() {
        var runs: [String] = []
        var covered = 0
        WordScanner.forEachRun(in: "Søren-Philip, 1.000 kr.!") { run in
            #expect(run.range.lowerBound == covered)
            covered = run.range.upperBound
            let kind = run.kind == .letters ? "L" : run.kind == .digits ? "D" : "M"
            let text = run.kind == .mark ? String(Character(run.scalar)) : String(decoding: run.bytes, as: UTF8.self)
            runs.append("\(kind)\(run.isCapitalised ? "^" : "")\(text)\(run.scalarCount)")
        }
        #expect(covered == "Søren-Philip, 1.000 kr.!".utf8.count)
        #expect(runs == ["L^soren5", "M-1", "L^filip6", "M,1", "M 1", "D11", "M.1", "D0003", "M 1", "Lkr2", "M.1", "M!1"])
    }
}

