import Foundation
import TolkEntities

/// Writes the report of `tolk entities train`: the development F1 of each pass, then the passes kept and the
/// model's number of features.
public enum EntityTaggerReportWriter {
    /// The report's lines.
    public static func text(_ report: EntityTaggerTrainer.Report) -> String {
        var text = "pass\tdevelopment F1\n"
        for (index, score) in report.developmentF1.enumerated() {
            text += "\(index + 1)\t\(String(format: "%.4f", score))\n"
        }
        return text + "kept \(report.passes) passes; \(report.featureCount) features\n"
    }
}
