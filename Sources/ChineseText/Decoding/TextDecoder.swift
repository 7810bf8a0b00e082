import Foundation

/// Text read from bytes, with the encoding that was detected (or given).
public struct DecodedText: Sendable, Equatable {
    public let text: String
    public let encoding: TextEncoding
}

/// Turns the bytes of a report into text, detecting the encoding when not told.
///
/// Detection order: a byte-order mark; valid UTF-8; otherwise whichever of GB18030 and
/// Big5 decodes strictly and yields the larger share of everyday Chinese characters
/// (a wrong guess between the two still decodes, but into rare characters).
public struct TextDecoder: Sendable {
    private let everyday: Set<Character>

    public init(traditionalizer: ScriptConverter) {
        everyday = Set(CommonCharacters.simplified).union(traditionalizer.convert(CommonCharacters.simplified))
    }

    public func decode(_ bytes: [UInt8], as encoding: TextEncoding? = nil) throws -> DecodedText {
        if let encoding {
            let body = Self.strippingBOM(bytes, for: encoding)
            guard let text = Iconv.decode(body, from: encoding) else { throw DecodingError.undecodable }
            return DecodedText(text: text, encoding: encoding)
        }
        if let kind = BinarySniffer.kind(of: bytes) { throw DecodingError.notText(kind) }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return try decode(bytes, as: .utf8) }
        if bytes.starts(with: [0xFF, 0xFE]) { return try decode(bytes, as: .utf16LE) }
        if bytes.starts(with: [0xFE, 0xFF]) { return try decode(bytes, as: .utf16BE) }
        if let text = Iconv.decode(bytes, from: .utf8) {
            // A NUL byte in valid UTF-8 can only be the character U+0000.
            guard !bytes.contains(0) else { throw DecodingError.notText("binary data") }
            return DecodedText(text: text, encoding: .utf8)
        }
        let candidates = [TextEncoding.gb18030, .big5].compactMap { encoding in
            Iconv.decode(bytes, from: encoding).map { (encoding, $0, everydayShare($0)) }
        }
        if let best = candidates.max(by: { $0.2 < $1.2 }) { return DecodedText(text: best.1, encoding: best.0) }
        // Mostly UTF-8 with a few broken sequences (a cut or damaged scrape): keep the text and
        // leave the lost characters visible as U+FFFD rather than refusing the whole file.
        let lenient = String(decoding: bytes, as: UTF8.self)
        let lost = lenient.unicodeScalars.lazy.filter { $0 == "\u{FFFD}" }.count
        if lost <= max(3, lenient.unicodeScalars.count / 100),
            !lenient.unicodeScalars.contains(where: { $0.value == 0 })
        {
            return DecodedText(text: lenient, encoding: .utf8)
        }
        throw DecodingError.undecodable
    }

    /// The share of Han characters that are everyday ones (sampled from the first 64 KiB).
    private func everydayShare(_ text: String) -> Double {
        var han = 0
        var common = 0
        for character in text.prefix(65_536) where character.isHan {
            han += 1
            if everyday.contains(character) { common += 1 }
        }
        return han == 0 ? 0 : Double(common) / Double(han)
    }

    private static func strippingBOM(_ bytes: [UInt8], for encoding: TextEncoding) -> [UInt8] {
        switch encoding {
        case .utf8 where bytes.starts(with: [0xEF, 0xBB, 0xBF]): Array(bytes.dropFirst(3))
        case .utf16LE where bytes.starts(with: [0xFF, 0xFE]), .utf16BE where bytes.starts(with: [0xFE, 0xFF]):
            Array(bytes.dropFirst(2))
        default: bytes
        }
    }
}

/// Recognises common binary formats by their first bytes, so they get a clear error.
enum BinarySniffer {
    static func kind(of bytes: [UInt8]) -> String? {
        let signatures: [(String, [UInt8])] = [
            ("PNG image", [0x89, 0x50, 0x4E, 0x47]), ("JPEG image", [0xFF, 0xD8, 0xFF]),
            ("GIF image", [0x47, 0x49, 0x46, 0x38]),
            ("PDF document", [0x25, 0x50, 0x44, 0x46]), ("ZIP archive", [0x50, 0x4B, 0x03, 0x04]),
            ("legacy Office document", [0xD0, 0xCF, 0x11, 0xE0]), ("gzip archive", [0x1F, 0x8B]),
        ]
        return signatures.first { bytes.starts(with: $0.1) }?.0
    }
}
