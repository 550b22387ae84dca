/// FNV-1a (64-bit) over bytes: a stable hash, the same on every run and machine (Swift's `Hasher` is seeded
/// per process, so it cannot key files or outputs). One definition for the whole package: the abbreviation
/// table, the language model's keys (shared with `scripts/build-language-models.py`) and the alignment
/// evidence keys all hash with it.
///
/// ```swift
/// stableHash(Array("da".utf8))                          // the same number in every run
/// StableHash.adding(0x20, to: StableHash.offsetBasis)  // one byte folded in
/// ```
public enum StableHash {
    /// FNV-1a's 64-bit offset basis: the hash of no bytes.
    public static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    /// FNV-1a's 64-bit prime.
    public static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// `hash` with one more byte folded in.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func adding(_ byte: UInt8, to hash: UInt64) -> UInt64 {
        (hash ^ UInt64(byte)) &* prime
    }
}

/// The FNV-1a hash of `bytes` (see ``StableHash``).
/// - Parameters:
///   - bytes: the bytes to hash.
///   - seed: the hash to continue from (``StableHash/offsetBasis`` to start afresh).
/// - Returns: the hash, the same on every run and machine.
/// - Complexity: O(n) in the number of bytes.
@inlinable @inline(__always)
public func stableHash<Bytes: Sequence<UInt8>>(_ bytes: Bytes, seed: UInt64 = StableHash.offsetBasis) -> UInt64 {
    var hash = seed
    for byte in bytes { hash = StableHash.adding(byte, to: hash) }
    return hash
}
