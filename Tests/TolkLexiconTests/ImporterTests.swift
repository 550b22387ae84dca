import Foundation
import Testing
import TolkText

@testable import TolkLexicon

@Suite struct ImporterTests {
    let pair = LanguagePair(.danish, .english)

    @Test func hunalignIsTargetAtSource() throws {
        let entries = try LexiconImporter.entries(
            contentsOf: fixture("sample-hunalign.txt"), format: nil, pair: pair, origin: "hunalign")
        #expect(entries.map(\.source) == ["ambassade", "efterretningstjeneste"])
        #expect(entries.map(\.target) == ["embassy", "intelligence service"])
        #expect(entries.allSatisfy { $0.origin == "hunalign" })
    }

    @Test func pairListsAcceptTabsAndSpaces() throws {
        let entries = try LexiconImporter.entries(
            contentsOf: fixture("sample-pairs.txt"), format: .pairs, pair: pair, origin: "pairs")
        #expect(entries.map { "\($0.source)=\($0.target)" } == ["valg=election", "kilde=source"])
    }

    @Test func termBasePairsEveryTermOfAnEntry() throws {
        let entries = try LexiconImporter.entries(contentsOf: fixture("sample.tbx"), format: nil, pair: pair, origin: "tbx")
        #expect(entries.map { "\($0.source)=\($0.target)" } == [
            "overvågningsrapport=surveillance report", "præsidentvalg=presidential election",
            "præsidentvalg=presidential race",
        ])
        #expect(entries.first?.partOfSpeech == "noun")
    }

    /// Issue 16 (found by the FuzzImport target): a processing instruction without data (`<?pi?>`) crashed
    /// Foundation's XML parser (SIGSEGV in `tolk lexicon import`); processing instructions are now skipped,
    /// comments and CDATA are read as before.
    @Test func termBaseWithProcessingInstructionsIsRead() throws {
        let tbx = """
            <?xml version="1.0" encoding="UTF-8"?>
            <?pi?>
            <martif type="TBX"><text><body><?x data?>
              <termEntry><!-- <?not a pi?> -->
                <langSet xml:lang="da"><tig><term>regering</term></tig></langSet>
                <langSet xml:lang="en"><tig><term>government</term><note><![CDATA[<?y?>]]></note></tig></langSet>
              </termEntry>
            </body></text></martif>

            """
        let entries = try LexiconImporter.entries(bytes: Array(tbx.utf8), name: "pi.tbx", format: nil, pair: pair,
                                                  origin: "tbx")
        #expect(entries.map { "\($0.source)=\($0.target)" } == ["regering=government"])
        #expect(throws: LexiconError.self) {
            try LexiconImporter.entries(bytes: Array("<martif><?pi?>\n</wrong>".utf8), name: "bad.tbx", format: .tbx,
                                        pair: pair, origin: "tbx")
        }
        // A declaration without its version is no declaration: skipped like any other instruction.
        _ = try? LexiconImporter.entries(bytes: Array("<?xml?>\n<martif/>".utf8), name: "x.tbx", format: .tbx,
                                         pair: pair, origin: "tbx")
    }

    /// Issue 16 (found by FuzzImport after the fix above): an unclosed `<!--` is no comment to libxml2's recovery, so
    /// an instruction after it reached Foundation's parser and crashed it. Instructions are blanked wherever they stand.
    @Test func processingInstructionAfterUnclosedCommentIsNoCrash() throws {
        let crafted = try Data(contentsOf: fixture("fuzz-unclosed-comment-pi.tbx"))
        _ = try? LexiconImporter.entries(bytes: Array(crafted), name: "fuzz.tbx", format: .tbx, pair: pair,
                                         origin: "tbx")
        let blanked = TermBaseReader.withoutProcessingInstructions(Array("<a><!---<?x?>\n<?y z?></a>".utf8))
        #expect(String(decoding: blanked, as: UTF8.self) == "<a><!---     \n       </a>")
        let unclosed = TermBaseReader.withoutProcessingInstructions(Array("<a/><?x\nrest".utf8))
        #expect(String(decoding: unclosed, as: UTF8.self) == "<a/>   \n    ")
    }

    @Test func freeDictArticlesBecomeRankedEntries() throws {
        let entries = try FreeDictReader.entries(
            index: fixture("freedict-sample.index"), dictionary: fixture("freedict-sample.dict"))
        let accent = entries.filter { $0.source == "accent" }
        #expect(accent.map(\.target) == ["accent", "stress", "accent mark", "supersign"])
        #expect(accent.map(\.weight) == [0.225, 0.2125, 0.2, 0.1875])
        #expect(entries.first { $0.source == "abbedi" }?.target == "abbey")
        #expect(entries.allSatisfy { $0.partOfSpeech == "noun" && $0.origin == "freedict" })
    }

    @Test func malformedInputsNameFileAndLine() {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tolk-bad-\(UUID()).txt")
        try? Data("embassy @ ambassade\nno separator here at all\n".utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(throws: LexiconError.data(.malformedLine(path: url.path, line: 2, reason: "expected a pair, found 'no separator here at all'"))) {
            try LexiconImporter.entries(contentsOf: url, format: .hunalign, pair: pair, origin: "x")
        }
        #expect(throws: DataError.self) {
            try FreeDictReader.entries(index: fixture("sample-pairs.txt"), dictionary: fixture("freedict-sample.dict"))
        }
    }

    @Test func countryNamesComeFromCLDR() {
        let entries = LocaleNameEntries.entries(for: pair)
        let countries = Dictionary(
            entries.filter { $0.category == "country" }.map { ($0.source, $0.target) }, uniquingKeysWith: { first, _ in first })
        #expect(countries["Tyskland"] == "Germany")
        #expect(countries["Sverige"] == "Sweden")
        #expect(entries.contains { $0.source == "januar" && $0.target == "January" && $0.category == "month" })
    }
}
