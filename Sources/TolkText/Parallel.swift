import Dispatch
import Foundation

/// Work spread over the machine's cores with results in input order, so that what a command prints never
/// depends on scheduling.
///
/// ```swift
/// let lengths = try Parallel.map(documents, state: { () }) { _, document in document.text.utf8.count }
/// let gazetteer = Background { try Gazetteer.shipped(languages: [.danish, .english]) }
/// // ... other work ...
/// let loaded = try gazetteer.value()
/// ```
public enum Parallel {
    /// Workers used by ``map(_:workers:state:_:)`` by default: the active processor count, or
    /// `TOLK_THREADS` when it is set to a positive number (1 runs everything on the calling thread).
    public static var defaultWorkers: Int {
        if let setting = ProcessInfo.processInfo.environment["TOLK_THREADS"], let count = Int(setting), count > 0 {
            return count
        }
        return max(1, ProcessInfo.processInfo.activeProcessorCount)
    }

    /// `transform` applied to every element of `items`, results in the order of `items`.
    ///
    /// Elements are handed out one at a time to up to `workers` threads; each thread first makes its own
    /// state with `makeState` (for readers that must not be shared between threads, such as ICU iterators)
    /// and passes it to every call it makes. `transform` must give the same result whichever state it is
    /// handed (caches only), so the output does not depend on which thread took which element.
    ///
    /// - Parameters:
    ///   - items: the elements.
    ///   - workers: the most threads to use (the calling thread alone when 1 or when `items` has one element).
    ///   - costs: when given (one per element), the elements are handed out costliest first (ties in input
    ///     order), so that a large one does not come last and keep one thread busy alone; results are still
    ///     in the order of `items`.
    ///   - makeState: makes one worker's state.
    ///   - transform: the work for one element.
    /// - Returns: the results, in the order of `items`.
    /// - Throws: the error of the first element (in `items` order) whose state or transform threw.
    /// - Complexity: O(n) calls of `transform`, spread over the workers (and O(n log n) to order by `costs`).
    public static func map<Element: Sendable, State, Result: Sendable, Failure: Error>(
        _ items: [Element], workers: Int = defaultWorkers, costs: [Int]? = nil,
        state makeState: @Sendable () throws(Failure) -> State,
        _ transform: @Sendable (inout State, Element) throws(Failure) -> Result
    ) throws(Failure) -> [Result] {
        let threads = min(max(workers, 1), items.count)
        if threads <= 1 {
            guard !items.isEmpty else { return [] }
            var state = try makeState()
            var ordered: [Result] = []
            ordered.reserveCapacity(items.count)
            for item in items { ordered.append(try transform(&state, item)) }
            return ordered
        }
        var results = [Swift.Result<Result, Failure>?](repeating: nil, count: items.count)
        let next = Counter()
        var schedule = Array(items.indices)
        if let costs, costs.count == items.count {
            schedule.sort { costs[$0] != costs[$1] ? costs[$0] > costs[$1] : $0 < $1 }
        }
        let order = schedule
        results.withUnsafeMutableBufferPointer { slots in
            // Each slot is written by exactly one thread; concurrentPerform returns after every worker is done.
            let buffer = Slots(buffer: slots)
            DispatchQueue.concurrentPerform(iterations: threads) { _ in
                var state: State
                do throws(Failure) { state = try makeState() } catch {
                    while let turn = next.take(below: items.count) { buffer.buffer[order[turn]] = .failure(error) }
                    return
                }
                while let turn = next.take(below: items.count) {
                    let index = order[turn]
                    do throws(Failure) {
                        buffer.buffer[index] = .success(try transform(&state, items[index]))
                    } catch {
                        buffer.buffer[index] = .failure(error)
                    }
                }
            }
        }
        // Every slot is filled; one left empty would be computed here, on the calling thread.
        var fallback: State?
        var ordered: [Result] = []
        ordered.reserveCapacity(items.count)
        for index in items.indices {
            if let slot = results[index] {
                ordered.append(try slot.get())
                continue
            }
            var state: State
            if let kept = fallback { state = kept } else { state = try makeState() }
            ordered.append(try transform(&state, items[index]))
            fallback = state
        }
        return ordered
    }

    /// Result slots shared by the workers, each written by one of them only.
    private struct Slots<Value>: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<Value>
    }

    /// Hands out indices 0, 1, 2, ... to competing threads.
    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0

        /// The next index, or `nil` once `limit` is reached.
        func take(below limit: Int) -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard value < limit else { return nil }
            value += 1
            return value - 1
        }
    }
}

/// A value computed on another thread while the caller goes on; ``value()`` waits for it.
///
/// ```swift
/// let gazetteer = Background { try Gazetteer.shipped(languages: languages) }
/// let lexicon = try BilingualLexicon.shipped(pair)   // meanwhile
/// let analyzer = PairAnalyzer(gazetteer: try gazetteer.value(), lexicon: lexicon)
/// ```
public final class Background<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchGroup()
    private let work: @Sendable () throws -> Value
    // Written once by the worker before `done.leave()`, read only after `done.wait()`.
    private var result: Result<Value, any Error>?

    /// Starts `work` on a global queue.
    public init(_ work: @escaping @Sendable () throws -> Value) {
        self.work = work
        done.enter()
        DispatchQueue.global().async {
            self.result = Result { try work() }
            self.done.leave()
        }
    }

    /// The computed value, once `work` has finished.
    /// - Throws: what `work` threw.
    public func value() throws -> Value {
        done.wait()
        // The worker always delivers; without a result the work is done here instead.
        return try (result ?? Result { try work() }).get()
    }
}
