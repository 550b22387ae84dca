import Testing
@testable import TolkText

/// The byte look-up of abbreviations (what the segmenter uses) against the `Character` look-up (the public API):
/// both must give the same answer for every listed abbreviation, its capitalised form, and words of every shape.
@Suite struct AbbreviationLookupTests {
    func byteAnswer(_ rules: SegmentationRules, _ word: String) -> SegmentationRules.Behaviour? {
        var word = word
        return word.withUTF8 { rules.behaviour(ofWordEndingWithPeriod: $0) }
    }

    @Test(arguments: [LanguageCode.danish, .english])
    func bytesAndCharactersAgree(_ language: LanguageCode) throws {
        let rules = try SegmentationRules.load(language: language)
        var words = rules.abbreviations.keys.sorted()
        words += words.map { $0.prefix(1).uppercased() + $0.dropFirst() }
        words += ["sig.", "Sig.", "5.", "12.", "1234.", "J.", "Ø.", "H.C.", "Å.B.", "e.g.", "kr..", "B.T..", "..", ".",
                  "Østergade.", "Ærø.", "året.", "København.", "US.", "a.b.c.d.", "ab.cd.", "ABCD.E.", "x", ""]
        for word in words {
            #expect(byteAnswer(rules, word) == rules.behaviour(ofWordEndingWithPeriod: Substring(word)), "\(word)")
        }
    }

    @Test func knownAnswers() throws {
        let danish = try SegmentationRules.load(language: .danish)
        #expect(byteAnswer(danish, "bl.a.") == .inner)
        #expect(byteAnswer(danish, "Bl.a.") == .inner)
        #expect(byteAnswer(danish, "kr.") == .final)
        #expect(byteAnswer(danish, "osv.") == .capital)
        #expect(byteAnswer(danish, "Østergade.") == nil)
        let english = try SegmentationRules.load(language: .english)
        #expect(byteAnswer(english, "U.S.") == .final)
        #expect(byteAnswer(english, "Mr.") == .inner)
        #expect(byteAnswer(english, "etc.") == .capital)
        #expect(byteAnswer(english, "said.") == nil)
    }
}
