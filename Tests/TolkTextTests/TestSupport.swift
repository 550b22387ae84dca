import Foundation

/// Paths of the repository's samples and of this target's fixtures (tests run from a fresh clone).
enum TestFiles {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let danishSeed = repository.appendingPathComponent("samples/2019-07-assange-embassy-russians.da.txt").path
    static let englishSeed = repository.appendingPathComponent("samples/nbc-2016-10-assange-ecuador.en.txt").path
    static func fixture(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)").path
    }
}
