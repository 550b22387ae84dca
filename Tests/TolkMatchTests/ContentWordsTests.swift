import Foundation
import Testing
import TolkText
@testable import TolkAlign
@testable import TolkMatch

/// The paraphrase pass's word keys and its one-to-one choice, on phrases from the seed articles.
@Suite struct ContentWordsTests {
    static let lexicon = try? TranslationLexicon.shipped(source: .danish, target: .english)
    // A static property cannot throw: missing or malformed shipped data stops the tests here.
    static let places = try! PlaceConcepts(source: .danish, target: .english)
    static let source = try! ContentExtractor(side: .source, lexicon: lexicon, places: places)
    static let target = try! ContentExtractor(side: .target, lexicon: lexicon, places: places)

    /// The keys two texts share.
    static func shared(_ danish: String, _ english: String) -> Set<UInt64> {
        Set(source.keys(for: danish).map(\.key)).intersection(target.keys(for: english).map(\.key))
    }

    @Test func aPackedKeyKeepsItsKindHashAndWord() {
        let tagged = EvidenceKind.name.tag(0x0123_4567_89AB)
        let packed = ContentKey(key: tagged, word: 513)
        #expect(packed.kind == .name)
        #expect(packed.word == 513)
        #expect(packed.key == ContentKey(key: tagged, word: 2).key)
        #expect(packed.key != ContentKey(key: EvidenceKind.number.tag(0x0123_4567_89AB), word: 513).key)
        #expect(ContentKey(key: tagged, word: 2) < packed)
    }

    /// Number of words that carry keys.
    static func words(_ keys: [ContentKey]) -> Int { Set(keys.map(\.word)).count }

    @Test func demonymsCountryNamesAndAbbreviationsNameOnePlace() {
        let russia = ContentKey(key: PlaceConcepts.key("RU"), word: 0).key
        #expect(Self.shared("russiske hackere", "Russian intelligence").contains(russia))
        #expect(Self.shared("russere", "Russia").contains(russia))
        #expect(Self.shared("Rusland", "Russian spies").contains(russia))
        let unitedStates = ContentKey(key: PlaceConcepts.key("US"), word: 0).key
        #expect(Self.shared("det amerikanske valg", "the U.S. presidential election").contains(unitedStates))
        #expect(Self.shared("USA", "U.S. officials").contains(unitedStates))
        #expect(!Self.shared("russiske", "the U.S.").contains(russia))
    }

    @Test func aNameOfSeveralWordsIsOneWordAndFunctionWordsCarryNothing() {
        let keys = Self.target.keys(for: "Hillary Clinton adviser John Podesta")
        #expect(Self.words(keys) == 3, "words: \(Self.words(keys))")  // Hillary Clinton, adviser, John Podesta
        #expect(Self.source.keys(for: "at det er den").isEmpty)
        #expect(Self.target.keys(for: "that it is the").isEmpty)
    }

    @Test func hyphenatedWordsMeetTheirOneWordSpelling() {
        #expect(!Self.shared("e-mails", "emails").isEmpty)
        #expect(!Self.shared("konkluderer", "conclusion").isEmpty)
        #expect(Self.shared("Wikileaks-stifteren", "WikiLeaks founder").count >= 2)
    }

    @Test func numbersAreKeysWithTheirSeparatorsIgnored() {
        #expect(!Self.shared("1.000 mennesker", "1,000 people").isEmpty)
        let numberKeys = Self.source.keys(for: "50 uger").filter { $0.kind == .number }
        #expect(Set(numberKeys.map(\.word)).count == 1)  // its digits and its value, one word
        let numbers = Set(numberKeys.map(\.key))
        #expect(numbers.isDisjoint(with: Self.target.keys(for: "40 weeks").map(\.key)))
        #expect(!numbers.isDisjoint(with: Self.target.keys(for: "50 weeks").map(\.key)))
    }

    @Test func figuresWrittenInEachLanguagesFormatMeetAsValues() {
        func number(_ danish: String, _ english: String) -> Bool {
            Self.shared(danish, english).contains { EvidenceKind.of($0 << 16) == .number }
        }
        #expect(number("Skuddene faldt klokken 02.03 i nat.", "The shots were fired at 2:03 a.m."))
        #expect(number("Klokken 19.04 lukkede butikken.", "The shop closed at 7:04 p.m."))
        #expect(number("Der blev fanget 1.428 hvaler.", "About 1,400 whales were caught."))
        #expect(number("Holdet vandt ti kampe i træk.", "The team won 10 games in a row."))
        #expect(!number("Skuddene faldt klokken 02.03 i nat.", "The shots were fired at 3:02 a.m."))
        #expect(!number("Der blev fanget 1.428 hvaler.", "About 1,500 whales were caught."))
    }

    @Test func aNameWithItsNordicLettersSpelledOutMeetsTheNameWrittenWithThem() {
        func name(_ danish: String, _ english: String) -> Bool {
            Self.shared(danish, english).contains { EvidenceKind.of($0 << 16) == .name }
        }
        #expect(name("Ministeren Karen Sørgaard talte.", "Minister Karen Soergaard spoke."))
        #expect(name("Han bor i Kærby.", "He lives in Kaerby."))
        #expect(!name("Han bor i Kærby.", "He lives in Korby."))
    }

    @Test func aSentenceThatTwoStatementsFitGoesToTheOneWithoutAnotherCounterpart() {
        // Source 0 fits target 0 best, but source 1 fits only target 0, and source 0 also fits target 1.
        let kept = ParaphraseMatcher.assign([(0, 0, 3.0), (0, 1, 0.5), (1, 0, 0.4)])
        let pairs = Set(kept.map { "\($0.source)-\($0.target)" })
        #expect(pairs == ["0-1", "1-0"], "kept \(pairs)")
        // When the alternative is too weak, the strongest pair stays.
        let strong = ParaphraseMatcher.assign([(0, 0, 3.0), (0, 1, -3.0), (1, 0, 0.4)])
        #expect(Set(strong.map { "\($0.source)-\($0.target)" }) == ["0-0"])
    }
}
