import Testing
import TolkText

@testable import TolkLexicon

@Suite struct StemmerTests {
    @Test(arguments: [("stems-da.tsv", LanguageCode.danish), ("stems-en.tsv", LanguageCode.english)])
    func matchesReferenceStemsOfSampleWords(file: String, language: LanguageCode) throws {
        let pairs = try fixturePairs(file)
        #expect(pairs.count > 150)
        let stemmer = Stemmer(language: language)
        for (word, stem) in pairs {
            #expect(stemmer.stem(word) == stem, "\(word)")
        }
    }

    @Test func danishStemsOfNewsWords() {
        let stemmer = Stemmer(language: .danish)
        #expect(stemmer.stem("efterretningstjenester") == "efterretningstjenest")
        #expect(stemmer.stem("Russiske") == "russisk")
        #expect(stemmer.stem("overvågningsrapporterne") == "overvågningsrapport")
    }

    @Test func englishSnowballThreeRules() {
        let stemmer = Stemmer(language: .english)
        #expect(stemmer.stem("geologists") == "geolog")
        #expect(stemmer.stem("evening") == "evening")
        #expect(stemmer.stem("dying") == "die")
        #expect(stemmer.stem("succeed") == "succeed")
        #expect(stemmer.stem("Clinton's") == "clinton")
    }

    @Test func unsupportedLanguageOnlyLowercases() {
        let stemmer = Stemmer(language: .german)
        #expect(!stemmer.isSupported)
        #expect(stemmer.stem("Häuser") == "häuser")
    }
}
