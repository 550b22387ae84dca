import TolkText

/// A Danish and an English instance of something built from shipped data (a date resolver, a quantity
/// normaliser). Swift Testing runs a suite's `init` before each of its tests; a suite keeps its instances in a
/// `static let` of this type instead, so the data is read once per test process.
///
/// ```swift
/// static let normalizers = Result { try BothLanguages { try QuantityNormalizer(language: $0) } }
/// ```
public struct BothLanguages<Value: Sendable>: Sendable {
    /// The Danish instance.
    public let danish: Value
    /// The English instance.
    public let english: Value

    /// Both instances, Danish first.
    public var pair: (Value, Value) { (danish, english) }

    /// Both instances, Danish first, made by `make`.
    public init(_ make: (LanguageCode) throws -> Value) rethrows {
        danish = try make(.danish)
        english = try make(.english)
    }
}
