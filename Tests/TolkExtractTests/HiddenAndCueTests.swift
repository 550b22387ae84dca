import Testing
import TolkText

@testable import TolkExtract

/// Hidden elements (read from the attribute bytes when a style is ASCII, as Unicode otherwise), the cue words'
/// matching and the early answer of the boilerplate phrase test: each against what the rules say.
@Suite struct HiddenAndCueTests {
    static let prose = "This paragraph is long enough to count as article prose, with commas, clauses, and more words."

    static func removedReasons(_ body: String) throws -> (text: String, reasons: [String: String]) {
        let html = "<html><body><article><p>\(prose)</p><p>\(prose)</p>\(body)</article></body></html>"
        let article = try ArticleReader.extractor().extract(html: Array(html.utf8))
        var reasons: [String: String] = [:]
        for removed in article.removed { reasons[removed.text] = removed.reason }
        return (article.text, reasons)
    }

    @Test func hiddenElementsAreDroppedWhateverTheCaseAndSpacing() throws {
        let hidden = [
            "<p hidden>Hidden by attribute.</p>",
            "<p aria-hidden=\"TRUE\">Hidden by aria.</p>",
            "<p style=\"color: red; DISPLAY : None\">Hidden by display.</p>",
            "<p style=\"Visibility:\tHIDDEN\">Hidden by visibility.</p>",
            "<p style=\"display:\u{A0}none; content: 'é'\">Hidden by display after a no-break space.</p>",
            "<p style=\"display:\u{2003}none\">Hidden by display after an em space.</p>",
        ]
        let (text, reasons) = try Self.removedReasons(hidden.joined())
        for name in ["attribute", "aria", "display", "visibility", "display after a no-break space",
                     "display after an em space"] {
            let line = "Hidden by \(name)."
            #expect(!text.contains(line), "kept: \(line)")
            #expect(reasons[line] == "hidden", "reason for \(line): \(reasons[line] ?? "none")")
        }
    }

    @Test func visibleElementsStay() throws {
        let shown = [
            "<p aria-hidden=\"false\">Shown with aria false.</p>",
            "<p aria-hidden=\"truest\">Shown with aria truest.</p>",
            "<p style=\"display:block; visibility: visible\">Shown with display block.</p>",
            "<p style=\"display:nonè\">Shown with an accented none.</p>",
            "<p style=\"\">Shown with an empty style.</p>",
        ]
        let (text, _) = try Self.removedReasons(shown.joined())
        for line in ["Shown with aria false.", "Shown with aria truest.", "Shown with display block.",
                     "Shown with an empty style."] {
            #expect(text.contains(line), "dropped: \(line)")
        }
    }

    static func cues(_ rows: [(String, String)]) throws -> BoilerplateCues {
        try BoilerplateCues(rows: rows.enumerated().map { (line: $0 + 2, kind: $1.0, cue: $1.1) }, path: "cues.tsv")
    }

    @Test func cueWordsMatchWholeShortTokensAndPartsOfLongOnes() throws {
        let cues = try Self.cues([("remove", "ad"), ("remove", "share"), ("unlikely", "comment"),
                                  ("positive", "article"), ("negative", "ad"), ("keep", "fakta"), ("remove", "øl")])
        func kinds(_ token: String) -> Set<BoilerplateCues.Kind> {
            let mask = cues.kinds(of: Array(token.utf8))
            return Set(BoilerplateCues.Kind.allCases.filter { mask & $0.bit != 0 })
        }
        #expect(kinds("ad") == [.remove, .negative])
        #expect(kinds("ads").isEmpty)  // a short word matches only as the whole token
        #expect(kinds("øl") == [.remove])  // three bytes: still a short word
        #expect(kinds("sharebar") == [.remove])
        #expect(kinds("commentsshare") == [.remove, .unlikely])
        #expect(kinds("articlefakta") == [.positive, .keep])
        #expect(kinds("shar").isEmpty)
        #expect(kinds("xcommen").isEmpty)
        #expect(Set(BoilerplateCues.Kind.allCases.map(\.bit)).count == BoilerplateCues.Kind.allCases.count)
    }

    @Test func phrasesMatchAtTheStartInAnyCaseAndNotInsideWords() throws {
        let cues = try Self.cues([("phrase", "Læs også"), ("phrase", "read more"), ("phrase", "annonce"),
                                  ("phrase", "x")])
        #expect(cues.phrase(startingText: "LÆS OGSÅ: Havnebadet") == "læs også")
        #expect(cues.phrase(startingText: "Read More about it") == "read more")
        #expect(cues.phrase(startingText: "READ MORE") == "read more")
        #expect(cues.phrase(startingText: "Annoncerede planer") == nil)
        #expect(cues.phrase(startingText: "Annonce") == "annonce")
        #expect(cues.phrase(startingText: "X marks the spot") == "x")  // a one-letter phrase
        #expect(cues.phrase(startingText: "Xylophones") == nil)
        #expect(cues.phrase(startingText: "The council met") == nil)
        #expect(cues.phrase(startingText: "Re") == nil)
        #expect(cues.phrase(startingText: "") == nil)
        // Decomposed letters are the same characters: "a" with a combining ring is "å".
        let decomposed = try Self.cues([("phrase", "år efter år")])
        #expect(decomposed.phrase(startingText: "A\u{30A}r efter år") == "år efter år")
    }
}
