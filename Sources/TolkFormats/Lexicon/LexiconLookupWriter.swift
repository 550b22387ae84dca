import TolkLexicon
import TolkText

/// Writes `tolk lexicon lookup`: each word, a tab, then its translations best first, tab-separated (nothing
/// after the word when it is unknown), one word per line.
public enum LexiconLookupWriter {
    /// The lines for `words` looked up in `lexicon` from `source` to `target`, at most `limit` translations each.
    public static func text(_ words: [String], in lexicon: BilingualLexicon, from source: LanguageCode,
                            to target: LanguageCode, limit: Int) -> String {
        var output = ""
        for word in words {
            output += word
            for translation in lexicon.translations(of: word, from: source, to: target).prefix(limit) {
                output += "\t" + translation.text
            }
            output += "\n"
        }
        return output
    }
}
