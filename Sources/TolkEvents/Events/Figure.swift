/// A quantity or calendar date both sides of a pair state, as each writes it, and whether they agree.
///
/// ```json
/// {"source": "1.428 delfiner", "target": "1,400 dolphins", "value": "1428", "unit": "", "kind": "count",
///  "agree": true, "source_range": [10, 24], "target_range": [55, 69]}
/// ```
public struct Figure: Sendable, Hashable, Codable {
    /// As the source writes it.
    public var source: String
    /// As the target writes it.
    public var target: String
    /// The source's value, normalised: "1428", "1500000000", "31-22", "2019-09-10", "23:18".
    public var value: String
    /// The canonical unit ("DKK", "percent", "km", "day", "date", "" for a plain count).
    public var unit: String
    /// What the figure measures: count, money, percent, measure, duration, age, clock, score, year, date.
    public var kind: String
    /// True when the two values are the same up to rounding.
    public var agree: Bool
    /// `[start, end]` UTF-8 bytes in the source text.
    public var sourceRange: [Int]
    /// `[start, end]` UTF-8 bytes in the target text.
    public var targetRange: [Int]
}
