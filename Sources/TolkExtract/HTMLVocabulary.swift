/// HTML's own vocabulary the passes rely on: which tags break text into blocks, which never hold article text.
/// These are facts of HTML, not tuning; the tuning words live in the cue file (``BoilerplateCues``).
enum HTMLVocabulary {
    /// Elements whose start and end break the text (a new block).
    static let blockTags: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "div",
        "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary",
        "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    ]
    /// Elements that never hold readable article text.
    static let neverText: Set<String> = [
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "button", "input",
        "select", "textarea", "option", "head", "title", "meta", "link", "base", "audio", "video", "map", "math",
        "dialog", "menu",
    ]
    /// Elements that hold page furniture when they are not the page's main text.
    static let furnitureTags: Set<String> = ["nav", "aside", "footer", "header", "form"]
    /// ARIA roles of page furniture.
    static let furnitureRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "menu", "menubar",
        "toolbar", "search", "alert", "tablist",
    ]
    /// Elements that may hold the article's paragraphs directly.
    static let paragraphTags: Set<String> = ["p", "pre", "td", "blockquote"]
    /// Heading elements.
    static let headingTags: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]
}
