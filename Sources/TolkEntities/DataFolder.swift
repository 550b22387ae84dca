import Foundation
import TolkText

// The data folder as TolkEntities' and TolkEvents' readers reach it.

/// The data folder.
/// - Throws: ``DataError/missing(name:searched:)`` when it is missing (the message says what to set).
package func dataFolder() throws(DataError) -> URL {
    try DataDirectory.locate()
}

/// The sorted entry names of the data folder.
/// - Throws: ``DataError/missing(name:searched:)`` when the folder is missing or cannot be listed.
package func dataContents() throws(DataError) -> [String] {
    try DataDirectory.contents()
}

/// `relativePath` inside the data folder, or `nil` when the folder has no such file.
/// - Throws: ``DataError/missing(name:searched:)`` when the data folder is missing.
package func optionalDataFile(_ relativePath: String) throws(DataError) -> URL? {
    try DataDirectory.optionalFile(relativePath)
}

/// `relativePath` inside the data folder, which must exist (a shipped table).
/// - Throws: ``DataError/missing(name:searched:)`` when the data folder or the file is missing (naming the file).
package func requiredDataFile(_ relativePath: String) throws(DataError) -> URL {
    try DataDirectory.file(relativePath)
}
