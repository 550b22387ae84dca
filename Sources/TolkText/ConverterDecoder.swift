import CICU

/// Decodes a legacy or UTF-16 encoding block by block through an ICU converter (`ucnv`), stopping with an
/// error at the first byte sequence the encoding does not allow.
final class ConverterDecoder {
    /// The input's name, for errors.
    let name: String
    /// ICU's name of the encoding.
    let encoding: String
    private let handle: UnsafeMutableRawPointer
    /// Raw byte offset of the next block.
    private var offset: Int
    /// Whether the encoding is UTF-16 (a NUL is then found in the output, at two bytes per unit).
    private let isUTF16: Bool
    private let startOffset: Int
    private var unitsBefore = 0

    /// Opens a strict converter for `encoding` (an ICU converter name).
    /// - Throws: ``TextError/unknownEncoding(name:)`` when ICU has no such converter.
    init(encoding: String, name: String, startOffset: Int) throws(TextError) {
        var status: Int32 = 0
        guard let handle = cicu_converter_open(encoding, &status), status <= 0 else {
            throw TextError.unknownEncoding(name: encoding)
        }
        cicu_converter_set_strict(handle, &status)
        self.handle = handle
        self.encoding = encoding
        self.name = name
        self.offset = startOffset
        self.startOffset = startOffset
        self.isUTF16 = encoding.uppercased().hasPrefix("UTF-16")
    }

    deinit { cicu_converter_close(handle) }

    /// Converts the next block to UTF-8.
    /// - Throws: ``TextError/invalidEncoding(path:encoding:offset:)`` at an illegal or unmappable sequence,
    ///   ``TextError/binaryInput(path:offset:)`` at a NUL character.
    /// - Complexity: O(n) in the block's length.
    func decode(_ block: [UInt8], final: Bool) throws(TextError) -> [UInt8] {
        if !isUTF16, let nul = block.firstIndex(of: 0) {
            throw TextError.binaryInput(path: name, offset: offset + nul)
        }
        var units: [UInt16] = []
        units.reserveCapacity(block.count + 16)
        var target = [UInt16](repeating: 0, count: block.count + 16)
        var position = 0
        var failure: Int32 = 0
        var badLength: Int32 = 0
        repeat {
            var consumed: Int32 = 0
            var produced: Int32 = 0
            var status: Int32 = 0
            block.withUnsafeBufferPointer { source in
                source.withMemoryRebound(to: CChar.self) { chars in
                    target.withUnsafeMutableBufferPointer { output in
                        cicu_converter_to_utf16(
                            handle, chars.baseAddress.map { $0 + position }, Int32(chars.count - position),
                            output.baseAddress, Int32(output.count), final ? 1 : 0, &consumed, &produced, &status)
                    }
                }
            }
            units.append(contentsOf: target[..<Int(produced)])
            position += Int(consumed)
            if status == bufferOverflow { continue }
            if status > 0 {
                failure = status
                var lengthStatus: Int32 = 0
                badLength = cicu_converter_invalid_length(handle, &lengthStatus)
            }
            break
        } while true
        if failure != 0 {
            throw TextError.invalidEncoding(path: name, encoding: encoding, offset: offset + position - Int(badLength))
        }
        if isUTF16, let nul = units.firstIndex(of: 0) {
            throw TextError.binaryInput(path: name, offset: startOffset + 2 * (unitsBefore + nul))
        }
        unitsBefore += units.count
        offset += block.count
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }
}
