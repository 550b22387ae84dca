import Foundation
import Testing

/// `tolk extract`, and HTML and binary inputs in the other commands.
@Suite struct ExtractCommandTests {
    static let danish = "Tests/TolkExtractTests/Fixtures/da-news-article.html"
    static let english = "Tests/TolkExtractTests/Fixtures/en-news-article.html"

    @Test func textOutputIsTheArticleBody() throws {
        let result = try CommandRunner.run(["extract", Self.danish])
        #expect(result.status == 0)
        #expect(result.text.hasPrefix("Et flertal i byrådet har onsdag aftalt"))
        #expect(!result.text.contains("Vi bruger cookies"))
    }

    @Test func standardInputIsReadToo() throws {
        let page = try Data(contentsOf: CommandRunner.repository.appendingPathComponent(Self.english))
        let result = try CommandRunner.run(["extract"], input: page)
        #expect(result.status == 0)
        #expect(result.text.hasPrefix("A flood barrier that residents"))
    }

    @Test func jsonHasMetadataLanguageBlocksAndRemovedParts() throws {
        let result = try CommandRunner.run(["extract", "--format", "json", Self.danish])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: result.output) as? [String: Any])
        #expect(object["title"] as? String == "Byrådet vil bygge 400 nye boliger ved havnen")
        #expect(object["published"] as? String == "2024-03-14T08:30:00+01:00")
        #expect(object["byline"] as? String == "Mette Kjær")
        #expect(object["byline_source"] as? String == "json-ld author")
        #expect(object["language"] as? String == "da")
        #expect(object["declared_language"] as? String == "da")
        let blocks = try #require(object["blocks"] as? [[String: Any]])
        let text = Array(try #require(object["text"] as? String).utf8)
        let first = try #require(blocks.first?["range"] as? [Int])
        #expect(String(decoding: text[first[0]..<first[1]], as: UTF8.self).hasPrefix("Et flertal"))
        let removed = try #require(object["removed"] as? [[String: Any]])
        #expect(removed.contains { ($0["text"] as? String)?.hasPrefix("Vi bruger cookies") == true })
    }

    @Test func aFolderGivesOneJSONLinePerPageInPathOrder() throws {
        let folder = CommandRunner.repository.appendingPathComponent("Tests/TolkExtractTests/Fixtures").path
        let result = try CommandRunner.run(["extract", "--format", "json", folder])
        #expect(result.status == 0)
        let lines = result.text.split(separator: "\n")
        #expect(lines.count == 2)
        let languages = try lines.map { line in
            (try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["language"] as? String
        }
        #expect(languages == ["da", "en"])
    }

    @Test func severalPagesAsTextIsAUsageError() throws {
        let result = try CommandRunner.run(["extract", Self.danish, Self.english])
        #expect(result.status == 64)
        #expect(result.error.contains("use --format json"))
    }

    @Test func otherCommandsReadAnHTMLPageAsItsArticle() throws {
        let detect = try CommandRunner.run(["detect", Self.danish])
        #expect(detect.status == 0)
        #expect(detect.text == "da\n")
        let segment = try CommandRunner.run(["segment", Self.english])
        #expect(segment.status == 0)
        #expect(segment.text.hasPrefix("A flood barrier that residents"))
        #expect(!segment.text.contains("DOCTYPE"))
    }

    @Test func binaryFormatsAreRefusedByEveryCommandInOneLine() throws {
        let pdf = try CommandRunner.temporaryFile("report.pdf", Array("%PDF-1.4\n1 0 obj\n<< >>\nendobj\n".utf8))
        let expected = "tolk: \(pdf): is a PDF document, not text; convert it to text first (for example `pdftotext -layout FILE FILE.txt`)\n"
        for arguments in [["segment", pdf], ["detect", pdf], ["entities", pdf], ["normalize", pdf], ["extract", pdf],
                          ["align", pdf, pdf]] {
            let result = try CommandRunner.run(arguments)
            #expect(result.status == 1, "\(arguments)")
            #expect(result.error == expected, "\(arguments)")
            #expect(result.output.isEmpty, "\(arguments)")
        }
        let png = try CommandRunner.temporaryFile("scan.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0])
        let result = try CommandRunner.run(["segment", png])
        #expect(result.status == 1)
        #expect(result.error.contains("is a PNG image, not text; Tolk reads text: run OCR first"))
    }

    @Test func anEncodingCanBeNamedAndAnUnknownOneIsAnError() throws {
        let page = "<html><body><p>Sådan gik det på øen i går, da færgen sejlede ud.</p></body></html>"
        let latin1 = page.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
        let path = try CommandRunner.temporaryFile("side.html", latin1)
        let result = try CommandRunner.run(["extract", "--encoding", "iso-8859-1", path])
        #expect(result.status == 0)
        #expect(result.text == "Sådan gik det på øen i går, da færgen sejlede ud.\n")
        let unknown = try CommandRunner.run(["extract", "--encoding", "klingon-1", path])
        #expect(unknown.status == 1)
        #expect(unknown.error.hasPrefix("tolk: unknown encoding 'klingon-1'"))
    }

    @Test func deeplyNestedMarkupIsReadWithoutCrashing() throws {
        let page = "<html><body>" + String(repeating: "<div>ord, ", count: 20_000) + "</body></html>"
        let path = try CommandRunner.temporaryFile("deep.html", Array(page.utf8))
        let result = try CommandRunner.run(["extract", path])
        #expect(result.status == 0)
        #expect(result.text.hasPrefix("ord,\n\nord,\n"))
    }
}
