/// How many work items a text counts: 12项重点任务, 三点要求, 20个重点项目.
enum QuantityFinder {
    private static let masked = UInt16(0x25A1)  // □

    static func find(in text: String) -> [String] {
        // Slogans in quotation marks are not counts of work: blank them out, keeping offsets.
        var units = Array(text.utf16)
        for quote in TextTables.shortQuote.matches(in: text) {
            for index in quote.start()!..<quote.end()! { units[index] = masked }
        }
        // Only clauses holding a classifier and an ending word can match: the pattern runs on those alone.
        var found: [String] = []
        var start = 0
        while start < units.count {
            var end = start
            var hasClassifier = false
            while end < units.count, !clauseEnds.contains(units[end]) {
                if classifiers.contains(units[end]) { hasClassifier = true }
                end += 1
            }
            if hasClassifier, endings.contains(where: { UTF16Search.contains($0, in: units, from: start, to: end) }) {
                let clause = String(decoding: units[start..<end], as: UTF16.self)
                for match in TextTables.quantity.matches(in: clause) where !found.contains(match[0]!) {
                    found.append(match[0]!)
                }
            }
            start = end + 1
        }
        return found
    }

    private static let clauseEnds: Set<UInt16> = Set(",、。;:!?\n".utf16)
    private static let classifiers: Set<UInt16> = Set("项个点条大".utf16)
    private static let endings = ["工作", "项目", "任务", "要求", "工程"].map { Array($0.utf16) }
}
