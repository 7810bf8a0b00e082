/// What the reader hands out keeps Chinese punctuation. Reading works on ASCII forms of clause
/// marks (``Normaliser``), so that one pattern matches a scrape and a print; every text the
/// reader returns gets the full-width forms back wherever they stand beside Chinese.
public enum ChinesePunctuation {
    /// ASCII mark → its full-width form: , ; : ? ! ( ).
    private static let wide: [UInt16: UInt16] = [
        0x2C: 0xFF0C, 0x3B: 0xFF1B, 0x3A: 0xFF1A, 0x3F: 0xFF1F, 0x21: 0xFF01, 0x28: 0xFF08, 0x29: 0xFF09,
    ]
    private static let marks = CodeUnitSet(",;:?!()")

    /// ASCII , ; : ? ! ( ) beside a Chinese character (or a bracket opened beside one) as their
    /// full-width forms; 1,000, 10:30 and (a) in Latin text stay as they are.
    ///
    /// Works on UTF-16 units: it runs over every paragraph of every report read, where a walk
    /// by `Character` cost a third of the reader's time.
    public static func fullWidth(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 < 0x80 && marks.contains(UInt16($0)) }) else { return text }
        var units = Array(text.utf16)
        var openedWide: [Bool] = []
        var changed = false
        for index in units.indices where marks.contains(units[index]) {
            let unit = units[index]
            var chinese =
                (index > 0 && isHan(units, endingAt: index - 1))
                || (index + 1 < units.count && isHan(units, at: index + 1))
            if unit == 0x28 {
                openedWide.append(chinese)
            } else if unit == 0x29 {
                chinese = chinese || (openedWide.popLast() ?? false)
            }
            if chinese {
                units[index] = wide[unit]!
                changed = true
            }
        }
        return changed ? UTF16Text.string(units) : text
    }

    /// A Han character starts at `index` (a BMP ideograph, or a surrogate pair of planes 2–3).
    private static func isHan(_ units: [UInt16], at index: Int) -> Bool {
        let unit = units[index]
        if (0xD840...0xD8BF).contains(unit) { return true }
        return isHanUnit(unit)
    }

    /// A Han character ends at `index`.
    private static func isHan(_ units: [UInt16], endingAt index: Int) -> Bool {
        let unit = units[index]
        if (0xDC00...0xDFFF).contains(unit), index > 0 { return (0xD840...0xD8BF).contains(units[index - 1]) }
        return isHanUnit(unit)
    }

    /// A Han character, or 〇 (used as a numeral in Chinese text).
    private static func isHanUnit(_ unit: UInt16) -> Bool { unit.isHanUnit || unit == 0x3007 }
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
