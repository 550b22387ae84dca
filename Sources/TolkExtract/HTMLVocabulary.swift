/// HTML's own vocabulary the passes rely on: which tags break text into blocks, which never hold article text.
/// These are facts of HTML, not tuning; the tuning words live in the cue file (``BoilerplateCues``).
enum HTMLVocabulary {
    /// Elements whose start and end break the text (a new block).
    static let blockTags: HTMLTagSet = [
        .address, .article, .aside, .blockquote, .body, .caption, .center, .dd, .details, .dialog, .div, .dl, .dt,
        .fieldset, .figcaption, .figure, .footer, .form, .h1, .h2, .h3, .h4, .h5, .h6, .header, .hgroup, .hr,
        .html, .li, .main, .menu, .nav, .ol, .p, .pre, .section, .summary, .table, .tbody, .td, .tfoot, .th,
        .thead, .tr, .ul,
    ]
    /// Block elements and `br`: what breaks the text.
    static let breakingTags: HTMLTagSet = blockTags.union([.br])
    /// Elements that never hold readable article text.
    static let neverText: HTMLTagSet = [
        .script, .style, .noscript, .template, .svg, .canvas, .iframe, .object, .embed, .button, .input, .select,
        .textarea, .option, .head, .title, .meta, .link, .base, .audio, .video, .map, .math, .dialog, .menu,
    ]
    /// Elements that hold page furniture when they are not the page's main text.
    static let furnitureTags: HTMLTagSet = [.nav, .aside, .footer, .header, .form]
    /// ARIA roles of page furniture.
    static let furnitureRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "menu", "menubar",
        "toolbar", "search", "alert", "tablist",
    ]
    /// Elements that may hold the article's paragraphs directly.
    static let paragraphTags: HTMLTagSet = [.p, .pre, .td, .blockquote]
    /// Heading elements.
    static let headingTags: HTMLTagSet = [.h1, .h2, .h3, .h4, .h5, .h6]
}

/// An element's tag: one of the tags Tolk's passes name, ``other`` for any other element, ``text`` for a text
/// node. Comparing tags is comparing small integers.
public enum HTMLTag: UInt8, Sendable, CaseIterable {
    case text, other
    case a, address, article, aside, audio, base, blockquote, body, br, button, canvas, caption, center, dd
    case details, dialog, div, dl, dt, embed, fieldset, figcaption, figure, footer, form, h1, h2, h3, h4, h5, h6
    case head, header, hgroup, hr, html, iframe, img, input, li, link, main, map, math, menu, meta, nav, noscript
    case object, ol, option, p, pre, script, section, select, span, style, summary, svg, table, tbody, td
    case template, textarea, tfoot, th, thead, time, title, tr, ul, video

    /// The tag's name as HTML writes it (`#text` and `#other` for the two that are no single name).
    public var name: String { Self.names[Int(rawValue)] }

    private static let names: [String] = allCases.map {
        switch $0 {
        case .text: return "#text"
        case .other: return "#other"
        default: return String(describing: $0)
        }
    }

    /// The tag of an element named `name` (lower case, as libxml2 writes it): ``other`` when the passes do not
    /// name it.
    init(name: ArraySlice<UInt8>) {
        self = Self.byName[Array(name)] ?? .other
    }

    private static let byName: [[UInt8]: HTMLTag] = Dictionary(
        uniqueKeysWithValues: allCases.filter { $0 != .text && $0 != .other }.map { (Array($0.name.utf8), $0) })
}

/// A set of tags as a bit mask.
struct HTMLTagSet: ExpressibleByArrayLiteral, Sendable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    init(arrayLiteral tags: HTMLTag...) {
        for tag in tags { insert(tag) }
    }

    mutating func insert(_ tag: HTMLTag) {
        let bit = Int(tag.rawValue)
        if bit < 64 { low |= 1 << UInt64(bit) } else { high |= 1 << UInt64(bit - 64) }
    }

    func contains(_ tag: HTMLTag) -> Bool {
        let bit = Int(tag.rawValue)
        return bit < 64 ? low & (1 << UInt64(bit)) != 0 : high & (1 << UInt64(bit - 64)) != 0
    }

    func union(_ other: HTMLTagSet) -> HTMLTagSet {
        var result = self
        result.low |= other.low
        result.high |= other.high
        return result
    }
}
