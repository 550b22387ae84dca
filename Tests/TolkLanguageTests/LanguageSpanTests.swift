import Foundation
import Testing
import TolkText
@testable import TolkLanguage

@Suite struct LanguageSpanTests {
    @Test func findsTheEnglishPassageInsideADanishArticle() throws {
        let detector = try LanguageDetector(options: LanguageDetectorOptions().restricted(to: ["da", "nb", "sv", "en"]))
        let text = try fixtureText("mixed-da-en.txt")
        let bytes = Array(text.utf8)
        let spans = try detector.detectSpans(in: text)
        #expect(spans.map(\.language) == ["da", "en", "da"])
        guard spans.count == 3 else { return }
        let english = String(decoding: bytes[spans[1].range], as: UTF8.self)
        #expect(english.hasPrefix("Quiet pressure from the U.S. government"))
        #expect(english.hasSuffix("said a senior intelligence official."))
        #expect(String(decoding: bytes[spans[2].range], as: UTF8.self).hasPrefix("Men Assange har altid"))
        // Spans are in order, do not overlap, and stay inside the text.
        #expect(zip(spans, spans.dropFirst()).allSatisfy { $0.range.upperBound <= $1.range.lowerBound })
        #expect(spans.first?.range.lowerBound == 0)
        #expect((spans.last?.range.upperBound ?? 0) <= bytes.count)
    }

    @Test func sentencesCarryTheirOwnLanguage() throws {
        let detector = try LanguageDetector()
        let text = try fixtureText("mixed-da-en.txt")
        let sentences = try detector.detectSentences(in: text)
        #expect(sentences.count >= 6)
        #expect(sentences.filter { $0.language == "en" }.count >= 2)
        #expect(sentences.filter { $0.language == "da" }.count >= 4)
    }

    @Test func blankTextHasNoSpans() throws {
        let detector = try LanguageDetector()
        #expect(try detector.detectSpans(in: "").isEmpty)
        #expect(try detector.detectSpans(in: " \n\n ").isEmpty)
    }
}
