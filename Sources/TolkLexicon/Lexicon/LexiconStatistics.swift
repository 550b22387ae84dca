import Foundation
import TolkText

extension BilingualLexicon {
    /// The shipped lexicon for `pair` (see ``shipped(_:)``) with the entries of `userFiles` (lexicon TSV, in
    /// order) added over it at the user tier.
    /// - Throws: ``LexiconError`` when the data folder is missing, the pair has no lexicon, or a file is
    ///   unreadable or malformed (file and line).
    public static func shipped(_ pair: LanguagePair, adding userFiles: [String]) throws(LexiconError)
        -> BilingualLexicon
    {
        var lexicon = try shipped(pair)
        for path in userFiles {
            try lexicon.add(contentsOf: URL(fileURLWithPath: path), tier: .user)
        }
        return lexicon
    }
}

/// The size of a lexicon by origin and how long loading it took: `tolk lexicon stats` as one call.
///
/// ```swift
/// let statistics = try LexiconStatistics.measure(LanguagePair(.danish, .english))
/// statistics.lexicon.countsByOrigin   // [("freedict", ...), ...]
/// statistics.loadTimes.first          // the fastest load, in milliseconds
/// ```
public struct LexiconStatistics {
    /// The lexicon as the last load read it.
    public let lexicon: BilingualLexicon
    /// The time each load took, in milliseconds, fastest first.
    public let loadTimes: [Double]

    /// Loads the shipped lexicon of `pair` with `userFiles` over it `repetitions` times (at least once), timing
    /// each load. The shipped files are read once per process: later loads time the cached lexicon and the user
    /// files.
    /// - Throws: ``LexiconError`` as ``BilingualLexicon/shipped(_:adding:)``.
    public static func measure(_ pair: LanguagePair, adding userFiles: [String] = [], repetitions: Int = 1)
        throws(LexiconError) -> LexiconStatistics
    {
        var (lexicon, time) = try timedLoad(pair, adding: userFiles)
        var times = [time]
        for _ in 1..<max(repetitions, 1) {
            (lexicon, time) = try timedLoad(pair, adding: userFiles)
            times.append(time)
        }
        return LexiconStatistics(lexicon: lexicon, loadTimes: times.sorted())
    }

    /// One load and the milliseconds it took.
    private static func timedLoad(_ pair: LanguagePair, adding userFiles: [String]) throws(LexiconError)
        -> (BilingualLexicon, Double)
    {
        let clock = ContinuousClock()
        let start = clock.now
        let lexicon = try BilingualLexicon.shipped(pair, adding: userFiles)
        let elapsed = clock.now - start
        return (lexicon, Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1e3)
    }
}
