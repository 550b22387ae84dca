import Testing
@testable import TolkEvents

/// A card's one-side names without those that are part of a longer listed name: the same names as testing every
/// name against every other, in time linear in the names (the long parts of a document pair whose sides tell
/// different stories give thousands of one-side names).
@Suite struct CardNamesPartsTests {
    /// What the card kept before: every name tested against every other.
    static func reference(_ names: [String]) -> [String] {
        names.filter { name in !names.contains { $0 != name && CardNames.isPart(name, of: $0) } }
    }

    @Test func partsOfLongerNamesAreLeftOut() {
        let names = ["Marco Rubio", "Rubio", "Marco", "Mette Frederiksen", "FREDERIKSEN", "Lars Løkke Rasmussen",
                     "Løkke Rasmussen", "Løkke", "Lars Lokke", "Søren", "Soren Kierkegaard", "DR", "Dr. No", ""]
        #expect(CardNames.leavingOutParts(names)
                == ["Marco Rubio", "Mette Frederiksen", "Lars Løkke Rasmussen", "Soren Kierkegaard", "Dr. No", ""])
        // Words compare by their linking keys, as entity links do: "Lokke" is "Løkke", "Søren" is "Soren";
        // "DR" is the first word of "Dr. No".
        #expect(CardNames.leavingOutParts(names) == Self.reference(names))
    }

    @Test func generatedNamesAgreeWithTestingEveryPair() {
        let words = ["Anna", "Bo", "Ærø", "aero", "Jensen", "Hansen", "Møller", "moller", "Å.", "Nielsen", "Vig"]
        var state: UInt64 = 42
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<200 {
            let names = (0..<(1 + next(12))).map { _ in
                (0..<(1 + next(4))).map { _ in words[next(words.count)] }.joined(separator: " ")
            }
            #expect(CardNames.leavingOutParts(names) == Self.reference(names), "\(names)")
        }
    }

    @Test func thousandsOfNamesTakeLinearTime() {
        // 12,000 names, a third of them parts of others: every pair tested took 144 million foldings.
        let names = (0..<4_000).flatMap { ["Navn\($0) Efternavn\($0)", "Efternavn\($0)", "Andet\($0) Navn"] }
        let clock = ContinuousClock()
        var kept: [String] = []
        let elapsed = clock.measure { kept = CardNames.leavingOutParts(names) }
        #expect(kept.count == 8_000)
        #expect(elapsed < .seconds(5), "\(elapsed)")
    }
}
