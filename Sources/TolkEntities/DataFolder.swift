import Foundation
import TolkText

// The data folder as TolkEvents' readers reach it, with ``DataDirectory``'s errors as ``EventsError``.

/// The data folder.
/// - Throws: ``EventsError/data(_:)`` when it is missing (the message says what to set).
package func dataFolder() throws(EventsError) -> URL {
    do { return try DataDirectory.locate() } catch { throw .data(error) }
}

/// The sorted entry names of the data folder.
/// - Throws: ``EventsError/data(_:)`` when the folder is missing or cannot be listed.
package func dataContents() throws(EventsError) -> [String] {
    do { return try DataDirectory.contents() } catch { throw .data(error) }
}

/// `relativePath` inside the data folder, or `nil` when the folder has no such file.
/// - Throws: ``EventsError/data(_:)`` when the data folder is missing.
package func optionalDataFile(_ relativePath: String) throws(EventsError) -> URL? {
    do { return try DataDirectory.optionalFile(relativePath) } catch { throw .data(error) }
}

/// `relativePath` inside the data folder, which must exist (a shipped table).
/// - Throws: ``EventsError/data(_:)`` when the data folder or the file is missing (the message names the file).
package func requiredDataFile(_ relativePath: String) throws(EventsError) -> URL {
    do { return try DataDirectory.file(relativePath) } catch { throw .data(error) }
}
