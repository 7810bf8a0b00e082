/// Tells Simplified from Traditional text by counting characters that exist in only one
/// of the two scripts, without converting anything (conversion is the costly step).
struct ScriptDetector: Sendable {
    private let simplifiedOnly: Set<UInt32>
    private let traditionalOnly: Set<UInt32>

    init(traditionalizer: ScriptConverter) {
        var simplified = Set<UInt32>(), traditional = Set<UInt32>()
        for character in CommonCharacters.simplified where character.isHan {
            let converted = traditionalizer.convert(String(character))
            if converted.unicodeScalars.count == 1, let form = converted.unicodeScalars.first,
               let original = character.unicodeScalars.first, form != original {
                simplified.insert(original.value)
                traditional.insert(form.value)
            }
        }
        simplifiedOnly = simplified
        traditionalOnly = traditional
    }

    /// True when the text is written in Traditional script.
    func isTraditional(_ text: String) -> Bool {
        var simplified = 0, traditional = 0
        for scalar in text.unicodeScalars.prefix(200_000) where scalar.value >= 0x3400 {
            if simplifiedOnly.contains(scalar.value) { simplified += 1 } else if traditionalOnly.contains(scalar.value) { traditional += 1 }
        }
        return traditional > simplified
    }
}
