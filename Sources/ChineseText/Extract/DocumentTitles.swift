/// Titles inside 《》: each distinct title once, nested titles kept inside their parent,
/// later short forms of a listed title dropped, titles cut off before their 》 ignored.
enum DocumentTitles {
    /// Longest title accepted; a 《 with no 》 within this many characters is a cut-off title.
    static let maxLength = 150
    /// Most titles kept. A real report cites a few dozen; the cap keeps the check against the
    /// titles already listed from turning quadratic on text made of nothing but titles.
    static let maxTitles = 500

    private static let open = UInt16(0x300A), close = UInt16(0x300B)  // 《 》
    private static let blanks = CodeUnitSet(" \t\n\r\u{3000}\u{00A0}")

    static func find(in text: UTF16Text) -> [String] {
        let units = text.units
        let blanks = blanks
        var titles: [[UInt16]] = []
        var index = 0
        while index < units.count, titles.count < maxTitles {
            guard units[index] == open else {
                index += 1
                continue
            }
            var cursor = index + 1
            var title: [UInt16] = []
            var closed = false
            while cursor < units.count, cursor - index <= maxLength {
                let unit = units[cursor]
                if unit == open { break }
                if unit == close {
                    closed = true
                    break
                }
                if !blanks.contains(unit) { title.append(unit) }
                cursor += 1
            }
            if closed, !title.isEmpty,
                !titles.contains(where: { UTF16Search.contains(title, in: $0, from: 0, to: $0.count) })
            {
                titles.append(title)
            }
            index = closed ? cursor + 1 : index + 1
        }
        return titles.map { UTF16Text.string($0) }
    }
}
