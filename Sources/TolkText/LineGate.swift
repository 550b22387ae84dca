/// A quick test that turns away the lines no web-copy `line` rule can match, before any rule runs: most lines
/// of an article start with none of the rules' literals and contain none of their needles.
///
/// Built from the rules' prefilters: a rule with a start test contributes the first one to three bytes of each
/// literal it starts with; a rule with only `contains` tests contributes its needles; a rule with neither opens
/// the gate for every line.
struct LineGate {
    /// Line starts: the first one, two or three bytes of a literal, packed with their count.
    private var starts: Set<UInt32> = []
    /// A 4,096-bit filter over ``starts`` (one bit per hashed key): most lines are turned away by it with no
    /// set look-up.
    private var startBits = [UInt64](repeating: 0, count: 64)
    /// Needles of rules with no start test.
    private var needles: [[UInt8]] = []
    /// A rule with no start or `contains` test: every line must be tried.
    private var open = false

    init(_ prefilters: [[BoilerplateRules.Prefilter]]) {
        for conditions in prefilters {
            if let start = conditions.first(where: { $0.kind == .startsWithOneOf }) {
                for literal in start.literals {
                    let key = Self.key(literal[...], count: min(literal.count, 3))
                    starts.insert(key)
                    let bit = Self.bit(key)
                    startBits[bit >> 6] |= 1 << UInt64(bit & 63)
                }
            } else if let contains = conditions.first(where: { $0.kind == .contains }) {
                needles.append(contentsOf: contains.literals)
            } else {
                open = true
            }
        }
    }

    /// Whether some rule could match `line`.
    /// - Complexity: O(1) set look-ups plus O(line length) per needle.
    func admits(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        if open { return true }
        guard !line.isEmpty else { return false }
        var key: UInt32 = 0
        for count in 1...min(3, line.count) {
            key |= UInt32(line[count - 1]) << (8 * UInt32(count - 1))
            let packed = key | UInt32(count) << 24
            let bit = Self.bit(packed)
            if startBits[bit >> 6] & (1 << UInt64(bit & 63)) != 0 && starts.contains(packed) { return true }
        }
        return needles.contains { BoilerplateRules.contains(line, $0) }
    }

    /// The filter bit of `key` (multiplicative hashing to 12 bits).
    private static func bit(_ key: UInt32) -> Int { Int((key &* 0x9E37_79B1) >> 20) }

    /// The first `count` (1 to 3) bytes of `bytes` and the count, in one number.
    private static func key<Bytes: Collection<UInt8>>(_ bytes: Bytes, count: Int) -> UInt32 {
        var key = UInt32(count) << 24
        for (index, byte) in bytes.prefix(count).enumerated() { key |= UInt32(byte) << (8 * UInt32(index)) }
        return key
    }
}
