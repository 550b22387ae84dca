import Foundation
import TolkAlign

/// Checks the no-sentence-lost invariant: the beads cover 0..<sourceCount and 0..<targetCount, each index
/// once, in order, and no bead is empty on both sides. Returns a description of the first violation.
func coverageViolation(_ beads: [Bead], sourceCount: Int, targetCount: Int) -> String? {
    var nextSource = 0
    var nextTarget = 0
    for bead in beads {
        if bead.source.isEmpty && bead.target.isEmpty { return "empty bead" }
        if bead.source.lowerBound != nextSource || bead.target.lowerBound != nextTarget {
            return "bead \(bead) does not continue at \(nextSource):\(nextTarget)"
        }
        if bead.source.count > 3 || bead.target.count > 3 { return "bead \(bead) too large" }
        if !(0...1).contains(bead.confidence) { return "confidence \(bead.confidence) of \(bead)" }
        nextSource = bead.source.upperBound
        nextTarget = bead.target.upperBound
    }
    if nextSource != sourceCount || nextTarget != targetCount {
        return "ends at \(nextSource):\(nextTarget), inputs have \(sourceCount):\(targetCount)"
    }
    return nil
}

/// Beads with both sides non-empty that match gold exactly (the strict measure of align_eval.py).
func strictMatches(_ beads: [Bead], gold: [String]) -> Int {
    let goldPairs = Set(gold.filter { !$0.hasPrefix(":") && !$0.hasSuffix(":") })
    return beads.filter { $0.isPair && goldPairs.contains($0.description) }.count
}
