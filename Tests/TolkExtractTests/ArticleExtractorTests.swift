import Foundation
import Testing
import TolkExtract
import TolkText

/// Article text, metadata and removed furniture on news pages written in Danish and English site layouts.
@Suite struct ArticleExtractorTests {
    static func page(_ name: String) throws -> [UInt8] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)")
        return Array(try Data(contentsOf: url))
    }

    static func extract(_ name: String) throws -> ExtractedArticle {
        try ArticleReader.extractor().extract(html: page(name))
    }

    @Test func danishPageKeepsManchetBodyAndFaktaboksAndDropsFurniture() throws {
        let article = try Self.extract("da-news-article.html")
        let text = article.text
        #expect(text.hasPrefix("Et flertal i byrådet har onsdag aftalt"))  // the manchet opens the body
        #expect(text.contains("Planen omfatter 400 boliger"))
        #expect(text.contains("siger borgmester Anne Lund (S)"))
        #expect(text.contains("Oppositionen er dog ikke begejstret."))
        #expect(text.contains("Borgermøde i april"))  // a mellemrubrik stays
        #expect(text.contains("En park på 12.000 kvadratmeter langs kajen."))  // the faktaboks stays
        for furniture in ["Vi bruger cookies", "Forside", "Læs også", "Havnebadet åbner", "Læs mere om lokalplanen",
                          "Foto: Lars Holm", "Del på Facebook", "Mere fra Lokalt", "Endelig sker der noget",
                          "Alle rettigheder", "Af Mette Kjær", "14. marts 2024 kl. 08.30"] {
            #expect(!text.contains(furniture), "kept furniture: \(furniture)")
        }
        #expect(!text.contains("Byrådet vil bygge 400 nye boliger ved havnen"))  // the headline is metadata
    }

    @Test func danishPageMetadataComesFromOpenGraphAndJSONLD() throws {
        let article = try Self.extract("da-news-article.html")
        #expect(article.title == PageField(value: "Byrådet vil bygge 400 nye boliger ved havnen", source: "meta og:title"))
        #expect(article.published == PageField(value: "2024-03-14T08:30:00+01:00", source: "meta article:published_time"))
        #expect(article.byline == PageField(value: "Mette Kjær", source: "json-ld author"))
        #expect(article.declaredLanguage == "da")
        #expect(article.removed.contains { $0.text.hasPrefix("Vi bruger cookies") })
    }

    @Test func englishPageBylineAndDateComeFromMetaAndTheStoryLinesAreDropped() throws {
        let article = try Self.extract("en-news-article.html")
        #expect(article.text.hasPrefix("A flood barrier that residents of the lower town have demanded"))
        #expect(article.text.contains("by 31 votes to 12."))
        #expect(article.text.hasSuffix("while the work goes on.\n"))
        for furniture in ["Skip to content", "Home", "By Tom Fletcher", "2 November 2023", "Advertisement",
                          "Read more", "Share on", "Most read", "Sign up", "All rights reserved"] {
            #expect(!article.text.contains(furniture), "kept furniture: \(furniture)")
        }
        #expect(article.title == PageField(value: "Council approves flood barrier after decade of delays", source: "h1"))
        #expect(article.byline == PageField(value: "Tom Fletcher", source: "meta author"))
        #expect(article.published == PageField(value: "2023-11-02", source: "meta pubdate"))
        #expect(article.declaredLanguage == "en-GB")
    }

    @Test func blockRangesCutTheTextIntoItsBlocks() throws {
        let article = try Self.extract("da-news-article.html")
        let bytes = Array(article.text.utf8)
        let texts = article.blocks.map { String(decoding: bytes[$0.range], as: UTF8.self) }
        #expect(texts.first?.hasPrefix("Et flertal") == true)
        #expect(article.blocks.contains { $0.kind == .heading && texts[article.blocks.firstIndex(of: $0) ?? 0] == "Borgermøde i april" })
        #expect(article.blocks.contains { $0.kind == .item })
        #expect(texts.joined(separator: "\n\n") + "\n" == article.text)
    }

    @Test func theSamePageGivesTheSameArticleEveryTime() throws {
        let first = try Self.extract("da-news-article.html")
        for _ in 0..<3 { #expect(try Self.extract("da-news-article.html") == first) }
    }

    @Test func windows1252PageIsReadThroughItsDeclaration() throws {
        let html = "<html><head><meta charset=\"windows-1252\"></head><body><p>Sådan gik det på øen i går, da færgen sejlede.</p></body></html>"
        let bytes = html.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }  // Latin-1 range only
        let article = try ArticleReader.extractor().extract(html: bytes)
        #expect(article.text == "Sådan gik det på øen i går, da færgen sejlede.\n")
    }

    @Test func pagesWithoutTextOrMarkupGiveAnEmptyArticleNotACrash() throws {
        let extractor = try ArticleReader.extractor()
        for page in ["", "<", "<html>", "<p></p>", String(repeating: "<div>", count: 5_000)] {
            #expect(extractor.extract(html: Array(page.utf8)).text == "")
        }
    }

    @Test func malformedCueRowNamesFileAndLine() {
        #expect(throws: ExtractError.malformedCue(path: "cues.tsv", line: 7, reason: "unknown kind 'delete' (known: remove, unlikely, negative, positive, phrase, byline, keep)")) {
            try BoilerplateCues(rows: [(7, "delete", "menu")], path: "cues.tsv")
        }
        #expect(throws: ExtractError.malformedCue(path: "cues.tsv", line: 3, reason: "empty cue")) {
            try BoilerplateCues(rows: [(3, "phrase", " ")], path: "cues.tsv")
        }
    }
}
