/// A number written in a text, normalised: its value in a canonical unit, so that quantities written in
/// different languages and formats compare ("1,5 mia. kr." and "1.5 billion kroner" are both 1.5e9 DKK).
///
/// ```swift
/// let normalizer = try QuantityNormalizer(language: .danish)
/// let found = normalizer.quantities(in: "Prisen steg 29,4 procent til 17 millioner kroner.")
/// found.map(\.value)   // [29.4, 17000000]
/// found.map(\.unit)    // ["percent", "DKK"]
/// ```
public struct Quantity: Sendable, Hashable {
    /// What a quantity measures; quantities of different kinds never agree.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A plain count ("17 stations", "syv selvmordsbombere", "91 mandater").
        case count
        /// Money ("1.000 kroner", "$5m").
        case money
        /// A percentage or percentage points.
        case percent
        /// A distance, weight or temperature.
        case measure
        /// A length of time ("60 dage", "2hr 49min").
        case duration
        /// An age ("83 år" after a name, "the 27-year-old", "56-årige").
        case age
        /// A clock time, as minutes after midnight ("23.18", "2:03 a.m.").
        case clock
        /// A score or result ("31-22"): ``Quantity/value`` and ``Quantity/second``.
        case score
        /// A year written alone ("2016").
        case year
    }

    /// As written, unit words included: "1,5 mia. kr.", "2:03 a.m.", "31-22".
    public let text: String
    /// UTF-8 byte range in the text searched.
    public let range: Range<Int>
    /// The value in ``unit`` (minutes after midnight for a clock time; the first number of a score).
    public let value: Double
    /// The second number of a score, else nil.
    public let second: Double?
    /// The canonical unit: "DKK", "USD", "percent", "km", "day", "year", "clock", "" for a plain count.
    public let unit: String
    /// What it measures.
    public let kind: Kind
    /// The rounding step of the number as written, in ``unit``: 100 for "1,400", 0.1 for "36,6", 1 for "50"
    /// (one trailing zero is not taken for rounding).
    public let step: Double

    /// A quantity from its parts.
    public init(text: String, range: Range<Int>, value: Double, second: Double? = nil, unit: String, kind: Kind,
                step: Double) {
        self.text = text
        self.range = range
        self.value = value
        self.second = second
        self.unit = unit
        self.kind = kind
        self.step = step
    }

    /// True when `other` measures the same thing in the same unit (values aside).
    public func isComparable(with other: Quantity) -> Bool {
        kind == other.kind && unit == other.unit
    }

    /// True when `other` states the same quantity: the same kind and unit, and values equal up to the rounding
    /// of the less precise one ("1.428" and "1,400" agree; "50 kilometer" and "60 kilometres" do not).
    public func agrees(with other: Quantity) -> Bool {
        guard isComparable(with: other) else { return false }
        if kind == .score {
            return value == other.value && second == other.second
        }
        let difference = abs(value - other.value), size = max(abs(value), abs(other.value))
        if difference <= 1e-9 * size { return true }
        // A rounded figure agrees with a precise one within half its step and 5 per cent.
        return difference <= max(step, other.step) / 2 && difference <= 0.05 * size
    }
}
