import Foundation
import Testing
import TolkText
@testable import TolkEntities

@Suite struct EntityTaggerTests {
    static let tiny = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/tagger-tiny.iob2")

    @Test func trainingIsDeterministicAndLearnsItsData() throws {
        let gazetteer = Gazetteer(cldrNamesFor: [.english])
        let trainer = EntityTaggerTrainer(language: .english, gazetteer: gazetteer, maximumPasses: 5)
        let first = try trainer.train(training: Self.tiny, development: Self.tiny)
        let second = try trainer.train(training: Self.tiny, development: Self.tiny)
        #expect(first.model.serialized() == second.model.serialized())
        #expect(first.report.developmentF1.max() == 1.0)
        let corpus = try IOB2Corpus(url: Self.tiny)
        let document = TaggerDocument(sentences: corpus.documents[0].map(\.tokens), language: .english,
                                      gazetteer: gazetteer)
        let tags = first.model.decode(TaggerFeatures(document: document), 0..<8)
        #expect(tags == corpus.documents[0][0].tags)
    }

    /// Several perceptrons read the sentences in their own orders; their mean is deterministic, learns the data,
    /// and differs from one perceptron's weights.
    @Test func theMeanOfSeveralPerceptronsIsDeterministic() throws {
        let gazetteer = Gazetteer(cldrNamesFor: [.english])
        let single = EntityTaggerTrainer(language: .english, gazetteer: gazetteer, maximumPasses: 5)
        let trainer = EntityTaggerTrainer(language: .english, gazetteer: gazetteer, maximumPasses: 5, members: 3)
        let first = try trainer.train(training: Self.tiny, development: Self.tiny)
        let second = try trainer.train(training: Self.tiny, development: Self.tiny)
        #expect(first.model.serialized() == second.model.serialized())
        #expect(first.report.developmentF1.max() == 1.0)
        #expect(first.model.serialized() != (try single.train(training: Self.tiny, development: Self.tiny)).model.serialized())
        #expect(EntityTaggerTrainer.seed(pass: 3, member: 0) == 3)
    }

    @Test func aModelReadsBackFromItsBytes() throws {
        let gazetteer = Gazetteer(cldrNamesFor: [.english])
        let model = try EntityTaggerTrainer(language: .english, gazetteer: gazetteer, maximumPasses: 2)
            .train(training: Self.tiny, development: Self.tiny).model
        let bytes = model.serialized()
        let read = try EntityTaggerModel.decode(bytes, path: "tiny.bin")
        #expect(read.serialized() == bytes)
    }

