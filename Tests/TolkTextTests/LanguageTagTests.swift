import Testing
import TolkText

/// The file-name language tag (``LanguageCode/tag(inFileName:)``): the cases each command's own parser handled
/// before they became one (`align`: `doc.en`; `glossary` and `compare`: `.dan.txt`, `.eng-GB.txt`; `match` and
/// `segment`: `article.da.txt` anywhere in a path).
@Suite struct LanguageTagTests {
    @Test func theTagBeforeTheExtension() {
        #expect(LanguageCode.tag(inFileName: "article.da.txt") == .danish)
        #expect(LanguageCode.tag(inFileName: "samples/nbc-2016-10-assange-ecuador.en.txt") == .english)
        #expect(LanguageCode.tag(inFileName: "/tmp/corpus.v2/x.sv.txt") == .swedish)
        #expect(LanguageCode.tag(inFileName: "ARTICLE.DA.TXT") == .danish)
        #expect(LanguageCode.tag(inFileName: "europarl.da-en.da.txt") == .danish)
    }

    @Test func aTwoPartNameIsTaggedByItsExtension() {
        #expect(LanguageCode.tag(inFileName: "doc.en") == .english)
        #expect(LanguageCode.tag(inFileName: "flores-devtest-1-40-edited.da") == .danish)
    }

    @Test func threeLetterCodesAndRegionsBecomeTheTwoLetterCode() {
        #expect(LanguageCode.tag(inFileName: "newstest2019-ref.dan.txt") == .danish)
        #expect(LanguageCode.tag(inFileName: "newstest2019-src.eng.txt") == .english)
        #expect(LanguageCode.tag(inFileName: "a.eng-GB.txt") == .english)
        #expect(LanguageCode.tag(inFileName: "a.en_US.txt") == .english)
        #expect(LanguageCode.tag(inFileName: "a.nob.txt") == .norwegianBokmal)
    }

    @Test func anyRealLanguageCounts() {
        #expect(LanguageCode.tag(inFileName: "article.fr.txt") == LanguageCode(rawValue: "fr"))
        #expect(LanguageCode.tag(inFileName: "article.fo.txt") == LanguageCode(rawValue: "fo"))
    }

    @Test func namesWithoutATagHaveNone() {
        #expect(LanguageCode.tag(inFileName: "notes.txt") == nil)
        #expect(LanguageCode.tag(inFileName: "README") == nil)
        #expect(LanguageCode.tag(inFileName: "") == nil)
        #expect(LanguageCode.tag(inFileName: "report.final.txt") == nil)
        #expect(LanguageCode.tag(inFileName: "notes.v2.txt") == nil)
        #expect(LanguageCode.tag(inFileName: "x.zz.txt") == nil)
        #expect(LanguageCode.tag(inFileName: "corpus.da/notes.txt") == nil)
    }

    @Test func twoLetterForms() {
        #expect(LanguageCode(rawValue: "dan")?.twoLetterForm == .danish)
        #expect(LanguageCode(rawValue: "DEU")?.twoLetterForm == .german)
        #expect(LanguageCode.english.twoLetterForm == .english)
        #expect(LanguageCode(rawValue: "fao")?.twoLetterForm == LanguageCode(rawValue: "fao"))
    }
}
