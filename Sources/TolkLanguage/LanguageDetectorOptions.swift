import Foundation
import TolkText

/// How a ``LanguageDetector`` decides: which languages it may answer with and how sure it must be.
///
/// Built in the style of a builder: start from ``init()`` (every supported language) and refine.
/// ```swift
/// let options = LanguageDetectorOptions().restricted(to: ["da", "nb", "sv"]).withMinimumRelativeDistance(0.2)
/// let detector = try LanguageDetector(options: options)
/// ```
public struct LanguageDetectorOptions: Sendable, Equatable {
    /// The candidate languages, or nil for every supported language.
    public var languages: [LanguageCode]?
    /// The smallest gap between the best and the second-best confidence (0...1) for ``LanguageDetector/detect(_:)``
    /// to answer; below it the answer is nil. 0 answers whenever there is any evidence.
    public var minimumRelativeDistance: Double
    /// A data folder to read `language/` from instead of the one ``DataDirectory`` finds.
    public var dataDirectory: URL?

    /// Every supported language, no minimum distance, the default data folder.
    public init(languages: [LanguageCode]? = nil, minimumRelativeDistance: Double = 0, dataDirectory: URL? = nil) {
        self.languages = languages
        self.minimumRelativeDistance = minimumRelativeDistance
        self.dataDirectory = dataDirectory
    }

    /// These options with the candidates limited to `languages`.
    public func restricted(to languages: [LanguageCode]) -> LanguageDetectorOptions {
        var copy = self
        copy.languages = languages
        return copy
    }

    /// These options with `distance` (clamped to 0...0.99) as the minimum relative distance.
    public func withMinimumRelativeDistance(_ distance: Double) -> LanguageDetectorOptions {
        var copy = self
        copy.minimumRelativeDistance = distance.isFinite ? min(max(distance, 0), 0.99) : 0
        return copy
    }
}
