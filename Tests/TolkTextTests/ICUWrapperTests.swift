import Testing
@testable import TolkText

@Suite struct ICUWrapperTests {
    @Test func nfcComposesDecomposedDanishLetters() throws {
        let decomposed = "A\u{030A}rhus"  // "Århus" written as A + combining ring
        #expect(try Normalizer(.nfc).normalize(decomposed) == "Århus")
    }

    @Test func nfkcCasefoldFoldsCaseAndCompatibilityForms() throws {
        #expect(try Normalizer(.nfkcCasefold).normalize("WikiLeaks ﬁnal") == "wikileaks final")
    }

    @Test func foldingTransliteratorMakesNamesASCII() throws {
        let fold = try Transliterator(id: "Any-Latin; Latin-ASCII")
        #expect(fold.transliterate("Søren Kierkegaard") == "Soren Kierkegaard")
        #expect(fold.transliterate("Владимир Путин") == "Vladimir Putin")
    }

    @Test func unknownTransformIsAnErrorNotACrash() {
        #expect(throws: TextError.self) { try Transliterator(id: "No-Such-Transform") }
    }

    @Test func scriptsOfLettersAndPunctuation() {
        #expect(UnicodeScript(of: "å").isoCode == "Latn")
        #expect(UnicodeScript(of: "Ж").isoCode == "Cyrl")
        #expect(UnicodeScript(of: "中").isoCode == "Hani")
        #expect(UnicodeScript(of: ".").isNeutral)
    }

    @Test func cldrNamesInDanishAndEnglish() {
        #expect(LocaleNames.country("SE", in: "da") == "Sverige")
        #expect(LocaleNames.country("DE", in: "da") == "Tyskland")
        #expect(LocaleNames.country("DE", in: "en") == "Germany")
        #expect(LocaleNames.language("da", in: "en") == "Danish")
        #expect(LocaleNames.months(in: "da").first == "januar")
        #expect(LocaleNames.weekdays(in: "da").count == 7)
        #expect(LocaleNames.regionCodes.contains("DK"))
    }

    @Test func wordBreaksCarryByteOffsetsAndStatus() throws {
        let iterator = try BreakIterator(.word, locale: "da")
        let text = "Ecuadors ambassade, 2016."
        try iterator.setText(text.utf8)
        let words = iterator.boundariesWithStatus()
        #expect(words.first?.offset == 8)
        #expect(BreakIterator.WordStatus.letter.contains(words.first?.status ?? 0))
        #expect(words.last?.offset == text.utf8.count)
    }
}

@Suite struct BreakIteratorReuseTests {
    @Test func publicBoundariesAfterANoCopyWalkUseTheIteratorsOwnText() throws {
        let iterator = try BreakIterator(.word, locale: "da")
        try iterator.setText("Det skriver CNN.".utf8)
        let other = Array("En helt anden og længere tekst her.".utf8)
        let walked = try other.withUnsafeBufferPointer { buffer in
            try iterator.withText(buffer) {
                var count = 0
                _ = iterator.firstBoundary()
                while iterator.nextBoundary() != nil { count += 1 }
                return count
            }
        }
        #expect(walked > 0)
        #expect(iterator.boundaries() == [0, 3, 4, 11, 12, 15, 16])
    }
}
