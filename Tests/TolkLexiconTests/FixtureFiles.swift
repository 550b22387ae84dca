import Foundation

/// The URL of a file in this test target's Fixtures folder.
func fixture(_ name: String) -> URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
        .appendingPathComponent(name)
}

/// The rows of a two-column TSV fixture after its header.
func fixturePairs(_ name: String) throws -> [(String, String)] {
    let text = try String(contentsOf: fixture(name), encoding: .utf8)
    return text.split(separator: "\n").dropFirst().compactMap { line in
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
        return fields.count == 2 ? (String(fields[0]), String(fields[1])) : nil
    }
}
