import Foundation
import TolkEntities

/// Writes the listing of `tolk entities`: TSV, one mention per line under a header; or JSON, one object per
/// file (`{file, language, language_source, mentions}`; a mention carries `role` only when it has one).
public enum EntitiesWriter {
    /// The TSV listing: `file, start, end, kind, form, text, key, role` per mention (role empty when none).
    public static func tsv(_ documents: [DocumentEntities]) -> String {
        var output = "file\tstart\tend\tkind\tform\ttext\tkey\trole\n"
        for document in documents {
            for mention in document.mentions {
                let fields = [document.file, "\(mention.range.lowerBound)", "\(mention.range.upperBound)",
                              mention.kind.rawValue, mention.form.rawValue, mention.text, mention.key,
                              mention.role ?? ""]
                output += fields.joined(separator: "\t") + "\n"
            }
        }
        return output
    }

    /// The JSON listing: one line per file.
    /// - Throws: `EncodingError` when a mention cannot be encoded.
    public static func json(_ documents: [DocumentEntities]) throws -> String {
        var output = ""
        for document in documents {
            let record = EntityListing(file: document.file, language: document.language.language.rawValue,
                                       languageSource: document.language.source.rawValue,
                                       mentions: document.mentions)
            output += String(decoding: try JSONStyle.encoder(pretty: false).encode(record), as: UTF8.self) + "\n"
        }
        return output
    }
}

/// One file's mentions, for the JSON listing.
private struct EntityListing: Encodable {
    let file: String
    let language: String
    let languageSource: String
    let mentions: [EntityMention]
}