    @Test func aBrokenModelIsAnErrorNamingTheFile() {
        #expect(throws: DataError.malformedLine(path: "x.bin", line: 1,
                                                  reason: "not a Tolk entity tagger model (no TOLKTAG1 header)")) {
            try EntityTaggerModel.decode(Data("hello".utf8), path: "x.bin")
        }
        let truncated = Data("TOLKTAG1".utf8) + Data([7, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])
        #expect(throws: DataError.self) { try EntityTaggerModel.decode(truncated, path: "y.bin") }
        let missing = URL(fileURLWithPath: "/nonexistent/tagger-da.bin")
        #expect(throws: DataError.self) { try EntityTaggerModel.load(missing) }
    }

    @Test func aMalformedCorpusLineIsAnErrorWithItsLine() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("tolk-bad-\(UUID().uuidString).iob2")
        try Data("1\tAnna\tB-PER\n2\tBerg\n".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        #expect(throws: DataError.malformedLine(path: file.path, line: 2, reason: "expected index, token and tag")) {
            try IOB2Corpus(url: file)
        }
    }

    @Test func spansFollowIOB2() {
        let tags: [EntityTag] = [.beginPerson, .insidePerson, .outside, .beginPlace, .beginPlace, .insideOrganisation]
        let spans = EntityTag.spans(tags).map { "\($0.range.lowerBound)-\($0.range.upperBound) \($0.kind)" }
        #expect(spans == ["0-2 person", "3-4 place", "4-5 place", "5-6 organisation"])
    }

    @Test func aMalformedSportWordLineIsAnErrorWithItsLine() throws {
        var gazetteer = Gazetteer(cldrNamesFor: [])
        let good = try DataTable.rows(in: "language\tword\nda\tkampen\nen\tleague\n", path: "sport.tsv",
                                            required: ["language", "word"])
        try gazetteer.addSportWords(good, path: "sport.tsv")
        #expect(gazetteer.isSportWord("kampen") && gazetteer.isSportWord("league") && !gazetteer.isSportWord("huset"))
        for (text, line) in [("language\tword\nda\tkampen\nda\tKampen\n", 3), ("language\tword\nDanish\tmatch\n", 2)] {
            let rows = try DataTable.rows(in: text, path: "sport.tsv", required: ["language", "word"])
            #expect(throws: DataError.malformedLine(path: "sport.tsv", line: line,
                                                      reason: "unknown language, or a word not in lower case")) {
                try gazetteer.addSportWords(rows, path: "sport.tsv")
            }
        }
    }

    /// Sports words raise the document's sports context, which a Danish model reads with its names' other
    /// codes; an English model reads neither that nor the long suffixes.
    @Test func aMatchReportHasASportsContextInDanish() throws {
        var gazetteer = Gazetteer(cldrNamesFor: [.danish])
        try gazetteer.addSportWords(DataTable.rows(in: "language\tword\nda\tkampen\nda\tsejren\nda\tholdet\n",
                                                         path: "sport.tsv", required: ["language", "word"]),
                                    path: "sport.tsv")
        let report = [["Viborg", "tabte", "kampen", "til", "Hobro", "."], ["Holdet", "fejrede", "sejren", "."]]
        let other = [["Viborg", "har", "fået", "en", "ny", "borgmester", "."]]
        let danish = TaggerDocument(sentences: report, language: .danish, gazetteer: gazetteer)
        #expect(danish.sportCode == 2)
        #expect(TaggerDocument(sentences: other, language: .danish, gazetteer: gazetteer).sportCode == 0)
        let inReport = TaggerFeatures(document: danish).features(of: 0)
        let elsewhere = TaggerFeatures(document: TaggerDocument(sentences: other, language: .danish,
                                                                gazetteer: gazetteer)).features(of: 0)
        #expect(Set(inReport) != Set(elsewhere))
        let english = TaggerDocument(sentences: report, language: .english, gazetteer: gazetteer)
        #expect(!english.compounding)
        #expect(TaggerFeatures(document: english).features(of: 0).count < inReport.count)
    }

    /// What the tagger reads of each spelling, kept from one document to the next (``TaggerSpellings``), gives
    /// every later document the features it has on its own, whatever the earlier documents held.
    @Test func spellingsKeptAcrossDocumentsGiveTheSameFeatures() throws {
        let gazetteer = Gazetteer(cldrNamesFor: [.danish])
        let scanner = try WordScanner(language: .danish)
        let texts = ["Viborg tabte kampen til Hobro. Holdet fejrede sejren i Viborg-hallen.",
                     "I Viborg har kampen om borgmesterposten delt Venstre. VIBORG-folk og Hobros vælgere stemmer.",
                     "Kampen endte 2-1. Sejren gik til Viborg, ikke til hobro-holdet."]
        let spellings = TaggerSpellings()
        for text in texts {
            let tokens = scanner.tokens(of: text)
            let shared = TaggerDocument(scanned: tokens, bytes: Array(text.utf8), language: .danish,
                                        gazetteer: gazetteer, spellings: spellings)
            let alone = TaggerDocument(scanned: tokens, bytes: Array(text.utf8), language: .danish,
                                       gazetteer: gazetteer)
            #expect(TaggerFeatures(document: shared).hashes == TaggerFeatures(document: alone).hashes, "\(text)")
            #expect(shared.sportCode == alone.sportCode)
        }
    }

    /// ICU ends a sentence after "B.T."; the name may go on into the next word, but never over a line break.
    @Test func aNameDoesNotRunOverALineBreakAfterAnAbbreviation() throws {
        let gazetteer = Gazetteer(cldrNamesFor: [.danish])
        let scanner = try WordScanner(language: .danish)
        for (text, joined) in [("Han læste det i B.T.\nKV-regeringen har fremlagt 22 lovforslag.", false),
                               ("Formanden Henrik S. Nissen talte.", true)] {
            let document = TaggerDocument(scanned: scanner.tokens(of: text), bytes: Array(text.utf8),
                                          language: .danish, gazetteer: gazetteer)
            let tokens = document.tokens
            let index = try #require(tokens.firstIndex { $0.text == "B.T." || $0.text == "S." })
            #expect((tokens[index].sentence == tokens[index + 1].sentence) == joined, "\(text)")
        }
    }

    /// "B.T." closing a sentence is written "B.T.."; the last dot is the full stop, not part of the name.
    @Test func aFullStopAfterAnAbbreviationIsNotPartOfIt() throws {
        let scanner = try WordScanner(language: .danish)
        let texts = scanner.tokens(of: "Det siger en ven til B.T.. Han vil ikke nævnes.").map(\.text)
        let index = try #require(texts.firstIndex(of: "B.T."))
        #expect(texts[index + 1] == ".")
        #expect(!texts.contains("B.T.."))
    }

    /// Reads a Danish text into a tagger document, with CLDR's names and one cue word (`word`, `cue`) in the
    /// gazetteer.
    static func danishReader(cue word: String, _ cue: String) throws -> (String) -> TaggerDocument {
        var gazetteer = Gazetteer(cldrNamesFor: [.danish])
        try gazetteer.addCues(DataTable.rows(in: "language\tword\tcue\nda\t\(word)\t\(cue)\n", path: "cues.tsv",
                                             required: ["language", "word", "cue"]), path: "cues.tsv")
        let scanner = try WordScanner(language: .danish)
        return { [gazetteer] text in
            TaggerDocument(scanned: scanner.tokens(of: text), bytes: Array(text.utf8), language: .danish,
                           gazetteer: gazetteer)
        }
    }

    /// "Kgl." inside "Det Kgl. Teater" is an abbreviation the cue table writes inside names: ICU ends a sentence
    /// after it, the tagger reads the name as one.
    @Test func anAbbreviationInsideANameKeepsItsSentence() throws {
        let tokens = try Self.danishReader(cue: "Kgl.", "connector")("Hun har sunget på Det Kgl. Teater i mange år.")
            .tokens
        let index = try #require(tokens.firstIndex { $0.text == "Kgl." })
        #expect(tokens[index + 1].text == "Teater")
        #expect(tokens[index + 1].sentence == tokens[index].sentence)
        #expect(!tokens[index + 1].startsSentence)
    }

    /// A Danish genitive of an acronym ("SFs") is looked up without its "s", as longer names are.
    @Test func anAcronymGenitiveIsAKnownName() throws {
        var gazetteer = Gazetteer(cldrNamesFor: [.danish, .english])
        let table = "source\ttarget\tkind\nSocialistisk Folkeparti|SF\tSocialist People's Party|SF\torganisation\n"
        try gazetteer.addNameTable(DataTable.rows(in: table, path: "names.tsv", required: ["source", "target", "kind"]),
                                   source: .danish, target: .english, path: "names.tsv")
        let document = TaggerDocument(sentences: [["SFs", "formand", "talte", "."]], language: .danish,
                                      gazetteer: gazetteer)
        #expect(document.words[0].gazetteerCode != 0)
        #expect(document.words[1].gazetteerCode == 0)
        #expect(Genitive.isAcronymGenitive("SFs"))
        #expect(!Genitive.isAcronymGenitive("Las"))
    }

    /// Universal NER writes a Danish genitive apostrophe ("Lars'", "Elvis'") and a company form ("A/S") inside the
    /// word; a quotation mark opening earlier in the sentence keeps its closing mark apart.
    @Test func aGenitiveApostropheAndACompanyFormBelongToTheWord() throws {
        let read = try Self.danishReader(cue: "A/S", "organisation")
        func texts(_ text: String) -> [String] { read(text).tokens.map(\.text) }
        #expect(texts("Den klub mente Lars' far var sagen.").contains("Lars'"))
        #expect(texts("Elvis' sange og Royal Copenhagen A/S.") == ["Elvis'", "sange", "og", "Royal", "Copenhagen",
                                                                    "A/S", "."])
        #expect(texts("Royal Copenhagen A/S købte.").contains("A/S"))
        #expect(!texts("Hun kaldte ham 'Lars' i går.").contains("Lars'"))
        #expect(!texts("Hun sagde Lars'en.").contains("Lars'"))
        #expect(Genitive.withoutNamePossessive("Lars'") == "Lars")
        #expect(Genitive.withoutNamePossessive("Elvis’") == "Elvis")
        #expect(Genitive.withoutNamePossessive("Mai'") == "Mai'")
    }

    /// A gazetteer name may end in a number ("TV 2"); a number alone is never one.
    @Test func aKnownNameMayEndInANumber() throws {
        var gazetteer = Gazetteer(cldrNamesFor: [.danish, .english])
        let table = "source\ttarget\tkind\nTV 2\tTV 2\torganisation\n"
        try gazetteer.addNameTable(DataTable.rows(in: table, path: "names.tsv", required: ["source", "target", "kind"]),
                                   source: .danish, target: .english, path: "names.tsv")
        let document = TaggerDocument(sentences: [["Han", "så", "TV", "2", "og", "2", "film", "."]], language: .danish,
                                      gazetteer: gazetteer)
        #expect(document.words[2].gazetteerCode != 0 && document.words[3].gazetteerCode != 0)
        #expect(document.words[5].gazetteerCode == 0)
    }

    /// The first part of a hyphenated Danish word tells the kind UNER gives the whole ("Zagreb-området" is a place).
    @Test func theFirstPartOfAHyphenatedWordIsRead() throws {
        let gazetteer = Gazetteer(cldrNamesFor: [.danish])
        let document = TaggerDocument(sentences: [["Sverige-turen", "og", "FN-styrken", "og", "Hansen-sagen", "."]],
                                      language: .danish, gazetteer: gazetteer)
        let codes = document.words.map(\.compoundModifierCode)
        #expect(codes[0] == 1 + (EntityKind.allCases.firstIndex(of: .place) ?? 0))
        #expect(codes[2] == 4 && codes[4] == 5 && codes[1] == 0)
    }
}
