import Foundation
import Testing
import TolkText
@testable import TolkPhrasing

/// Issue 16: `tolk compare` on pathological sentences takes time and memory linear in their length.
@Suite struct PhrasingRunawayTests {
    static func seconds(_ work: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        work()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// A run of closing guillemets is one quotation carried over from an earlier sentence, not one quotation
    /// per mark (10,000 marks gave 10,000 quotations of growing length: 56 s and 659 MB in `compare`).
    @Test func aRunOfClosingMarksIsOneQuotation() {
        let marks = "Han sagde det" + String(repeating: "\u{00BB}", count: 10_000)
        let quotes = QuotationFinder.quotations(in: marks)
        #expect(quotes.count == 1)
        #expect(quotes.first?.inner == 0..<"Han sagde det".utf8.count)
        let mixed = String(repeating: "\u{201D}\u{00BB}\"'\u{2019}\u{201C}\u{00AB} ", count: 20_000)
        #expect(QuotationFinder.quotations(in: mixed).count < 2 * 20_000)
        // Quotations never overlap, so their text is never more than the sentence's.
        let total = QuotationFinder.quotations(in: mixed).reduce(0) { $0 + $1.outer.count }
        #expect(total <= mixed.utf8.count)
    }

    /// One 40,000-letter word after a reporting verb ('Officials believe x' + 'A' * 40000) is analysed in
    /// linear time: the compound test tries suffixes only up to the longest listed source noun (was 28 s).
    @Test func aLongWordAfterAReportingVerbTakesLinearTime() throws {
        let english = try PhrasingAnalyzer(language: .english)
        func analyse(_ letters: Int) -> Double {
            let text = "Officials believe x" + String(repeating: "A", count: letters)
            let sentence = Sentence(text: text, range: 0..<text.utf8.count, paragraph: 0)
            return Self.seconds { _ = english.phrasing(of: sentence) }
        }
        let short = analyse(5_000), long = analyse(40_000)
        #expect(long < short * 16 + 0.5, "5,000 letters \(short) s, 40,000 letters \(long) s")
        #expect(long < 3, "40,000 letters: \(long) s")
    }
}
