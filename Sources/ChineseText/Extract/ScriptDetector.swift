/// Tells Simplified from Traditional text by counting characters that exist in only one
/// of the two scripts, without converting anything (conversion is the costly step).
struct ScriptDetector: Sendable {
    /// Per BMP code unit: 1 for a Simplified-only character, 2 for a Traditional-only one.
    /// A flat table, since every character of the text is looked up.
    private let kinds: [UInt8]
    private static let simplifiedOnly: UInt8 = 1, traditionalOnly: UInt8 = 2
    /// Enough characters to decide; longer texts are not read further.
    private static let sampleLength = 200_000

    init(traditionalizer: ScriptConverter) {
        var pairs: [(simplified: UInt16, traditional: UInt16)] = []
        for character in CommonCharacters.simplified where character.isHan {
            let converted = traditionalizer.convert(String(character))
            if converted.utf16.count == 1, let form = converted.utf16.first,
                character.utf16.count == 1, let original = character.utf16.first, form != original
            {
                pairs.append((original, form))
            }
        }
        var kinds = [UInt8](repeating: 0, count: 0x10000)
        // A character that is both (a Simplified form elsewhere) counts as Simplified.
        for pair in pairs { kinds[Int(pair.traditional)] = Self.traditionalOnly }
        for pair in pairs { kinds[Int(pair.simplified)] = Self.simplifiedOnly }
        self.kinds = kinds
    }

    /// True when the text is written in Traditional script.
    func isTraditional(_ text: String) -> Bool {
        var counts = (simplified: 0, traditional: 0)
        var text = text
        text.withUTF8 { bytes in
            kinds.withUnsafeBufferPointer { kinds in
                var index = 0
                var characters = 0
                while index < bytes.count, characters < Self.sampleLength {
                    let lead = bytes[index]
                    let length = UTF8Scalar.length(lead: lead)
                    // Han characters (U+3400…U+FFFF) are the three-byte sequences.
                    if length == 3, index + 3 <= bytes.count {
                        switch kinds[Int(UTF8Scalar.value(bytes, at: index, length: 3))] {
                        case Self.simplifiedOnly: counts.simplified += 1
                        case Self.traditionalOnly: counts.traditional += 1
                        default: break
                        }
                    }
                    index += length
                    characters += 1
                }
            }
        }
        return counts.traditional > counts.simplified
    }
}
