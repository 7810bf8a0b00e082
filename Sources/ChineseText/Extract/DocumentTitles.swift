/// Titles inside 《》: each distinct title once, nested titles kept inside their parent,
/// later short forms of a listed title dropped, titles cut off before their 》 ignored.
enum DocumentTitles {
    /// Longest title accepted; a 《 with no 》 within this many characters is a cut-off title.
    static let maxLength = 150

    static func find(in text: String) -> [String] {
        var titles: [String] = []
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            guard characters[index] == "《" else { index += 1; continue }
            var cursor = index + 1
            var title = ""
            var closed = false
            while cursor < characters.count, cursor - index <= maxLength {
                let character = characters[cursor]
                if character == "《" { break }
                if character == "》" { closed = true; break }
                if !character.isWhitespace { title.append(character) }
                cursor += 1
            }
            if closed, !title.isEmpty, !titles.contains(where: { $0.contains(title) }) {
                titles.append(title)
            }
            index = closed ? cursor + 1 : index + 1
        }
        return titles
    }
}
