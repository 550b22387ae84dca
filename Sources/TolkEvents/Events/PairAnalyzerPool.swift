import Foundation

/// Pair analyzers kept across the batches of one run, so that what an analyzer builds as it works (ICU
/// iterators, date and quantity tables, the content-word cache) is built once per thread and run, not once per
/// batch of a writer.
///
/// An analyzer is lent to one thread at a time (analyzers are not thread-safe) and comes back when the lease is
/// freed. Analyzers hold caches only, so a pair's analysis is the same whichever analyzer makes it.
///
/// ```swift
/// let pool = PairAnalyzerPool { PairAnalyzer(gazetteer: gazetteer, lexicon: lexicon) }
/// let first = try MatchAnalyses(pairs: batch1, pool: pool)
/// let second = try MatchAnalyses(pairs: batch2, pool: pool)   // the analyzers of the first batch again
/// ```
public final class PairAnalyzerPool: @unchecked Sendable {
    /// Guards `idle`.
    private let lock = NSLock()
    private var idle: [PairAnalyzer] = []
    private let make: @Sendable () throws -> PairAnalyzer

    /// A pool that makes analyzers with `make` when none is idle.
    public init(_ make: @escaping @Sendable () throws -> PairAnalyzer) {
        self.make = make
    }

    /// An idle analyzer (a new one when none is), lent until the lease is freed.
    /// - Throws: what `make` throws.
    func lease() throws -> Lease {
        lock.lock()
        let kept = idle.popLast()
        lock.unlock()
        return Lease(analyzer: try kept ?? make(), pool: self)
    }

    private func giveBack(_ analyzer: PairAnalyzer) {
        lock.lock()
        defer { lock.unlock() }
        idle.append(analyzer)
    }

    /// One thread's use of an analyzer of the pool; the analyzer goes back to the pool when this is freed.
    final class Lease {
        let analyzer: PairAnalyzer
        private let pool: PairAnalyzerPool

        init(analyzer: PairAnalyzer, pool: PairAnalyzerPool) {
            self.analyzer = analyzer
            self.pool = pool
        }

        deinit { pool.giveBack(analyzer) }
    }
}
