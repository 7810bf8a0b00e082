/// Tells Simplified from Traditional text by counting characters that exist in only one
/// of the two scripts, without converting anything (conversion is the costly step).
struct ScriptDetector: Sendable {
    private let simplifiedOnly: Set<Character>
    private let traditionalOnly: Set<Character>

    init(traditionalizer: ScriptConverter) {
        var simplified = Set<Character>(), traditional = Set<Character>()
        for character in CommonCharacters.simplified where character.isHan {
            let converted = traditionalizer.convert(String(character))
            if converted.count == 1, let form = converted.first, form != character {
                simplified.insert(character)
                traditional.insert(form)
            }
        }
        simplifiedOnly = simplified
        traditionalOnly = traditional
    }

    /// True when the text is written in Traditional script.
    func isTraditional(_ text: String) -> Bool {
        var simplified = 0, traditional = 0
        for character in text.prefix(200_000) {
            if simplifiedOnly.contains(character) { simplified += 1 } else if traditionalOnly.contains(character) { traditional += 1 }
        }
        return traditional > simplified
    }
}
