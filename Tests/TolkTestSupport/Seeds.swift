import Foundation
import TolkEntities
import TolkText

/// The repository's seed articles and shared, lazily built test objects (tests run from a fresh clone).
public enum Seeds {
    public static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    public static let danishPath = repository.appendingPathComponent("samples/2019-07-assange-embassy-russians.da.txt").path
    public static let englishPath = repository.appendingPathComponent("samples/nbc-2016-10-assange-ecuador.en.txt").path

    public static func text(_ path: String) throws -> String {
        String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
    }

    public static let gazetteer: Gazetteer? = try? Gazetteer.shipped(languages: [.danish, .english])

    /// The mentions of `text` in `language` with the shipped gazetteer.
    public static func mentions(_ text: String, _ language: LanguageCode) throws -> [EntityMention] {
        guard let gazetteer = Seeds.gazetteer else { throw SeedError.noGazetteer }
        return try EntityRecognizer(language: language, gazetteer: gazetteer).mentions(in: text)
    }

    /// The bytes of `range` in `text`, as a string.
    public static func slice(_ text: String, _ range: Range<Int>) -> String {
        let bytes = Array(text.utf8)
        guard range.lowerBound >= 0, range.upperBound <= bytes.count else { return "<out of range>" }
        return String(decoding: bytes[range], as: UTF8.self)
    }
}

public enum SeedError: Error { case noGazetteer }
