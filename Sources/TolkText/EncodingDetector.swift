import CICU

/// How a byte stream is to be decoded, decided from its first block or from `--encoding`.
enum InputEncoding: Equatable {
    /// UTF-8, checked by Tolk itself; `byteOrderMark` says whether a BOM was skipped.
    case utf8(byteOrderMark: Bool)
    /// Any other encoding, converted by ICU; `skip` bytes (a BOM) are dropped first.
    case converter(name: String, skip: Int)

    /// The name reported to the user.
    var name: String {
        switch self {
        case .utf8: return "UTF-8"
        case let .converter(name, _): return name
        }
    }

    /// Bytes to drop from the start (a byte-order mark).
    var skip: Int {
        switch self {
        case let .utf8(byteOrderMark): return byteOrderMark ? 3 : 0
        case let .converter(_, skip): return skip
        }
    }

    /// Decides the encoding of input that begins with `head`.
    ///
    /// A BOM wins (UTF-8, UTF-16LE, UTF-16BE). Otherwise text that is valid UTF-8 is UTF-8, a NUL byte means
    /// binary, text with at least as many well-formed multi-byte UTF-8 sequences as stray high bytes (and at
    /// least one) is UTF-8 whose first bad byte is then reported, and anything else goes to ICU's charset
    /// detector; its "ISO-8859-1" is read as windows-1252,
    /// the superset browsers and archives actually use.
    /// - Throws: ``TextError/binaryInput(path:offset:)`` for a NUL byte without a UTF-16 BOM.
    /// - Complexity: O(n) in the length of `head`.
    static func detect(_ head: [UInt8], name: String) throws(TextError) -> InputEncoding {
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { return .utf8(byteOrderMark: true) }
        if head.starts(with: [0xFF, 0xFE]) { return .converter(name: "UTF-16LE", skip: 2) }
        if head.starts(with: [0xFE, 0xFF]) { return .converter(name: "UTF-16BE", skip: 2) }
        let scan = head.withUnsafeBufferPointer { UTF8Validator.scan($0) }
        switch scan {
        case .valid: return .utf8(byteOrderMark: false)
        case let .nul(at): throw TextError.binaryInput(path: name, offset: at)
        case .invalid: break
        }
        if let nul = head.firstIndex(of: 0) { throw TextError.binaryInput(path: name, offset: nul) }
        // UTF-8 with a few bad bytes (a stray 0xFF, one line pasted from a Latin-1 file) stays UTF-8, so that the
        // first bad byte is reported with its offset instead of the whole text being re-read as windows-1252.
        let tally = head.withUnsafeBufferPointer { UTF8Validator.tally($0) }
        if tally.sequences > 0 && tally.sequences >= tally.strays { return .utf8(byteOrderMark: false) }
        let detected = detectCharset(head) ?? "windows-1252"
        switch detected.uppercased() {
        case "UTF-8": return .utf8(byteOrderMark: false)  // mostly UTF-8: the bad byte is reported
        case "ISO-8859-1", "US-ASCII": return .converter(name: "windows-1252", skip: 0)
        default: return .converter(name: detected, skip: 0)
        }
    }

    /// The encoding for an explicit `--encoding` name; a BOM matching it is skipped.
    /// - Throws: ``TextError/unknownEncoding(name:)`` when ICU does not know the name.
    static func named(_ requested: String, head: [UInt8]) throws(TextError) -> InputEncoding {
        var status: Int32 = 0
        var buffer = [CChar](repeating: 0, count: 64)
        let known = cicu_charset_canonical_name(requested, &buffer, Int32(buffer.count), &status)
        guard known == 1, status <= 0 else { throw TextError.unknownEncoding(name: requested) }
        // Report the IANA name ("windows-1252") rather than ICU's converter name ("ibm-5348_P100-1997").
        let converterName = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let canonical = standardName(converterName, "MIME") ?? standardName(converterName, "IANA") ?? converterName
        switch canonical.uppercased() {
        case "UTF-8":
            return .utf8(byteOrderMark: head.starts(with: [0xEF, 0xBB, 0xBF]))
        case "UTF-16":
            if head.starts(with: [0xFF, 0xFE]) { return .converter(name: "UTF-16LE", skip: 2) }
            if head.starts(with: [0xFE, 0xFF]) { return .converter(name: "UTF-16BE", skip: 2) }
            return .converter(name: "UTF-16BE", skip: 0)
        default:
            return .converter(name: canonical, skip: 0)
        }
    }

    private static func standardName(_ converter: String, _ standard: String) -> String? {
        var buffer = [CChar](repeating: 0, count: 64)
        var status: Int32 = 0
        let length = cicu_charset_standard_name(converter, standard, &buffer, Int32(buffer.count), &status)
        guard length > 0, status <= 0 else { return nil }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private static func detectCharset(_ bytes: [UInt8]) -> String? {
        var status: Int32 = 0
        guard let detector = cicu_charset_detector_open(&status), status <= 0 else { return nil }
        defer { cicu_charset_detector_close(detector) }
        var buffer = [CChar](repeating: 0, count: 64)
        let confidence = bytes.withUnsafeBufferPointer { pointer in
            pointer.withMemoryRebound(to: CChar.self) { chars in
                cicu_charset_detect(detector, chars.baseAddress, Int32(chars.count), nil, &buffer,
                                    Int32(buffer.count), &status)
            }
        }
        guard confidence >= 0, status <= 0 else { return nil }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
