import TolkText

/// The kind of thing a name refers to.
public enum EntityKind: String, Sendable, Codable, CaseIterable, Comparable {
    case person
    case organisation
    case place

    public static func < (lhs: EntityKind, rhs: EntityKind) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}

/// How a mention refers to its entity.
public enum MentionForm: String, Sendable, Codable {
    /// A proper name as written: "Julian Assange", "Ecuadors", "WikiLeaks".
    case name
    /// A nationality adjective or inhabitant noun standing for a country: "russiske", "russere", "Russian".
    case demonym
}

/// One mention of a named entity in a text, located by its UTF-8 byte range.
///
/// `text` is exactly the bytes of `range` in the document (a Danish genitive keeps its "s": "Ecuadors"; an English
/// possessive ending is left out: "Assange" of "Assange's"); `baseForm` is the name without inflection.
public struct EntityMention: Sendable, Hashable, Codable {
    /// The mention as written in the document.
    public var text: String
    /// UTF-8 byte offsets of ``text`` in the document.
    public var range: Range<Int>
    /// Person, organisation or place.
    public var kind: EntityKind
    /// A name or a demonym.
    public var form: MentionForm
    /// The uninflected name: "Ecuador" for "Ecuadors", "Clinton" for "Clintons".
    public var baseForm: String
    /// The identity used for linking: a region key ("region:RU"), or the folded full name ("julian assange").
    public var key: String
    /// The title or role written before a person's name, split off from it: "statsminister",
    /// "Head of Police"; `nil` when there is none (and left out of JSON).
    public var role: String?

    /// A mention; `key` is usually filled in by ``EntityRecognizer``.
    public init(text: String, range: Range<Int>, kind: EntityKind, form: MentionForm = .name, baseForm: String,
                key: String, role: String? = nil) {
        self.text = text
        self.range = range
        self.kind = kind
        self.form = form
        self.baseForm = baseForm
        self.key = key
        self.role = role
    }
}
