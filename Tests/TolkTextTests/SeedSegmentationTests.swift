import Testing
@testable import TolkText

/// The two seed articles, segmented as the issue requires.
@Suite struct SeedSegmentationTests {
    @Test func danishSeedGivesFifteenSentencesWithTheArrestIntact() throws {
        let decoded = try TextInput.read(path: TestFiles.danishSeed)
        let document = try Segmenter(language: .danish).segment(decoded.text)
        #expect(document.sentences.count == 15)
        #expect(document.sentences.contains { $0.text ==
            "Julian Assange blev i april i år anholdt på Ecuadors ambassade i London, efter at hans politiske asyl blev ophævet." })
        #expect(document.metadata == ["date": "2019-07"])
        #expect(document.sentences.first?.text.hasPrefix("Wikileaks-stifteren Julian Assange") == true)
        #expect(document.removed.map(\.reason) == ["metadata"])
    }

    @Test func rangesPointAtTheSentenceBytes() throws {
        let text = try TextInput.read(path: TestFiles.danishSeed).text
        let bytes = Array(text.utf8)
        for sentence in try Segmenter(language: .danish).segment(text).sentences {
            #expect(String(decoding: bytes[sentence.range], as: UTF8.self) == sentence.text)
        }
    }

    @Test func englishSeedNeverSplitsInsideUS() throws {
        let text = try TextInput.read(path: TestFiles.englishSeed).text
        let sentences = try Segmenter(language: .english).segment(text).sentences
        for sentence in sentences {
            #expect(!sentence.text.hasSuffix(" U.S."), "split after U.S.: \(sentence.text)")
            #expect(!sentence.text.hasPrefix("S. "), "split inside U.S.: \(sentence.text)")
        }
        #expect(sentences.first?.text == "U.S. Urged Ecuador to Act Against WikiLeaks Leader Assange")
        #expect(sentences.contains { $0.text == "The U.S. says the emails were hacked by, or on behalf of, Russian intelligence agencies." })
    }

    @Test func englishSeedWebCopyIsReportedAsRemoved() throws {
        let text = try TextInput.read(path: TestFiles.englishSeed).text
        let document = try Segmenter(language: .english).segment(text)
        try #require(document.removed.map(\.reason) == ["browser-notice", "image-caption", "photo-credit", "pull-quote"])
        #expect(document.removed.first?.text.hasPrefix("IE 11 is not supported.") == true)
        #expect(document.removed[1].text == "Image: Julian Assange")
        #expect(document.removed[2].text.hasSuffix("2016.Frank Augstein / AP"))
        #expect(document.removed[3].text == "“It was a bit of an eviction notice.”")
        let bytes = Array(text.utf8)
        for line in document.removed { #expect(String(decoding: bytes[line.range], as: UTF8.self) == line.text) }
        for sentence in document.sentences {
            #expect(!sentence.text.contains("IE 11") && !sentence.text.contains("Augstein"))
        }
        // The quotation in the body stays.
        #expect(document.sentences.contains { $0.text.hasPrefix("“It was a bit of an eviction notice,” said") })
    }

    @Test func keepBoilerplateKeepsTheWebCopyLines() throws {
        let text = try TextInput.read(path: TestFiles.englishSeed).text
        let document = try Segmenter(language: .english).segment(text, keepBoilerplate: true)
        #expect(document.removed.isEmpty)
        #expect(document.sentences.contains { $0.text == "Image: Julian Assange" })
        #expect(document.sentences.contains { $0.text == "“It was a bit of an eviction notice.”" })
    }
}
