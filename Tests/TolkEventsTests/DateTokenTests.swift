import Testing
import TolkText
@testable import TolkEvents

/// The date tokens cut from the word scanner's tokens are what reading every character of the text by its Unicode
/// properties gives (the resolver's patterns, tried only where they can open, are checked by DateResolverTests).
@Suite struct DateTokenTests {
    /// The tokens read from every character of the text by its Unicode properties (runs of letters, runs of ASCII
    /// digits, any other character but white space alone).
    static func reference(_ text: String) -> [String] {
        var result: [String] = []
        var offset = 0
        var current = "", start = 0, kind = 0
        var capitalised = false
        func flush() {
            if kind != 0 { result.append("\(current.lowercased()) \(start)..<\(offset) \(kind == 2) \(capitalised)") }
            current = ""
            kind = 0
        }
        for character in text {
            let size = character.utf8.count
            let next = character.isLetter ? 1 : character.isASCII && character.isNumber ? 2 : 0
            if next != kind || next == 0 { flush() }
            if next != 0 {
                if current.isEmpty {
                    start = offset
                    capitalised = character.isUppercase
                }
                current.append(character)
                kind = next
            } else if !character.isWhitespace {
                result.append("\(String(character)) \(offset)..<\(offset + size) false false")
            }
            offset += size
        }
        flush()
        return result
    }

    @Test(arguments: [LanguageCode.danish, .english])
    func tokensAreThoseOfTheCharacterProperties(language: LanguageCode) throws {
        let scanner = try WordScanner(language: language)
        let texts = [
            "Mandag den 5. februar 2019 kl. 14.30 sagde Søren Ærø: \"Vi ses i morgen!\"\r\nI går\ttalte han.",
            "On Feb. 5th, 2016 -- last month -- the U.S. said 1,400 (one thousand four hundred) people died.",
            "Café\u{301} naïve e\u{301}t\u{e9} ÅRHUS 3½ ¼ ٣ 𝟙 x\u{1F600}y \u{A0}nbsp\u{2003}em\u{85}nel \u{1C}\u{1F}",
            "", " ", "\r\n\r\n", "ABC123def", "a\u{308}b\u{300}\u{301}c",
            // ICU breaks between letters of different scripts and inside Thai words; a date token does not.
            "ABC日本語def カタカナabc ภาษาไทยในวันจันทร์ U.S.A. e.g.the 5.2.2019 3rd 14.30",
        ]
        for text in texts {
            let scanned = scanner.tokens(of: text)
            let tokens = DateToken.tokens(from: scanned[...], within: 0..<text.utf8.count).map {
                "\($0.lower) \($0.range.lowerBound)..<\($0.range.upperBound) \($0.isNumber) \($0.isCapitalised)"
            }
            #expect(tokens == Self.reference(text), "\(text)")
        }
    }
}
