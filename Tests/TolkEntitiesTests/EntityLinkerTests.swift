import Testing
import TolkTestSupport
import TolkText
@testable import TolkEntities

@Suite struct EntityLinkerTests {
    /// The links between the two seed articles.
    static func seedLinks() throws -> (links: [EntityLink], source: String, target: String) {
        let source = try Seeds.text(Seeds.danishPath), target = try Seeds.text(Seeds.englishPath)
        let links = EntityLinker().links(source: try Seeds.mentions(source, .danish), sourceLanguage: .danish,
                                         target: try Seeds.mentions(target, .english), targetLanguage: .english)
        return (links, source, target)
    }

    @Test func seedsLinkTheSharedEntities() throws {
        let (links, _, _) = try Self.seedLinks()
        let byKey = Dictionary(links.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        #expect(byKey["name:julian assange"]?.kind == .person)
        #expect(byKey["name:wikileaks"]?.evidence.contains("case variant") == true)
        #expect(byKey["region:EC"]?.sourceMentions.contains { $0.text == "Ecuadors" } == true)
        #expect(byKey["known:london"] != nil)
        #expect(byKey["name:hillary clinton"]?.sourceMentions.contains { $0.text == "Hillary Clintons" } == true)
        #expect(byKey["name:donald trump"] != nil)
        let russia = try #require(byKey["region:RU"])
        #expect(russia.source == "Rusland" && russia.target == "Russia" && russia.kind == .place)
        #expect(Set(russia.sourceMentions.map(\.text)).isSuperset(of: ["russiske", "russere"]))
        #expect(russia.targetMentions.contains { $0.text == "Russian" })
        let unitedStates = try #require(byKey["region:US"])
        #expect(Set(unitedStates.sourceMentions.map(\.text)).isSuperset(of: ["USA", "amerikanske"]))
        #expect(unitedStates.targetMentions.contains { $0.text == "U.S." })
        #expect(unitedStates.target == "United States")
    }

    @Test func everyLinkedMentionSlicesBackToItsText() throws {
        let (links, source, target) = try Self.seedLinks()
        for link in links {
            for mention in link.sourceMentions {
                #expect(Seeds.slice(source, mention.range[0]..<mention.range[1]) == mention.text)
            }
            for mention in link.targetMentions {
                #expect(Seeds.slice(target, mention.range[0]..<mention.range[1]) == mention.text)
            }
        }
    }

    @Test func unrelatedNamesStayApart() throws {
        let (links, _, _) = try Self.seedLinks()
        let keys = Set(links.map(\.key))
        // Each side's own people and outlets have no counterpart.
        for key in ["name:robert mueller", "name:john podesta", "name:marco rubio", "name:cnn", "name:nbc news",
                    "name:john kirby", "region:SE", "region:ES"] {
            #expect(!keys.contains(key), "\(key)")
        }
        // A person link only holds mentions whose words are words of its full name.
        for link in links where link.key.hasPrefix("name:") {
            let words = Set(link.key.dropFirst(5).split(separator: " ").map(String.init))
            for mention in link.sourceMentions + link.targetMentions where mention.form == .name {
                let folded = NameFolding.key(mention.text)
                let mentionWords = Set(folded.split(separator: " ").map(String.init))
                #expect(!mentionWords.isDisjoint(with: words), "\(mention.text) in \(link.key)")
            }
        }
    }

    @Test func aLoneSurnameJoinsTheOnlyFullNameOnTheOtherSide() throws {
        let source = try Seeds.mentions("I går sagde Podesta, at han var glad.", .danish)
        let target = try Seeds.mentions("Later, John Podesta answered.", .english)
        let links = EntityLinker().links(source: source, sourceLanguage: .danish, target: target,
                                         targetLanguage: .english)
        #expect(links.map(\.key) == ["name:john podesta"])
        #expect(links.first?.evidence.contains("partial name") == true)
    }

    @Test func aCountyNameInsideAPersonNameIsThePerson() throws {
        let mentions = try Seeds.mentions("Secretary John Kerry spoke. Later Kerry left for Kerry in Ireland.", .english)
        #expect(mentions.filter { $0.text == "Kerry" }.first?.key == "name:john kerry")
    }

    @Test func differentPeopleWithTheSameFirstNameAreNotLinked() throws {
        let source = try Seeds.mentions("Senere talte John Podesta med pressen.", .danish)
        let target = try Seeds.mentions("Later, John Kirby answered.", .english)
        #expect(EntityLinker().links(source: source, sourceLanguage: .danish, target: target,
                                     targetLanguage: .english).isEmpty)
    }
}

@Suite struct VariantJoinTests {
    static func person(_ name: String, at start: Int = 0) -> EntityMention {
        EntityMention(text: name, range: start..<(start + name.utf8.count), kind: .person, baseForm: name,
                      key: "name:\(EntityRecognizer.nameKey(name, kind: .person))")
    }

    @Test func spellingVariantsOfOnePersonLink() {
        let cases: [(String, String, String)] = [
            ("Inger Støjberg", "Inger Stoejberg", "variant spelling"),
            ("Volodymyr Zelenskyj", "Volodymyr Zelensky", "edit distance"),
            ("Britta Nielsen", "Anna Britta Troelsgaard Nielsen", "longer name"),
            ("Thomas F. Borgen", "Thomas Borgen", "folded spelling"),
        ]
        for (source, target, evidence) in cases {
            let links = EntityLinker().links(source: [Self.person(source)], sourceLanguage: .danish,
                                             target: [Self.person(target)], targetLanguage: .english)
            #expect(links.count == 1, "\(source) / \(target)")
            #expect(links.first?.evidence.contains(evidence) == true, "\(source) / \(target): \(links.first?.evidence ?? [])")
        }
    }

    @Test func differentPeopleStayApart() {
        let pairs = [("Helle Jespersen", "Helle Petersen"), ("Anders Holm", "Anders Hald"), ("Mette Frederiksen", "Mette Abildgaard")]
        for (source, target) in pairs {
            let links = EntityLinker().links(source: [Self.person(source)], sourceLanguage: .danish,
                                             target: [Self.person(target)], targetLanguage: .english)
            #expect(links.isEmpty, "\(source) / \(target)")
        }
        // Two candidates on one side: nothing joins.
        let links = EntityLinker().links(
            source: [Self.person("Peter Maarsk")], sourceLanguage: .danish,
            target: [Self.person("Peter Maersk"), Self.person("Peter Marsk", at: 40)], targetLanguage: .english)
        #expect(links.isEmpty)
    }

    @Test func editDistanceIsOneLetter() {
        #expect(VariantJoins.editDistanceIsOne("zelenskyj", "zelensky"))
        #expect(VariantJoins.editDistanceIsOne("frederik", "frederick"))
        #expect(!VariantJoins.editDistanceIsOne("jespersen", "petersen"))
        #expect(!VariantJoins.editDistanceIsOne("same", "same"))
    }
}
