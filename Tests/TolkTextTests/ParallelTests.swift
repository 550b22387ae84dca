import Foundation
import Testing
@testable import TolkText

/// `Parallel.map` and `Background`: results in input order whatever the threads do, per-worker state, errors.
@Suite struct ParallelTests {
    /// The sentences of the Danish seed article, as work items of uneven size.
    static func sentences() throws -> [String] {
        let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("samples")
        let text = try TextInput.read(path: samples.appendingPathComponent("2019-07-assange-embassy-russians.da.txt").path).text
        return try Segmenter(language: .danish).segment(text).sentences.map(\.text)
    }

    @Test func resultsKeepInputOrderWithAnyWorkersAndCosts() throws {
        let items = try Self.sentences()
        #expect(items.count > 10)
        let serial = items.map { $0.unicodeScalars.count }
        for workers in [1, 2, 4] {
            let plain = Parallel.map(items, workers: workers, state: {}) { _, text in text.unicodeScalars.count }
            #expect(plain == serial)
            // Costliest first: the order of the work changes, not the order of the results.
            let costs = items.map { $0.utf8.count }
            let costed = Parallel.map(items, workers: workers, costs: costs, state: {}) { _, text in
                text.unicodeScalars.count
            }
            #expect(costed == serial)
        }
        #expect(Parallel.map([String](), workers: 2, state: {}) { _, text in text.count }.isEmpty)
    }

    @Test func eachWorkerHasItsOwnState() throws {
        // A per-worker counter: every element is seen exactly once over all workers.
        let items = Array(0..<200)
        let seen = Parallel.map(items, workers: 3, state: { 0 }) { count, item in
            count += 1
            return (item, count)
        }
        #expect(seen.map(\.0) == items)
        #expect(seen.allSatisfy { $0.1 >= 1 })
    }

    struct Refused: Error, Equatable { let item: Int }

    @Test func theFirstFailureInInputOrderIsThrown() {
        let items = Array(0..<100)
        func run() throws(Refused) -> [Int] {
            // The later failure (60) is handed out first: the one reported is still the first in input order.
            let makeState: @Sendable () throws(Refused) -> Int = { 0 }
            let transform: @Sendable (inout Int, Int) throws(Refused) -> Int = { _, item throws(Refused) in
                if item == 7 || item == 60 { throw Refused(item: item) }
                return item
            }
            return try Parallel.map(items, workers: 2, costs: items, state: makeState, transform)
        }
        do {
            _ = try run()
            Issue.record("no error thrown")
        } catch {
            #expect(error == Refused(item: 7))
        }
    }

    @Test func backgroundDeliversItsValueOrError() throws {
        let value = Background { (1...1_000).reduce(0, +) }
        #expect(try value.value() == 500_500)
        let failing = Background { () throws -> Int in throw Refused(item: 1) }
        #expect(throws: Refused(item: 1)) { try failing.value() }
    }

    /// Threads that the system refuses (as under a low `ulimit -v`, where libdispatch waited without end): the
    /// work is done by the threads that did start, or by the caller alone, never waited for.
    @Test func mapDoesTheWorkOfThreadsThatCannotStart() {
        let items = Array(0..<300)
        let serial = items.map { $0 * $0 }
        let caller = pthread_self()
        let refused = Parallel.map(items, workers: 4, costs: nil, startingThreadsWith: { _ in nil }, state: {}) {
            _, item in (item * item, pthread_equal(pthread_self(), caller) != 0)
        }
        #expect(refused.map(\.0) == serial)
        let onCaller = refused.filter(\.1).count
        #expect(onCaller == items.count, "every element on the calling thread")
        // One thread starts, the next is refused: the work is shared by the caller and that thread.
        let starts = StartCounter()
        let partly = Parallel.map(items, workers: 3, costs: nil, startingThreadsWith: { body in
            starts.next() == 0 ? WorkerThread.start(body) : nil
        }, state: {}) { _, item in item * item }
        #expect(partly == serial)
    }

    @Test func backgroundWithoutAThreadWorksWhenAskedForItsValue() throws {
        let runs = StartCounter()
        let value = Background(startingThreadWith: { _ in nil }) { () -> Int in
            _ = runs.next()
            return (1...1_000).reduce(0, +)
        }
        #expect(!value.startedThread)
        #expect(runs.count == 0, "nothing runs before the value is asked for")
        #expect(try value.value() == 500_500)
        #expect(try value.value() == 500_500)
        #expect(runs.count == 1, "the work runs once")
        let failing = Background(startingThreadWith: { _ in nil }) { () throws -> Int in throw Refused(item: 2) }
        #expect(throws: Refused(item: 2)) { try failing.value() }
        let started = Background { 42 }
        #expect(started.startedThread)
        #expect(try started.value() == 42)
    }

    /// A map inside a map's work takes its threads from the same budget: the process never runs more than
    /// the budget's threads besides the callers.
    @Test func threadBudgetIsSharedAndReturned() {
        let budget = Parallel.ThreadBudget(capacity: 3)
        #expect(budget.take(2) == 2)
        #expect(budget.take(5) == 1)
        #expect(budget.take(1) == 0)
        budget.giveBack(3)
        #expect(budget.take(4) == 3)
        #expect(Parallel.ThreadBudget(capacity: -1).take(1) == 0)
        let outer = Array(0..<8)
        let nested = Parallel.map(outer, workers: 2, state: {}) { _, item in
            Parallel.map(Array(0..<50), workers: 2, state: {}) { _, inner in inner + item }.reduce(0, +)
        }
        #expect(nested == outer.map { (0..<50).reduce(0, +) + 50 * $0 })
    }

    /// Counts calls from any thread.
    final class StartCounter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        var count: Int { lock.withLock { value } }
        func next() -> Int { lock.withLock { defer { value += 1 }; return value } }
    }
}
