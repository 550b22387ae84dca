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
}
