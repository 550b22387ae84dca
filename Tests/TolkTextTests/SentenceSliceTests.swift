import Testing
@testable import TolkText

/// Segmented sentences, paragraphs and removed lines are slices of the text they were found in, never copies
/// (issue 16, memory: a copy per sentence took 1.4 bytes per byte of input besides the text).
@Suite struct SentenceSliceTests {
    /// The address of the first UTF-8 byte of `text`'s storage (nil for a text that is not contiguous).
    private func storage(_ text: String) -> UnsafeRawPointer? {
        text.utf8.withContiguousStorageIfAvailable { UnsafeRawPointer($0.baseAddress) } ?? nil
    }

    @Test func sentencesAndParagraphsShareTheirDocumentsText() throws {
        // Long enough that no part fits in a small (inline) string.
        var text = "date 2019-07-15 Ecuadors præsident siger, at Assange har overtrådt betingelserne for asyl igen.\n"
        text += "Regeringen i Quito har begrænset hans adgang til internettet siden marts. Han nægter det hele.\n"
        text.makeContiguousUTF8()
        let document = try Segmenter(language: .danish).segment(text)
        #expect(document.sentences.count == 3)
        #expect(document.paragraphs.count == 2)
        #expect(document.removed.map(\.reason) == ["metadata"])
        let base = storage(text)
        #expect(base != nil)
        for sentence in document.sentences {
            #expect(storage(sentence.slice.base) == base)
            #expect(Array(sentence.slice.utf8) == Array(text.utf8[bytes: sentence.range]))
            #expect(sentence.text == String(sentence.slice))
        }
        for paragraph in document.paragraphs { #expect(storage(paragraph.slice.base) == base) }
        for line in document.removed { #expect(storage(line.slice.base) == base) }
        // The metadata is kept out of the first sentence though ICU read the text in place.
        #expect(document.sentences.first?.text.hasPrefix("Ecuadors") == true)
    }

    @Test func aSentenceMadeOfItsOwnTextIsThatText() {
        let sentence = Sentence(text: "Han nægter det hele.", range: 4..<25, paragraph: 0)
        #expect(sentence.text == "Han nægter det hele.")
        #expect(sentence == Sentence(slice: "xx Han nægter det hele. yy".dropFirst(3).dropLast(3), range: 4..<25,
                                     paragraph: 0))
    }
}

extension String.UTF8View {
    /// The bytes at integer offsets `range`.
    fileprivate subscript(bytes range: Range<Int>) -> Substring.UTF8View {
        self[index(startIndex, offsetBy: range.lowerBound)..<index(startIndex, offsetBy: range.upperBound)]
    }
}
