/// What the reader hands out keeps Chinese punctuation. Reading works on ASCII forms of clause
/// marks (``Normaliser``), so that one pattern matches a scrape and a print; every text the
/// reader returns gets the full-width forms back wherever they stand beside Chinese.
public enum ChinesePunctuation {
    static let wide: [Character: Character] = [
        ",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）",
    ]

    /// ASCII , ; : ? ! ( ) beside a Chinese character (or a bracket opened beside one) as their
    /// full-width forms; 1,000, 10:30 and (a) in Latin text stay as they are.
    public static func fullWidth(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.properties.isIdeographic }),
            text.contains(where: { wide[$0] != nil })
        else { return text }
        let characters = Array(text)
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var openedWide: [Bool] = []
        for (index, character) in characters.enumerated() {
            guard let full = wide[character] else {
                result.append(character)
                continue
            }
            let before = index > 0 ? characters[index - 1] : " "
            let after = index + 1 < characters.count ? characters[index + 1] : " "
            var chinese = isHan(before) || isHan(after)
            switch character {
            case "(": openedWide.append(chinese)
            case ")": chinese = chinese || (openedWide.popLast() ?? false)
            default: break
            }
            result.append(chinese ? full : character)
        }
        return result
    }

    static func isHan(_ character: Character) -> Bool {
        character.unicodeScalars.contains { $0.properties.isIdeographic }
    }
}

extension MeetingReport {
    /// The report with full-width punctuation in every text a person reads (the original
    /// text, kept for comparison, is left as it came).
    func withChinesePunctuation() -> MeetingReport {
        var report = self
        let wide = ChinesePunctuation.fullWidth
        report.title = title.map(wide)
        report.meetingName = meetingName.map(wide)
        report.people = people.map { person in
            var person = person
            person.name = wide(person.name)
            person.position = wide(person.position)
            return person
        }
        report.documents = documents.map(wide)
        report.requirements = requirements.map { requirement in
            var requirement = requirement
            requirement.head = wide(requirement.head)
            return requirement
        }
        report.quantities = quantities.map(wide)
        report.paragraphs = paragraphs.map(wide)
        return report
    }
}
