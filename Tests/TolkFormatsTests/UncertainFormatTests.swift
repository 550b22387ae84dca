import Foundation
import Testing
import TolkAlign
import TolkMatch
import TolkText
@testable import TolkFormats

/// Uncertain sentences (``StatementMatching/uncertainSource``) in the writers: a list of their own in JSON, text
/// and HTML, each with its most probable counterpart and probability, and left out of the one-sided lists. On
/// sentences written for this test.
@Suite struct UncertainFormatTests {
    static func result() throws -> ComparableMatch {
        let source = "Et pakhus på havnen brændte fredag. Ingen var i bygningen. Pakhuset var fra 1920."
        let target = "A port warehouse burned on Friday. Firefighters said nobody was inside. The quay gets new flats."
        return try OnePairFixture.threeSentences(source: source, target: target) { statements, _, _ in
            statements.isIndependentlyWritten = true
            statements.uncertainSource = [UncertainSentence(sentence: 1, counterpart: 1, probability: 0.45)]
            statements.uncertainTarget = [UncertainSentence(sentence: 1, counterpart: 1, probability: 0.45)]
        }
    }

    @Test func jsonListsUncertainSentencesWithTheirBestCounterpart() throws {
        let text = try MatchJSONWriter().json(try Self.result())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let pair = try #require((object["pairs"] as? [[String: Any]])?.first)
        let source = try #require(pair["uncertain_source"] as? [[String: Any]])
        #expect(source.count == 1)
        #expect(source.first?["sentence"] as? Int == 1)
        #expect(source.first?["text"] as? String == "Ingen var i bygningen.")
        #expect(source.first?["counterpart"] as? Int == 1)
        #expect(source.first?["counterpart_text"] as? String == "Firefighters said nobody was inside.")
        #expect(source.first?["probability"] as? Double == 0.45)
        let range = try #require(source.first?["range"] as? [Int])
        #expect(range.count == 2)
        #expect(try #require(pair["uncertain_target"] as? [[String: Any]]).first?["counterpart_text"] as? String
                    == "Ingen var i bygningen.")
        // Not one-sided.
        let only = try #require(pair["only_in_source"] as? [[String: Any]])
        #expect(only.map { $0["sentence"] as? Int } == [2])
    }

    @Test func textAndHTMLShowUncertainSentencesApart() throws {
        let result = try Self.result()
        let text = MatchTextWriter.text(result)
        #expect(text.contains("1 matched, 2 uncertain, 1 only in source, 1 only in target"))
        #expect(text.contains("uncertain in source (perhaps reported by the other side, below the statement threshold):"))
        #expect(text.contains("    s1: Ingen var i bygningen.\n      [0.45] t1: Firefighters said nobody was inside."))
        #expect(text.contains("  only in source:\n    s2: Pakhuset var fra 1920.\n\n"))
        let html = try MatchHTMLWriterTests.html(result)
        #expect(html.contains("2 uncertain"))
        #expect(html.contains("class=\"st unc\" id=\"source-1\""))
        #expect(html.contains("its sentence 1, probability 0.45"))
        #expect(html.contains("class=\"st only\" id=\"source-2\""))
    }
}
