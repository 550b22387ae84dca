/// The inverted index of one side's documents that the candidate search reads: for every key, the documents
/// holding it with their weights, the dated ones in order of publication day and the undated ones after them, so
/// that the documents of a time window are one range found by binary search.
///
/// A query takes the querying document's keys rarest first, by how many documents hold them within its window,
/// and reads their postings until ``MatchOptions/candidatePostings`` are spent: the work per document is bounded,
/// and a document whose every key is common in the collection (no name, no number, only the words of its subject)
/// still finds its candidates through the least common of them. A cut on a key's frequency in the whole
/// collection would instead drop more of such documents the larger the collection grows (at 100,000 documents a
/// side, a third of the planted pairs of the synthetic corpus in `scale/` had no candidate).
///
/// ```swift
/// let index = CandidateIndex(profiles: targets, days: targetDays)
/// var scratch = CandidateIndex.Scratch(documents: targets.count)
/// let best = index.best(for: sources[0], day: sourceDays[0], windowDays: 30, budget: 2_000, limit: 8,
///                       scratch: &scratch)
/// ```
struct CandidateIndex: Sendable {
    /// Where one key's postings lie in the flat arrays.
    private struct Span: Sendable {
        /// First posting.
        let start: Int
        /// End of the dated postings (the undated ones follow up to `end`).
        let datedEnd: Int
        /// End of the postings.
        let end: Int
    }

    private var spans: [UInt64: Span] = [:]
    /// Publication day of each posting (meaningful for the dated ones only).
    private var days: [Int32] = []
    private var documents: [Int32] = []
    private var weights: [Float] = []
    /// Number of documents indexed.
    let count: Int
    /// Publication days of the dated documents, ascending.
    private let datedDays: [Int32]

    /// Indexes `profiles`; `days` gives each document's publication day (`nil` or an empty array: undated).
    /// - Complexity: O(p log p) in the p postings (keys of all documents).
    init(profiles: [WeightedProfile], days: [Int?]) {
        count = profiles.count
        datedDays = days.compactMap { $0.map { Int32(clamping: $0) } }.sorted()
        struct Entry {
            let key: UInt64
            let day: Int32
            let undated: Bool
            let document: Int32
            let weight: Float
        }
        var entries: [Entry] = []
        entries.reserveCapacity(profiles.reduce(0) { $0 + $1.keys.count })
        for (document, profile) in profiles.enumerated() {
            let day = document < days.count ? days[document] : nil
            for (position, key) in profile.keys.enumerated() {
                entries.append(Entry(key: key, day: Int32(clamping: day ?? 0), undated: day == nil,
                                     document: Int32(document), weight: profile.weights[position]))
            }
        }
        entries.sort { a, b in
            if a.key != b.key { return a.key < b.key }
            if a.undated != b.undated { return !a.undated }
            return a.day != b.day ? a.day < b.day : a.document < b.document
        }
        self.days = entries.map(\.day)
        documents = entries.map(\.document)
        weights = entries.map(\.weight)
        var start = 0
        while start < entries.count {
            let key = entries[start].key
            var end = start
            var datedEnd = start
            while end < entries.count && entries[end].key == key {
                if !entries[end].undated { datedEnd = end + 1 }
                end += 1
            }
            spans[key] = Span(start: start, datedEnd: datedEnd, end: end)
            start = end
        }
    }

    /// Number of indexed documents a query from `day` reads within `windowDays` (every undated one, and every
    /// one when either is `nil`).
    /// - Complexity: O(log n).
    func documents(near day: Int?, windowDays: Int?) -> Int {
        guard let day, let windowDays else { return count }
        let low = Int32(clamping: day - windowDays)
        let high = Int32(clamping: day + windowDays)
        var first = 0, end = datedDays.count
        while first < end {
            let middle = (first + end) / 2
            if datedDays[middle] < low { first = middle + 1 } else { end = middle }
        }
        var last = first
        end = datedDays.count
        while last < end {
            let middle = (last + end) / 2
            if datedDays[middle] <= high { last = middle + 1 } else { end = middle }
        }
        return (last - first) + (count - datedDays.count)
    }

    /// Reusable per-thread buffers of a query: one partial score per indexed document.
    struct Scratch {
        fileprivate var scores: [Float]
        fileprivate var touched: [Int] = []

        /// Buffers for an index of `documents` documents.
        init(documents: Int) {
            scores = [Float](repeating: 0, count: documents)
        }
    }

    /// The `limit` indexed documents with the highest partial cosine with `profile` (over the keys read), best
    /// first, ties by the lower index. Only documents within `windowDays` of `day` are read when both are given
    /// (undated documents always are). Keys are read rarest first (fewest postings in the window, ties by key);
    /// a key whose postings would take the total past `budget` ends the reading.
    /// - Complexity: O(k log p) to size the k keys' windows, then at most `budget` postings.
    func best(for profile: WeightedProfile, day: Int?, windowDays: Int?, budget: Int, limit: Int,
              scratch: inout Scratch) -> TopList {
        var ranges: [(count: Int, key: UInt64, position: Int, dated: Range<Int>, undated: Range<Int>)] = []
        ranges.reserveCapacity(profile.keys.count)
        for (position, key) in profile.keys.enumerated() {
            guard let span = spans[key] else { continue }
            var dated = span.start..<span.datedEnd
            if let day, let windowDays {
                let low = Int32(clamping: day - windowDays)
                let high = Int32(clamping: day + windowDays)
                dated = firstIndex(in: dated, notBefore: low)..<firstIndex(in: dated, after: high)
            }
            let undated = span.datedEnd..<span.end
            let total = dated.count + undated.count
            if total > 0 { ranges.append((total, key, position, dated, undated)) }
        }
        ranges.sort { $0.count != $1.count ? $0.count < $1.count : $0.key < $1.key }
        var spent = 0
        for range in ranges {
            guard spent + range.count <= budget else { break }
            spent += range.count
            let weight = profile.weights[range.position]
            for posting in range.dated { add(posting, weight: weight, to: &scratch) }
            for posting in range.undated { add(posting, weight: weight, to: &scratch) }
        }
        scratch.touched.sort()
        var best = TopList()
        for document in scratch.touched {
            best.insert(scratch.scores[document], index: document, limit: limit)
            scratch.scores[document] = 0
        }
        scratch.touched.removeAll(keepingCapacity: true)
        return best
    }

    /// Adds one posting's share of the partial cosine.
    @inline(__always)
    private func add(_ posting: Int, weight: Float, to scratch: inout Scratch) {
        let document = Int(documents[posting])
        if scratch.scores[document] == 0 { scratch.touched.append(document) }
        scratch.scores[document] += weight * weights[posting]
    }

    /// The first position in `range` whose day is at least `day` (`range.upperBound` when none).
    private func firstIndex(in range: Range<Int>, notBefore day: Int32) -> Int {
        var low = range.lowerBound
        var high = range.upperBound
        while low < high {
            let middle = (low + high) / 2
            if days[middle] < day { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The first position in `range` whose day is after `day` (`range.upperBound` when none).
    private func firstIndex(in range: Range<Int>, after day: Int32) -> Int {
        var low = range.lowerBound
        var high = range.upperBound
        while low < high {
            let middle = (low + high) / 2
            if days[middle] <= day { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
