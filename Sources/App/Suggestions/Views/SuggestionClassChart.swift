import Domain

/// The A/B/C split of each lead unit's answers as stacked horizontal bars (UI.md: a stacked bar
/// for answer classes, titled, with labelled axes and the same numbers in the table under it).
/// Each segment carries its class letter and count as text, so the chart reads without colour.
enum SuggestionClassChart {
    /// The classes in stacking order with their colours.
    static let series = [
        Charts.Series(name: AnswerClass.a.label, short: "A", colour: Charts.green),
        Charts.Series(name: AnswerClass.b.label, short: "B", colour: Charts.amber),
        Charts.Series(name: AnswerClass.c.label, short: "C", colour: Charts.grey),
    ]
    /// The most units drawn (those with the most answers); the table has them all.
    static let maxUnits = 40

    /// Nil when no unit has an answer yet (the table says so).
    static func chart(_ rows: [SuggestionFigures.Row]) -> HTMLNode? {
        func total(_ row: SuggestionFigures.Row) -> Int { row.classA + row.classB + row.classC }
        let answered: [(name: String, values: [Int])] = rows.filter { total($0) > 0 }.sorted { total($0) > total($1) }
            .map { row in (name: row.unitName, values: [row.classA, row.classB, row.classC]) }
        let title = answered.count > maxUnits ? "答复最多的\(maxUnits)个单位的答复分类（A/B/C）" : "各单位答复分类（A/B/C）"
        return Charts.stackedBars(
            title: title, series: series, rows: answered, unit: "件", axes: "答复件数（横轴）；承办单位（纵轴）", maxRows: maxUnits)
    }
}
