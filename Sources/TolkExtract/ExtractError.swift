/// What can go wrong while extracting an article: only bad cue data. Any HTML page gives an article (perhaps an
/// empty one), because libxml2 recovers from every markup error.
public enum ExtractError: Error, Equatable, Sendable {
    /// A row of the boilerplate cue file is malformed: an unknown kind or an empty cue.
    case malformedCue(path: String, line: Int, reason: String)

    /// A one-line, human-readable description naming the file and line.
    public var errorDescription: String {
        switch self {
        case let .malformedCue(path, line, reason): return "\(path):\(line): \(reason)"
        }
    }
}

extension ExtractError: CustomStringConvertible {
    public var description: String { errorDescription }
}
