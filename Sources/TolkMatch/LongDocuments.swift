import Foundation
import TolkAlign

/// The notes for standard error about documents too long for statement matching in one piece (``PairParts``).
public enum LongDocuments {
    /// The lines telling, for each of `documents` with more than `limit` sentences, that its pairs are matched
    /// and reported in parts, and how the parts are named ("" when there is none).
    public static func notes(_ documents: [ComparableDocument], limit: Int, command: String) -> String {
        var notes = ""
        for document in documents where document.sentences.count > limit {
            let message = "tolk \(command): \(document.id): \(document.sentences.count) sentences, more than "
                + "\(limit): its pairs are matched and reported in consecutive parts of at most \(limit) "
                + "sentences a side, named \(document.id)#bytes=START-END (ranges count from START); "
                + "statements are not matched across parts\n"
            notes += message
        }
        return notes
    }
}
