import Testing
import TolkExtract

/// The flat tree built from libxml2's parse events is the tree libxml2's own tree builder makes of the same page:
/// these pin the cases where the two could part (names with a prefix, merged text, white space, late elements,
/// depth), each checked against htmlReadMemory's tree when the builder was written.
@Suite struct HTMLTreeTests {
    static func tree(_ html: String) -> HTMLTree { HTMLTree(parsing: Array(html.utf8), encoding: "UTF-8") }

    /// Each node as its tag's name (`#other` for a tag the passes do not name) or its quoted text, indented by
    /// depth, for comparing whole trees.
    static func outline(_ tree: HTMLTree) -> [String] {
        tree.nodes.indices.map { index in
            var depth = 0
            var parent = tree.nodes[index].parent
            while parent >= 0 {
                depth += 1
                parent = tree.nodes[parent].parent
            }
            let node = tree.nodes[index]
            let label = node.isText ? "\"\(tree.text(index))\"" : node.tag.name
            return String(repeating: " ", count: depth) + label
        }
    }

    @Test func elementsTextAndLinksComeInDocumentOrder() {
        let tree = Self.tree("<html><body><p>Hej <a>verden</a>!</p><p>To</p></body></html>")
        #expect(Self.outline(tree) == ["html", " body", "  p", "   \"Hej \"", "   a", "    \"verden\"", "   \"!\"",
                                       "  p", "   \"To\""])
        let paragraph = tree.nodes.firstIndex { $0.tag == .p } ?? -1
        #expect(tree.nodes[paragraph].end == paragraph + 5)
        #expect(Array(tree.children(of: paragraph)) == [paragraph + 1, paragraph + 2, paragraph + 4])
        #expect(tree.nodes[paragraph].nextSibling == paragraph + 5)
    }

    @Test func aPrefixedNameIsItsLocalName() {
        // Word's <o:p> is a paragraph to libxml2's tree; a name ending in ':' keeps its colon.
        let tree = Self.tree("<body><o:p>Tekst</o:p><x:>y</x:></body>")
        #expect(tree.nodes.contains { $0.tag == .p })
        #expect(tree.nodes.filter { $0.tag == .other }.count == 1)
    }

    @Test func textPiecesMergeUnlessACommentSeparatesThem() {
        let merged = Self.tree("<body><p>a&amp;b c</p></body>")
        #expect(Self.outline(merged).suffix(1) == ["   \"a&b c\""])
        let split = Self.tree("<body><p>a<!-- c -->b</p></body>")
        #expect(Self.outline(split).suffix(2) == ["   \"a\"", "   \"b\""])
    }

    @Test func whiteSpaceIsKeptWhereTextMayStandAndDroppedBetweenListItems() {
        let inline = Self.tree("<body><p><b>x</b> <i>y</i></p></body>")
        #expect(Self.outline(inline).contains("   \" \""))
        // Before a list's first item the white space is dropped (a list holds no text); after an item it is kept.
        let list = Self.tree("<body><ul>\n  <li>a</li>\n</ul></body>")
        let items = list.nodes.firstIndex { $0.tag == .ul } ?? -1
        #expect(list.children(of: items).map { list.nodes[$0].tag } == [.li, .text])
        // A character reference is text the page wrote, even between list items.
        let reference = Self.tree("<body><ul>&#32;<li>a</li></ul></body>")
        let ul = reference.nodes.firstIndex { $0.tag == .ul } ?? -1
        #expect(reference.children(of: ul).map { reference.nodes[$0].isText } == [true, false])
    }

    @Test func aStrictDoctypeDropsWhiteSpaceInTheBody() {
        let strict = Self.tree("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\"><html><body> <b>x</b></body></html>")
        let loose = Self.tree("<!DOCTYPE html><html><body> <b>x</b></body></html>")
        #expect(strict.nodes.filter(\.isText).count == 1)
        #expect(loose.nodes.filter(\.isText).count == 2)
    }

    @Test func contentAfterTheRootJoinsItOnlyWhenTheRootIsTheDocumentsFirstChild() {
        let bare = Self.tree("<html><body><p>a</p></body></html><p>after</p>")
        #expect(bare.nodes.indices.contains { bare.nodes[$0].isText && bare.text($0) == "after" })
        #expect(bare.nodes[0].end == bare.nodes.count)
        let declared = Self.tree("<!DOCTYPE html><html><body><p>a</p></body></html><p>after</p>")
        #expect(!declared.nodes.indices.contains { declared.nodes[$0].isText && declared.text($0) == "after" })
    }

    @Test func nestingDeeperThanLibxml2AllowsEndsTheParseWithoutACrash() {
        let tree = Self.tree("<html><body>" + String(repeating: "<div>", count: 400) + "deep</div><p>late</p>")
        #expect(tree.nodes.filter { $0.tag == .div }.count == 255)  // html and body count too: 257 at most
        #expect(tree.nodes.allSatisfy { !$0.isText })
    }

    @Test func onlyKeptAttributesAreReadAndAValuelessOneIsEmpty() {
        let tree = Self.tree("<body><div class=\"a b\" data-x=\"1\" hidden id=main>t</div></body>")
        let div = tree.nodes.firstIndex { $0.tag == .div } ?? -1
        #expect(tree.attribute(.class, of: div) == "a b")
        #expect(tree.attribute(.id, of: div) == "main")
        #expect(tree.attribute(.hidden, of: div) == "")
        #expect(tree.attribute(.style, of: div) == nil)
    }

    @Test func anEmptyOrTextlessPageGivesAnEmptyTree() {
        #expect(HTMLTree(parsing: []).nodes.isEmpty)
        #expect(Self.tree("<!-- only a comment -->").nodes.isEmpty)
    }
}
