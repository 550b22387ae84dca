import Foundation
import TolkLexicon

/// Writes `tolk lexicon stats`: entries by origin (largest first), the total, the headwords of each language,
/// and the load time (the fastest and the median when the lexicon was loaded more than once), as TSV lines.
public enum LexiconStatisticsWriter {
    /// The report of `statistics`.
    public static func text(_ statistics: LexiconStatistics) -> String {
        let lexicon = statistics.lexicon
        var output = "origin\tentries\n"
        for (origin, count) in lexicon.countsByOrigin { output += "\(origin)\t\(count)\n" }
        output += "total\t\(lexicon.count)\n"
        output += "headwords \(lexicon.pair.source)\t\(lexicon.headwordCount(in: lexicon.pair.source))\n"
        output += "headwords \(lexicon.pair.target)\t\(lexicon.headwordCount(in: lexicon.pair.target))\n"
        let times = statistics.loadTimes
        if times.count == 1 {
            output += String(format: "load time\t%.1f ms\n", times[0])
        } else if !times.isEmpty {
            output += String(
                format: "load time\tfastest %.1f ms, median %.1f ms of %d\n", times[0], times[times.count / 2],
                times.count)
        }
        return output
    }
}
