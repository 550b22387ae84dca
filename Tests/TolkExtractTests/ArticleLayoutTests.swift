import Testing
import TolkExtract
import TolkText

/// Page layouts the rules must read whatever the site: a byline as a plain paragraph, a blog post written as lines
/// between `<br>`s, an article split into sections, a body inside a container whose names look like furniture.
@Suite struct ArticleLayoutTests {
    static func extract(_ html: String) throws -> ExtractedArticle {
        try ArticleReader.extractor().extract(html: Array(html.utf8))
    }

    static let sentence = "Kommunen har i år brugt flere penge på veje, skoler og ældrepleje end året før, viser regnskabet."

    @Test func aPlainBylineParagraphBecomesTheBylineAndLeavesTheText() throws {
        let article = try Self.extract("<html><body><article><p>Af Jens Hansen</p><p>\(Self.sentence)</p>"
            + "<p>\(Self.sentence)</p></article></body></html>")
        #expect(article.byline == PageField(value: "Jens Hansen", source: "byline"))
        #expect(!article.text.contains("Af Jens Hansen"))
        #expect(article.text.hasPrefix("Kommunen har"))
    }

    @Test func aBlogPostWrittenBetweenLineBreaksIsRead() throws {
        let lines = (1...6).map { "Linje \($0): \(Self.sentence)" }.joined(separator: "<br><br>")
        let article = try Self.extract("<html><body><div class='menu'><a href='/'>Forside</a></div>"
            + "<div class='post-body'>\(lines)<div class='separator'><img src='a.jpg'></div>Sidste linje, og tak for nu.</div>"
            + "<div class='links'><a href='/1'>Et andet indlæg</a></div></body></html>")
        #expect(article.text.contains("Linje 1: Kommunen har"))
        #expect(article.text.contains("Linje 6: Kommunen har"))
        #expect(article.text.contains("Sidste linje, og tak for nu."))
        #expect(!article.text.contains("Forside"))
    }

    @Test func anArticleInSeveralSectionsIsReadWhole() throws {
        let sections = (1...4).map { number in
            "<div class='wrap'><section class='part'><h2>Del \(number)</h2><p>\(Self.sentence)</p>"
                + "<p>\(Self.sentence) Del \(number).</p></section></div>"
        }.joined()
        let article = try Self.extract("<html><body><nav><a href='/'>Forside</a></nav><main>\(sections)</main>"
            + "<footer>Kontakt os</footer></body></html>")
        for number in 1...4 { #expect(article.text.contains("Del \(number).")) }
        #expect(!article.text.contains("Kontakt os"))
    }

    @Test func aBodyInsideAContainerNamedLikeFurnitureIsKept() throws {
        let paragraphs = String(repeating: "<p>\(Self.sentence)</p>", count: 5)
        let article = try Self.extract("<html><body><div class='layout-with-sidebar-widget'>\(paragraphs)</div>"
            + "<div class='sidebar'><p>Mest læste: noget andet</p></div></body></html>")
        #expect(article.text.components(separatedBy: "Kommunen har").count == 6)
        #expect(!article.text.contains("Mest læste"))
    }
}
