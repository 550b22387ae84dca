/// 64-bit hashes of tagger features: a template number and the text it reads (FNV-1a, then a final mix so
/// that the low bits index a table well). Zero is never returned (it marks an empty slot in a model).
enum FeatureHash {
    private static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// The hash of template `template` reading `text`.
    @inline(__always)
    static func of(_ template: UInt8, _ text: String) -> UInt64 {
        var hash = (offset ^ UInt64(template)) &* prime
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* prime }
        return finish(hash)
    }

    /// The hash of template `template` reading part of a text (the same hash as the part made a `String`).
    @inline(__always)
    static func of(_ template: UInt8, _ text: Substring) -> UInt64 {
        var hash = (offset ^ UInt64(template)) &* prime
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* prime }
        return finish(hash)
    }

    /// The hash of template `template` reading `first` and `second` (joined by a separator byte).
    @inline(__always)
    static func of(_ template: UInt8, _ first: String, _ second: String) -> UInt64 {
        var hash = (offset ^ UInt64(template)) &* prime
        for byte in first.utf8 { hash = (hash ^ UInt64(byte)) &* prime }
        hash = (hash ^ 0x1F) &* prime
        for byte in second.utf8 { hash = (hash ^ UInt64(byte)) &* prime }
        return finish(hash)
    }

    /// The hash of template `template` reading a small number (a flag set, a class).
    @inline(__always)
    static func of(_ template: UInt8, code: Int) -> UInt64 {
        var hash = (offset ^ UInt64(template)) &* prime
        hash = (hash ^ UInt64(truncatingIfNeeded: code)) &* prime
        hash = (hash ^ UInt64(truncatingIfNeeded: code >> 8)) &* prime
        return finish(hash)
    }

    @inline(__always)
    private static func finish(_ value: UInt64) -> UInt64 {
        var mixed = value
        mixed ^= mixed >> 33
        mixed &*= 0xff51_afd7_ed55_8ccd
        mixed ^= mixed >> 33
        return mixed == 0 ? 1 : mixed
    }
}
