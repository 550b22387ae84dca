import Testing
@testable import TolkEntities

/// Same input, same output: an entity whose mentions tie between two kinds, neither of them its first
/// mention's, takes the first kind in `EntityKind` order (it took whichever a dictionary listed first, which
/// changes from run to run and from one dictionary to the next).
@Suite struct DocumentKindTieTests {
    @Test func aTieBetweenKindsIsBrokenByKindOrder() {
        var mentions: [EntityMention] = []
        for entity in 0..<50 {
            let key = "name:e\(entity)"
            for kind in [EntityKind.person, .place, .organisation, .place, .organisation] {
                mentions.append(EntityMention(text: "E\(entity)", range: 0..<2, kind: kind, baseForm: "E\(entity)",
                                              key: key))
            }
        }
        let unified = DocumentKinds.unified(mentions)
        #expect(unified.allSatisfy { $0.kind == .organisation })
    }
}
