/// How many work items a text counts: 12项重点任务, 三点要求, 20个重点项目.
enum QuantityFinder {
    private static let masked = UInt16(0x25A1)  // □
    private static let openQuote = UInt16(0x201C), closeQuote = UInt16(0x201D), newline = UInt16(0x0A)

    static func find(in text: UTF16Text) -> [String] {
        let units = maskingSlogans(text.units)
        let clauseEnds = clauseEnds
        let classifiers = classifiers
        let numerals = numerals
        let approximations = approximations
        // Only clauses holding a classifier and an ending word can match: the pattern runs on those alone.
        var found: [String] = []
        var seen: Set<String> = []
        var start = 0
        while start < units.count {
            var end = start
            var hasClassifier = false
            while end < units.count, !clauseEnds.contains(units[end]) {
                // A classifier counts only after a numeral, itself or through 余/多 (三十余项).
                if classifiers.contains(units[end]), end > start,
                    numerals.contains(units[end - 1])
                        || approximations.contains(units[end - 1]) && end - 1 > start
                            && numerals.contains(units[end - 2])
                {
                    hasClassifier = true
                }
                end += 1
            }
            if hasClassifier, endings.contains(where: { UTF16Search.contains($0, in: units, from: start, to: end) }) {
                let clause = UTF16Text.string(units[start..<end])
                // A count of one (是一项重要工作, 今后一个时期的任务) describes one thing; it never
                // states how many work items there are.
                for match in TextTables.quantity.matches(in: clause) where match[1] != "一" {
                    if seen.insert(match[0]!).inserted { found.append(match[0]!) }
                }
            }
            start = end + 1
        }
        return found
    }

    /// Slogans in quotation marks are not counts of work: blank them out, keeping offsets.
    private static func maskingSlogans(_ text: [UInt16]) -> [UInt16] {
        var units = text
        var index = 0
        while index < units.count {
            guard units[index] == openQuote else {
                index += 1
                continue
            }
            var end = index + 1
            while end < units.count, end - index - 1 <= TextTables.sloganMaxLength,
                units[end] != openQuote, units[end] != closeQuote, units[end] != newline
            { end += 1 }
            if end < units.count, units[end] == closeQuote, end - index - 1 <= TextTables.sloganMaxLength {
                for masked in index...end { units[masked] = Self.masked }
                index = end + 1
            } else {
                index += 1
            }
        }
        return units
    }

    private static let clauseEnds = CodeUnitSet(",、。;:!?\n")
    private static let classifiers = CodeUnitSet("项个点条大")
    private static let numerals = CodeUnitSet("0123456789一二两三四五六七八九十百千万")
    private static let approximations = CodeUnitSet("余多")
    private static let endings = ["工作", "项目", "任务", "要求", "工程"].map { Array($0.utf16) }
}
