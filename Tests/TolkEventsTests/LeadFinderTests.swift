import Foundation
import Testing
@testable import TolkEvents

/// The dateline that marks a wire-copy lead, on lines written for this test.
@Suite struct LeadFinderTests {
    func opensWithDateline(_ text: String) throws -> Bool {
        let pattern = try #require(LeadFinder.dateline)
        return pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    @Test func datelines() throws {
        #expect(try opensWithDateline("AARHUS, March 3 — The city council voted to close the harbour bath."))
        #expect(try opensWithDateline("ODENSE (Ritzau) - Byrådet lukker havnebadet."))
        #expect(try opensWithDateline("OSLO/STOCKHOLM, Jan 9 (Reuters) - Two ministers met on Monday."))
        #expect(try opensWithDateline("DANMARK: Byrådet har stemt for at lukke havnebadet."))
        #expect(try opensWithDateline("BERLIN • The parliament passed the law on Friday."))
        #expect(try !opensWithDateline("U.S. officials urged the council to close the harbour bath."))
        #expect(try !opensWithDateline("The council said: we close the harbour bath."))
        #expect(try !opensWithDateline("EU-landene blev enige om aftalen i nat."))
    }
}
