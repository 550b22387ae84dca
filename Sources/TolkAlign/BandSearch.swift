/// Dynamic programming over one chunk, restricted to a band of target positions that follows the best path
/// row by row (a row is a count of source sentences consumed).
///
/// Each row's band is centred where the previous row's cheapest cell lies plus the expected advance, and always
/// contains that cell, so every row has a reachable cell and the band can follow drift caused by omissions
/// and merges. Costs of the last four rows and one byte of back-pointer per band cell are kept.
struct BandSearch {
    let rows: Int
    let columns: Int
    let radius: Int
    /// When true the path must end at (rows, columns); otherwise at the cheapest cell of the last row.
    let mustReachEnd: Bool

    /// The cheapest path's beads, in order, as chunk-local (source, target, shape) ranges.
    /// - Complexity: O(rows x radius) time, O(rows x radius) bytes of back-pointers.
    func run(scorer: inout BeadScorer) -> [(source: Range<Int>, target: Range<Int>)] {
        let shapes = BeadScorer.shapes
        let infinity = Double.infinity
        let step = rows > 0 ? min(Double(columns) / Double(rows), Double(radius) / 2) : 0
        var low = [Int](repeating: 0, count: rows + 1)
        var high = [Int](repeating: 0, count: rows + 1)
        var backStart = [Int](repeating: 0, count: rows + 2)
        var back: [UInt8] = []
        back.reserveCapacity((rows + 1) * (2 * radius + 1))
        var costs = [[Double]](repeating: [], count: 4)
        var expected = 0.0
        var previousBest = 0

        for row in 0...rows {
            var lo: Int, hi: Int
            if row == 0 {
                lo = 0
                hi = min(columns, radius)
            } else {
                let centre = Int((expected).rounded())
                lo = min(max(0, centre - radius), previousBest)
                hi = min(columns, max(centre + radius, previousBest))
            }
            if row == rows && mustReachEnd { hi = columns }
            lo = min(lo, hi)
            low[row] = lo
            high[row] = hi
            backStart[row] = back.count
            if row > 0 { scorer.prepareRow(sources: max(0, row - 3)..<row, targets: max(0, lo - 3)..<hi) }
            var current = [Double](repeating: infinity, count: hi - lo + 1)
            var bestCost = infinity
            var bestColumn = lo
            for column in lo...hi {
                var cellCost = infinity
                var cellShape: UInt8 = 255
                if row == 0 && column == 0 { cellCost = 0 }
                // 0-1: from the left neighbour in this row.
                if column > lo {
                    let previous = current[column - 1 - lo]
                    if previous < infinity {
                        let total = previous + BeadScorer.shapeCost[2]
                        if total < cellCost { cellCost = total; cellShape = 2 }
                    }
                }
                for shapeIndex in shapes.indices where shapeIndex != 2 {
                    let (sourceCount, targetCount) = shapes[shapeIndex]
                    let fromRow = row - sourceCount
                    let fromColumn = column - targetCount
                    if fromRow < 0 || fromColumn < low[fromRow] || fromColumn > high[fromRow] { continue }
                    let previous = costs[fromRow & 3][fromColumn - low[fromRow]]
                    if previous == infinity { continue }
                    let total = previous + scorer.cost(shape: shapeIndex, source: fromRow..<row,
                                                       target: fromColumn..<column)
                    if total < cellCost {
                        cellCost = total
                        cellShape = UInt8(shapeIndex)
                    }
                }
                current[column - lo] = cellCost
                back.append(cellShape)
                if cellCost < bestCost {
                    bestCost = cellCost
                    bestColumn = column
                }
            }
            costs[row & 3] = current
            previousBest = bestColumn
            expected = Double(bestColumn) + step
        }
        backStart[rows + 1] = back.count

        // Trace back from the end cell.
        var row = rows
        var column: Int
        if mustReachEnd {
            column = columns
        } else {
            let last = costs[rows & 3]
            var best = 0
            for index in last.indices where last[index] < last[best] { best = index }
            column = low[rows] + best
        }
        var beads: [(source: Range<Int>, target: Range<Int>)] = []
        while row > 0 || column > 0 {
            guard column >= low[row] && column <= high[row] else { break }
            let shapeIndex = back[backStart[row] + column - low[row]]
            guard shapeIndex != 255 else { break }
            let shape = shapes[Int(shapeIndex)]
            beads.append((source: (row - shape.0)..<row, target: (column - shape.1)..<column))
            row -= shape.0
            column -= shape.1
        }
        // Unreachable cells cannot occur (each row keeps the previous row's best cell); should the walk stop
        // early anyway, the sentences before it are kept as unpaired so that none is lost.
        while column > 0 { beads.append((source: row..<row, target: (column - 1)..<column)); column -= 1 }
        while row > 0 { beads.append((source: (row - 1)..<row, target: 0..<0)); row -= 1 }
        return beads.reversed()
    }
}
