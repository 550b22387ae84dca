extension Dictionary {
    /// The value for `key`; the first time it is asked for, `make` makes it and it is kept.
    ///
    /// For caches of things that are costly to open, one per language (segmenters, recognizers, resolvers):
    /// ```swift
    /// let segmenter = try segmenters.value(for: language) { () throws(TextError) in try Segmenter(language: language) }
    /// ```
    /// - Throws: what `make` throws; nothing is kept then.
    @inlinable
    public mutating func value<Failure: Error>(for key: Key, orMake make: () throws(Failure) -> Value)
        throws(Failure) -> Value {
        if let existing = self[key] { return existing }
        let made = try make()
        self[key] = made
        return made
    }
}
