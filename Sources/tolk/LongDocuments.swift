import Foundation
import TolkAlign
import TolkMatch

/// Standard-error notes about documents too long for statement matching in one piece (``PairParts``).
enum LongDocuments {
    /// Tells, for each of `documents` with more than `limit` sentences, that its pairs are matched and
    /// reported in parts, and how the parts are named.
    static func report(_ documents: [ComparableDocument], limit: Int, command: String) {
        for document in documents where document.sentences.count > limit {
            let message = "tolk \(command): \(document.id): \(document.sentences.count) sentences, more than "
                + "\(limit): its pairs are matched and reported in consecutive parts of at most \(limit) "
                + "sentences a side, named \(document.id)#bytes=START-END (ranges count from START); "
                + "statements are not matched across parts\n"
            StandardStreams.writeError(message)
        }
    }
}
