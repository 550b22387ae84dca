/// A small read-mostly table keyed by UTF-8 byte strings, looked up straight from a buffer without building a
/// `String` (the segmenter asks it about every word that ends in a period).
///
/// ```swift
/// var table = ByteKeyedTable<Int>()
/// table.insert(Array("bl.a.".utf8), 1)
/// Array("bl.a.".utf8).withUnsafeBufferPointer { table[$0] }   // 1
/// ```
struct ByteKeyedTable<Value: Sendable>: Sendable {
    private var buckets: [UInt64: [(key: [UInt8], value: Value)]] = [:]
    /// The longest key in bytes: a longer probe is rejected before hashing.
    private(set) var longestKey = 0

    /// Adds or replaces `key`.
    /// - Complexity: O(key length).
    mutating func insert(_ key: [UInt8], _ value: Value) {
        let hash = key.withUnsafeBufferPointer { stableHash($0) }
        var bucket = buckets[hash] ?? []
        if let index = bucket.firstIndex(where: { $0.key == key }) {
            bucket[index].value = value
        } else {
            bucket.append((key, value))
        }
        buckets[hash] = bucket
        longestKey = max(longestKey, key.count)
    }

    /// The value stored for the bytes of `probe`, or `nil`.
    /// - Complexity: O(probe length).
    subscript(_ probe: UnsafeBufferPointer<UInt8>) -> Value? {
        guard !probe.isEmpty, probe.count <= longestKey, let bucket = buckets[stableHash(probe)] else { return nil }
        for entry in bucket where entry.key.count == probe.count && entry.key.elementsEqual(probe) {
            return entry.value
        }
        return nil
    }
}
