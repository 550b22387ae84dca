/// The tags of the entity tagger: outside, and the beginning or inside of a person, organisation or place
/// name (IOB2, as Universal NER writes them).
enum EntityTag: Int, CaseIterable, Sendable {
    case outside = 0
    case beginPerson, insidePerson, beginOrganisation, insideOrganisation, beginPlace, insidePlace

    /// The number of tags.
    static let count = 7

    /// The tag written `text` in an IOB2 file ("O", "B-PER", "I-LOC"); labels outside PER, ORG and LOC
    /// (a draft's "OTH", "B-O") read as outside.
    init(iob2 text: Substring) {
        switch text {
        case "B-PER": self = .beginPerson
        case "I-PER": self = .insidePerson
        case "B-ORG": self = .beginOrganisation
        case "I-ORG": self = .insideOrganisation
        case "B-LOC": self = .beginPlace
        case "I-LOC": self = .insidePlace
        default: self = .outside
        }
    }

    /// The kind of name the tag belongs to; `nil` for outside.
    var kind: EntityKind? {
        switch self {
        case .outside: nil
        case .beginPerson, .insidePerson: .person
        case .beginOrganisation, .insideOrganisation: .organisation
        case .beginPlace, .insidePlace: .place
        }
    }

    /// True for a tag that opens a name.
    var isBegin: Bool { self == .beginPerson || self == .beginOrganisation || self == .beginPlace }

    /// True when the tag may follow `previous` (an inside tag continues a name of its own kind;
    /// `nil` is the start of a sentence).
    func mayFollow(_ previous: EntityTag?) -> Bool {
        guard !isBegin, self != .outside else { return true }
        guard let previous else { return false }
        return previous.kind == kind
    }

    /// The name spans of a tag sequence as half-open token ranges with their kinds.
    static func spans(_ tags: [EntityTag]) -> [(range: Range<Int>, kind: EntityKind)] {
        var result: [(range: Range<Int>, kind: EntityKind)] = []
        var start: Int?
        var current: EntityKind?
        for (index, tag) in tags.enumerated() {
            if let open = start, let kind = current, tag.isBegin || tag.kind != kind {
                result.append((open..<index, kind))
                start = nil
                current = nil
            }
            if let kind = tag.kind, start == nil {
                start = index
                current = kind
            }
        }
        if let open = start, let kind = current { result.append((open..<tags.count, kind)) }
        return result
    }
}
