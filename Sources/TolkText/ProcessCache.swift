import Foundation

/// Values this process has built once and shares, by key: shipped data that every caller reads the same way
/// (a lexicon of a data folder and language pair), so that the files are read and indexed once per process.
///
/// ```swift
/// static let lexicons = ProcessCache<BilingualLexicon?>()
/// let lexicon = try lexicons.value(for: folder + pair) { try read(pair) }
/// ```
/// Two threads asking for a missing key at once may both build it; the first kept value wins and both get it.
public final class ProcessCache<Value: Sendable>: @unchecked Sendable {
    /// Guards `values`.
    private let lock = NSLock()
    private var values: [String: Value] = [:]

    /// An empty cache.
    public init() {}

    /// The value kept for `key`, or the one `build` makes (kept for the next call). Nothing is kept when `build`
    /// throws.
    /// - Complexity: O(1) besides `build`, which runs only for a key not yet kept.
    public func value<Failure: Error>(for key: String, build: () throws(Failure) -> Value) throws(Failure) -> Value {
        if let kept = kept(key) { return kept }
        let built = try build()
        lock.lock()
        defer { lock.unlock() }
        if let first = values[key] { return first }
        values[key] = built
        return built
    }

    private func kept(_ key: String) -> Value? {
        lock.lock()
        defer { lock.unlock() }
        return values[key]
    }
}
