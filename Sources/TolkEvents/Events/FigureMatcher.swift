import TolkText

/// Pairs the quantities and calendar dates of a document pair into ``Figure``s: the same value on both sides
/// (up to rounding) agrees; two comparable values in one matched statement that differ disagree.
struct FigureMatcher {
    /// A quantity or absolute date of one side, with the sentence it is in.
    struct Item {
        let sentence: Int
        let quantity: Quantity?
        let date: DateMention?
        var text: String { quantity?.text ?? date?.text ?? "" }
        var range: [Int] { quantity.map { [$0.range.lowerBound, $0.range.upperBound] } ?? date?.range ?? [0, 0] }
    }

    /// Matched statements as sentence-index pairs.
    let statements: [(source: [Int], target: [Int])]

    /// The figures of a pair, in source order.
    /// - Complexity: O(s · t) for s source and t target items.
    func figures(source: [Item], target: [Item]) -> [Figure] {
        var together: Set<[Int]> = []
        for statement in statements {
            for s in statement.source { for t in statement.target { together.insert([s, t]) } }
        }
        var candidates: [(rank: Int, s: Int, t: Int, agree: Bool)] = []
        for (i, s) in source.enumerated() {
            for (j, t) in target.enumerated() {
                let inStatement = together.contains([s.sentence, t.sentence])
                if let agree = Self.compare(s, t, inStatement: inStatement) {
                    // Agreeing pairs first, the same value and unit before a bare number beside a number with a
                    // unit ("ti" takes "10 games" before "ten minutes"), those in one statement before others,
                    // then document order.
                    let loose = agree && s.quantity.flatMap { a in t.quantity.map { !a.agrees(with: $0) } } == true
                    let rank = (agree ? 0 : 4) + (loose ? 2 : 0) + (inStatement ? 0 : 1)
                    candidates.append((rank, i, j, agree))
                }
            }
        }
        candidates.sort { ($0.rank, $0.s, $0.t) < ($1.rank, $1.s, $1.t) }
        var usedSource: Set<Int> = [], usedTarget: Set<Int> = []
        var seen: Set<String> = []
        var result: [(Int, Figure)] = []
        for candidate in candidates where !usedSource.contains(candidate.s) && !usedTarget.contains(candidate.t) {
            let s = source[candidate.s], t = target[candidate.t]
            usedSource.insert(candidate.s)
            usedTarget.insert(candidate.t)
            let figure = Figure(source: s.text, target: t.text, value: Self.value(s), unit: s.quantity?.unit ?? "date",
                                kind: s.quantity?.kind.rawValue ?? "date", agree: candidate.agree,
                                sourceRange: s.range, targetRange: t.range)
            // The same figure stated again (a repeated paragraph, a second mention) is reported once.
            guard seen.insert("\(figure.value)|\(figure.unit)|\(figure.agree)").inserted else { continue }
            result.append((s.range[0], figure))
        }
        return result.sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// True when `s` and `t` agree, false when they are comparable but differ (only within one statement), nil
    /// when they are no figure pair.
    static func compare(_ s: Item, _ t: Item, inStatement: Bool) -> Bool? {
        if let a = s.date, let b = t.date {
            guard let x = a.iso, let y = b.iso else { return nil }
            return x == y ? true : nil
        }
        guard let a = s.quantity, let b = t.quantity else { return nil }
        if a.agrees(with: b) { return true }
        // A bare number and the same number with a unit ("83" beside "83 år"), for numbers of two digits or more.
        if a.value == b.value, a.value >= 10, a.second == nil, b.second == nil,
           (a.kind == .count && a.unit.isEmpty) != (b.kind == .count && b.unit.isEmpty),
           [a.kind, b.kind].allSatisfy({ [.count, .age, .duration].contains($0) }) {
            return true
        }
        guard inStatement, a.isComparable(with: b), a.kind != .count, a.kind != .year else { return nil }
        return false
    }

    static func value(_ item: Item) -> String {
        if let date = item.date { return date.iso ?? date.text }
        guard let quantity = item.quantity else { return "" }
        func plain(_ number: Double) -> String {
            number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
        }
        switch quantity.kind {
        case .score: return plain(quantity.value) + "-" + plain(quantity.second ?? 0)
        case .clock:
            let minutes = Int(quantity.value)
            return (minutes / 60 < 10 ? "0" : "") + "\(minutes / 60):" + (minutes % 60 < 10 ? "0" : "") + "\(minutes % 60)"
        default: return plain(quantity.value)
        }
    }
}
