/// How many work items a text counts: 54项重点工作, 六点要求, 30个重点项目.
enum QuantityFinder {
    static func find(in text: String) -> [String] {
        // Slogans in quotation marks are not counts of work.
        var masked = text
        for quote in TextTables.shortQuote.matches(in: text).reversed() {
            let length = quote.end()! - quote.start()!
            masked = masked.utf16Slice(0, quote.start()!) + String(repeating: "□", count: length) +
                masked.utf16Slice(quote.end()!, masked.utf16Length)
        }
        var found: [String] = []
        for match in TextTables.quantity.matches(in: masked) {
            let value = match[0]!
            if !found.contains(value) { found.append(value) }
        }
        return found
    }
}
