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
    /// Elements are handed out one at a time to up to `workers` threads (the calling thread and system threads
    /// started with ``WorkerThread``; when the system cannot start one, the others, and at least the calling
    /// thread, do its share, so the work never waits for a thread); each thread first makes its own
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
        try map(items, workers: workers, costs: costs, startingThreadsWith: WorkerThread.start,
                state: makeState, transform)
    }

    /// ``map(_:workers:costs:state:_:)`` with the way threads are started given (tests give one that fails).
    static func map<Element: Sendable, State, Result: Sendable, Failure: Error>(
        _ items: [Element], workers: Int, costs: [Int]?,
        startingThreadsWith start: (@escaping @Sendable () -> Void) -> WorkerThread?,
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
            // Each slot is written by exactly one worker; every started thread is joined before the slots are read,
            // so the closures handed to the threads do not outlive this call.
            let buffer = Slots(buffer: slots)
            withoutActuallyEscaping(makeState) { makeState in
                withoutActuallyEscaping(transform) { transform in
                    let work: @Sendable () -> Void = {
                        var state: State
                        do throws(Failure) { state = try makeState() } catch {
                            while let turn = next.take(below: items.count) {
                                buffer.buffer[order[turn]] = .failure(error)
                            }
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
                    // The calling thread is one of the workers. Threads beyond it come from one budget for the
                    // process, so that a map inside a map's work does not multiply the threads (each holds a stack
                    // and an allocator arena); a thread the system cannot start is one worker fewer.
                    let granted = ThreadBudget.shared.take(threads - 1)
                    var started: [WorkerThread] = []
                    for _ in 0..<granted {
                        guard let thread = start(work) else { break }
                        started.append(thread)
                    }
                    work()
                    for thread in started { thread.join() }
                    ThreadBudget.shared.giveBack(granted)
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

    /// The threads that maps may start besides their callers, shared by every map of the process: one fewer
    /// than ``defaultWorkers``, and at most one under an address-space limit (``MemoryLimit``), where every
    /// thread's stack counts against the limit.
    final class ThreadBudget: @unchecked Sendable {
        static let shared = ThreadBudget(
            capacity: MemoryLimit.addressSpace == nil ? defaultWorkers - 1 : min(defaultWorkers - 1, 1))

        private let lock = NSLock()
        private var available: Int

        init(capacity: Int) { available = max(0, capacity) }

        /// Up to `wanted` threads taken from the budget (0 when it is spent).
        func take(_ wanted: Int) -> Int {
            lock.lock()
            defer { lock.unlock() }
            let granted = min(max(wanted, 0), available)
            available -= granted
            return granted
        }

        /// Returns `count` threads taken by ``take(_:)``.
        func giveBack(_ count: Int) {
            lock.lock()
            defer { lock.unlock() }
            available += count
        }
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
/// The thread is a ``WorkerThread``; when the system cannot start one (as under a low `ulimit -v`), the work is
/// done by the first call of ``value()`` instead, on the caller's thread: never a wait for a thread that will not
/// come.
///
/// ```swift
/// let gazetteer = Background { try Gazetteer.shipped(languages: languages) }
/// let lexicon = try BilingualLexicon.shipped(pair)   // meanwhile
/// let analyzer = PairAnalyzer(gazetteer: try gazetteer.value(), lexicon: lexicon)
/// ```
public final class Background<Value: Sendable>: @unchecked Sendable {
    private let box: ResultBox
    private let thread: WorkerThread?
    private let lock = NSLock()

    /// Starts `work` on a new thread (or leaves it for ``value()`` when no thread can be started).
    public convenience init(_ work: @escaping @Sendable () throws -> Value) {
        self.init(startingThreadWith: WorkerThread.start, work)
    }

    /// ``init(_:)`` with the way the thread is started given (tests give one that fails).
    init(startingThreadWith start: (@escaping @Sendable () -> Void) -> WorkerThread?,
         _ work: @escaping @Sendable () throws -> Value) {
        let box = ResultBox(work: work)
        self.box = box
        thread = start { box.run() }
    }

    /// Whether the work runs on a thread of its own (false when none could be started).
    var startedThread: Bool { thread != nil }

    /// Waits until `work` has finished on its thread, whether it succeeded or failed (``value()`` gives its result;
    /// without a thread nothing is waited for, and ``value()`` does the work).
    public func wait() {
        lock.lock()
        defer { lock.unlock() }
        thread?.join()
    }

    /// The computed value, once `work` has finished.
    /// - Throws: what `work` threw.
    public func value() throws -> Value {
        lock.lock()
        defer { lock.unlock() }
        thread?.join()
        // Without a thread (or, never expected, a thread that did not deliver) the work is done here.
        if box.result == nil { box.run() }
        return try (box.result ?? Result { try box.work() }).get()
    }

    /// The work and its result, shared with the worker thread.
    private final class ResultBox: @unchecked Sendable {
        let work: @Sendable () throws -> Value
        // Written once, by the worker thread before it ends or by `value()` under its lock; read after `join()`.
        var result: Result<Value, any Error>?

        init(work: @escaping @Sendable () throws -> Value) { self.work = work }

        func run() { result = Result { try work() } }
    }
}
