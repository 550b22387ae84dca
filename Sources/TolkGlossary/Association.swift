import Foundation

/// Association measures over aligned units: how much more often two terms meet in the same unit than chance
/// would have them meet.
public enum Association {
    /// Dunning's log-likelihood ratio (G²) of a 2x2 contingency table over `units` units: `joint` units hold
    /// both terms, `source` units hold the first, `target` units the second. Zero when the terms meet no more
    /// often than chance predicts (only positive association scores).
    ///
    /// ```swift
    /// Association.logLikelihood(joint: 20, source: 22, target: 21, units: 2_000)  // about 200
    /// ```
    /// - Complexity: O(1).
    public static func logLikelihood(joint: Int, source: Int, target: Int, units: Int) -> Double {
        let n = Double(units)
        let a = Double(joint)
        let b = Double(max(0, source - joint))
        let c = Double(max(0, target - joint))
        let d = max(0, n - a - b - c)
        guard n > 0, a > 0, a * n > Double(source) * Double(target) else { return 0 }
        func term(_ k: Double, _ row: Double, _ column: Double) -> Double {
            guard k > 0, row > 0, column > 0 else { return 0 }
            return k * log(k * n / (row * column))
        }
        let total = term(a, a + b, a + c) + term(b, a + b, b + d) + term(c, c + d, a + c) + term(d, c + d, b + d)
        return max(0, 2 * total)
    }

    /// The Dice coefficient 2·joint / (source + target), in 0...1.
    /// - Complexity: O(1).
    public static func dice(joint: Int, source: Int, target: Int) -> Double {
        guard source + target > 0 else { return 0 }
        return 2 * Double(joint) / Double(source + target)
    }
}
