/// Disjoint sets over 0..<count, for grouping statements into events.
struct UnionFind {
    private var parent: [Int]

    init(count: Int) { parent = Array(0..<count) }

    /// The representative of `element`'s set.
    mutating func root(_ element: Int) -> Int {
        var current = element
        while parent[current] != current {
            parent[current] = parent[parent[current]]
            current = parent[current]
        }
        return current
    }

    /// Joins the sets of `left` and `right` (the smaller index becomes the root, so results are stable).
    mutating func union(_ left: Int, _ right: Int) {
        let a = root(left), b = root(right)
        if a != b { parent[max(a, b)] = min(a, b) }
    }
}
