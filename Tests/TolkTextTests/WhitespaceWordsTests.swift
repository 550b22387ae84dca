import Testing
@testable import TolkText

/// Words between white space found scalar by scalar give what `split(whereSeparator: \.isWhitespace)` gives.
@Suite struct WhitespaceWordsTests {
    /// Every plain scalar is its own character beside every other (CR LF aside), and is white space exactly
    /// when `Character.isWhitespace` says so: the claims the scalar-by-scalar reading rests on.
    @Test func plainScalarsAreCharactersOnTheirOwn() {
        let plain = (UInt32(0)...0x20AC).filter(WhitespaceWords.isPlain).compactMap(Unicode.Scalar.init)
        for scalar in plain { #expect(Character(scalar).isWhitespace == WhitespaceWords.isSpace(scalar.value)) }
        var joined = 0
        for first in plain {
            for second in plain {
                var text = ""
                text.unicodeScalars.append(first)
                text.unicodeScalars.append(second)
                if text.count != 2 && !(first == "\r" && second == "\n") { joined += 1 }
            }
        }
        #expect(joined == 0)
    }

    @Test func wordsAreThoseOfSplit() {
        let texts = ["", " ", "Han  sagde\u{A0}nej.", "\tGrønland er ikke til salg.\r\n", "«Det er – sagde han – nok»",
                     "a\u{301} b", "x \u{301}y", "ord\u{2028}ord", "€ 5\u{2009}000", "İstanbul", "👍🏽 ja", "end "]
        for text in texts {
            #expect(WhitespaceWords.split(text) == text.split(whereSeparator: \.isWhitespace), "\(text)")
            #expect(WhitespaceWords.count(in: text[...]) == text.split(whereSeparator: \.isWhitespace).count,
                    "\(text)")
            let inner = text.dropFirst()
            #expect(WhitespaceWords.count(in: inner) == inner.split(whereSeparator: \.isWhitespace).count, "\(text)")
        }
    }
}
