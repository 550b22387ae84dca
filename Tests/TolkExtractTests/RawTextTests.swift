import Testing
@testable import TolkExtract

/// The content of script and style elements (over half of a typical news page's bytes) is read at once by the C
/// shim instead of character by character by libxml2, only where libxml2's own reading gives the same events:
/// the tree must be the same as with libxml2 reading every character, on chosen and on generated pages.
@Suite struct RawTextTests {
    /// Every node (tag or text, parent, subtree end, links) and every kept attribute value, for comparing trees.
    static func dump(_ tree: HTMLTree) -> [String] {
        tree.nodes.indices.map { index in
            let node = tree.nodes[index]
            var line = "\(index) \(node.isText ? "#text" : node.tag.name) \(node.parent) \(node.end) "
                + "\(node.firstChild) \(node.nextSibling)"
            if node.isText { line += " " + String(reflecting: Array(tree.withText(index) { Array($0) })) }
            tree.forEachAttribute(of: index) { name, value in line += " \(name.rawValue)=\(Array(value))" }
            return line
        }
    }

    static func bothReadings(_ page: [UInt8], encoding: String?) -> (atOnce: HTMLTree, byCharacter: HTMLTree) {
        (HTMLTree(parsing: page, encoding: encoding, rawTextAtOnce: true),
         HTMLTree(parsing: page, encoding: encoding, rawTextAtOnce: false))
    }

    @Test func scriptsAndStylesAreReadAtOnceIntoTheSameTree() {
        let page = """
            <html><head><title>T</title><script type="application/ld+json">{"headline": "Æble og blåbær"}</script>
            <style>p > a { color: red } /* </p> */</style><script>if (a < b && c) { x = "</div>"; }</script>
            <SCRIPT>var s = "</scrip" + "t>";</SCRIPT ><script>y = 1</SCRIPTX></head>
            <body><p>Hej <b>verden</b></p><script>z()</script><p>To</p></body></html>
            """
        for encoding in [nil, "UTF-8", "windows-1252"] as [String?] {
            let (atOnce, byCharacter) = Self.bothReadings(Array(page.utf8), encoding: encoding)
            #expect(atOnce.rawTextsReadAtOnce == 6, "encoding \(encoding ?? "from the page")")
            #expect(byCharacter.rawTextsReadAtOnce == 0)
            #expect(Self.dump(atOnce) == Self.dump(byCharacter), "encoding \(encoding ?? "from the page")")
        }
    }

    @Test func contentLibxml2WouldReadOtherwiseIsLeftToIt() {
        // Each script's content is read by libxml2 as before: markup first, a character it drops (NUL, a control
        // character, U+FFFE), a broken UTF-8 sequence (which switches libxml2 to ISO-8859-1 for the rest of the
        // page), no end tag, an empty or self-closed element.
        let cases: [[UInt8]] = [
            Array("<body><script><p>x</p></script><p>a</p></body>".utf8),
            Array("<body><script></div>x</script><p>a</p></body>".utf8),
            Array("<body><script>a\u{0}b</script><p>a</p></body>".utf8),
            Array("<body><script>a\u{1}b</script><p>a</p></body>".utf8),
            Array("<body><script>a\u{FFFE}b</script><p>a</p></body>".utf8),
            Array("<body><script>a".utf8) + [0xC3, 0x28] + Array("b</script><p>blå</p></body>".utf8),
            Array("<body><script>a".utf8) + [0xFF] + Array("b</script><p>blå</p></body>".utf8),
            Array("<body><p>a</p><script>never closed".utf8),
            Array("<body><script></script><style/><p>a</p></body>".utf8),
        ]
        for page in cases {
            let (atOnce, byCharacter) = Self.bothReadings(page, encoding: nil)
            #expect(atOnce.rawTextsReadAtOnce == 0, "\(String(decoding: page, as: UTF8.self))")
            #expect(Self.dump(atOnce) == Self.dump(byCharacter), "\(String(decoding: page, as: UTF8.self))")
        }
    }

    @Test func generatedPagesGiveTheSameTreeBothWays() {
        let pieces: [[UInt8]] = [
            "<script>", "<script type=\"application/ld+json\">", "<style>", "</script>", "</SCRIPT >", "</style>",
            "</scriptx>", "</ div>", "</p>", "<p>", "<div class=\"a\">", "</div>", "tekst", " ", "\n", "\r\n",
            "æøå", "€", "😀", "\u{0}", "\u{1}", "\u{FFFE}", "<!--", "-->", "&amp;", "&#32;", "<", ">", "/>", "</",
            "<body>", "<html>", "<head>", "<title>", "<br>", "<![CDATA[", "]]>", "<?x y?>", "<!DOCTYPE html>",
        ].map { Array($0.utf8) } + [[0xFF], [0xC3], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0x80]]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var readAtOnce = 0
        for round in 0..<2000 {
            var page: [UInt8] = []
            for _ in 0..<(1 + next(40)) { page += pieces[next(pieces.count)] }
            let encoding: String? = [nil, "UTF-8", "windows-1252"][round % 3]
            let (atOnce, byCharacter) = Self.bothReadings(page, encoding: encoding)
            readAtOnce += atOnce.rawTextsReadAtOnce
            #expect(Self.dump(atOnce) == Self.dump(byCharacter), "page \(page), encoding \(encoding ?? "none")")
        }
        #expect(readAtOnce > 50)  // the generated pages exercise the fast reading, not only its refusals
    }
}
